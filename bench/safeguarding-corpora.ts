/**
 * What the safeguarding classifier's benches share: the knowledge, the readable training corpora and
 * ordinary questions (never a blind set, never a carry-over corpus), a cached reading of each message,
 * and the knowledge with another classifier and other bars.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { readKnowledgeSource } from '../src/kb/load.ts';
import type { SafeguardingFile } from '../src/kb/safeguarding-schema.ts';
import { loadKnowledge } from '../src/knowledge.ts';
import { compileLexicon } from '../src/nlp/compile.ts';
import { CARRY_OVER_CORPORA } from '../src/safeguarding/carry-over.ts';
import type { ClassifierInput, SafeguardingClassifier } from '../src/safeguarding/classifier.ts';
import { SafeguardingDetector } from '../src/safeguarding/detector.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The folder of the safeguarding corpora. */
export const SAFEGUARDING_DIR = resolve(ROOT, 'test/safeguarding');
/** The shipped knowledge. */
export const kb = loadKnowledge(resolve(ROOT, 'knowledge'));
const lexicon = compileLexicon(readKnowledgeSource(resolve(ROOT, 'knowledge')).lexicon);

/** The training corpora `train`, `train2`, … in numeric order; the carry-over checks (train24, train25) are never read. */
export function trainingCorpusFiles(): string[] {
  return readdirSync(SAFEGUARDING_DIR)
    .filter((f) => /^train\d*\.jsonl$/.test(f) && !CARRY_OVER_CORPORA.has(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => resolve(SAFEGUARDING_DIR, f));
}

/** Ordinary questions, readable sets only (the tune sets and the intent training corpora): a blind set never chooses. */
export function readableQuestionFiles(): string[] {
  return ['test/eval', 'test/eval/train']
    .map((d) => resolve(ROOT, d))
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => /^(dev|extra|referral|tune\d*|train-q-[a-z]+)\.jsonl$/.test(f))
        .map((f) => resolve(d, f)),
    );
}

const readings = new Map<string, ClassifierInput>();
/** A message as the shipped detector reads it for the classifier, read once. */
export function readMessage(text: string): ClassifierInput {
  let input = readings.get(text);
  if (!input) {
    input = kb.safeguarding.detector.read(text);
    readings.set(text, input);
  }
  return input;
}

/** The shipped knowledge with another classifier and the safeguarding file's values overridden (bars). */
export function knowledgeWith(classifier: SafeguardingClassifier, overrides: Partial<SafeguardingFile>): typeof kb {
  const file = { ...kb.safeguarding.text, ...overrides };
  const detector = new SafeguardingDetector(file, lexicon, classifier);
  return { ...kb, safeguarding: { ...kb.safeguarding, text: file, detector } };
}
