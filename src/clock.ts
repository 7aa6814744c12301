/**
 * The one source of domain time ("now" for reminders, retention, audit
 * lines, delivery journals). Built once by `createRuntime` and passed down,
 * so tests can set the time without touching the process clock. Waiting
 * (setTimeout) is not part of it.
 */

/** Tells the current time. */
export interface Clock {
  now(): Date;
}

/** The computer's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `start` until moved with `set` or `advance` (tests, `reminders run --now`). */
export function fixedClock(start: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    set: (next) => {
      at = next.getTime();
    },
    advance: (ms) => {
      at += ms;
    },
  };
}
