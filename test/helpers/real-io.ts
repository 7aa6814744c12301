/** Waiting for real I/O (file-change events) while a test's clock is fake: only setImmediate and performance stay real. */

/** Yields to real I/O for a moment. */
export async function letEventsIn(ms = 30): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < ms) await new Promise((resolve) => setImmediate(resolve));
}

/** Yields to real I/O until the condition holds (at most 5 s). */
export async function until(condition: () => boolean): Promise<void> {
  const start = performance.now();
  while (!condition() && performance.now() - start < 5000) await new Promise((resolve) => setImmediate(resolve));
}
