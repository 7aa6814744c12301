import { describe, expect, it } from 'vitest';
import { WordFeatures } from '../../src/kb/word-features.ts';

describe('WordFeatures', () => {
  const features = new Map([
    ['w:tro', 0],
    ['w:cap', 1],
    ['b:tro_cap', 2],
    ['a:trợ', 3],
  ]);

  it('finds the number of a word and a pair by their full names, again from memory', () => {
    const words = new WordFeatures(features);
    for (let round = 0; round < 2; round++) {
      expect(words.word('tro')).toBe(0);
      expect(words.word('cap')).toBe(1);
      expect(words.pair('tro', 'cap')).toBe(2);
    }
  });

  it('knows nothing the model does not, every time', () => {
    const words = new WordFeatures(features);
    for (let round = 0; round < 2; round++) {
      expect(words.word('trợ')).toBeUndefined();
      expect(words.pair('cap', 'tro')).toBeUndefined();
      expect(words.pair('tro', 'xa')).toBeUndefined();
    }
  });
});
