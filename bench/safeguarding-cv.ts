/**
 * `npm run cv:safeguarding`: leave-corpora-out cross-validation of the
 * safeguarding classifier on the training corpora only. Each corpus comes
 * from a different writer, so a model trained on the others and measured on
 * it is the honest analogue of a blind holdout. Prints, per training setting:
 * - the whole pipeline (concept rules, then the classifier) on five folds of
 *   all corpora: crisis recall and false crisis on hard negatives per
 *   left-out corpus, their minimum and total, dead ends, and false crisis on
 *   ordinary questions (dev, extra, referral, the tune sets and the intent
 *   training corpora; never a blind set) with the model trained on every corpus;
 * - the classifier alone (concept rules off) on the same folds: the concepts
 *   were written while reading every training corpus, so the pipeline's
 *   figures flatter it; these do not;
 * - the newest writers (train16 on, and any `--extra` corpus) each left out
 *   alone, pipeline and classifier alone: the closest analogue of a corpus
 *   nobody has seen.
 * Usage: npm run cv:safeguarding -- [--extra=FILE.jsonl …] [--quick] [--newest-folds=N] '{"minCorpora":2}' '{"skip":["train16"]}' …
 * A setting's `skip` names corpora the model never learns from (they are still measured), and
 * `thresholds` lists threshold sets measured on the same trained models.
 * `--extra` corpora are measured and learnt from in cross-validation only (never by train:safeguarding).
 * The carry-over corpora (`CARRY_OVER_CORPORA`) are never read.
 * `--quick` leaves out the five folds of all corpora (newest writers and ordinary questions only).
 * `--newest-folds=N` leaves the newest writers out in N groups (every N-th corpus together) instead of one
 * at a time: with some 18 newer corpora learnt from, one model per corpus takes hours on a shared machine;
 * a model that also misses a few other new writers is measured a little harder, never flattered.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  evaluateSafeguarding,
  parseSafeguardingLines,
  safeguardingPredictor,
  type SafeguardingRow,
} from '../src/eval-safeguarding.ts';
import { enginePredictor, evaluate, parseEvalLines } from '../src/eval.ts';
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
  trainingCorpusFiles,
} from './safeguarding-corpora.ts';

const args = process.argv.slice(2);
const extra = args.filter((a) => a.startsWith('--extra=')).map((a) => resolve(a.slice('--extra='.length)));
const quick = args.includes('--quick');
const newestFolds = Number(args.find((a) => a.startsWith('--newest-folds='))?.slice('--newest-folds='.length) ?? 0);

interface Corpus {
  name: string;
  rows: SafeguardingRow[];
}
const corpusOf = (file: string): Corpus => ({
  name: basename(file).replace('.jsonl', ''),
  rows: parseSafeguardingLines(readFileSync(file, 'utf8'), file),
});
// The carry-over checks (train24, train25) are neither learnt from nor measured here.
const corpora: Corpus[] = [...trainingCorpusFiles().map(corpusOf), ...extra.map(corpusOf)];
const questions = readableQuestionFiles().map((f) => parseEvalLines(readFileSync(f, 'utf8'), f));

/** Corpora left out together: five folds keep the run within minutes. */
const FOLDS = 5;
const folds = Array.from({ length: FOLDS }, (_, k) => corpora.filter((_, i) => i % FOLDS === k));
/** The newest writers, each left out alone: train16 and after, and every `--extra` corpus. */
const newest = corpora.filter(
  (c) => Number(c.name.replace('train', '')) >= 16 || extra.some((f) => basename(f, '.jsonl') === c.name),
);

/** The three thresholds the classifier speaks at (see safeguarding.yaml). */
type Thresholds = Pick<
  SafeguardingFile,
  'classifier_threshold' | 'classifier_threshold_unanswered' | 'classifier_threshold_words'
>;
/** A setting to compare: training options, corpora never learnt from, and threshold sets to measure. */
type Setting = TrainingOptions & { skip?: string[]; thresholds?: Partial<Thresholds>[] };

/** Models by setting and the corpora they learnt from: with `skip`, several folds learn from the same ones. */
const models = new Map<string, SafeguardingClassifier>();

function trained(setting: Setting, leftOut: readonly string[]): SafeguardingClassifier {
  const learnt = corpora.filter((c) => !leftOut.includes(c.name) && !(setting.skip ?? []).includes(c.name));
  const key = JSON.stringify([setting, learnt.map((c) => c.name)]);
  let classifier = models.get(key);
  if (!classifier) {
    const messages = learnt.flatMap((c) => c.rows.map((r) => ({ ...r, corpus: c.name })));
    classifier = new SafeguardingClassifier(trainClassifier(messages, read, 'cv', setting));
    models.set(key, classifier);
  }
  return classifier;
}

function pipeline(classifier: SafeguardingClassifier, thresholds: Thresholds) {
  return knowledgeWith(classifier, thresholds);
}

/** Counts that add up across corpora. */
class Tally {
  hits = 0;
  total = 0;
  fa = 0;
  negatives = 0;
  dead = 0;
  told = 0;
  minRecall = 100;
  cells: string[] = [];
  add(name: string, hits: number, total: number, fa: number, negatives: number, dead = 0, told = 0): void {
    this.hits += hits;
    this.total += total;
    this.fa += fa;
    this.negatives += negatives;
    this.dead += dead;
    this.told += told;
    const recall = total ? (hits / total) * 100 : 100;
    this.minRecall = Math.min(this.minRecall, recall);
    this.cells.push(`${name} ${recall.toFixed(0)}/${negatives ? ((fa / negatives) * 100).toFixed(0) : '-'}`);
  }
  line(label: string): string {
    // The lines beside the share: a choice between settings is made on lines, which a rounded share can hide.
    const pct = (a: number, b: number): string => `${b ? ((a / b) * 100).toFixed(1) : '-'}% (${a}/${b})`;
    const dead = this.told ? `, dead ends ${pct(this.dead, this.told)}` : '';
    return (
      `  ${label}: recall ${pct(this.hits, this.total)} (min ${this.minRecall.toFixed(1)}%), ` +
      `false crisis ${pct(this.fa, this.negatives)}${dead}\n    ${this.cells.join(' · ')}\n`
    );
  }
}

