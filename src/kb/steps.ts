/**
 * Long compiles written as generators that pause every few milliseconds, so
 * that a reload can run between answers instead of blocking them: the same
 * code runs at once at start-up (`runSteps`) or one slice per event-loop turn
 * on a reload (`runStepsBetweenTasks`).
 */

/** A computation of `T` that pauses (yields) between slices of work. */
export type Steps<T> = Generator<void, T, void>;

/** The most a slice runs before it pauses: with a step's overrun and a garbage-collection pause, still under the 10 ms an answer may wait. */
const SLICE_MS = 2;

/** When the current slice began (one compile runs at a time; a second only makes slices shorter). */
let sliceStart = performance.now();

/** The step running now (see `named`), so that a long slice can be told by where it ran. */
let currentStep = '';

/** Pauses here when the current slice has run its time; use as `yield* pause()` inside loops. */
export function* pause(): Steps<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  yield;
  sliceStart = performance.now();
}

/** The same steps, known as `name` while they run: `runStepsBetweenTasks` names each slice by the steps it ran in. */
export function* named<T>(name: string, steps: Steps<T>): Steps<T> {
  for (;;) {
    const outer = currentStep;
    currentStep = name;
    const step = steps.next();
    if (step.done) {
      currentStep = outer;
      return step.value;
    }
    // Paused inside: the innermost named steps stay current until the runner has read them.
    yield;
  }
}

/** Runs the steps at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Hears how long a slice ran and in which steps: `started → ended` (one name
 * when the same); `cpuMs` is the process's CPU time meanwhile, which the other
 * jobs on a loaded machine do not lengthen as they do the wall time.
 */
export type SliceListener = (ms: number, step: string, cpuMs: number) => void;

/** The process's CPU time so far, user and system, in milliseconds. */
function cpuMsNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs the steps one slice per event-loop turn, letting answers through in between; `onSlice` hears how long each slice ran. */
export async function runStepsBetweenTasks<T>(steps: Steps<T>, onSlice?: SliceListener): Promise<T> {
  // Not in the task that asked (a worker's message, taken in): answers waiting get their turn first.
  await new Promise((resolve) => setImmediate(resolve));
  let startedIn = '';
  for (;;) {
    const cpuStart = onSlice ? cpuMsNow() : 0;
    sliceStart = performance.now();
    const step = steps.next();
    const ms = performance.now() - sliceStart;
    const endedIn = step.done ? 'the end' : currentStep;
    const name = startedIn === endedIn ? endedIn : `${startedIn || 'the start'} → ${endedIn}`;
    if (onSlice) onSlice(ms, name, cpuMsNow() - cpuStart);
    startedIn = endedIn;
    currentStep = '';
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Runs of this many items are sorted at once (well under a millisecond), then merged with pauses. */
const SORTED_RUN = 256;

/** A stable sort of a copy of `items` by `compare` (the order `Array.prototype.sort` gives), pausing between slices of work. */
export function* sortInSteps<T>(items: Iterable<T>, compare: (a: T, b: T) => number): Steps<T[]> {
  let sorted: T[] = [...items];
  for (let start = 0; start < sorted.length; start += SORTED_RUN) {
    yield* pause();
    const run = sorted.slice(start, start + SORTED_RUN).sort(compare);
    for (let i = 0; i < run.length; i++) sorted[start + i] = run[i] as T;
  }
  for (let width = SORTED_RUN; width < sorted.length; width *= 2) {
    const merged: T[] = new Array(sorted.length);
    let at = 0;
    for (let left = 0; left < sorted.length; left += 2 * width) {
      const middle = Math.min(left + width, sorted.length);
      const end = Math.min(left + 2 * width, sorted.length);
      let i = left;
      let j = middle;
      while (i < middle || j < end) {
        if (at % SORTED_RUN === 0) yield* pause();
        // Ties take the left run's item first: stable, as Array.prototype.sort is.
        if (j >= end || (i < middle && compare(sorted[i] as T, sorted[j] as T) <= 0)) merged[at++] = sorted[i++] as T;
        else merged[at++] = sorted[j++] as T;
      }
    }
    sorted = merged;
  }
  return sorted;
}
