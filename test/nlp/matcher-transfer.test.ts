import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/kb/steps.ts';
import { DEFAULT_WEIGHTS, Matcher, matcherFromPackedIndex } from '../../src/nlp/matcher.ts';

const analyze = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);

/** Enough entries that the pair table grows several times past its first 1,024 buckets. */
const entries = Array.from({ length: 400 }, (_, i) => ({
  id: `muc-${i}`,
  title: `mục ${i} trợ cấp loại ${i % 7}`,
  questions: [`hỏi về trợ cấp ${i} và hồ sơ ${i % 11}`, `giấy tờ ${i} cần nộp ở phường ${i % 13}`],
  keywords: [`trợ cấp ${i}`, `hồ sơ ${i % 11}`],
}));
const questions = ['trợ cấp 17 cần giấy tờ gì', 'hồ sơ 3 nộp ở phường 5', 'mục 250 trợ cấp', 'không liên quan gì'];

describe('moving a matcher index between threads', () => {
  it('ranks with a packed index exactly as the matcher it was packed from', () => {
    const built = new Matcher(entries, analyze);
    const packed = structuredClone(built.packedIndex());
    const taken = runSteps(matcherFromPackedIndex(packed, analyze));
    expect(taken).toBeDefined();
    for (const question of questions) expect(taken?.rank(question, 10), question).toEqual(built.rank(question, 10));
  });

  it('refuses an index built with another syllable-pair weight', () => {
    const packed = new Matcher(entries, analyze).packedIndex();
    const weights = { ...DEFAULT_WEIGHTS, bigram: DEFAULT_WEIGHTS.bigram / 2 };
    expect(runSteps(matcherFromPackedIndex(packed, analyze, weights))).toBeUndefined();
  });

  it("shares the served matcher's vocabulary when the words are the same, and ranks as one built afresh", () => {
    const served = new Matcher(entries, analyze);
    // An answer reworded: the same questions, so the same syllables in the same order; typos like "tro cpa" included.
    const edited = new Matcher(entries, analyze);
    const packed = structuredClone(edited.packedIndex());
    expect(runSteps(served.vocabularyFor(packed.features.syllables, DEFAULT_WEIGHTS))).toBeDefined();
    const taken = runSteps(matcherFromPackedIndex(packed, analyze, DEFAULT_WEIGHTS, served));
    for (const question of [...questions, 'tro cpa 17 can giay to gi', 'hoo so 3'])
      expect(taken?.rank(question, 10), question).toEqual(edited.rank(question, 10));
  });

  it('builds its own vocabulary when a word was added or the typo threshold differs', () => {
    const served = new Matcher(entries, analyze);
    const added = new Matcher(
      [...entries, { id: 'moi', title: 'mục mới', questions: ['xin cấp thẻ'], keywords: [] }],
      analyze,
    );
    const syllables = added.packedIndex().features.syllables;
    expect(runSteps(served.vocabularyFor(syllables, DEFAULT_WEIGHTS))).toBeUndefined();
    const same = served.packedIndex().features.syllables;
    const stricter = { ...DEFAULT_WEIGHTS, typoThreshold: DEFAULT_WEIGHTS.typoThreshold / 2 };
    expect(runSteps(served.vocabularyFor(same, stricter))).toBeUndefined();
    const taken = runSteps(
      matcherFromPackedIndex(structuredClone(added.packedIndex()), analyze, DEFAULT_WEIGHTS, served),
    );
    for (const question of [...questions, 'xin cap the', 'xin cpa thẻ'])
      expect(taken?.rank(question, 10), question).toEqual(added.rank(question, 10));
  });
});
