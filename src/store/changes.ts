/**
 * One change to the store's data, as a line of the change log: what the
 * lowdb store appends instead of rewriting the whole file, and what start-up
 * replays over the snapshot. Each change sets or removes one record, so
 * replaying a change twice gives the same data as once.
 */
import type { StoreData } from './data-store.ts';
import type { BroadcastDraft, ConsentText, OccurrenceRecord, StaffMember, Subscriber } from './types.ts';

/** A record set (or, without `v`, removed) by one change. */
export type Change =
  | { t: 'subscriber'; k: string; v?: Subscriber }
  | { t: 'occurrence'; k: string; v: OccurrenceRecord }
  | { t: 'staff'; v: StaffMember[] }
  | { t: 'consent'; k: string; v: ConsentText }
  | { t: 'draft'; k: string; v?: BroadcastDraft };

/** Applies one change to the data in place. */
export function applyChange(data: StoreData, change: Change): void {
  switch (change.t) {
    case 'subscriber':
      if (change.v) data.subscribers[change.k] = change.v;
      else delete data.subscribers[change.k];
      return;
    case 'occurrence':
      data.occurrences[change.k] = change.v;
      return;
    case 'staff':
      data.staff = change.v;
      return;
    case 'consent':
      data.consentTexts[change.k] = change.v;
      return;
    case 'draft':
      if (change.v) data.drafts[change.k] = change.v;
      else delete data.drafts[change.k];
      return;
  }
}

/** Parses one log line; undefined for a line cut short by a crash or a failed write. */
export function parseChange(line: string): Change | undefined {
  try {
    const change = JSON.parse(line) as Change;
    return typeof change === 'object' && change !== null && typeof change.t === 'string' ? change : undefined;
  } catch {
    return undefined;
  }
}
