/** Waiting for real I/O (file-change events) while a test's clock is fake: only setImmediate and performance stay real. */
import { vi } from 'vitest';
import type { Clock } from '../../src/clock.ts';

/** Yields to real I/O for a moment. */
export async function letEventsIn(ms = 30): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < ms) await new Promise((resolve) => setImmediate(resolve));
}

/** Yields to real I/O until the condition holds (at most `timeoutMs`). */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition() && performance.now() - start < timeoutMs) await new Promise((resolve) => setImmediate(resolve));
}

/** The real setTimeout, kept before any test fakes the timers. */
const realSetTimeout = globalThis.setTimeout;

/** What `useFakeClock` fakes: time and timers, but not setImmediate, so real I/O still gets its turn. */
const FAKED = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;

/** Fakes the clock and timers for the rest of the test (undo with `vi.useRealTimers()`). */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: [...FAKED] });
}

/**
 * Awaits work that sleeps on fake timers while it talks to a real (fake-platform) HTTP server: advances
 * the fake clock `stepMs` for each millisecond of real time, so waits such as a 429's retry_after pass
 * at once while every request still completes for real.
 */
export async function withFastTime<T>(work: Promise<T>, stepMs = 50): Promise<T> {
  let settled = false;
  const watched = work.finally(() => {
    settled = true;
  });
  while (!settled) {
    await vi.advanceTimersByTimeAsync(stepMs);
    // A real millisecond for the HTTP calls, without spinning the CPU that the fake server needs too.
    await new Promise((resolve) => realSetTimeout(resolve, 1));
  }
  return watched;
}

/**
 * Domain time that runs at the real pace from 10:00 on 10 August 2027 (Vietnam time): no event has a
 * reminder due within days of it, so a service started by a test never sends one of its own, whatever
 * today's date is (a reminder due on the day the suite ran once added a job to an exact job list).
 */
export function quietDaytimeClock(): Clock {
  const start = Date.parse('2027-08-10T03:00:00Z');
  const realStart = performance.now();
  return { now: () => new Date(start + (performance.now() - realStart)) };
}
