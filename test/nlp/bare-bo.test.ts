import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a bare "bo" in a fixed phrase is "bỏ", "bộ" or "bổ", not the father', () => {
  it('keeps "bỏ học", "bỏ mặc", "bổ sung", "bộ đội", "cán bộ" typed without accents', () => {
    for (const [typed, read] of [
      ['con bo hoc roi', ['con', 'bo', 'hoc']],
      ['bo sung ho so', ['bo', 'sung', 'ho', 'so']],
      ['bo doi xuat ngu', ['bo', 'doi']],
      ['can bo xa', ['can', 'bo', 'xa']],
      ['bi bo mac', ['bo', 'mac']],
    ] as const) {
      const { syllables } = readQuestion(kb, typed);
      expect(syllables, typed).not.toContain('cha');
      for (const word of read) expect(syllables, typed).toContain(word);
    }
    // The father typed without accents is still read as "cha".
    expect(readQuestion(kb, 'bo em bo hoc').syllables.slice(0, 2)).toEqual(['cha', 'em']);
  });
});
