/**
 * What the intent classifier learns from: every entry's title, questions and
 * keywords (so a new entry is learnt from its own file), the agencies' cues
 * as out-of-scope wording, and labelled training questions (test/eval/train/,
 * never the eval sets).
 */
import type { EvalRow } from '../eval.ts';
import { type AnswerKnowledge, readQuestion } from './engine.ts';
import type { IntentExample } from './intent-classifier.ts';

/** The training examples for a knowledge snapshot and labelled questions. */
export function intentExamples(kb: AnswerKnowledge, rows: readonly EvalRow[]): IntentExample[] {
  // Read as the engine reads a message for the classifier: typos mapped to known syllables.
  const read = (text: string): string[] => kb.matcher.correct(readQuestion(kb, text).syllables);
  const examples: IntentExample[] = [];
  for (const entry of kb.entries.values())
    for (const text of [entry.title, ...entry.questions, ...entry.keywords])
      examples.push({ syllables: read(text), intent: entry.id });
  for (const agency of kb.agencyList?.values() ?? [])
    for (const cue of agency.cues) examples.push({ syllables: read(cue), intent: null });
  for (const row of rows) {
    // A question labelled with an entry that no longer exists teaches nothing.
    if (row.expect !== null && !kb.entries.has(row.expect)) continue;
    examples.push({ syllables: read(row.q), intent: row.expect });
  }
  return examples;
}
