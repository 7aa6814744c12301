/**
 * `npm run bench`: match latency (p50, p99) and memory for the real knowledge
 * base and a generated one of 10,000 entries, and knowledge-base load time.
 * Each knowledge base is measured three ways: repeated questions through the
 * answer cache (what a busy bot mostly sees), the same questions with the
 * cache off, and unique text (each question with a word nobody wrote before,
 * so neither the answer cache nor the typo cache can help).
 * Targets (cache off and unique text): p99 ≤ 1 ms (real), ≤ 5 ms (10,000 entries).
 */
import { type CompiledKnowledge, compileKnowledge } from '../src/knowledge.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readKnowledgeSource, type KnowledgeSource } from '../src/kb/load.ts';
import { type AnswerEngine, createAnswerEngine } from '../src/nlp/engine.ts';
import { parseEvalLines } from '../src/eval.ts';
import { DEFAULT_WEIGHTS } from '../src/nlp/matcher.ts';
import { TypoCorrector } from '../src/nlp/typos.ts';
import { tokenize } from '../src/text/normalize.ts';

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

interface Stats {
  p50: number;
  p99: number;
  max: number;
  perSecond: number;
}

/** Times `engine` on `rounds` passes over `questions`, after one warm-up pass over `warmUp`. */
function measure(
  engine: AnswerEngine,
  kb: CompiledKnowledge,
  questions: string[],
  rounds: number,
  warmUp: string[] = questions,
): Stats {
  for (const q of warmUp) engine.find(kb, q); // warm-up (JIT, caches)
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      engine.find(kb, q);
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

/** Made-up syllables, different every call: words the knowledge base and the typo cache have never seen. */
function unseenWords(seed: number): () => string {
  const random = rng(seed);
  const letters = 'abcdeghiklmnopqrstuvxy';
  return () =>
    Array.from({ length: 4 + Math.floor(random() * 4) }, () => letters[Math.floor(random() * letters.length)]).join('');
}

/** Each question once per round, with a word never seen before appended: no cache can answer it. */
function uniqueText(questions: string[], rounds: number, seed: number): string[] {
  const word = unseenWords(seed);
  return Array.from({ length: rounds }, () => questions.map((q) => `${q} ${word()}`)).flat();
}

/** Measures one knowledge base cached, with the cache off, and on unique text; prints one line each. */
function report(label: string, kb: CompiledKnowledge, questions: string[], rounds: number, target: string): void {
  const cached = measure(createAnswerEngine(), kb, questions, rounds);
  const uncached = measure(createAnswerEngine({ cacheSize: 0 }), kb, questions, rounds);
  const unique = uniqueText(questions, rounds, 11);
  const fresh = measure(createAnswerEngine(), kb, unique, 1, uniqueText(questions, 1, 12));
  const line = (how: string, s: Stats): string =>
    `  ${how.padEnd(24)} p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)}, ${s.perSecond.toFixed(0)} questions/s`;
  console.log(`${label}, ${questions.length} questions × ${rounds}:`);
  console.log(line('cached (repeated text)', cached));
  console.log(`${line('cache off', uncached)}  (target p99 ${target})`);
  console.log(`${line('unique text', fresh)}  (target p99 ${target})`);
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

report('real KB', real, questions, 10, '≤ 1 ms');

// Typo correction alone: one made-up word at a time, never the same twice (so never from its cache).
{
  const vocabulary = new Set(
    [...real.entries.values()].flatMap((e) =>
      [e.title, ...e.questions, ...e.keywords].flatMap((text) => tokenize(text, 10_000).map((t) => t.folded)),
    ),
  );
  const typos = new TypoCorrector(vocabulary, { threshold: DEFAULT_WEIGHTS.typoThreshold, maxFuzzyChars: 1000 });
  const word = unseenWords(21);
  for (let i = 0; i < 500; i++) typos.correctAll([word()]);
  const times = Array.from({ length: 5000 }, () => {
    const unseen = word();
    const t0 = performance.now();
    typos.correctAll([unseen]);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  const us = (x: number): string => `${(x * 1000).toFixed(1)} µs`;
  console.log(
    `typo correction, one unseen word over ${vocabulary.size} known syllables: p50 ${us(percentile(times, 50))}, p99 ${us(percentile(times, 99))}`,
  );
}

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
console.log(
  `generated KB: ${big.entries.size} entries, index built in ${ms(buildMs)} (target ≤ 2 s), heap +${mb(heapAfter - heapBefore)} (target ≤ 100 MB)`,
);
report('generated KB', big, bigQuestions, 2, '≤ 5 ms');
console.log(`process memory: rss ${mb(process.memoryUsage().rss)}, heap ${mb(process.memoryUsage().heapUsed)}`);
