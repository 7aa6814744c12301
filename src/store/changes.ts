/**
 * One change to the store's data, as a line of the change log: what the
 * lowdb store appends instead of rewriting the whole file, and what start-up
 * replays over the snapshot. Each change sets or removes one record, so
 * replaying a change twice gives the same data as once (`Change` is declared
 * in types.ts, beside the records it carries).
 */
import type { StoreData } from './data-store.ts';
import type { Change } from './types.ts';

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
