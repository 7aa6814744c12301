/**
 * Long compiles written as generators that pause every few milliseconds, so
 * that a reload can run between answers instead of blocking them: the same
 * code runs at once at start-up (`runSteps`) or one slice per event-loop turn
 * on a reload (`runStepsBetweenTasks`).
 */

/** A computation of `T` that pauses (yields) between slices of work. */
export type Steps<T> = Generator<void, T, void>;

/** The most a slice runs before it pauses: well under the 10 ms an answer may wait. */
const SLICE_MS = 4;

/** When the current slice began (one compile runs at a time; a second only makes slices shorter). */
let sliceStart = performance.now();

/** Pauses here when the current slice has run its time; use as `yield* pause()` inside loops. */
export function* pause(): Steps<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  yield;
  sliceStart = performance.now();
}

/** Runs the steps at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps one slice per event-loop turn, letting answers through in between; `onSlice` hears how long each slice ran. */
export async function runStepsBetweenTasks<T>(steps: Steps<T>, onSlice?: (ms: number) => void): Promise<T> {
  // Not in the task that asked (a worker's message, taken in): answers waiting get their turn first.
  await new Promise((resolve) => setImmediate(resolve));
  for (;;) {
    sliceStart = performance.now();
    const step = steps.next();
    onSlice?.(performance.now() - sliceStart);
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
