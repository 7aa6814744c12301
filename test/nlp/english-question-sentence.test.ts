/**
 * An English message of several sentences is also decided on its question sentence: the context around it dilutes
 * the English index's score under the offer bar, but the question alone may confirm the entry the whole message put
 * first. It never picks another entry, nor one of two the whole message found about as close.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { englishQuestionSentence } from '../../src/nlp/request-sentence.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('the question sentence of an English message', () => {
  it('is the last sentence with a question mark, with the one before it when short', () => {
    expect(englishQuestionSentence('We just moved here. How do we get a disability certificate for our son?')).toBe(
      'How do we get a disability certificate for our son?',
    );
    expect(
      englishQuestionSentence('We live in Ha Long. My wife and I would like to help at weekends. How can we join?'),
    ).toBe('My wife and I would like to help at weekends. How can we join?');
    expect(englishQuestionSentence('Where is your office? I want to visit with my father.')).toBe(
      'Where is your office?',
    );
  });

  it('is not looked for when the question is the whole message or nothing is asked', () => {
    expect(englishQuestionSentence('How do we get a disability certificate for our son?')).toBeNull();
    expect(englishQuestionSentence('My son is deaf. We need a disability certificate.')).toBeNull();
    expect(englishQuestionSentence('My wife and I would like to help at weekends. How can we join?')).toBeNull();
  });
});

describe('an English story whose question confirms the entry it put first', () => {
  const answered: Array<[string, string]> = [
    [
      'My daughter is 12 and was born deaf. We moved to Cam Pha last year. How do we get a disability certificate for her?',
      'disability-registration',
    ],
    ['We are new in Uong Bi. I would like to help at weekends. Can I volunteer with the center?', 'volunteer'],
  ];
  for (const [text, id] of answered) {
    it(`answers "${text.slice(0, 50)}…" directly with ${id}`, () => {
      const r = findAnswer(kb, text);
      expect({ outcome: r.outcome, entryId: r.entryId }).toEqual({ outcome: 'answer', entryId: id });
    });
  }

  it('still offers a choice when the whole message found two entries about as close', () => {
    const r = findAnswer(
      kb,
      'I look after my mother, she is 84. She never worked for the state and gets nothing. Is there a monthly allowance for elderly people like her?',
    );
    expect(r.outcome).toBe('did-you-mean');
  });
});
