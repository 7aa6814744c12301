/**
 * `npm run bars:safeguarding -- ['{"minCorpora":3}']`: the scores behind the classifier's bars, on rows the
 * model never learnt from, for a model trained on every training corpus and probe23 with the given options.
 * The newest writers (train16 on, probe23) are each scored by a model trained without them (out of fold);
 * the readable ordinary questions and the hand-written harmless sentences of `detector.test.ts` by the model
 * trained on everything. A row is on a bar's path when the pipeline says danger now with that bar at -100 and
 * not at +100 (the other bars as shipped). Per path: the danger scores, the highest harmless score H, and the
 * bar the rule of session 25's protocol derives (`docs/measurements.md`): when at least half the danger rows
 * score above H, the midpoint between H and the lowest of them, to the nearest 0.05; otherwise the old bar.
 * The carry-over corpora (`CARRY_OVER_CORPORA`) are never read.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseSafeguardingLines, safeguardingPredictor } from '../src/eval-safeguarding.ts';
import { parseEvalLines } from '../src/eval.ts';
import { ENTRY_IDS } from '../src/kb/entry-ids.ts';
import type { SafeguardingFile } from '../src/kb/safeguarding-schema.ts';
import {
  DEFAULT_TRAINING,
  SafeguardingClassifier,
  trainClassifier,
  type TrainingOptions,
} from '../src/safeguarding/classifier.ts';
import {
  kb,
  knowledgeWith,
  readableQuestionFiles,
  readMessage as read,
  SAFEGUARDING_DIR as DIR,
  trainingCorpusFiles,
} from './safeguarding-corpora.ts';

const options: TrainingOptions = { ...DEFAULT_TRAINING, ...(JSON.parse(process.argv[2] ?? '{}') as object) };

type Kind = 'danger' | 'disclosure' | 'harmless';
interface Row {
  text: string;
  kind: Kind;
  source: string;
}

const corpusFiles = [...trainingCorpusFiles(), resolve(DIR, 'probe23.jsonl')];
const corpora = corpusFiles.map((file) => ({
  name: basename(file, '.jsonl'),
  rows: parseSafeguardingLines(readFileSync(file, 'utf8'), file),
}));
const newest = corpora.filter((c) => c.name === 'probe23' || Number(c.name.replace('train', '')) >= 16);

/** Readable ordinary questions (as `cv:safeguarding` counts them): a blind set never chooses. */
const questions: Row[] = readableQuestionFiles().flatMap((f) =>
  parseEvalLines(readFileSync(f, 'utf8'), f)
    .filter((r) => r.expect !== ENTRY_IDS.emergency)
    .map((r): Row => ({ text: r.q, kind: 'harmless', source: basename(f, '.jsonl') })),
);

/** The hand-written harmless sentences of the detector's tests: every `itIsNoEmergency` list, the bar tests' harmless lists. */
function handWrittenHarmless(): Row[] {
  const test = readFileSync(resolve(DIR, 'detector.test.ts'), 'utf8');
  const lists = [
    ...test.matchAll(/itIsNoEmergency\(\s*\[([\s\S]*?)\]\s*,/g),
    ...test.matchAll(/const (?:questions|over) = \[([\s\S]*?)\];/g),
  ];
  return lists.flatMap((m) =>
    [...(m[1] ?? '').matchAll(/'((?:[^'\\]|\\.)*)'/g)].map(
      (s): Row => ({
        text: (s[1] ?? '').replace(/\\'/g, "'"),
        kind: 'harmless',
        source: 'detector.test.ts',
      }),
    ),
  );
}

function trainedWithout(leftOut: string | null): SafeguardingClassifier {
  const messages = corpora
    .filter((c) => c.name !== leftOut)
    .flatMap((c) => c.rows.map((r) => ({ ...r, corpus: c.name })));
  return new SafeguardingClassifier(trainClassifier(messages, read, 'bars', options));
}

type BarKey = keyof Pick<
  SafeguardingFile,
  | 'classifier_threshold_general'
  | 'classifier_threshold_overrule'
  | 'classifier_threshold_past'
  | 'classifier_threshold'
  | 'classifier_threshold_unanswered'
  | 'classifier_threshold_words'
