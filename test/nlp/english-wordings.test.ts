/**
 * English questions asked the way residents and visitors word them: synonyms the
 * analyzer maps onto the words of the entries' English questions, and wordings that
 * must still fall back because no entry covers them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../../src/nlp/english.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English wordings', () => {
  it('maps the words people use onto the ones the English questions keep', () => {
    expect(analyzeEnglish('phone line')).toEqual(['call', 'hotline']);
    expect(analyzeEnglish('orphaned juveniles')).toEqual(['orphan', 'young']);
    expect(analyzeEnglish('a therapist for my teenager')).toEqual(['counsellor', 'teen']);
    expect(analyzeEnglish('office address')).toEqual(['center', 'location']);
    expect(analyzeEnglish('sign up for notifications')).toEqual(['sign', 'up', 'remind']);
    expect(analyzeEnglish('addicted to gambling, an addiction')).toEqual(['addict', 'gambl', 'addict']);
    expect(analyzeEnglish('leaving a government nursing home')).toEqual(['state', 'care', 'home']);
    expect(analyzeEnglish('hotline 1800-1769 or 0912 345 678')).toEqual(['hotline', 'call', 'call']);
  });

  const answered: Array<[string, string]> = [
    ['Is your phone line open on Sunday?', 'hotline'],
    ['Does my grandson’s school have a social worker?', 'social-work-offices'],
    ['Can a psychologist talk to my teenage daughter?', 'service-mental-health'],
    ['How do I sign up as a volunteer?', 'volunteer'],
    ['Are there activities for old people in the daytime?', 'service-elderly'],
    ['Is there speech therapy for my son, he talks late', 'service-autism'],
    // "nursing home" is a care home; "leave" names no topic, so the work left is what is asked.
    ['Is there a nursing home for old people with no children?', 'service-residential-care'],
    ['Help for a woman who wants to leave sex work', 'service-social-evils'],
    // The hotline's number typed out reads as a call, not as two unknown words.
    ['Can I call 1800 1769 on Sunday?', 'hotline'],
    ['Is 1800 1769 free from a mobile?', 'hotline'],
  ];
  for (const [text, id] of answered) {
    it(`answers "${text}" directly with ${id}`, () => {
      const result = findAnswer(kb, text);
      expect(result.english).toBe(true);
      expect(result.outcome).toBe('answer');
      expect(result.entryId).toBe(id);
    });
  }

  it('answers grief after a death in the family with counselling', () => {
    for (const text of [
      'My grandfather has been depressed ever since grandma passed away. Is there someone he can talk to?',
      'My aunt is depressed since her son passed away, can your center help?',
    ])
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: 'service-mental-health' });
  });

  it('keeps what did not need the new words: a government allowance, leaving a reform school, numbers that are no phone', () => {
    const kept: Array<[string, string]> = [
      ['Is there a government allowance for disabled children?', 'eligibility-social-allowance'],
      ['Is there help for teenagers leaving a reform school?', 'service-young-offenders'],
      // 111 is no phone number of ten digits, an amount no phone number, a span of years neither.
      ['Is 111 free to call?', 'child-protection-hotline'],
      ['How much is 1800000 dong allowance per month for my grandma?', 'allowance-amount'],
      ['What is the goal of the project 2010-2020?', 'de-an-32'],
    ];
    for (const [text, id] of kept) expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: id });
  });

  it('reads a question as English when its function words are also Vietnamese syllables but its other words are English', () => {
    // "can", "a", "be", "to" are Vietnamese syllables too; "homeless", "elderly" and "facility" are not.
    const result = findAnswer(kb, 'Can a homeless elderly woman be admitted to a care facility?');
    expect(result.english).toBe(true);
    expect(result.outcome).toBe('answer');
    expect(result.entryId).toBe('service-residential-care');
    // Vietnamese typed without accents stays Vietnamese, an English word in it ("hotline") included.
    expect(findAnswer(kb, 'co the cho toi xin so hotline duoc khong').english).toBe(false);
    expect(findAnswer(kb, 'to can giup do a').english).toBe(false);
  });

  it('answers the question after an English greeting, and a greeting alone as a greeting', () => {
    const asked = findAnswer(kb, 'Hi, how much is the monthly allowance for my grandmother?');
    expect(asked.outcome).toBe('answer');
    expect(asked.entryId).toBe('allowance-amount');
    // Not the center's business: no entry, and not the greeting either.
    expect(findAnswer(kb, 'hello, can you recommend a good restaurant in Hanoi').entryId).toBeNull();
    for (const text of ['Hi there', 'Thanks for your help', 'Hello, good morning']) {
      expect(findAnswer(kb, text).entryId, text).toBe('greeting');
    }
  });
});
