/**
 * The reminder plan for operators (`npm run reminders -- plan`): one
 * tab-separated line per occurrence with its local time, event id, title
 * and how many subscribers it would reach today; with `reachAt`, also who
 * each platform would reach at the due time (see delivery/reach.ts).
 */
import type { ReachFigures } from '../delivery/reach.ts';
import type { AudienceFilter, Store } from '../store/types.ts';
import type { EventCatalog } from './events.ts';
import {
  audienceOf,
  formatLocalIso,
  parseVietnamInstant,
  planOccurrences,
  type ReminderTiming,
} from './occurrences.ts';

/** One planned reminder. */
export interface PlanLine {
  at: string;
  eventId: string;
  title: string;
  audience: number;
  key: string;
  /** Who the audience would reach at the due time, per platform, when asked for. */
  reach?: ReachFigures;
}

/** The reminders due in [from, to), with their audience sizes now. */
export async function planReminders(
  kb: { events?: EventCatalog },
  store: Store,
  from: number,
  to: number,
  timing: ReminderTiming,
  reachAt?: (audience: AudienceFilter, at: Date) => Promise<ReachFigures>,
): Promise<PlanLine[]> {
  const lines: PlanLine[] = [];
  for (const occurrence of planOccurrences(kb.events?.events ?? [], from, to, timing)) {
    const audience = audienceOf(occurrence.event);
    // Zalo OA's windows are measured at the due time: someone who wrote 6 days ago may be outside by then.
    const reach = reachAt ? { reach: await reachAt(audience, new Date(occurrence.dueAt)) } : {};
    lines.push({
      at: formatLocalIso(occurrence.dueAt),
      eventId: occurrence.event.id,
      title: occurrence.event.title,
      audience: await store.countSubscribers(audience),
      key: occurrence.key,
      ...reach,
    });
  }
  return lines;
}

/** `2027-03-18T08:00+07:00 <tab> social-work-day <tab> title <tab> 12`. */
export function formatPlanLine(line: PlanLine): string {
  return [line.at, line.eventId, line.title.replace(/\s+/g, ' '), String(line.audience)].join('\t');
}

/**
 * The instants a `--from`/`--to` pair covers. A bare date is a whole day in
 * Vietnam time, so `--from 2027-03-01 --to 2027-03-31` includes 31 March;
 * a date-time is taken as given. Undefined when either is malformed.
 */
export function planRange(fromText: string, toText: string): { from: number; to: number } | undefined {
  const from = parseVietnamInstant(fromText);
  const toStart = parseVietnamInstant(toText);
  if (from === undefined || toStart === undefined) return undefined;
  const to = /^\d{4}-\d{2}-\d{2}$/.test(toText.trim()) ? toStart + 86_400_000 : toStart;
  return { from, to };
}
