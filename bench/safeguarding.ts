/**
 * `npm run bench:safeguarding`: time of the safeguarding layer alone (concept
 * rules, and the classifier when no rule fires) per message, on the labelled
 * corpora, on 4,000-character messages and on the crafted inputs of
 * `bench:worst`. Target: p99 < 1 ms per corpus message.
 */
import { loadKnowledge } from '../src/knowledge.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSafeguardingLines } from '../src/safeguarding/eval.ts';
import { craftedCases } from './crafted.ts';

const ROOT = resolve(import.meta.dirname, '..');
const kb = loadKnowledge(resolve(ROOT, 'knowledge'));
const detector = kb.safeguarding.detector;

const texts = [
  'train',
  'train2',
  'train3',
  'train4',
  'train5',
  'train6',
  'train7',
  'train8',
  'train9',
  'tune',
  'holdout',
  'holdout2',
].flatMap((f) =>
  parseSafeguardingLines(readFileSync(resolve(ROOT, 'test/safeguarding', `${f}.jsonl`), 'utf8')).map((r) => r.text),
);
// Long messages: a life story with the danger at the end, and a story with none.
const story = 'Em năm nay 16 tuổi, nhà em ở quê, bố mẹ đi làm xa, em ở với bà, học lớp 10, hay phải phụ bán hàng. ';
const longTexts = [
  `${story.repeat(40)}tối nay chú em say rượu về đang cầm dao`.slice(-4000),
  story.repeat(40).slice(0, 4000),
];

function measure(inputs: string[], rounds: number): { p50: number; p99: number; max: number } {
  for (const t of inputs) detector.detect(t);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of inputs) {
      const t0 = performance.now();
      detector.detect(t);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  return { p50: at(0.5), p99: at(0.99), max: times.at(-1) as number };
}

const ms = (x: number): string => `${x.toFixed(3)} ms`;
const corpus = measure(texts, 10);
console.log(
  `safeguarding, ${texts.length} corpus messages × 10: p50 ${ms(corpus.p50)}, p99 ${ms(corpus.p99)}, max ${ms(corpus.max)}  (target p99 < 1 ms)`,
);
const long = measure(longTexts, 200);
console.log(
  `safeguarding, 4,000-character messages × 200: p50 ${ms(long.p50)}, p99 ${ms(long.p99)}, max ${ms(long.max)}`,
);
const crafted = measure(
  craftedCases.flatMap((c) => Array.from({ length: 50 }, c.make)),
  1,
);
console.log(
  `safeguarding, ${craftedCases.length} kinds of crafted message × 50 fresh ones: p50 ${ms(crafted.p50)}, p99 ${ms(crafted.p99)}, max ${ms(crafted.max)}`,
);
