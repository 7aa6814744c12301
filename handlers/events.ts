/**
 * Events: /sukien lists what is coming up, and `reminderReplies` words a
 * reminder exactly as subscribers get it. The scheduler decides when; this
 * file decides what the bot says.
 */
import type { CompiledKnowledge } from '../src/knowledge.ts';
import { actionButton, type Button, type Reply } from '../src/core/message.ts';
import { buttonPayload } from '../src/core/payload.ts';
import { fill } from '../src/kb/template.ts';
import type { DayOfYear } from '../src/kb/events-schema.ts';
import type { EventCatalog, EventDef } from '../src/scheduler/events.ts';
import { daysBetween, parseLocalDate, toLocal, type LocalDate, type Occurrence } from '../src/scheduler/occurrences.ts';
import type { HandlerContext } from './context.ts';
import { hotlineButton, menuButton } from './replies.ts';

/** How many events /sukien lists: enough to plan ahead, short enough to read on a phone. */
const UPCOMING_LIMIT = 5;

/** An event's next (or current) date, as /sukien shows it. */
export interface UpcomingEvent {
  event: EventDef;
  date: LocalDate;
  /** A month-long campaign that has started and not ended yet. */
  ongoing: boolean;
  until?: LocalDate;
}

const dayOf = (year: number, d: DayOfYear): LocalDate => ({ year, month: d.month, day: d.day });
const before = (a: LocalDate, b: LocalDate): boolean => daysBetween(a, b) > 0;

/** The next events from `now`: ongoing campaigns first, then by date. */
export function upcomingEvents(
  catalog: EventCatalog | undefined,
  now: number,
  limit = UPCOMING_LIMIT,
): UpcomingEvent[] {
  if (!catalog) return [];
  const today = toLocal(now);
  const found: UpcomingEvent[] = [];
  for (const event of catalog.events) {
    const when = event.when;
    if (when.kind === 'once') {
      const date = parseLocalDate(when.date);
      if (!before(date, today)) found.push({ event, date, ongoing: false });
      continue;
    }
    const thisYear = dayOf(today.year, when);
    const until = when.until ? dayOf(today.year, when.until) : undefined;
    if (!before(thisYear, today)) found.push({ event, date: thisYear, ongoing: false, ...(until ? { until } : {}) });
    else if (until && !before(until, today)) found.push({ event, date: thisYear, ongoing: true, until });
    else {
      const next = dayOf(today.year + 1, when);
      found.push({
        event,
        date: next,
        ongoing: false,
        ...(when.until ? { until: dayOf(today.year + 1, when.until) } : {}),
      });
    }
  }
  const sortKey = (u: UpcomingEvent): number => (u.ongoing ? 0 : 1 + daysBetween(today, u.date));
  return found.sort((a, b) => sortKey(a) - sortKey(b) || (a.event.id < b.event.id ? -1 : 1)).slice(0, limit);
}

/** A date the Vietnamese way: 25/3/2027. */
function formatVietnameseDate(date: LocalDate): string {
  return `${date.day}/${date.month}/${date.year}`;
}

/** "25/3/2027", "14:00 ngày 20/5/2027" or "15/11 – 15/12/2026": when an event happens, for people. */
function whenText(event: EventDef, date: LocalDate, until?: LocalDate): string {
  if (event.when.kind === 'once' && event.when.time !== undefined) {
    return `${event.when.time} ngày ${formatVietnameseDate(date)}`;
  }
  if (until) return `${date.day}/${date.month} – ${formatVietnameseDate(until)}`;
  return formatVietnameseDate(date);
}

function titleWithArea(kb: CompiledKnowledge, event: EventDef): string {
  return event.area ? `${event.title} (${fill(kb.ui.events_area, { area: event.area })})` : event.title;
}

/** The /sukien reply for a given moment. */
export function eventsReplies(kb: CompiledKnowledge, now: number): Reply[] {
  const upcoming = upcomingEvents(kb.events, now);
  const buttons: Button[] = [
    actionButton(kb.ui.subscribe_start_button, buttonPayload.subscribe.start),
    hotlineButton(kb),
    menuButton(kb),
  ];
  if (upcoming.length === 0) return [{ text: kb.ui.events_none, buttons }];
  const items = upcoming.map((u) =>
    fill(kb.ui.events_item, {
      date:
        u.ongoing && u.until
          ? fill(kb.ui.events_ongoing, { until: formatVietnameseDate(u.until) })
          : whenText(u.event, u.date, u.until),
      title: titleWithArea(kb, u.event),
      summary: u.event.summary,
    }),
  );
  return [{ text: [kb.ui.events_intro, ...items, kb.ui.events_footer].join('\n\n'), buttons }];
}

/** /sukien: the next events, with a way to get reminded. */
export function handleEvents(ctx: HandlerContext): Reply[] {
  const now = ctx.now();
  return eventsReplies(ctx.kb, now.getTime());
}

/**
 * A reminder as subscribers get it: a heading that says how soon (computed
 * at sending time, so a late catch-up still says the right thing), the
 * event's message, how to stop, and buttons to read more or call.
 */
export function reminderReplies(kb: CompiledKnowledge, occurrence: Occurrence, now: number): Reply[] {
  const { event } = occurrence;
  const date = parseLocalDate(occurrence.eventDate);
  const until = event.when.kind === 'yearly' && event.when.until ? dayOf(date.year, event.when.until) : undefined;
  const vars = { title: titleWithArea(kb, event), when: whenText(event, date, until) };
  const days = daysBetween(toLocal(now), date);
  let heading: string;
  if (occurrence.offset.unit === 'h') heading = fill(kb.ui.reminder_soon, vars);
  else if (days <= 0) heading = fill(kb.ui.reminder_today, vars);
  else if (days === 1) heading = fill(kb.ui.reminder_tomorrow, vars);
  else heading = fill(kb.ui.reminder_days, { ...vars, days });
  const buttons: Button[] = [];
  const entry = event.entry ? kb.entries.get(event.entry) : undefined;
  if (entry) buttons.push(actionButton(entry.title, buttonPayload.entry(entry.id)));
  buttons.push(hotlineButton(kb), actionButton(kb.ui.subscribe_topics_button, buttonPayload.subscribe.topics));
  return [{ text: [heading, event.message, kb.ui.reminder_footer].join('\n\n'), buttons }];
}
