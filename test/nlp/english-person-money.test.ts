/**
 * English allowance questions about an older relative told by an age (issue 11): "can my 78 year old mother get an
 * allowance" only offered who qualifies, whose English questions share every word of it. A Vietnamese message hears
 * the age as the entries' own ("82 tuổi" → "80 tuổi"), which lifts the older person's allowance; in an English
 * message the group's own entry answers when it is within 0.9 of who qualifies ranked first.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
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
