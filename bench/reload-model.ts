/**
 * `npm run bench:reload-model`: the longest the event loop stays blocked (a
 * 1 ms interval probe) while a live store reloads a changed model file, the
 * intent model or the safeguarding model, in the background (checked in the
 * worker, taken in and compiled in slices). Each reload edits the model's
 * JSON whitespace in a temporary copy of knowledge/, so the worker sends the
 * model back and the classifier is built again. Prints the median of
 * `BENCH_RELOADS` reloads (5) for each model, with the longest garbage-collection
 * pause of each. Target ≤ 10 ms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { blockAndGc, longestBlock } from './event-loop-probe.ts';
import { knowledgeCopy } from './temp-dir.ts';

const RELOADS = Number(process.env.BENCH_RELOADS ?? 5);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const ms = (x: number): string => `${x.toFixed(1)} ms`;

const { dir, store, longest, resetLongest } = knowledgeCopy('ctxh-bench-model-');
await store.reloadInBackground(); // starts the worker and loads its modules
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const idle = await longestBlock(() => new Promise((done) => setTimeout(done, 1000)));
console.log(`the probe with nothing running, over 1 s: ${ms(idle.own)} own, ${ms(idle.gap)} as seen`);
for (const model of ['intent-model.json', 'safeguarding-model.json']) {
  const file = join(dir, model);
  const original = readFileSync(file, 'utf8');
  const blocks: number[] = [];
  const seen: number[] = [];
  const slices: number[] = [];
  const steps: string[] = [];
  const cpus: number[] = [];
  const cpuSteps: string[] = [];
  const gcs: number[] = [];
  for (let i = 1; i <= RELOADS; i++) {
    // Whitespace only: the same model, but a file the served snapshot does not hold, so it is taken in and built anew.
    writeFileSync(file, `${original.trimEnd()}${' '.repeat(i)}\n`);
    resetLongest();
    const block = await blockAndGc(() => store.reloadInBackground());
    gcs.push(block.gc);
    blocks.push(block.own);
    seen.push(block.gap);
    slices.push(longest().slice);
    steps.push(longest().step);
    cpus.push(longest().cpu);
    cpuSteps.push(longest().cpuStep);
  }
  writeFileSync(file, original);
  await store.reloadInBackground();
  console.log(
    `reload, ${model} changed: event loop blocked at most ${ms(median(blocks))} by the process's own work (median of ${RELOADS}; each ${blocks.map(ms).join(', ')}), ${ms(median(seen))} as seen (with the main thread's wait for a CPU; each ${seen.map(ms).join(', ')}), longest slice ${ms(median(slices))} (in each: ${slices.map((slice, i) => `${ms(slice)} ${steps[i]}`).join('; ')}), longest slice by CPU time ${ms(median(cpus))} (in each: ${cpus.map((cpu, i) => `${ms(cpu)} ${cpuSteps[i]}`).join('; ')}), longest garbage-collection pause ${ms(median(gcs))} (each ${gcs.map(ms).join(', ')}) (target ≤ 10 ms)`,
  );
}
store.close();
