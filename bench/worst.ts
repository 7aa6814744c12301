/**
 * `npm run bench:worst`: time of one message through the answer engine
 * (matcher and safeguarding detector) for crafted worst inputs, each freshly
 * generated so no cache helps: a 600-letter word, 4,000 characters of random
 * letters, of real Vietnamese, of distinct rare words, of emoji and of digits.
 * Target: max ≤ 5 ms for any input up to 4,000 characters.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/kb/load.ts';
import { findAnswer, setAnswerCacheSize } from '../src/nlp/engine.ts';
import { parseEvalLines } from '../src/eval.ts';

const ROOT = resolve(import.meta.dirname, '..');
const kb = loadKnowledge(resolve(ROOT, 'knowledge'));
setAnswerCacheSize(0);

/** Small deterministic PRNG so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzăâđêôơưáàảãạéèẻẽẹóòỏõọúùủũụíìỉĩị'];
const letters = (n: number): string => Array.from({ length: n }, () => pick(LETTERS)).join('');
/** Words of 3–9 random letters separated by spaces, up to `chars` characters. */
const rareWords = (chars: number): string => {
  let text = '';
  while (text.length < chars) text += `${letters(3 + Math.floor(random() * 7))} `;
  return text.slice(0, chars);
};
const EMOJI = ['😭', '🙏', '❤️', '👍🏻', '🇻🇳', '👨‍👩‍👧', '🔥', '\u200d', '\ufe0f'];
const vietnamese = ['dev', 'extra', 'holdout']
  .flatMap((f) => parseEvalLines(readFileSync(resolve(ROOT, 'test/eval', `${f}.jsonl`), 'utf8')).map((r) => r.q))
  .join('. ');
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

const cases: Array<{ name: string; make: () => string }> = [
  { name: '600-letter word', make: () => letters(600) },
  { name: '4,000 random letters, no spaces', make: () => letters(4000) },
  { name: '4,000 chars of 30-letter words', make: () => Array.from({ length: 130 }, () => letters(30)).join(' ').slice(0, 4000) },
  { name: '4,000 chars of distinct rare words', make: () => rareWords(4000) },
  {
    name: '4,000 chars of real Vietnamese',
    make: () => {
      const start = Math.floor(random() * (vietnamese.length - 4000));
      return vietnamese.slice(start, start + 4000);
    },
  },
  { name: '4,000 chars of emoji', make: () => Array.from({ length: 2000 }, () => pick(EMOJI)).join('').slice(0, 4000) },
  { name: 'emoji between rare words', make: () => Array.from({ length: 400 }, () => `${letters(5)}${pick(EMOJI)}`).join('').slice(0, 4000) },
  { name: 'end particles repeated', make: () => Array.from({ length: 1000 }, () => pick(['ạ', 'à', 'nhé', 'nha', 'ha'])).join(' ').slice(0, 4000) },
  { name: 'teencode repeated', make: () => Array.from({ length: 1000 }, () => pick(['ko', 'dc', 'k', 'ck', 'vk', 'ntn', 'bn'])).join(' ').slice(0, 4000) },
  { name: 'cues and figures of speech repeated', make: () => Array.from({ length: 300 }, () => pick(['mệt muốn chết', 'đánh răng', 'cứu', 'muốn chết', 'bị đánh', 'tự tử'])).join(' ').slice(0, 4000) },
  { name: '4,000 digits', make: () => digits(4000) },
  { name: 'digit groups and letters', make: () => Array.from({ length: 400 }, () => `${digits(6)}${letters(3)}`).join(' ').slice(0, 4000) },
];

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
console.log(`crafted inputs, ${ROUNDS} fresh messages each, whole engine (matcher + safeguarding), answer cache off  (target max ≤ 5 ms)`);
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
