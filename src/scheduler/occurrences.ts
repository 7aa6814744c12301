/**
 * Turns events into reminder occurrences: which reminder is due when. Pure
 * functions over epoch milliseconds. Vietnam has been UTC+7 all year since
 * 1975 (no daylight saving), so local time is computed explicitly as UTC+7
 * and never depends on the machine's TZ.
 */
import type { AudienceFilter } from '../store/types.ts';
import type { EventDef, ReminderOffset } from './events.ts';

/** Vietnam time is UTC+7, all year. */
const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Quiet hours as minutes after local midnight; `start > end` wraps past midnight (21:00–07:00). */
export interface QuietHours {
  start: number;
  end: number;
}

/** When reminders go out. */
export interface ReminderTiming {
  /** Minutes after local midnight at which day reminders are due (08:00 → 480). */
  reminderTime: number;
  /** No pushes in this window: a reminder due inside it waits until it ends. */
  quietHours?: QuietHours;
}

/** Reminder settings from config. */
export interface ReminderSettings extends ReminderTiming {
  /** A reminder missed (downtime) by less than this is still sent; older ones are skipped. */
  graceMs: number;
}

/** A calendar date in Vietnam. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** One reminder of one event on one date. */
export interface Occurrence {
  /** `${eventId}|${eventDate}|${offset}`, recorded in the store so it is sent once. */
  key: string;
  event: EventDef;
  /** The event's date, YYYY-MM-DD (Vietnam). */
  eventDate: string;
  offset: ReminderOffset;
  /** When the reminder is due (after moving it out of quiet hours). */
  dueAt: number;
  /** When the event starts: its time for timed one-off events, otherwise local midnight. */
  startsAt: number;
  /** After this instant the reminder is pointless: the start of a timed event, or the end of the event's day. */
  staleAt: number;
}

/** Parses "08:00" into minutes after midnight; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** Parses "21:00-07:00" into quiet hours; "off" → undefined. Throws on malformed input. */
export function parseQuietHours(text: string): QuietHours | undefined {
  if (text.trim().toLowerCase() === 'off') return undefined;
  const [from, to, ...rest] = text.split(/\s*[-–]\s*/);
  const start = from === undefined ? undefined : parseClock(from);
  const end = to === undefined ? undefined : parseClock(to);
  if (start === undefined || end === undefined || rest.length > 0)
    throw new Error(`quiet hours must look like 21:00-07:00, got "${text}"`);
  return start === end ? undefined : { start, end };
}

/** The Vietnam calendar date and minute of day of an instant. */
export function toLocal(ms: number): LocalDate & { minutes: number } {
  const shifted = new Date(ms + VIETNAM_UTC_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The instant of a Vietnam date and minute of day; day overflow rolls into the next month. */
function fromLocal(date: LocalDate, minutes = 0): number {
  return Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS - VIETNAM_UTC_OFFSET_MS;
}

/** Formats an instant as Vietnam time in ISO 8601 to the minute: `2027-03-18T08:00+07:00`. */
export function formatLocalIso(ms: number): string {
  return `${new Date(ms + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 16)}+07:00`;
}

/** YYYY-MM-DD of a Vietnam date. */
function formatLocalDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Parses YYYY-MM-DD. */
export function parseLocalDate(text: string): LocalDate {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/**
 * Parses a date or date-time typed by an operator. A date alone means local
 * midnight; a time without `Z` or an offset means Vietnam time (not the
 * machine's). Undefined when malformed.
 */
export function parseVietnamInstant(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (probe.getUTCMonth() !== date.month - 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const wall = Date.UTC(date.year, date.month - 1, date.day, Number(h), Number(mi), Number(s));
  if (zone === undefined) return wall - VIETNAM_UTC_OFFSET_MS;
  if (zone.toUpperCase() === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * MINUTE_MS;
}

/** True when the instant falls inside quiet hours. */
export function inQuietHours(ms: number, quiet: QuietHours | undefined): boolean {
  if (!quiet) return false;
  const { minutes } = toLocal(ms);
  return quiet.start < quiet.end
    ? minutes >= quiet.start && minutes < quiet.end
    : minutes >= quiet.start || minutes < quiet.end;
}

/** The instant itself, or the end of the quiet hours it falls in. */
export function afterQuietHours(ms: number, quiet: QuietHours | undefined): number {
  if (!quiet || !inQuietHours(ms, quiet)) return ms;
  const local = toLocal(ms);
  // Past the start of a window that wraps midnight: it ends tomorrow morning.
  const nextDay = quiet.start > quiet.end && local.minutes >= quiet.start ? 1 : 0;
  return fromLocal({ ...local, day: local.day + nextDay }, quiet.end);
}

/** The dates (YYYY-MM-DD) an event happens on within the given years. */
function eventDates(event: EventDef, fromYear: number, toYear: number): LocalDate[] {
  if (event.when.kind === 'once') {
    const date = parseLocalDate(event.when.date);
    return date.year >= fromYear && date.year <= toYear ? [date] : [];
  }
  const dates: LocalDate[] = [];
  for (let year = fromYear; year <= toYear; year++) dates.push({ year, month: event.when.month, day: event.when.day });
  return dates;
}

/** Every reminder of one event on one date. */
function occurrencesOn(event: EventDef, date: LocalDate, timing: ReminderTiming): Occurrence[] {
  const timed = event.when.kind === 'once' && event.when.time !== undefined ? parseClock(event.when.time) : undefined;
  const startsAt = fromLocal(date, timed ?? 0);
  const staleAt = timed !== undefined ? startsAt : fromLocal({ ...date, day: date.day + 1 });
  const eventDate = formatLocalDate(date);
  const result: Occurrence[] = [];
  for (const offset of event.remind) {
    const nominal =
      offset.unit === 'h'
        ? startsAt + offset.amount * 3_600_000
        : fromLocal({ ...date, day: date.day + offset.amount }, timing.reminderTime);
    const dueAt = afterQuietHours(nominal, timing.quietHours);
    // A morning reminder for an event that starts earlier would arrive too late: drop it.
    if (dueAt >= staleAt) continue;
    result.push({
      key: `${event.id}|${eventDate}|${offset.label}`,
      event,
      eventDate,
      offset,
      dueAt,
      startsAt,
      staleAt,
    });
  }
  return result;
}

/**
 * Every reminder occurrence due in [from, to), in due order (then event id,
 * then the earlier reminder first).
 */
export function planOccurrences(
  events: readonly EventDef[],
  from: number,
  to: number,
  timing: ReminderTiming,
): Occurrence[] {
  if (to <= from) return [];
  // Reminders come at most 60 days before, and quiet hours push them by under a day: one year of margin each side is plenty.
  const fromYear = toLocal(from).year - 1;
  const toYear = toLocal(to).year + 1;
  const result: Occurrence[] = [];
  for (const event of events) {
    for (const date of eventDates(event, fromYear, toYear)) {
      for (const occurrence of occurrencesOn(event, date, timing)) {
        if (occurrence.dueAt >= from && occurrence.dueAt < to) result.push(occurrence);
      }
    }
  }
  return result.sort(
    (a, b) =>
      a.dueAt - b.dueAt ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0) ||
      offsetMinutes(a.offset) - offsetMinutes(b.offset),
  );
}

function offsetMinutes(offset: ReminderOffset): number {
  return offset.amount * (offset.unit === 'd' ? 1440 : 60);
}

/** Who receives an event's reminders. */
export function audienceOf(event: EventDef): AudienceFilter {
  return { topic: event.topic, ...(event.area !== undefined ? { area: event.area } : {}) };
}

/** Whole days from one Vietnam date to another (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY_MS);
}
