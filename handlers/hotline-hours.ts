/**
 * Whether the center's hotline is known to answer right now (center.yaml ›
 * hotline_hours). Safety replies lead with the 24/7 emergency numbers
 * whenever it is not, so nobody in danger at night is sent to a line that
 * may be closed.
 */
import type { Center } from '../src/kb/schema.ts';
import { dutyStatus } from '../src/handoff/duty-hours.ts';

/** True only when the hotline answers 24/7 or `now` falls within its stated hours; unknown hours count as closed. */
export function hotlineOpenAt(center: Center, now: Date): boolean {
  if (center.hotline_hours === '24/7') return true;
  return dutyStatus(center.hotline_hours, now).kind === 'on';
}
