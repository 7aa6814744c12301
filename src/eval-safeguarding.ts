/**
 * Measures the safeguarding layer on a labelled corpus (JSON lines like
 * test/safeguarding/tune.jsonl): crisis recall, disclosures handled, false
 * crises on hard negatives, and both per situation and per writing style.
 * It runs messages through the whole answer engine, so it measures what a
 * person would get, not the detector alone.
 */
import { z } from 'zod';
import { parseJsonLines } from './eval.ts';
import { findAnswer, type AnswerKnowledge, type EngineConfig, DEFAULT_ENGINE_CONFIG } from './nlp/engine.ts';
import { SITUATION_IDS } from './kb/safeguarding-schema.ts';

const rowSchema = z.object({
  text: z.string(),
  situation: z.enum(SITUATION_IDS).nullable(),
  outcome: z.enum(['danger-now', 'disclosure', 'informational', 'none']),
  styles: z.array(z.string()).default([]),
});
/** One labelled message. */
export type SafeguardingRow = z.infer<typeof rowSchema>;

/** Parses a labelled safeguarding corpus. */
export function parseSafeguardingLines(text: string, source = 'safeguarding'): SafeguardingRow[] {
  return parseJsonLines(text, rowSchema, source);
}

/** A count and how many of it went right (or wrong, for false alarms). */
interface Rate {
  total: number;
  hits: number;
  rate: number;
}

/** What the engine did with one message, as the eval sees it. */
export interface SafeguardingPrediction {
  outcome: 'danger-now' | 'disclosure' | 'informational' | 'none';
  /** What the person saw: crisis, disclosure, answer, did-you-mean, fallback… */
  engineOutcome: string;
  situation: string | null;
  cues: string[];
  /** True when the did-you-mean or fallback opened with the safety check-in. */
  concern: boolean;
  /** The language of the safeguarding reply or check-in, when one was given: English. */
  english: boolean;
}

/** A message handled wrongly. */
interface SafeguardingMiss {
  row: SafeguardingRow;
  got: SafeguardingPrediction;
}

/** Figures for one corpus. */
export interface SafeguardingReport {
  /** Danger-now messages that got the emergency reply first. */
  crisisRecall: Rate;
  /** Disclosures that got a safeguarding reply (an acknowledgement or the emergency reply), never a did-you-mean or fallback. */
  disclosureHandled: Rate;
  /** Disclosures recognised as disclosures (not escalated to an emergency). */
  disclosureExact: Rate;
  /** Danger or disclosure messages that got a did-you-mean or "not found" with no safety check-in: must be zero. */
  deadEnds: Rate;
  /** Danger or disclosure messages that got the safety check-in (a did-you-mean or "not found" with the numbers first). */
  concernCheckIns: Rate;
  /** Hard negatives that got the safety check-in. */
  concernOnNegatives: Rate;
  /** Hard negatives (informational mentions and ordinary messages) that got the emergency reply. */
  falseCrisis: Rate;
  /** Of those, informational mentions. */
  falseCrisisInformational: Rate;
  /** Danger-now messages whose primary situation matched the label. */
  situationAccuracy: Rate;
  /** Messages tagged `english` that got an emergency reply or a disclosure's acknowledgement, and got it in English. */
  englishReply: Rate;
  bySituation: Record<string, { recall: Rate; falseCrisis: Rate }>;
  byStyle: Record<string, { recall: Rate; falseCrisis: Rate }>;
  misses: SafeguardingMiss[];
}

const rate = (): Rate => ({ total: 0, hits: 0, rate: 1 });
const count = (r: Rate, hit: boolean): void => {
  r.total++;
  if (hit) r.hits++;
};

/** The engine as the eval sees it. */
export function safeguardingPredictor(
  kb: AnswerKnowledge,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): (text: string) => SafeguardingPrediction {
  return (text) => {
    const r = findAnswer(kb, text, config);
    const outcome =
      r.outcome === 'crisis'
        ? 'danger-now'
        : r.outcome === 'disclosure'
          ? 'disclosure'
          : r.safeguarding?.outcome === 'informational'
            ? 'informational'
            : 'none';
    return {
      outcome,
      engineOutcome: r.outcome,
      situation: r.safeguarding?.situation ?? null,
      cues: r.safeguarding?.cues ?? r.concern?.cues ?? [],
      concern: r.concern !== undefined && (r.outcome === 'did-you-mean' || r.outcome === 'fallback'),
      english: r.safeguarding?.english ?? r.concern?.english ?? false,
    };
  };
}

