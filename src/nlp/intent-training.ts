/**
 * What the intent classifier learns from: every entry's title, questions and
 * keywords (so a new entry is learnt from its own file), the agencies' cues
 * as out-of-scope wording, and labelled training questions (test/eval/train/,
 * never the eval sets).
 */
import type { EvalRow } from '../eval.ts';
import { type AnswerKnowledge, readQuestion } from './engine.ts';
import { ENTRIES_SOURCE, type IntentExample, type IntentInput } from './intent-classifier.ts';

/** A labelled question and the file it comes from (a writer: features must recur across them). */
export type SourcedRow = EvalRow & { source?: string };

/** The training examples for a knowledge snapshot and labelled questions. */
export function intentExamples(kb: AnswerKnowledge, rows: readonly SourcedRow[]): IntentExample[] {
  // Read as the engine reads a message for the classifier: typos mapped to known syllables.
  const read = (text: string): IntentInput => {
    const question = readQuestion(kb, text);
    return { syllables: kb.matcher.correct(question.syllables), accented: question.accented };
  };
  const examples: IntentExample[] = [];
  for (const entry of kb.entries.values())
    for (const text of [entry.title, ...entry.questions, ...entry.keywords])
      examples.push({ ...read(text), intent: entry.id, source: ENTRIES_SOURCE });
  for (const agency of kb.agencyList?.values() ?? [])
    for (const cue of agency.cues) examples.push({ ...read(cue), intent: null, source: 'agencies' });
  for (const row of rows) {
    // A question labelled with an entry that no longer exists teaches nothing.
    if (row.expect !== null && !kb.entries.has(row.expect)) continue;
    examples.push({ ...read(row.q), intent: row.expect, ...(row.source === undefined ? {} : { source: row.source }) });
  }
  return examples;
}
