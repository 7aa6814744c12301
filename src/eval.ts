/**
 * Measures the answer engine on labelled questions (JSON lines like
 * test/eval/dev.jsonl): top-1 accuracy in scope, the share of out-of-scope
 * questions that fall back or are referred to another agency, referral
 * accuracy, crisis recall, accuracy per tag, and every miss.
 */
import { ENTRY_IDS } from './kb/entry-ids.ts';
import type { CompiledKnowledge } from './knowledge.ts';
import Fuse from 'fuse.js';
import { z } from 'zod';
import { findAnswer, type EngineConfig, DEFAULT_ENGINE_CONFIG } from './nlp/engine.ts';

const evalRowSchema = z.object({
  q: z.string(),
  expect: z.string().nullable(),
  also: z.array(z.string()).optional(),
  /** For an out-of-scope question: the agency (agencies.yaml) it should be referred to. */
  refer: z.string().optional(),
  tags: z.array(z.string()).default([]),
});
/** One labelled question. */
export type EvalRow = z.infer<typeof evalRowSchema>;

/** Parses JSON lines against a schema; throws with the line number on a bad line. */
export function parseJsonLines<S extends z.ZodType>(text: string, schema: S, source: string): Array<z.infer<S>> {
  const rows: Array<z.infer<S>> = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      rows.push(schema.parse(JSON.parse(line)));
    } catch (error) {
      throw new Error(`${source}:${index + 1}: not a valid line (${(error as Error).message.split('\n')[0]})`);
    }
  });
  return rows;
}

/** Parses labelled questions. */
export function parseEvalLines(text: string, source = 'eval'): EvalRow[] {
  return parseJsonLines(text, evalRowSchema, source);
}

/** A question the engine got wrong. */
interface EvalMiss {
  q: string;
  expect: string | null;
  got: string | null;
  outcome: string;
  score: number;
  tags: string[];
  /** The agency expected / given, for out-of-scope rows that name one. */
  refer?: string;
  referral?: string;
}

/** Accuracy figures for one run. */
export interface EvalReport {
  inScope: { total: number; correct: number; accuracy: number };
  /** In-scope questions answered outright with the right entry (no did-you-mean step). */
  answeredDirectly: { total: number; count: number; rate: number };
  /** Out-of-scope questions that got no entry: a fallback or a referral. */
  outOfScope: { total: number; fellBack: number; rate: number };
  /** Out-of-scope questions labelled with an agency: how many were referred there. */
  referral: { total: number; correct: number; accuracy: number };
  /** Questions (in or out of scope, emergencies aside) answered outright with the wrong entry. */
  confidentWrong: { total: number; count: number; rate: number };
  crisis: { total: number; detected: number; recall: number; falseAlarms: number };
  byTag: Record<string, { total: number; correct: number; accuracy: number }>;
  misses: EvalMiss[];
}

/** Answers a question with an entry id, or null for "not sure". */
export type Predictor = (q: string) => { id: string | null; outcome: string; score: number; referral?: string };

/** The project's engine as a predictor. */
export function enginePredictor(kb: CompiledKnowledge, config: EngineConfig = DEFAULT_ENGINE_CONFIG): Predictor {
  return (q) => {
    const r = findAnswer(kb, q, config);
    return { id: r.entryId, outcome: r.outcome, score: r.score, ...(r.referral ? { referral: r.referral } : {}) };
  };
}

/**
 * The baseline to beat: one plain Fuse.js search over each entry's title,
 * questions and keywords, with Fuse's default threshold.
 */
