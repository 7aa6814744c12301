/**
 * `npm run bench:location-drift`: how often saying where you live or who you
 * are changes the answer. Every question of the readable eval sets is asked
 * plain, then with additions residents really write (openers, closers,
 * "em ở phường 5", "tôi là người dân thôn 3"…, with and without accents); a
 * change is a different outcome or a different entry than the plain
 * question got. Only readable sets: the holdout sets are never read here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEvalLines } from '../src/eval.ts';
import { loadKnowledge } from '../src/knowledge.ts';
import { createAnswerEngine } from '../src/nlp/engine.ts';
import { foldAccents } from '../src/text/fold.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SETS = ['dev', 'extra', 'tune', 'tune2', 'tune3', 'tune4', 'tune5'];

/** Words around a question that carry no place: the noise floor the location kinds are compared with. */
const POLITE = {
  openers: ['chào anh chị', 'dạ cho em hỏi', 'chị ơi', 'ad ơi cho mình hỏi', 'xin chào'],
  closers: ['ạ', 'với ạ', 'cảm ơn nhiều', 'giúp em với', 'nhé'],
};

/** Where a resident lives, as they write it. */
const PLACES = [
  'em ở phường 5',
  'nhà tôi ở xã Tân Lập, huyện Ba Chẽ',
  'mình ở Hạ Long',
  'cháu ở tổ 7 khu 2',
  'bác ở ấp Bình An',
  'em sống ở thị trấn Cái Rồng',
  'gia đình tôi ở khu phố 4 phường Hồng Hà',
  'tôi ở thành phố Cẩm Phả',
  'em ở quận 8',
  'mình ở huyện Tiên Yên, tỉnh Quảng Ninh',
  'nhà em ở thôn Đồng Tâm',
  'con ở xóm 2',
];

/** Who a resident is, as they introduce themselves. */
const SELVES = [
  'tôi là người dân thôn 3',
  'em là người dân phường Bãi Cháy',
  'tôi là dân xã Quảng La',
  'cháu là người ở bản Khe Tiền',
];

/** One way of adding words around a question. */
interface Addition {
  kind: string;
  make: (q: string, n: number) => string;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

const ADDITIONS: Addition[] = [
  { kind: 'opener', make: (q, n) => `${pick(POLITE.openers, n)}, ${q}` },
  { kind: 'closer', make: (q, n) => `${q} ${pick(POLITE.closers, n)}` },
  { kind: 'place before', make: (q, n) => `${pick(PLACES, n)}, ${q}` },
  { kind: 'place after', make: (q, n) => `${q}. ${pick(PLACES, n + 3)}` },
  { kind: 'place, no accents', make: (q, n) => `${foldAccents(pick(PLACES, n + 5))} ${q}` },
  { kind: 'self before', make: (q, n) => `${pick(SELVES, n)}, ${q}` },
  { kind: 'self after', make: (q, n) => `${q}, ${foldAccents(pick(SELVES, n + 1))}` },
  // The noise floor of the next kind: the same opener and closer with no place between them.
  { kind: 'opener+closer', make: (q, n) => `${pick(POLITE.openers, n + 1)} ${q} ${pick(POLITE.closers, n + 2)}` },
  {
    kind: 'opener+place+closer',
    make: (q, n) => `${pick(POLITE.openers, n + 1)} ${pick(PLACES, n + 7)} ${q} ${pick(POLITE.closers, n + 2)}`,
  },
];

const kb = loadKnowledge(resolve(ROOT, 'knowledge'));
const engine = createAnswerEngine({ cacheSize: 0 });
const rows = SETS.flatMap((set) =>
  parseEvalLines(readFileSync(resolve(ROOT, 'test/eval', `${set}.jsonl`), 'utf8'), set),
);

interface Tally {
  asked: number;
  changed: number;
  /** Changes to or from a crisis or a disclosure: the safeguarding layer, which reads the whole message. */
  safeguarding: number;
  /** In-scope rows answered outright with the expected entry. */
  direct: number;
  inScope: number;
}
const tallies = new Map<string, Tally>();
const tally = (kind: string): Tally => {
  let t = tallies.get(kind);
  if (!t) {
    t = { asked: 0, changed: 0, safeguarding: 0, direct: 0, inScope: 0 };
    tallies.set(kind, t);
  }
  return t;
};
const examples: string[] = [];

rows.forEach((row, n) => {
  const plain = engine.find(kb, row.q);
  const plainTally = tally('plain');
  plainTally.asked++;
  if (row.expect) {
    plainTally.inScope++;
    if (plain.outcome === 'answer' && plain.entryId === row.expect) plainTally.direct++;
  }
  for (const addition of ADDITIONS) {
    const text = addition.make(row.q, n);
    const got = engine.find(kb, text);
    const t = tally(addition.kind);
    t.asked++;
    const changed = got.outcome !== plain.outcome || got.entryId !== plain.entryId;
    if (changed) {
      t.changed++;
      const raised = (o: string): boolean => o === 'crisis' || o === 'disclosure';
      if (raised(got.outcome) || raised(plain.outcome)) t.safeguarding++;
      if (
        process.env.SHOW &&
        examples.length < Number(process.env.SHOW) &&
        addition.kind.startsWith(process.env.KIND ?? '')
      )
        examples.push(`${text}\n    ${plain.outcome}/${plain.entryId} → ${got.outcome}/${got.entryId}`);
    }
    if (row.expect) {
      t.inScope++;
      if (got.outcome === 'answer' && got.entryId === row.expect) t.direct++;
    }
  }
});

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`.padStart(7);
console.log(
  `${rows.length} questions from ${SETS.join(', ')}; each asked plain and with ${ADDITIONS.length} additions`,
);
console.log(
  `${'addition'.padEnd(22)} ${'changed'.padStart(7)} ${'by safeguarding'.padStart(15)} ${'direct'.padStart(7)}`,
);
const total = { asked: 0, changed: 0 };
for (const [kind, t] of tallies) {
  const plain = kind === 'plain';
  const changed = plain ? '-'.padStart(7) : pct(t.changed, t.asked);
  const bySafeguarding = plain ? '-' : pct(t.safeguarding, t.asked).trim();
  console.log(`${kind.padEnd(22)} ${changed} ${bySafeguarding.padStart(15)} ${pct(t.direct, t.inScope)}`);
  if (kind === 'plain') continue;
  total.asked += t.asked;
  total.changed += t.changed;
}
const located = [...tallies].filter(([k]) => k.startsWith('place') || k.startsWith('self') || k.includes('+place'));
const locatedChanged = located.reduce((s, [, t]) => s + t.changed, 0);
const locatedAsked = located.reduce((s, [, t]) => s + t.asked, 0);
console.log(
  `all additions: ${pct(total.changed, total.asked).trim()} changed; with a place or self: ${pct(locatedChanged, locatedAsked).trim()}`,
);
for (const e of examples) console.log(`  ${e}`);
