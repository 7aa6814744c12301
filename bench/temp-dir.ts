/** Temporary folders for a benchmark run, removed when the process exits (a bench must not fill /tmp). */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KnowledgeStore } from '../src/knowledge.ts';
import { silentLogger } from '../src/log.ts';
import type { SliceListener } from '../src/kb/steps.ts';

const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary folder, named `prefix…`, gone when the process ends. */
export function benchTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The longest compile slice since the last reset: by wall time (`slice`, in `step`) and by CPU time (`cpu`, in `cpuStep`). */
export interface LongestSlice {
  slice: number;
  step: string;
  cpu: number;
  cpuStep: string;
}

/** A live store on a temporary copy of knowledge/, and its longest compile slice since the last reset. */
export interface KnowledgeCopy {
  dir: string;
  store: KnowledgeStore;
  longest(): LongestSlice;
  resetLongest(): void;
}

/** A slice listener keeping the longest slice by wall time and by CPU time. */
export function longestSliceRecorder(): { onSlice: SliceListener; longest(): LongestSlice; reset(): void } {
  let longest: LongestSlice = { slice: 0, step: '', cpu: 0, cpuStep: '' };
  return {
    onSlice: (ms, step, cpu) => {
      if (ms > longest.slice) longest = { ...longest, slice: ms, step };
      if (cpu > longest.cpu) longest = { ...longest, cpu, cpuStep: step };
    },
    longest: () => longest,
    reset: () => {
      longest = { slice: 0, step: '', cpu: 0, cpuStep: '' };
    },
  };
}

/** Copies the project's knowledge/ into a temporary folder and opens a store on it that records its slices. */
export function knowledgeCopy(prefix: string): KnowledgeCopy {
  const dir = join(benchTempDir(prefix), 'knowledge');
  cpSync(resolve(import.meta.dirname, '..', 'knowledge'), dir, { recursive: true });
  const recorder = longestSliceRecorder();
  const store = new KnowledgeStore(dir, silentLogger(), { onSlice: recorder.onSlice });
  return { dir, store, longest: recorder.longest, resetLongest: recorder.reset };
}
