/**
 * English basics residents try first (issue 11): whether the bot speaks English gets its short English identity,
 * a child's birth to register is the commune's justice officer's business, and a question asked after a comma behind
 * the writer's circumstances ("I am a foreigner married to a Vietnamese, can I …") is read by that question.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { englishQuestionSentence } from '../../src/nlp/request-sentence.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English basics', () => {
  it('answers whether the bot speaks English with who it is, in English', () => {
    for (const text of ['do you speak English', 'Can you answer in English?', 'can I write to you in english']) {
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: 'bot-help', english: true });
    }
  });

  it('leaves English named beside someone else alone', () => {
    for (const text of [
      'Can you recommend a private therapist who speaks English?',
      'Is there a doctor in Ha Long who can speak English with my husband?',
    ]) {
      expect(findAnswer(kb, text).entryId, text).not.toBe('bot-help');
    }
  });

  it("refers a child's birth to register to the justice officer", () => {
    for (const text of [
      "how do I register my child's birth",
      "Where do we register our baby's birth?",
      'how to register the birth of my son',
    ]) {
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'referral', referral: 'tu-phap' });
    }
  });

  it('reads a question asked after a comma behind the circumstances', () => {
    expect(
      englishQuestionSentence('I am a foreigner married to a Vietnamese, can I get support for my disabled child'),
    ).toBe('can I get support for my disabled child');
    expect(englishQuestionSentence('We just moved here from Korea, where can my autistic son get therapy?')).toBe(
      'where can my autistic son get therapy?',
    );
    // A short clause names nothing; a clause that does not open as a question is no question.
    expect(englishQuestionSentence('My mother is 85 and lives alone, how?')).toBeNull();
    expect(englishQuestionSentence('My uncle is blind, he needs a disability certificate')).toBeNull();
  });

  it('answers the entry the whole message offered first when the clause after the comma confirms it', () => {
    const text = 'my grandpa already receives the elderly allowance from the ward, how much should he get each month?';
    expect(findAnswer(kb, text)).toMatchObject({ outcome: 'answer', entryId: 'allowance-amount' });
  });
});
