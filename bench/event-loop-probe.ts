/**
 * The 1 ms interval probe the reload benchmarks time the event loop with.
 *
 * A gap between two ticks is the process's own work plus the time the main
 * thread sat runnable but without a CPU, because another process (or this
 * process's own worker and collector threads) held both cores. On this shared
 * 2-core machine the second part alone made gaps of 5–11 ms in a bare Node
 * process doing nothing at load 1–2: each such gap was almost entirely run-queue
 * wait (the Linux scheduler's timeslice). The probe therefore reports both the
 * longest gap as seen and the longest gap less the main thread's run-queue wait
 * during it, read from Linux's per-thread scheduler statistics.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { constants, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';

/** What the probe saw: the longest gap between ticks, and the longest once the main thread's wait for a CPU is taken out. */
export interface EventLoopBlock {
  /** The longest gap between two ticks, in ms, as the clock saw it. */
  gap: number;
  /** The longest gap less the time the main thread waited for a CPU during it, in ms: the process's own block. */
  own: number;
}

/** Reads the calling thread's total run-queue wait in ms; 0 forever where Linux's schedstat cannot be read. */
function runQueueWaitReader(): { read(): number; close(): void } {
  let fd: number | undefined;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return { read: () => 0, close: () => {} };
  }
  const buffer = Buffer.alloc(128);
  const open = fd;
  return {
    // The file is "<ns on a CPU> <ns waiting on a run queue> <timeslices>", made anew at each read from offset 0.
    read: () => Number(buffer.toString('latin1', 0, readSync(open, buffer, 0, buffer.length, 0)).split(' ')[1]) / 1e6,
    close: () => closeSync(open),
  };
}

/** The longest gap between two ticks of a 1 ms interval while `work` runs (how long answers would wait), as seen and as the process's own. */
export async function longestBlock(work: () => Promise<unknown>): Promise<EventLoopBlock> {
  const waited = runQueueWaitReader();
  let last = performance.now();
  let lastWait = waited.read();
  let gap = 0;
  let own = 0;
  const tick = (): void => {
    const now = performance.now();
    const wait = waited.read();
    gap = Math.max(gap, now - last);
    own = Math.max(own, now - last - (wait - lastWait));
    last = now;
    lastWait = wait;
  };
  const probe = setInterval(tick, 1);
  await new Promise((done) => setTimeout(done, 5));
  last = performance.now();
  lastWait = waited.read();
  gap = 0;
  own = 0;
  await work();
  clearInterval(probe);
  tick();
  waited.close();
  return { gap, own };
}

/** A garbage collection's kind, as the reload line names it. */
function gcKindOf(entry: PerformanceEntry): string {
  const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
  if (kind === constants.NODE_PERFORMANCE_GC_MINOR) return 'young generation';
  if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) return 'old generation';
  if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) return 'incremental marking';
  return 'weak callbacks';
}

/** The longest gap of the probe while `work` runs (see longestBlock), and the longest garbage-collection pause meanwhile. */
export async function blockAndGc(
  work: () => Promise<unknown>,
): Promise<{ gap: number; own: number; gc: number; gcKind: string }> {
  let gc = 0;
  let gcKind = 'none';
  const seen = (entry: PerformanceEntry): void => {
    if (entry.duration <= gc) return;
    gc = entry.duration;
    gcKind = gcKindOf(entry);
  };
  const observer = new PerformanceObserver((list) => list.getEntries().forEach(seen));
  observer.observe({ entryTypes: ['gc'] });
  const { gap, own } = await longestBlock(work);
  // Entries are delivered after the pause: take those still queued.
  observer.takeRecords().forEach(seen);
  observer.disconnect();
  return { gap, own, gc, gcKind };
}
