/**
 * Whether counsellors are on duty now, from `center.yaml` › `duty_hours`
 * (Vietnam time, UTC+7 all year), and when they are next. Pure time
 * arithmetic: no clock is read here.
 */
import type { DutySpan } from '../kb/handoff-schema.ts';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** On duty, off duty until `next`, or not known (the center has not said). */
export type DutyStatus = { kind: 'on' } | { kind: 'off'; next: Date } | { kind: 'unknown' };

/** Minutes since midnight of "HH:MM". */
function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a Vietnam-time date held in a shifted Date. */
function isoDay(local: Date): number {
  const day = local.getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whether someone is on duty at `now`, and if not, when the next duty starts (within a week). */
export function dutyStatus(spans: readonly DutySpan[], now: Date): DutyStatus {
  if (spans.length === 0) return { kind: 'unknown' };
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const minuteNow = local.getUTCHours() * 60 + local.getUTCMinutes();
  const today = isoDay(local);
  if (spans.some((s) => s.days.includes(today) && minutes(s.from) <= minuteNow && minuteNow < minutes(s.to)))
    return { kind: 'on' };
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = ((today - 1 + ahead) % 7) + 1;
    const starts = spans
      .filter((s) => s.days.includes(day))
      .map((s) => minutes(s.from))
      .filter((start) => ahead > 0 || start > minuteNow)
      .sort((a, b) => a - b);
    const first = starts[0];
    if (first !== undefined)
      return { kind: 'off', next: new Date(midnight + ahead * DAY_MS + first * 60_000 - VIETNAM_OFFSET_MS) };
  }
  return { kind: 'unknown' };
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "lúc 07:30 thứ Hai, ngày 30/11" in Vietnam time, as residents read it. */
export function formatDutyStart(at: Date): string {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
  const weekday = WEEKDAYS[local.getUTCDay()] ?? '';
  return `lúc ${time} ${weekday}, ngày ${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}`;
}
