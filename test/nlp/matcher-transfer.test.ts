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
});
