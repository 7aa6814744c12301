/**
 * Grid search of the blend between the intent classifier and the matcher
 * (`npm run tune:intents`): every setting is scored on the tune sets only
 * (dev, extra, tune, tune2, tune3, tune4, tune5, tune6, referral; the holdouts are never read).
 * A setting qualifies only if no set gets worse than with the matcher alone
 * (in-scope accuracy, out-of-scope fallback, confident wrong answers); the
 * best qualifying ones are printed. Copy the winner into DEFAULT_BLEND
 * (src/nlp/blend.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { centerOption, loadKnowledge } from './knowledge.ts';
import { loadConfig, PROJECT_ROOT } from './config.ts';
import { enginePredictor, evaluate, parseEvalLines, type EvalReport, type EvalRow } from './eval.ts';
import { type BlendConfig, DEFAULT_BLEND } from './nlp/blend.ts';
import type { EngineConfig } from './nlp/engine.ts';
import { GATE_GRID } from './tune-grid.ts';

const TUNE_SETS = ['dev', 'extra', 'tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'referral'];

const GRID = {
  classifierWeight: [0.1, 0.2, 0.3, 0.4],
  scale: [0.8, 0.9, 1],
  outOfScopeWeight: [0, 0.2, 0.4, 0.8],
  disagreementWeight: [0, 0.1, 0.2, 0.4],
};

/** One number to rank settings by: right answers, direct answers and fallbacks count; confident wrong ones cost most. */
function objective(r: EvalReport): number {
  return r.inScope.accuracy + 0.5 * r.answeredDirectly.rate + r.outOfScope.rate - 8 * r.confidentWrong.rate;
}

/** True when a set does at least as well as with the matcher alone. */
function noWorse(r: EvalReport, base: EvalReport): boolean {
  return (
    r.inScope.correct >= base.inScope.correct &&
    r.outOfScope.fellBack >= base.outOfScope.fellBack &&
    r.confidentWrong.count <= base.confidentWrong.count
  );
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

function summary(r: EvalReport): string {
  return `in-scope ${pct(r.inScope.accuracy)} direct ${pct(r.answeredDirectly.rate)} out-of-scope ${pct(r.outOfScope.rate)} confident-wrong ${pct(r.confidentWrong.rate)} objective ${objective(r).toFixed(4)}`;
}

const config = loadConfig(process.env);
const kb = loadKnowledge(config.knowledgeDir, centerOption(config));
if (!kb.intents) throw new Error('knowledge/intent-model.json is missing: run npm run train:intents first');
const sets: Array<{ name: string; rows: EvalRow[] }> = TUNE_SETS.map((f) =>
  resolve(PROJECT_ROOT, `test/eval/${f}.jsonl`),
)
  .filter((f) => existsSync(f))
  .map((f) => ({ name: basename(f), rows: parseEvalLines(readFileSync(f, 'utf8'), f) }));
const allRows = sets.flatMap((s) => s.rows);

const matcherOnly = { ...kb, intents: undefined };
const baseBySet = sets.map((s) => evaluate(s.rows, enginePredictor(matcherOnly, config.engine)));
process.stdout.write(
  `${allRows.length} tune questions\nmatcher alone:  ${summary(evaluate(allRows, enginePredictor(matcherOnly, config.engine)))}\n`,
);

// By default the confidence gates are searched around DEFAULT_BLEND; --weights searches the weights instead.
const blends: BlendConfig[] = [];
if (process.argv.includes('--weights')) {
  for (const classifierWeight of GRID.classifierWeight)
    for (const scale of GRID.scale)
      for (const outOfScopeWeight of GRID.outOfScopeWeight)
        for (const disagreementWeight of GRID.disagreementWeight)
          blends.push({ ...DEFAULT_BLEND, classifierWeight, scale, outOfScopeWeight, disagreementWeight });
} else {
  for (const confidentMargin of GATE_GRID.confidentMargin)
    for (const classifierMargin of GATE_GRID.classifierMargin)
      for (const outOfScopeFallback of GATE_GRID.outOfScopeFallback)
        blends.push({ ...DEFAULT_BLEND, confidentMargin, classifierMargin, outOfScopeFallback });
}
const results: Array<{ blend: BlendConfig; report: EvalReport; worse: string[] }> = [];
for (const blend of blends) {
  const engine: EngineConfig = { ...config.engine, blend };
  const predict = enginePredictor(kb, engine);
  const worse = sets.filter((s, i) => !noWorse(evaluate(s.rows, predict), baseBySet[i] as EvalReport));
  results.push({ blend, report: evaluate(allRows, predict), worse: worse.map((s) => s.name) });
}
results.sort((a, b) => objective(b.report) - objective(a.report));
const qualifying = results.filter((r) => r.worse.length === 0);
process.stdout.write(`${qualifying.length} of ${results.length} settings are no worse than the matcher on every set\n`);
const shown = process.argv.includes('--all') ? results : [...qualifying.slice(0, 10), ...results.slice(0, 3)];
for (const { blend, report, worse } of shown)
  process.stdout.write(
    `w=${blend.classifierWeight} scale=${blend.scale} oos=${blend.outOfScopeWeight} disagree=${blend.disagreementWeight} margin=${blend.confidentMargin} classifierMargin=${blend.classifierMargin} oosFallback=${blend.outOfScopeFallback}: ${summary(report)}${worse.length > 0 ? ` (worse on ${worse.join(', ')})` : ''}\n`,
  );
