/** The 1 ms interval probe the reload benchmarks time the event loop with. */

/** The longest gap between two ticks of a 1 ms interval while `work` runs: how long answers would wait. */
export async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await new Promise((done) => setTimeout(done, 5));
  last = performance.now();
  await work();
  clearInterval(probe);
  return Math.max(longest, performance.now() - last);
}
