/**
 * Vietnamese terms typed inside an English message ("tro cap", "khuyet tat", "công tác xã hội", "CCCD") are read as
 * the English words the English questions use, so the question finds its entry instead of a fallback or another
 * agency.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../../src/nlp/english.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('Vietnamese terms in English messages', () => {
  it('reads a term with or without its accents as its English words', () => {
    expect(analyzeEnglish('can she get tro cap')).toEqual(['allowance']);
    expect(analyzeEnglish('can she get trợ cấp')).toEqual(['allowance']);
    expect(analyzeEnglish('her CCCD expired')).toEqual(['id', 'card', 'expir']);
    expect(analyzeEnglish('what is cong tac xa hoi')).toEqual(['social', 'work']);
    // Inside a longer word, or as a part of one, nothing is read: "tutor" is no "tu ky".
    expect(analyzeEnglish('a tutor for my kid')).toEqual(['tutor', 'child']);
  });

  it('answers English questions that name the center’s topics in Vietnamese', () => {
    const cases: Array<[string, string]> = [
      ['my grandpa is 82 and has no luong huu, can he get tro cap?', 'elderly-allowance'],
      ['Where do we apply for a khuyet tat certificate for our son?', 'disability-registration'],
      ['Is there a tong dai I can call for free?', 'hotline'],
    ];
    for (const [text, id] of cases) {
      expect(findAnswer(kb, text), text).toMatchObject({ english: true, outcome: 'answer', entryId: id });
    }
  });
});
