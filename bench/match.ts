/**
 * `npm run bench`: match latency (p50, p99) and memory for the real knowledge
 * base and a generated one of 10,000 entries, and knowledge-base load time.
 * Targets: p99 ≤ 2 ms (real), ≤ 20 ms (10,000 entries).
 */
import { type CompiledKnowledge, compileKnowledge } from '../src/knowledge.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readKnowledgeSource, type KnowledgeSource } from '../src/kb/load.ts';
import { findAnswer } from '../src/nlp/engine.ts';
import { parseEvalLines } from '../src/eval.ts';

const ROOT = resolve(import.meta.dirname, '..');
const KNOWLEDGE = resolve(ROOT, 'knowledge');

/** Small deterministic PRNG so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function measure(
  kb: CompiledKnowledge,
  questions: string[],
  rounds: number,
): { p50: number; p99: number; max: number; perSecond: number } {
  for (const q of questions) findAnswer(kb, q); // warm-up (JIT, typo cache)
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      findAnswer(kb, q);
      times.push(performance.now() - t0);
    }
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) as number,
    perSecond: (times.length / total) * 1000,
  };
}

function generated(source: KnowledgeSource, count: number): KnowledgeSource {
  const random = rng(42);
  const words = [...new Set(source.entries.flatMap((e) => [...e.questions, e.title].join(' ').split(/\s+/)))].filter(
    (w) => /\p{L}/u.test(w),
  );
  const pick = (n: number): string =>
    Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
  const entries: KnowledgeSource['entries'] = [...source.entries];
  for (let i = 0; i < count - source.entries.length; i++) {
    entries.push({
      id: `generated-${i}`,
      title: pick(4),
      questions: Array.from({ length: 6 }, () => pick(5 + Math.floor(random() * 6))),
      keywords: Array.from({ length: 5 }, () => pick(2)),
      answer: pick(60),
      related: [],
      sources: ['generated'],
      reviewed: '2026-11-23',
      file: `entries/generated-${i}.yaml`,
    });
  }
  return { ...source, entries };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number): string => `${x.toFixed(3)} ms`;

const questions = ['dev', 'extra', 'holdout'].flatMap((f) =>
  parseEvalLines(readFileSync(resolve(ROOT, 'test/eval', `${f}.jsonl`), 'utf8')).map((r) => r.q),
);

// Load time: read + validate + compile, cold then warm.
const loadTimes: number[] = [];
let kb: CompiledKnowledge | undefined;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  kb = compileKnowledge(readKnowledgeSource(KNOWLEDGE));
  loadTimes.push(performance.now() - t0);
}
const real = kb as CompiledKnowledge;
console.log(`knowledge base: ${real.entries.size} entries`);
console.log(
  `load (read + validate + index): first ${ms(loadTimes[0] as number)}, then median ${ms([...loadTimes.slice(1)].sort((a, b) => a - b)[1] as number)}`,
);

const realStats = measure(real, questions, 20);
console.log(
  `real KB, ${questions.length} questions × 20: p50 ${ms(realStats.p50)}, p99 ${ms(realStats.p99)}, max ${ms(realStats.max)}, ${realStats.perSecond.toFixed(0)} questions/s  (target p99 ≤ 2 ms)`,
);

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const source = readKnowledgeSource(KNOWLEDGE);
const bigSource = generated(source, 10_000);
const t0 = performance.now();
const big = compileKnowledge(bigSource, { skipEditorialChecks: true });
const buildMs = performance.now() - t0;
global.gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const random = rng(7);
const bigQuestions = [
  ...questions,
  ...Array.from({ length: 500 }, () => {
    const e = bigSource.entries[Math.floor(random() * bigSource.entries.length)];
    return e?.questions[0] ?? '';
  }),
];
const bigStats = measure(big, bigQuestions, 3);
console.log(
  `generated KB: ${big.entries.size} entries, index built in ${ms(buildMs)}, heap +${mb(heapAfter - heapBefore)}`,
);
console.log(
  `generated KB, ${bigQuestions.length} questions × 3: p50 ${ms(bigStats.p50)}, p99 ${ms(bigStats.p99)}, max ${ms(bigStats.max)}  (target p99 ≤ 20 ms)`,
);
console.log(`process memory: rss ${mb(process.memoryUsage().rss)}, heap ${mb(process.memoryUsage().heapUsed)}`);
