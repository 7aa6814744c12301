/**
 * English allowance questions about an older relative told by an age (issue 11): "can my 78 year old mother get an
 * allowance" only offered who qualifies, whose English questions share every word of it. A Vietnamese message hears
 * the age as the entries' own ("82 tuổi" → "80 tuổi"), which lifts the older person's allowance; in an English
 * message the group's own entry answers when it is within 0.9 of who qualifies ranked first.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const answered = (question: string): { outcome: string; entryId: string | null } => {
  const r = findAnswer(kb, question);
  return { outcome: r.outcome, entryId: r.entryId };
};

describe('English allowance questions about an older relative told by an age', () => {
  it('answers with the older person’s allowance where who qualifies ranked first by the shared words', () => {
    for (const question of [
      'can my 78 year old mother get an allowance',
      'is my 77-year-old grandmother entitled to an allowance?',
    ])
      expect(answered(question), question).toEqual({ outcome: 'answer', entryId: 'elderly-allowance' });
  });

  it('keeps who qualifies for two groups, and no answer for a younger person or another business', () => {
    // Two groups (older and blind) are answered by who qualifies, as before.
    expect(answered('can my 78 year old mother who is blind get an allowance')).not.toEqual({
      outcome: 'answer',
      entryId: 'elderly-allowance',
    });
    for (const question of [
      'my husband is 50 and has no pension, can he get any money',
      'my mother is 78 and has no pension, can she get a loan from the government',
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

describe('English questions about another agency’s business beside a person described (issue 11)', () => {
  const read = (text: string) => kb.personAsks.read(tokenize(text));

  it('does not read a veteran’s, repair, loan, school-fee, utility, land, divorce or insurance question as an allowance ask', () => {
    for (const question of [
      'my father is 81 and a war veteran, can he get an allowance',
      'grandpa is 83, his brother was a martyr, is he entitled to benefits',
      'my mother is 79 and was exposed to agent orange, can she get an allowance',
      'my grandmother is 84, can she get an allowance to repair the house',
      'my dad is 80 and poor, is he eligible for a loan',
      'my son is disabled, can he get financial support for school fees',
      'my disabled brother cannot pay tuition, is he entitled to anything',
      'my mother is 82 and poor, can she get benefits for the electricity',
      'my father is 86, can he get a payment for the water bill',
      'my grandmother is 90, is she eligible for land',
      'my mother is 81 and getting a divorce, is she entitled to an allowance',
      'my father is 80 with a pension from social insurance, is he eligible for an allowance',
      'my grandfather is 88, is he eligible for a health insurance card',
    ])
      expect(read(question), question).toBeNull();
  });

  it('still reads a plain English allowance question about an older or disabled relative', () => {
    for (const question of [
      'my father is 81, can he get an allowance',
      'my son is disabled, is he entitled to benefits',
      'my mother is 79 and lives alone, is she eligible for an allowance',
    ])
      expect(read(question), question).not.toBeNull();
  });

  it('does not answer a veteran’s or utility question with a group’s allowance', () => {
    for (const question of [
      'my father is a war veteran and disabled, can he get an allowance',
      'my mother is 80, can she get the electricity bill reduced',
    ]) {
      const r = findAnswer(kb, question);
      expect(r.outcome === 'answer' && r.entryId?.endsWith('allowance'), question).toBe(false);
    }
  });
});
