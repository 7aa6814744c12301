import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { DEFAULT_WEIGHTS } from '../../src/nlp/matcher.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { TypoCorrector } from '../../src/nlp/typos.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const threshold = DEFAULT_WEIGHTS.typoThreshold;

/** Folded syllables of every title, question and keyword: a vocabulary like the matcher's. */
const vocabulary = new Set(
  [...kb.entries.values()].flatMap((e) =>
    [e.title, ...e.questions, ...e.keywords].flatMap((text) => tokenize(text, 10_000).map((t) => t.folded)),
  ),
);
const fuzzyWords = [...vocabulary].filter((w) => w.length >= 2 && !/^\d+$/.test(w));

/** The correction rule before any bound on the work: Fuse over the whole vocabulary for every unseen word. */
function unboundedCorrection(fuse: Fuse<string>, token: string): string {
  if (vocabulary.has(token) || token.length < 3 || /\d/.test(token)) return token;
  const short = token.length <= 3;
  const sorted = (w: string): string => [...w].sort().join('');
  const candidates = fuse.search(token, { limit: short ? 10 : 1 });
  const best = short
    ? candidates.find((c) => c.item.length === token.length && sorted(c.item) === sorted(token))
    : candidates[0];
  return best && (best.score ?? 1) <= threshold && Math.abs(best.item.length - token.length) <= 1 ? best.item : token;
}

/** Small deterministic PRNG. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('typo correction', () => {
  it('maps a misspelt syllable to the known one', () => {
    const typos = new TypoCorrector(vocabulary, { threshold, maxFuzzyChars: 1000 });
    expect(typos.correctAll(['cpa', 'traficking', 'khuyt', 'hotlien', 'qzxw'])).toEqual([
      'cap',
      'trafficking',
      'khuyet',
      'hotline',
      'qzxw',
    ]);
  });

  it('makes exactly the corrections an unbounded Fuse search makes', () => {
    const fuse = new Fuse(fuzzyWords, { includeScore: true, threshold, ignoreLocation: true, isCaseSensitive: true });
    const random = rng(13);
    const letters = 'abcdefghiklmnopqrstuvxyđ';
    const edit = (word: string): string => {
      const at = Math.floor(random() * (word.length + 1));
      const letter = letters[Math.floor(random() * letters.length)] as string;
      const kind = random();
      if (kind < 0.33) return word.slice(0, at) + letter + word.slice(at);
      if (kind < 0.66) return word.slice(0, at) + letter + word.slice(at + 1);
      return word.slice(0, at) + word.slice(at + 1);
    };
    const typosOf = [...vocabulary].flatMap((w) => [edit(w), edit(edit(w)), `${w}${edit(w)}`]);
    const madeUp = Array.from({ length: 500 }, () =>
      Array.from({ length: 3 + Math.floor(random() * 10) }, () => letters[Math.floor(random() * letters.length)]).join(
        '',
      ),
    );
    const tokens = [...typosOf, ...madeUp];
    // One word per message, so that no budget applies.
    const typos = new TypoCorrector(vocabulary, { threshold, maxFuzzyChars: 100 });
    const corrected = tokens.map((t) => typos.correctAll([t])[0]);
    expect(corrected).toEqual(tokens.map((t) => unboundedCorrection(fuse, t)));
    expect(corrected.filter((c, i) => c !== tokens[i]).length).toBeGreaterThan(300);
  });

  it('stops searching once a message has spent its budget of letters', () => {
    const typos = new TypoCorrector(vocabulary, { threshold, maxFuzzyChars: 10 });
    // Cached corrections count too, so the same message always reads the same way.
    expect(typos.correctAll(['cpa', 'cpa', 'cpa', 'cpa'])).toEqual(['cap', 'cap', 'cap', 'cpa']);
    expect(typos.correctAll(['khuyt', 'traficking'])).toEqual(['khuyet', 'traficking']);
  });

  it('spends no budget on words no known word could be a typo of', () => {
    const typos = new TypoCorrector(vocabulary, { threshold, maxFuzzyChars: 40 });
    const tooLong = 'abcdefghiklmnopqrstu'; // longer than any known word by more than one letter
    const foreign = 'дддддд'; // letters no known word uses
    expect(typos.correctAll([tooLong, tooLong, foreign, foreign, foreign, 'cpa'])).toEqual([
      tooLong,
      tooLong,
      foreign,
      foreign,
      foreign,
      'cap',
    ]);
  });
});

describe('the engine under crafted input', () => {
  it('still answers a real question next to a 600-letter word', () => {
    expect(findAnswer(kb, `tổng đài miễn phí số mấy ${'a'.repeat(600)}`).entryId).toBe('hotline');
    expect(findAnswer(kb, `${'qwrtzxvbnm'.repeat(30)} tong dai mien phi so may`).entryId).toBe('hotline');
  });
});
