import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { analyzeEnglish, ENGLISH_WEIGHTS, englishMatchables } from '../../src/nlp/english.ts';
import { DEFAULT_WEIGHTS } from '../../src/nlp/matcher.ts';
import { TypoCorrector } from '../../src/nlp/typos.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const EVAL_DIR = resolve(import.meta.dirname, '../eval');

/** The matcher's analysis of Vietnamese text (see compile.ts). */
const analyzeVietnamese = (text: string): string[] =>
  kb.lexicon.dropFillers(kb.lexicon.rewrite(tokenize(text))).map((t) => t.folded);

/** Every question of every eval set, single questions and conversation turns alike. */
function evalQuestions(): string[] {
  const questions: string[] = [];
  for (const file of readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl')))
    for (const line of readFileSync(resolve(EVAL_DIR, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { q?: string; turns?: Array<{ q: string }> };
      if (row.q !== undefined) questions.push(row.q);
      for (const turn of row.turns ?? []) questions.push(turn.q);
    }
  return questions;
}

/**
 * The correction before any index or bound on the work: Fuse over the whole
 * vocabulary for every unseen word, with the corrector's own decision rule.
 */
function correctByFullSearch(vocabulary: ReadonlySet<string>, threshold: number): (token: string) => string {
  const words = [...vocabulary].filter((w) => w.length >= 2 && !/^\d+$/.test(w));
  const fuse = new Fuse(words, { includeScore: true, threshold, ignoreLocation: true, isCaseSensitive: true });
  const sorted = (w: string): string => [...w].sort().join('');
  return (token) => {
    if (vocabulary.has(token) || token.length < 3 || /\d/.test(token) || token.length > 32) return token;
    const short = token.length <= 3;
    const candidates = fuse.search(token, { limit: short ? 10 : 1 });
    const best = short
      ? candidates.find((c) => c.item.length === token.length && sorted(c.item) === sorted(token))
      : candidates[0];
    return best && (best.score ?? 1) <= threshold && Math.abs(best.item.length - token.length) <= 1 ? best.item : token;
  };
}

/** Small deterministic PRNG. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` typos of vocabulary words: deletions, insertions, substitutions, transpositions, dropped diacritics, and two at once. */
function mutations(words: readonly string[], count: number, seed: number): string[] {
  const random = rng(seed);
  const letters = 'abcdeghiklmnopqrstuvxyđăâêôơưáàảãạéèóòúùíì';
  const pick = <T>(list: ArrayLike<T>): T => list[Math.floor(random() * list.length)] as T;
  const mutate = (word: string, kind: number): string => {
    const at = Math.floor(random() * (word.length + 1));
    switch (kind) {
      case 0:
        return word.slice(0, at) + word.slice(at + 1);
      case 1:
        return word.slice(0, at) + pick(letters) + word.slice(at);
      case 2:
        return word.slice(0, at) + pick(letters) + word.slice(at + 1);
      case 3:
        return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
      case 4:
        return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
      default:
        return mutate(mutate(word, Math.floor(random() * 4)), Math.floor(random() * 4));
    }
  };
  return Array.from({ length: count }, (_, i) => mutate(pick(words), i % 6));
}

describe('typo correction from the candidate index', () => {
  const vietnamese = new Set(
    [...kb.entries.values()].flatMap((e) => [e.title, ...e.questions, ...e.keywords].flatMap(analyzeVietnamese)),
  );
  const english = new Set(
    englishMatchables(kb.entries.values()).flatMap((e) =>
      [e.title, ...e.questions, ...e.keywords].flatMap(analyzeEnglish),
    ),
  );
  const questions = evalQuestions();

  for (const [language, vocabulary, analyze, threshold] of [
    ['Vietnamese', vietnamese, analyzeVietnamese, DEFAULT_WEIGHTS.typoThreshold],
    ['English', english, analyzeEnglish, ENGLISH_WEIGHTS.typoThreshold],
  ] as const) {
    it(`corrects every eval syllable and 5,000 typos exactly as a search of the whole ${language} vocabulary does`, () => {
      const syllables = [...new Set(questions.flatMap((q) => [...analyze(q), ...tokenize(q).map((t) => t.text)]))];
      const typos = [...new Set(mutations([...vocabulary], 5000, 17))];
      const tokens = [...syllables, ...typos];
      const expected = correctByFullSearch(vocabulary, threshold);
      // One word per message, so that no budget applies.
      const corrector = new TypoCorrector(vocabulary, { threshold, maxFuzzyChars: 100 });
      const corrected = tokens.map((t) => corrector.correctAll([t])[0]);
      expect(corrected).toEqual(tokens.map(expected));
      expect(syllables.length).toBeGreaterThan(language === 'English' ? 300 : 1500);
      expect(corrected.filter((c, i) => c !== tokens[i]).length).toBeGreaterThan(500);
    });
  }
});
