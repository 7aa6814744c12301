/**
 * English questions that name a person's age or family ("a boy of 9", "a 90 year old", "couples"): the age is read
 * as the group it names, so "7 years old" is a child and not "old" (elderly), and questions that already worked
 * keep their answer. English cues send a survivor pension to BHXH and a cataract operation to the health services.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../../src/nlp/english.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English ages and family words', () => {
  it('reads an age as the group it names, and a number that is no age as a number', () => {
    expect(analyzeEnglish('7 years old')).toEqual(['child']);
    expect(analyzeEnglish('four years old')).toEqual(['child']);
    expect(analyzeEnglish('an 80-year-old')).toEqual(['elderly']);
    expect(analyzeEnglish('she is 9')).toEqual(['child']);
    // "is 80" stays a number: the English questions name the allowance's ages that way.
    expect(analyzeEnglish('he is 80')).toEqual(['80']);
    expect(analyzeEnglish('35 years old')).toEqual([]);
    // The child helpline and the center's hotline are numbers, not ages (the hotline's, a phone number, reads as a
    // call); so is an amount.
    expect(analyzeEnglish('is 111')).toEqual(['111']);
    expect(analyzeEnglish('is 1800 1769')).toEqual(['call']);
    expect(analyzeEnglish('is 5 million dong')).toEqual(['5', 'million', 'dong']);
  });

  it('maps autistic, marriage and couples onto the words the English questions keep', () => {
    expect(analyzeEnglish('an autistic girl')).toEqual(['autism', 'child']);
    expect(analyzeEnglish('marriage counselling for couples')).toEqual(['family', 'counsell', 'family']);
  });

  const answered: Array<[string, string]> = [
    ['My little boy is 5 and autistic, can he get therapy at your center?', 'service-autism'],
    ['A boy of 9 lost both parents, what support can he get?', 'service-children'],
    ['Where can an 88 year old widow get a monthly allowance?', 'elderly-allowance'],
    ['How much does a 90 year old get each month?', 'allowance-amount'],
    ['My 85-year-old grandmother lives alone, what help can the center give?', 'service-elderly'],
    ['My twelve year old son is deaf, what support is there?', 'service-disability'],
    ['Do you offer couples counselling?', 'service-family'],
  ];
  it('answers questions that name an age, a child or a couple directly with the right entry', () => {
    for (const [text, id] of answered) {
      const { english, outcome, entryId } = findAnswer(kb, text);
      expect({ english, outcome, entryId }, text).toEqual({ english: true, outcome: 'answer', entryId: id });
    }
  });

  it('refers a survivor pension to BHXH and a cataract operation to the health services', () => {
    expect(findAnswer(kb, 'My widowed mother wants to claim a survivor pension, where does she go?').referral).toBe(
      'bhxh',
    );
    expect(findAnswer(kb, 'Where can my 75-year-old mother have cataract surgery?').referral).toBe('y-te');
  });

  const unchanged: Array<[string, string | null, string]> = [
    ['My son is 30 and blind, can he get a monthly allowance?', 'eligibility-social-allowance', 'answer'],
    ['Is the 111 line free for children?', 'child-protection-hotline', 'answer'],
    ['Is there an allowance for people over 80?', 'elderly-allowance', 'answer'],
    ['Is the hotline 1800 1769 free to call?', 'hotline', 'answer'],
    [
      'My mother is blind from cataracts, can she get a disability allowance?',
      'eligibility-social-allowance',
      'answer',
    ],
    ['bà nội em 85 tuổi có được trợ cấp hằng tháng không', 'elderly-allowance', 'answer'],
    ['My mother is 45 and lost her job, where can she find work?', null, 'fallback'],
  ];
  it('leaves an adult age, the helplines\' numbers, "over 80" and Vietnamese as they were', () => {
    for (const [text, id, outcome] of unchanged) {
      const result = findAnswer(kb, text);
      expect({ outcome: result.outcome, entryId: result.entryId }, text).toEqual({ outcome, entryId: id });
    }
  });
});
