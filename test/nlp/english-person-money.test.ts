/**
 * English money questions about an older person, a person with a disability or an orphan (issue 11): an age told in
 * English ("is 78"), "no pension" beside it and money asked from the government ("get any money", "support from the
 * state") name the group's entry, as their Vietnamese wordings do. Before, the Vietnamese rewrites took English "no"
 * for teencode ("nớ" → "đó"), so "no pension" read as a question about a pension, and "money from the government" was
 * no money ask: each fell back under the offer bar.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const answered = (question: string): { outcome: string; entryId: string | null } => {
  const r = findAnswer(kb, question);
  return { outcome: r.outcome, entryId: r.entryId };
};

describe('English money questions about a person described', () => {
  it('answers an older relative with no pension asking for money with the older person’s allowance', () => {
    for (const question of [
      'hi, my mother in law is 78 and has no pension, can she get any money from the government',
      'my mother is 78 and has no pension, can she get any money',
      'my stepfather is 83 and has no pension, can he receive money from the government?',
      'Can my grandmother get money from the state? She is 86.',
      'our neighbour is 79 with no pension, is there any government money for her',
      'I am 81 years old and live alone, can I get any money from the state?',
    ])
      expect(answered(question), question).toEqual({ outcome: 'answer', entryId: 'elderly-allowance' });
  });

  it('answers an older relative’s allowance asked by an English age, where who qualifies ranked first', () => {
    // The English who-qualifies questions share every word; a Vietnamese message hears the age as the entries' own.
    for (const question of [
      'can my 78 year old mother get an allowance',
      'is my 77-year-old grandmother entitled to an allowance?',
    ])
      expect(answered(question), question).toEqual({ outcome: 'answer', entryId: 'elderly-allowance' });
    // Two groups (older and disabled) are answered by who qualifies, as before.
    expect(answered('can my 78 year old mother who is blind get an allowance')).not.toEqual({
      outcome: 'answer',
      entryId: 'elderly-allowance',
    });
  });

  it('answers a person with a disability or an orphan asking for government money with who qualifies', () => {
    for (const question of [
      'my son is disabled, can he get money from the government',
      'my cousin is blind, can she get help from the state?',
      'my niece is an orphan, can she get any money from the government?',
    ])
      expect(answered(question), question).toEqual({ outcome: 'answer', entryId: 'eligibility-social-allowance' });
  });

  it('hears "qualify for anything" as a money ask, as "eligible" and "entitled" are', () => {
    const asked: Array<[string, string]> = [
      ['does my 85 year old grandfather qualify for anything?', 'elderly-allowance'],
      ['my son is deaf, does he qualify for anything', 'eligibility-social-allowance'],
    ];
    for (const [question, entryId] of asked)
      expect(answered(question), question).toEqual({ outcome: 'answer', entryId });
    // A place in a nursing home is another business; a man of 45 is no older person.
    for (const question of [
      'my father is 80, does he qualify for a nursing home',
      'my father is 45, does he qualify for anything',
    ])
      expect(answered(question).outcome, question).not.toBe('answer');
  });

  it('answers how much an older person with no pension gets with the amounts', () => {
    expect(answered('my father is 78 and has no pension, how much money can he get')).toEqual({
      outcome: 'answer',
      entryId: 'allowance-amount',
    });
  });

  it('answers no younger person, loan, lost money, house repair or insurance with the allowance', () => {
    for (const question of [
      'my husband is 50 and has no pension, can he get any money',
      'I am 45 years old with no pension, can I get money from the government',
      'my mother is 78 and has no pension, can she get a loan from the government',
      'my father is 80, where can he get money from the government to fix his house',
      'my mother is 78, she lost money to a scammer, can she get it back',
      'my mother is 78 and has no pension, can she get health insurance from the government',
    ]) {
      const r = findAnswer(kb, question);
      expect(r.outcome === 'answer' && r.entryId?.endsWith('allowance'), question).toBe(false);
    }
  });

  it('still puts the emergency first when an older person in danger mentions money', () => {
    const r = findAnswer(kb, 'my father is 80 and wants to kill himself because he has no money from the government');
    expect(r.crisis).toBe(true);
  });
});