export function plainFusePredictor(kb: CompiledKnowledge): Predictor {
  const fuse = new Fuse([...kb.entries.values()], {
    keys: ['title', 'questions', 'keywords'],
    includeScore: true,
    ignoreLocation: true,
  });
  return (q) => {
    const [best] = fuse.search(q, { limit: 1 });
    return {
      id: best ? best.item.id : null,
      outcome: best ? 'answer' : 'fallback',
      score: best ? 1 - (best.score ?? 1) : 0,
    };
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Runs every row through a predictor and scores it (strict: `also` ids do not count). */
export function evaluate(rows: readonly EvalRow[], predict: Predictor): EvalReport {
  const report: EvalReport = {
    inScope: { total: 0, correct: 0, accuracy: 0 },
    answeredDirectly: { total: 0, count: 0, rate: 0 },
    outOfScope: { total: 0, fellBack: 0, rate: 0 },
    referral: { total: 0, correct: 0, accuracy: 0 },
    confidentWrong: { total: 0, count: 0, rate: 0 },
    crisis: { total: 0, detected: 0, recall: 0, falseAlarms: 0 },
    byTag: {},
    misses: [],
  };
  for (const row of rows) {
    const got = predict(row.q);
    // A row labelled with an agency is right only when referred there; an unlabelled one when no entry answers.
    const referredRight = row.refer === undefined || got.referral === row.refer;
    const correct = got.id === row.expect && (row.expect !== null || referredRight);
    if (row.expect === null) {
      report.outOfScope.total++;
      if (got.id === null) report.outOfScope.fellBack++;
      if (row.refer !== undefined) {
        report.referral.total++;
        if (referredRight) report.referral.correct++;
      }
    } else {
      report.inScope.total++;
      report.answeredDirectly.total++;
      if (correct) report.inScope.correct++;
      if (correct && got.outcome === 'answer') report.answeredDirectly.count++;
    }
    if (row.expect !== ENTRY_IDS.emergency) {
      report.confidentWrong.total++;
      if (got.outcome === 'answer' && got.id !== row.expect) report.confidentWrong.count++;
    }
    if (row.expect === ENTRY_IDS.emergency) {
      report.crisis.total++;
      if (got.id === ENTRY_IDS.emergency) report.crisis.detected++;
    } else if (got.outcome === 'crisis') {
      report.crisis.falseAlarms++;
    }
    for (const tag of row.tags) {
      const t = (report.byTag[tag] ??= { total: 0, correct: 0, accuracy: 0 });
      t.total++;
      if (correct) t.correct++;
    }
    if (!correct) {
      report.misses.push({
        q: row.q,
        expect: row.expect,
        got: got.id,
        outcome: got.outcome,
        score: got.score,
        tags: row.tags,
        ...(row.refer ? { refer: row.refer } : {}),
        ...(got.referral ? { referral: got.referral } : {}),
      });
    }
  }
  report.inScope.accuracy = ratio(report.inScope.correct, report.inScope.total);
  report.answeredDirectly.rate = ratio(report.answeredDirectly.count, report.answeredDirectly.total);
  report.outOfScope.rate = ratio(report.outOfScope.fellBack, report.outOfScope.total);
  report.referral.accuracy = ratio(report.referral.correct, report.referral.total);
  report.confidentWrong.rate =
    report.confidentWrong.total === 0 ? 0 : report.confidentWrong.count / report.confidentWrong.total;
  report.crisis.recall = ratio(report.crisis.detected, report.crisis.total);
  for (const t of Object.values(report.byTag)) t.accuracy = ratio(t.correct, t.total);
  return report;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Formats a report for the terminal. */
export function formatReport(report: EvalReport, title: string, showMisses = true): string {
  const lines = [
    `== ${title}`,
    `in-scope top-1 accuracy: ${pct(report.inScope.accuracy)} (${report.inScope.correct}/${report.inScope.total})`,
    `answered directly:       ${pct(report.answeredDirectly.rate)} (${report.answeredDirectly.count}/${report.answeredDirectly.total})`,
    `out-of-scope fallback or referral: ${pct(report.outOfScope.rate)} (${report.outOfScope.fellBack}/${report.outOfScope.total})`,
    `referral accuracy:       ${pct(report.referral.accuracy)} (${report.referral.correct}/${report.referral.total})`,
    `confident wrong answers: ${pct(report.confidentWrong.rate)} (${report.confidentWrong.count}/${report.confidentWrong.total})`,
    `crisis recall:           ${pct(report.crisis.recall)} (${report.crisis.detected}/${report.crisis.total}), false alarms: ${report.crisis.falseAlarms}`,
    'accuracy per tag:',
    ...Object.entries(report.byTag)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tag, t]) => `  ${tag.padEnd(16)} ${pct(t.accuracy).padStart(6)} (${t.correct}/${t.total})`),
  ];
  if (showMisses) {
    lines.push(`misses (${report.misses.length}):`);
    for (const m of report.misses) {
      const expected = m.expect ?? (m.refer ? `referral ${m.refer}` : 'null');
      const got = m.got ?? (m.referral ? `referral ${m.referral}` : 'null');
      lines.push(`  ✗ ${JSON.stringify(m.q)} expected ${expected}, got ${got} (${m.outcome}, ${m.score.toFixed(3)})`);
    }
  }
  return lines.join('\n');
}
