/**
 * `npm run cv:safeguarding`: leave-one-corpus-out cross-validation of the
 * safeguarding classifier on the training corpora only. Each corpus comes
 * from a different writer, so a model trained on the others and measured on
 * it is the honest analogue of a blind holdout. Prints, per training setting,
 * crisis recall and false crisis on hard negatives per left-out corpus, their
 * minimum and total, and false crisis on ordinary questions.
 * Usage: npm run cv:safeguarding -- '{"minCorpora":2}' '{"learningRate":0.1}' …
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/knowledge.ts';
import { compileLexicon } from '../src/nlp/compile.ts';
import { evaluateSafeguarding, parseSafeguardingLines, safeguardingPredictor } from '../src/eval-safeguarding.ts';
import { enginePredictor, evaluate, parseEvalLines } from '../src/eval.ts';
import {
  DEFAULT_TRAINING,
  SafeguardingClassifier,
  trainClassifier,
  type TrainingOptions,
} from '../src/safeguarding/classifier.ts';
import { SafeguardingDetector } from '../src/safeguarding/detector.ts';
import { readKnowledgeSource } from '../src/kb/load.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = resolve(ROOT, 'test/safeguarding');
const kb = loadKnowledge(resolve(ROOT, 'knowledge'));
const source = readKnowledgeSource(resolve(ROOT, 'knowledge'));
const lexicon = compileLexicon(source.lexicon);
const corpora = readdirSync(DIR)
  .filter((f) => /^train\d*\.jsonl$/.test(f))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .map((f) => ({
    name: f.replace('.jsonl', ''),
    rows: parseSafeguardingLines(readFileSync(resolve(DIR, f), 'utf8'), f),
  }));
const questions = ['dev', 'extra', 'tune', 'holdout', 'referral', 'tune2', 'tune3', 'holdout2', 'holdout3']
  .map((f) => resolve(ROOT, `test/eval/${f}.jsonl`))
  .filter((f) => existsSync(f))
  .map((f) => parseEvalLines(readFileSync(f, 'utf8'), f));

/** Corpora left out together: five folds of three writers each keep the run within minutes. */
const FOLDS = 5;
const folds = Array.from({ length: FOLDS }, (_, k) => corpora.filter((_, i) => i % FOLDS === k));

function withModel(options: TrainingOptions, skip: readonly string[]) {
  const messages = corpora
    .filter((c) => !skip.includes(c.name))
    .flatMap((c) => c.rows.map((r) => ({ ...r, corpus: c.name })));
  const model = trainClassifier(messages, (t) => kb.safeguarding.detector.read(t), 'cv', options);
  const detector = new SafeguardingDetector(kb.safeguarding.text, lexicon, new SafeguardingClassifier(model));
  return { ...kb, safeguarding: { ...kb.safeguarding, detector } };
}

const settings = process.argv
  .slice(2)
  .map((a) => ({ ...DEFAULT_TRAINING, ...(JSON.parse(a) as Partial<TrainingOptions>) }));
for (const options of settings.length > 0 ? settings : [DEFAULT_TRAINING]) {
  const started = Date.now();
  let hits = 0;
  let total = 0;
  let fa = 0;
  let negatives = 0;
  let minRecall = 100;
  const cells: string[] = [];
  for (const fold of folds) {
    const model = withModel(
      options,
      fold.map((c) => c.name),
    );
    for (const c of fold) {
      const r = evaluateSafeguarding(c.rows, safeguardingPredictor(model));
      hits += r.crisisRecall.hits;
      total += r.crisisRecall.total;
      fa += r.falseCrisis.hits;
      negatives += r.falseCrisis.total;
      minRecall = Math.min(minRecall, r.crisisRecall.rate * 100);
      cells.push(`${c.name} ${(r.crisisRecall.rate * 100).toFixed(0)}/${(r.falseCrisis.rate * 100).toFixed(0)}`);
    }
  }
  const full = withModel(options, []);
  let ordinary = 0;
  let asked = 0;
  for (const rows of questions) {
    const report = evaluate(rows, enginePredictor(full));
    asked += report.inScope.total + report.outOfScope.total - report.crisis.total;
    ordinary += report.crisis.falseAlarms;
  }
  process.stdout.write(
    `${JSON.stringify(options)}\n  recall ${((hits / total) * 100).toFixed(1)}% (min ${minRecall.toFixed(1)}%), ` +
      `false crisis ${((fa / negatives) * 100).toFixed(1)}%, ordinary ${((ordinary / asked) * 100).toFixed(2)}% ` +
      `(${ordinary}/${asked}) [${Math.round((Date.now() - started) / 1000)} s]\n  ${cells.join(' · ')}\n`,
  );
}
