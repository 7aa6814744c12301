/** Shared writes: many callers, few writes, none acknowledged before it contains their change. */
/**
 * Wraps a "write everything" function so that concurrent callers share
 * writes. A caller's change is in memory before it calls, so the next write
 * that starts after the call includes it.
 */
export function coalesce(write: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const start = (): Promise<void> => {
    const current = write().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    // A write is in flight and may have serialised before this change: queue one more.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