/** Runs every row through the predictor and scores it. */
export function evaluateSafeguarding(
  rows: readonly SafeguardingRow[],
  predict: (text: string) => SafeguardingPrediction,
): SafeguardingReport {
  const report: SafeguardingReport = {
    crisisRecall: rate(),
    disclosureHandled: rate(),
    disclosureExact: rate(),
    deadEnds: rate(),
    concernCheckIns: rate(),
    concernOnNegatives: rate(),
    falseCrisis: rate(),
    falseCrisisInformational: rate(),
    situationAccuracy: rate(),
    englishReply: rate(),
    bySituation: {},
    byStyle: {},
    misses: [],
  };
  const slot = (table: SafeguardingReport['bySituation'], key: string) =>
    (table[key] ??= { recall: rate(), falseCrisis: rate() });
  for (const row of rows) {
    const got = predict(row.text);
    const crisis = got.outcome === 'danger-now';
    const safeguarded = crisis || got.outcome === 'disclosure';
    let wrong = false;
    if (row.outcome === 'danger-now') {
      count(report.crisisRecall, crisis);
      if (crisis) count(report.situationAccuracy, got.situation === row.situation);
      wrong = !crisis;
    } else if (row.outcome === 'disclosure') {
      count(report.disclosureHandled, safeguarded);
      count(report.disclosureExact, got.outcome === 'disclosure');
      wrong = !safeguarded;
    } else {
      count(report.falseCrisis, crisis);
      if (row.outcome === 'informational') count(report.falseCrisisInformational, crisis);
      wrong = crisis;
    }
    if (row.outcome === 'danger-now' || row.outcome === 'disclosure') {
      const unanswered = got.engineOutcome === 'did-you-mean' || got.engineOutcome === 'fallback';
      count(report.deadEnds, unanswered && !got.concern);
      count(report.concernCheckIns, got.concern);
    } else count(report.concernOnNegatives, got.concern);
    // Someone who writes in English in a crisis must be able to read what to do now (issue 10).
    if (row.styles.includes('english') && safeguarded) count(report.englishReply, got.english);
    const keys = row.situation ? [row.situation] : ['(none)'];
    for (const [table, names] of [
      [report.bySituation, keys],
      [report.byStyle, row.styles],
    ] as const) {
      for (const name of names) {
        const s = slot(table, name);
        if (row.outcome === 'danger-now') count(s.recall, crisis);
        else if (row.outcome !== 'disclosure') count(s.falseCrisis, crisis);
      }
    }
    if (wrong) report.misses.push({ row, got });
  }
  const finish = (r: Rate): void => {
    r.rate = r.total === 0 ? 1 : r.hits / r.total;
  };
  for (const r of [
    report.crisisRecall,
    report.disclosureHandled,
    report.disclosureExact,
    report.deadEnds,
    report.concernCheckIns,
    report.concernOnNegatives,
    report.falseCrisis,
    report.falseCrisisInformational,
    report.situationAccuracy,
    report.englishReply,
  ]) {
    finish(r);
  }
  for (const table of [report.bySituation, report.byStyle])
    for (const s of Object.values(table)) {
      finish(s.recall);
      finish(s.falseCrisis);
    }
  return report;
}

const pct = (r: Rate): string => `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total})`;

/** Formats a report for the terminal. */
export function formatSafeguardingReport(report: SafeguardingReport, title: string, showMisses = true): string {
  const table = (name: string, rows: SafeguardingReport['bySituation']): string[] => [
    `${name.padEnd(18)} ${'crisis recall'.padEnd(20)} false crisis`,
    ...Object.entries(rows)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([key, s]) =>
          `  ${key.padEnd(16)} ${(s.recall.total ? pct(s.recall) : '–').padEnd(20)} ${s.falseCrisis.total ? pct(s.falseCrisis) : '–'}`,
      ),
  ];
  const lines = [
    `== ${title} (safeguarding)`,
    `crisis recall (danger now → emergency reply first): ${pct(report.crisisRecall)}`,
    `disclosures given a safeguarding reply:             ${pct(report.disclosureHandled)}; recognised as disclosure: ${pct(report.disclosureExact)}`,
    `danger or disclosure left at did-you-mean/fallback: ${pct(report.deadEnds)}`,
    `concern check-in: ${pct(report.concernCheckIns)} of danger or disclosure; ${pct(report.concernOnNegatives)} of hard negatives`,
    `false crisis on hard negatives:                     ${pct(report.falseCrisis)}; of informational mentions: ${pct(report.falseCrisisInformational)}`,
    `situation right when a crisis is raised:            ${pct(report.situationAccuracy)}`,
    `English message's safeguarding reply in English:    ${pct(report.englishReply)}`,
    ...table('per situation', report.bySituation),
    ...table('per style', report.byStyle),
  ];
  if (showMisses) {
    lines.push(`misses (${report.misses.length}):`);
    for (const { row, got } of report.misses) {
      lines.push(
        `  ✗ ${JSON.stringify(row.text)} expected ${row.outcome}/${row.situation ?? '-'}, got ${got.outcome}/${got.situation ?? '-'} (${got.engineOutcome}${got.concern ? ', check-in' : ''}) [${got.cues.join('; ')}]`,
      );
    }
  }
  return lines.join('\n');
}

/** How the safety check-in falls on ordinary questions: of those not answered, and of those answered (must be none). */
export interface ConcernOnQuestions {
  unanswered: number;
  unansweredWithConcern: number;
  answered: number;
  answeredWithConcern: number;
}

/** Counts the safety check-ins the engine gives on ordinary questions. */
export function concernOnQuestions(
  kb: AnswerKnowledge,
  questions: readonly string[],
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): ConcernOnQuestions {
  const counts: ConcernOnQuestions = { unanswered: 0, unansweredWithConcern: 0, answered: 0, answeredWithConcern: 0 };
  for (const q of questions) {
    const r = findAnswer(kb, q, config);
    const concern = r.concern !== undefined;
    if (r.outcome === 'did-you-mean' || r.outcome === 'fallback') {
      counts.unanswered++;
      if (concern) counts.unansweredWithConcern++;
    } else if (r.outcome === 'answer') {
      counts.answered++;
      if (concern) counts.answeredWithConcern++;
    }
  }
  return counts;
}
