/** Temporary folders for a benchmark run, removed when the process exits (a bench must not fill /tmp). */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KnowledgeStore } from '../src/knowledge.ts';
import { silentLogger } from '../src/log.ts';

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

/** A live store on a temporary copy of knowledge/, and the longest compile slice (with its step) since the last reset. */
export interface KnowledgeCopy {
  dir: string;
  store: KnowledgeStore;
  longest(): { slice: number; step: string };
  resetLongest(): void;
}

/** Copies the project's knowledge/ into a temporary folder and opens a store on it that records its slices. */
export function knowledgeCopy(prefix: string): KnowledgeCopy {
  const dir = join(benchTempDir(prefix), 'knowledge');
  cpSync(resolve(import.meta.dirname, '..', 'knowledge'), dir, { recursive: true });
  let slice = 0;
  let step = '';
  const store = new KnowledgeStore(dir, silentLogger(), {
    onSlice: (length, name) => {
      if (length <= slice) return;
      slice = length;
      step = name;
    },
  });
  return {
    dir,
    store,
    longest: () => ({ slice, step }),
    resetLongest: () => {
      slice = 0;
    },
  };
}
