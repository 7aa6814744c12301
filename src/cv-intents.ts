/**
 * Cross-validation of the intent classifier on its own training corpus
 * (`npm run cv:intents [-- --folds 4] [--without train-q-d.jsonl ...]`): the
 * labelled questions in test/eval/train/ are split into folds; each fold is
 * answered by the whole engine (matcher, classifier and blend) with a model
 * trained on the entries, the agencies and the other folds. The corpus is text
 * the matcher was never fitted to, so this measures the blend without looking
 * at any eval set. Fold models are cached in the system temp folder by a hash
 * of what they learnt, so trying another blend rule costs no retraining.
 * `--set charGrams=4 --set minSources=2` trains the folds with other settings
 * (see `IntentTraining`), to compare them before changing the defaults;
 * `--confusions` lists which entries are mistaken for which, most often first; `--classifier-answer` compares
 * the settings of the gate that answers a did-you-mean the classifier is sure of (`classifierAnswer`), and
 * `--sibling-answer` those of the gate that answers it with the first entry's related neighbour (`siblingAnswer`),
 * and `--single-answer` those of the gate that answers a did-you-mean offering one entry alone (`singleAnswer`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from './config.ts';
import { enginePredictor, evaluate, parseEvalLines, type EvalReport, type EvalRow } from './eval.ts';
import type { IntentModel } from './kb/intent-schema.ts';
import { centerOption, loadKnowledge } from './knowledge.ts';
import { readQuestion } from './nlp/engine.ts';
import { type BlendConfig, DEFAULT_BLEND } from './nlp/blend.ts';
import { GATE_GRID } from './tune-grid.ts';
import {
  DEFAULT_INTENT_TRAINING,
  IntentClassifier,
  type IntentTraining,
  OUT_OF_SCOPE,
  trainIntentModel,
} from './nlp/intent-classifier.ts';
import { intentExamples, type SourcedRow } from './nlp/intent-training.ts';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '4' },
    without: { type: 'string', multiple: true, default: [] },
    gates: { type: 'boolean', default: false },
    'classifier-answer': { type: 'boolean', default: false },
    'sibling-answer': { type: 'boolean', default: false },
    'single-answer': { type: 'boolean', default: false },
    confusions: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true, default: [] },
  },
});
/** The training settings to cross-validate: the defaults, with `--set name=value` overrides. */
const training: IntentTraining = { ...DEFAULT_INTENT_TRAINING };
for (const pair of values.set) {
  const [name, value] = pair.split('=');
  if (!name || value === undefined || !(name in training)) throw new Error(`--set ${pair}: no such training setting`);
  Object.assign(training, { [name]: value === 'true' ? true : value === 'false' ? false : Number(value) });
}
const FOLDS = Number(values.folds);
const trainDir = resolve(PROJECT_ROOT, 'test/eval/train');
const files = readdirSync(trainDir)
  .filter((f) => f.endsWith('.jsonl') && !values.without.includes(f))
  .sort();
const rows: Array<EvalRow & { file: string; source: string }> = files.flatMap((f) =>
  parseEvalLines(readFileSync(join(trainDir, f), 'utf8'), f).map((r) => ({ ...r, file: f, source: f })),
);
/** A row's fold, from a hash of its text: the same split on every run, whichever files are left out. */
const foldOf = (row: EvalRow): number =>
  Number.parseInt(createHash('sha256').update(row.q).digest('hex').slice(0, 8), 16) % FOLDS;

const config = loadConfig(process.env);
const kb = loadKnowledge(config.knowledgeDir, centerOption(config));
const cacheDir = join(tmpdir(), 'ctxh-cv-intents');
mkdirSync(cacheDir, { recursive: true });