function measurePipeline(tally: Tally, c: Corpus, classifier: SafeguardingClassifier, thresholds: Thresholds): void {
  const r = evaluateSafeguarding(c.rows, safeguardingPredictor(pipeline(classifier, thresholds)));
  tally.add(
    c.name,
    r.crisisRecall.hits,
    r.crisisRecall.total,
    r.falseCrisis.hits,
    r.falseCrisis.total,
    r.deadEnds.hits,
    r.deadEnds.total,
  );
}

/** The classifier alone: the word-pair model at `classifier_threshold`, or either model (the words one at its own bar). */
function measureAlone(
  tally: Tally,
  c: Corpus,
  classifier: SafeguardingClassifier,
  t: Thresholds,
  words: boolean,
): void {
  let hits = 0;
  let total = 0;
  let fa = 0;
  let negatives = 0;
  for (const row of c.rows) {
    const input = read(row.text);
    const danger =
      classifier.score(input, t.classifier_threshold) !== null ||
      (words &&
        t.classifier_threshold_words !== undefined &&
        classifier.scoreWords(input, t.classifier_threshold_words) !== null);
    if (row.outcome === 'danger-now') {
      total++;
      if (danger) hits++;
    } else if (row.outcome !== 'disclosure') {
      negatives++;
      if (danger) fa++;
    }
  }
  tally.add(c.name, hits, total, fa, negatives);
}

function ordinaryAlarms(classifier: SafeguardingClassifier, thresholds: Thresholds): string {
  const full = pipeline(classifier, thresholds);
  let ordinary = 0;
  let asked = 0;
  for (const rows of questions) {
    const report = evaluate(rows, enginePredictor(full));
    asked += report.inScope.total + report.outOfScope.total - report.crisis.total;
    ordinary += report.crisis.falseAlarms;
  }
  return `${((ordinary / asked) * 100).toFixed(2)}% (${ordinary}/${asked})`;
}

const shipped: Thresholds = {
  classifier_threshold: kb.safeguarding.text.classifier_threshold,
  classifier_threshold_unanswered: kb.safeguarding.text.classifier_threshold_unanswered,
  classifier_threshold_words: kb.safeguarding.text.classifier_threshold_words,
};
const settings = args
  .filter((a) => !a.startsWith('--'))
  .map((a): Setting => ({ ...DEFAULT_TRAINING, ...(JSON.parse(a) as Partial<Setting>) }));
const defaults: Setting[] = [DEFAULT_TRAINING];
for (const setting of settings.length > 0 ? settings : defaults) {
  const started = Date.now();
  const sets = (setting.thresholds ?? [{}]).map((t) => ({ ...shipped, ...t }));
  const report = sets.map(() => ({
    all: new Tally(),
    alone: new Tally(),
    both: new Tally(),
    newP: new Tally(),
    newA: new Tally(),
    newB: new Tally(),
  }));
  if (!quick)
    for (const fold of folds) {
      const classifier = trained(
        setting,
        fold.map((c) => c.name),
      );
      for (const c of fold)
        sets.forEach((t, i) => {
          const r = report[i] as (typeof report)[number];
          measurePipeline(r.all, c, classifier, t);
          measureAlone(r.alone, c, classifier, t, false);
          measureAlone(r.both, c, classifier, t, true);
        });
    }
  for (const [i, c] of newest.entries()) {
    const group = newestFolds > 0 ? newest.filter((_, j) => j % newestFolds === i % newestFolds) : [c];
    const classifier = trained(
      setting,
      group.map((g) => g.name),
    );
    sets.forEach((t, i) => {
      const r = report[i] as (typeof report)[number];
      measurePipeline(r.newP, c, classifier, t);
      measureAlone(r.newA, c, classifier, t, false);
      measureAlone(r.newB, c, classifier, t, true);
      // Progress on stderr: a slow run on a busy machine still shows what it has measured.
      const last = (tally: Tally): string => tally.cells.at(-1) ?? '';
      process.stderr.write(
        `${JSON.stringify(setting)} ${last(r.newP)} | alone ${last(r.newA)} | or words ${last(r.newB)}\n`,
      );
    });
  }
  const full = trained(setting, []);
  const { thresholds: _, ...options } = setting;
  process.stdout.write(`${JSON.stringify(options)} [${Math.round((Date.now() - started) / 1000)} s]\n`);
  sets.forEach((t, i) => {
    const r = report[i] as (typeof report)[number];
    process.stdout.write(
      ` thresholds ${t.classifier_threshold}/${t.classifier_threshold_unanswered}/${t.classifier_threshold_words}: ` +
        `ordinary questions ${ordinaryAlarms(full, t)}\n` +
        (quick
          ? ''
          : r.all.line('all corpora, pipeline') +
            r.alone.line('all corpora, classifier alone (pairs)') +
            r.both.line('all corpora, classifier alone (pairs or words)')) +
        r.newP.line('newest writers, pipeline') +
        r.newA.line('newest writers, classifier alone (pairs)') +
        r.newB.line('newest writers, classifier alone (pairs or words)'),
    );
  });
}
