/**
 * `npm run bench:worst`: time of one message through the answer engine
 * (matcher and safeguarding detector) for crafted worst inputs, each freshly
 * generated so no cache helps: a 600-letter word, 4,000 characters of random
 * letters, of real Vietnamese, of distinct rare words, of emoji and of digits.
 * Target: max ≤ 5 ms for any input up to 4,000 characters.
 */
import { loadKnowledge } from '../src/knowledge.ts';
import { resolve } from 'node:path';
import { createAnswerEngine } from '../src/nlp/engine.ts';
import { craftedCases as cases } from './crafted.ts';

const ROOT = resolve(import.meta.dirname, '..');
const kb = loadKnowledge(resolve(ROOT, 'knowledge'));
// No cache: every call measures a decision.
const engine = createAnswerEngine({ cacheSize: 0 });
const findAnswer = engine.find;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
const ms = (x: number): string => `${x.toFixed(3)} ms`.padStart(10);

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
// Warm-up on throwaway inputs (JIT), so the first timed message is not the compiler's.
for (const c of cases) for (let i = 0; i < 5; i++) findAnswer(kb, c.make());

const summary = (times: number[]): string => {
  times.sort((a, b) => a - b);
  return `p50 ${ms(percentile(times, 50))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1) as number)}`;
};

// Wall time includes waiting for the CPU when other processes share the machine; CPU time
// (this process, user + system) does not, so both are printed.
console.log(
  `crafted inputs, ${ROUNDS} fresh messages each, whole engine (matcher + safeguarding), answer cache off  (target max ≤ 5 ms)`,
);
console.log(`${''.padEnd(36)} ${'wall time'.padEnd(48)} CPU time`);
let worstWall = 0;
let worstCpu = 0;
for (const c of cases) {
  const inputs = Array.from({ length: ROUNDS }, c.make);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const text of inputs) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    findAnswer(kb, text);
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(`${c.name.padEnd(36)} ${summary(wall)}   ${summary(cpu)}`);
  worstWall = Math.max(worstWall, wall.at(-1) as number);
  worstCpu = Math.max(worstCpu, cpu.at(-1) as number);
}
console.log(`worst single message: wall ${ms(worstWall).trim()}, CPU ${ms(worstCpu).trim()}`);