function foldModel(learnt: readonly SourcedRow[]): IntentModel {
  const examples = intentExamples(kb, learnt);
  const source = readFileSync(resolve(PROJECT_ROOT, 'src/nlp/intent-classifier.ts'), 'utf8');
  const key = createHash('sha256')
    .update(source)
    .update(JSON.stringify(training))
    .update(JSON.stringify(examples))
    .digest('hex')
    .slice(0, 16);
  const cached = join(cacheDir, `${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as IntentModel;
  const model = trainIntentModel(examples, { trainedOn: 'cv', entriesDigest: '', entryDigests: {} }, training);
  writeFileSync(cached, JSON.stringify(model));
  return model;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
const summary = (r: EvalReport): string =>
  `in-scope ${pct(r.inScope.accuracy)} direct ${pct(r.answeredDirectly.rate)} out-of-scope ${pct(r.outOfScope.rate)} confident-wrong ${pct(r.confidentWrong.rate)} (${r.confidentWrong.count}/${r.confidentWrong.total})`;

/** The blends to compare: the default, and with --gates the trade-off grid of the confidence gates. */
const blends: BlendConfig[] = [DEFAULT_BLEND];
if (values.gates)
  for (const confidentMargin of GATE_GRID.confidentMargin)
    for (const classifierMargin of GATE_GRID.classifierMargin)
      for (const outOfScopeFallback of GATE_GRID.outOfScopeFallback)
        blends.push({ ...DEFAULT_BLEND, confidentMargin, classifierMargin, outOfScopeFallback });
if (values['classifier-answer'])
  for (const classifierAnswer of GATE_GRID.classifierAnswer) blends.push({ ...DEFAULT_BLEND, classifierAnswer });
if (values['sibling-answer'])
  for (const siblingAnswer of GATE_GRID.siblingAnswer) blends.push({ ...DEFAULT_BLEND, siblingAnswer });
if (values['single-answer'])
  for (const singleAnswer of GATE_GRID.singleAnswer)
    for (const singleAnswerOutOfScope of GATE_GRID.singleAnswerOutOfScope)
      blends.push({ ...DEFAULT_BLEND, singleAnswer, singleAnswerOutOfScope });

const held: Array<EvalRow & { file: string }> = [];
const answers: Array<Array<ReturnType<ReturnType<typeof enginePredictor>>>> = blends.map(() => []);
let classifierRight = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const test = rows.filter((r) => foldOf(r) === fold);
  const model = foldModel(rows.filter((r) => foldOf(r) !== fold));
  const classifier = new IntentClassifier(model);
  const withModel = {
    ...kb,
    intents: { classifier, current: true, unknownEntries: [], changedEntries: new Set<string>() },
  };
  const predictors = blends.map((blend) => enginePredictor(withModel, { ...config.engine, blend }));
  for (const row of test) {
    held.push(row);
    predictors.forEach((predict, i) => answers[i]?.push(predict(row.q)));
    const question = readQuestion(withModel, row.q);
    const scores = classifier.classify(kb.matcher.correct(question.syllables), question.accented);
    const best = [...scores.entries].sort((a, b) => b[1] - a[1])[0];
    const top = best && best[1] > scores.outOfScope ? best[0] : OUT_OF_SCOPE;
    if (top === (row.expect ?? OUT_OF_SCOPE)) classifierRight++;
  }
}

const replay = (subset: (r: (typeof held)[number]) => boolean, blend = 0): EvalReport => {
  const picked = held.map((r, i) => ({ r, a: answers[blend]?.[i] })).filter(({ r }) => subset(r));
  const byQ = new Map(picked.map(({ r, a }) => [r.q, a]));
  return evaluate(
    picked.map(({ r }) => r),
    (q) => byQ.get(q) ?? { id: null, outcome: 'fallback', score: 0 },
  );
};

process.stdout.write(
  `${rows.length} labelled questions from ${files.length} files, ${FOLDS} folds; training ${JSON.stringify(training)}\n` +
    `classifier alone, top-1 (entry or out of scope): ${pct(classifierRight / held.length)}\n` +
    `engine, all folds:  ${summary(replay(() => true))}\n`,
);
for (const f of files) process.stdout.write(`  ${basename(f).padEnd(18)} ${summary(replay((r) => r.file === f))}\n`);
if (values.gates || values['classifier-answer'] || values['sibling-answer'] || values['single-answer'])
  for (const [i, blend] of blends.entries())
    process.stdout.write(
      `margin=${blend.confidentMargin} classifierMargin=${blend.classifierMargin} oosFallback=${blend.outOfScopeFallback} classifierAnswer=${blend.classifierAnswer} siblingAnswer=${blend.siblingAnswer} singleAnswer=${blend.singleAnswer}<oos ${blend.singleAnswerOutOfScope}: ${summary(replay(() => true, i))}\n`,
    );
if (values.confusions) {
  // Training text only: which entries the engine mistakes for which, most often first, with examples.
  const pairs = new Map<string, string[]>();
  held.forEach((row, i) => {
    const got = answers[0]?.[i];
    const id = got && got.outcome !== 'fallback' && got.outcome !== 'referral' ? got.id : null;
    if (id !== row.expect) {
      const pair = `${row.expect ?? 'out of scope'} → ${id ?? 'none'} (${got?.outcome ?? 'none'})`;
      pairs.set(pair, [...(pairs.get(pair) ?? []), row.q]);
    }
  });
  for (const [pair, questions] of [...pairs].sort((a, b) => b[1].length - a[1].length).slice(0, 30)) {
    process.stdout.write(`  ${String(questions.length).padStart(3)} ${pair}\n`);
    for (const q of questions.slice(0, 4)) process.stdout.write(`        ${JSON.stringify(q.slice(0, 110))}\n`);
  }
}