>;
/** Each path: the bars moved together, and whether its score is the single-word model's. */
interface Path {
  name: string;
  keys: BarKey[];
  words: boolean;
}
const PATHS: Path[] = [
  { name: 'classifier_threshold_general', keys: ['classifier_threshold_general'], words: false },
  { name: 'classifier_threshold_overrule', keys: ['classifier_threshold_overrule'], words: false },
  { name: 'classifier_threshold_past', keys: ['classifier_threshold_past'], words: false },
  {
    name: 'classifier_threshold (+ _unanswered)',
    keys: ['classifier_threshold', 'classifier_threshold_unanswered'],
    words: false,
  },
  { name: 'classifier_threshold_words', keys: ['classifier_threshold_words'], words: true },
];

interface Scored extends Row {
  score: number;
}
const onPath = PATHS.map((): Scored[] => []);

function scoreRows(classifier: SafeguardingClassifier, rows: readonly Row[]): void {
  const at = (path: Path, bar: number) =>
    safeguardingPredictor(knowledgeWith(classifier, Object.fromEntries(path.keys.map((k) => [k, bar]))));
  const predictors = PATHS.map((path) => ({ low: at(path, -100), high: at(path, 100) }));
  for (const row of rows) {
    PATHS.forEach((path, i) => {
      const { low, high } = predictors[i] as (typeof predictors)[number];
      if (low(row.text).outcome !== 'danger-now' || high(row.text).outcome === 'danger-now') return;
      const input = read(row.text);
      const verdict = path.words ? classifier.scoreWords(input, -1e9) : classifier.score(input, -1e9);
      if (verdict) onPath[i]?.push({ ...row, score: verdict.margin });
    });
  }
}

for (const c of newest) {
  const rows = c.rows.map(
    (r): Row => ({
      text: r.text,
      kind: r.outcome === 'danger-now' ? 'danger' : r.outcome === 'disclosure' ? 'disclosure' : 'harmless',
      source: c.name,
    }),
  );
  scoreRows(trainedWithout(c.name), rows);
  process.stderr.write(`scored ${c.name} out of fold\n`);
}
scoreRows(trainedWithout(null), [...questions, ...handWrittenHarmless()]);

const fmt = (n: number): string => n.toFixed(2);
const short = (r: Scored): string => `${fmt(r.score)} ${r.source} "${r.text.slice(0, 90)}"`;
process.stdout.write(`options ${JSON.stringify(options)}\n`);
PATHS.forEach((path, i) => {
  const rows = (onPath[i] ?? []).sort((a, b) => b.score - a.score);
  const of = (kind: Kind): Scored[] => rows.filter((r) => r.kind === kind);
  const danger = of('danger');
  const harmless = of('harmless');
  // With no harmless row on the path there is nothing to split from: the old bar stays.
  const high = harmless[0]?.score;
  const above = high === undefined ? [] : danger.filter((r) => r.score > high);
  const old = kb.safeguarding.text[path.keys[0] as BarKey];
  const lowest = above.at(-1)?.score;
  const bar =
    high !== undefined && lowest !== undefined && above.length * 2 >= danger.length
      ? Math.round((high + lowest) * 10) / 20
      : undefined;
  process.stdout.write(
    `\n${path.name} (old ${old}): danger ${danger.length} [${danger.map((r) => fmt(r.score)).join(' ')}]\n` +
      `  disclosures ${of('disclosure').length} [${of('disclosure')
        .slice(0, 12)
        .map((r) => fmt(r.score))
        .join(' ')}]\n` +
      `  harmless ${harmless.length}, highest H = ${high === undefined ? '-' : fmt(high)}; danger above H ${above.length}\n` +
      `  ${bar === undefined ? `no clean split: old bar ${old}` : `clean split: bar ${bar}`}\n` +
      harmless
        .slice(0, 3)
        .map((r) => `    harmless ${short(r)}\n`)
        .join('') +
      danger
        .slice(-3)
        .map((r) => `    danger ${short(r)}\n`)
        .join(''),
  );
});
