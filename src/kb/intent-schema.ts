/**
 * The file `npm run train:intents` writes (knowledge/intent-model.json): the
 * trained intent classifier, and a digest of the entries' wording it learnt
 * from, so `kb check` can say when a staff edit made it stale.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { classifierModelSchema } from './safeguarding-schema.ts';
import { pause, runSteps, sortInSteps, type Steps } from './steps.ts';

/** The trained intent classifier's file name in the knowledge folder. */
export const INTENT_MODEL_FILE = 'intent-model.json';

/** The file written by the training command: a network like the safeguarding classifier's, and the entries' digest. */
export const intentModelSchema = classifierModelSchema.extend({
  /** `entriesDigest` of the entries at training time. */
  entriesDigest: z.string(),
  /** `entryDigest` of each entry at training time: an entry edited since is answered by the matcher alone. */
  entryDigests: z.record(z.string(), z.string()).optional(),
  /** Which features the model reads beyond folded syllables and pairs (absent: those only). */
  reading: z.strictObject({ charGrams: z.number().int().min(0).max(6), accented: z.boolean() }).optional(),
});
/** A trained intent classifier as stored. */
export type IntentModel = z.infer<typeof intentModelSchema>;

/** What the classifier learns from each entry. */
interface EntryWording {
  id: string;
  title: string;
  questions: readonly string[];
  keywords: readonly string[];
}

/** A fingerprint of one entry's id, title, questions and keywords. */
export function entryDigest(e: EntryWording): string {
  return createHash('sha256')
    .update(JSON.stringify([e.id, e.title, e.questions, e.keywords]))
    .digest('hex')
    .slice(0, 16);
}

/** The fingerprint of each entry, by id. */
export function entryDigests(entries: Iterable<EntryWording>): Record<string, string> {
  return Object.fromEntries([...entries].map((e) => [e.id, entryDigest(e)]));
}

/** A fingerprint of every entry's id, title, questions and keywords: it changes with any edit the model should learn. */
export function entriesDigest(entries: Iterable<EntryWording>): string {
  return runSteps(entriesDigestInSteps(entries));
}

/** `entriesDigest`, pausing between entries (about 40 ms at 10,000 entries: too long for one slice of a reload). */
export function* entriesDigestInSteps(entries: Iterable<EntryWording>): Steps<string> {
  const hash = createHash('sha256');
  // Sorting 10,000 ids by locale takes 8–15 ms: too long for one slice of a reload.
  const sorted = yield* sortInSteps(entries, (a, b) => a.id.localeCompare(b.id));
  for (const e of sorted) {
    yield* pause();
    hash.update(JSON.stringify([e.id, e.title, e.questions, e.keywords]));
  }
  return hash.digest('hex').slice(0, 16);
}
