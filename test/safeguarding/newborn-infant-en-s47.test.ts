/**
 * Session 47 (issue 10: 111 whenever a child is involved): a newborn or an infant named in English is a child. "a
 * newborn wasn't breathing" got 115 alone. Ordinary questions about a newborn's papers or an infant's milk stay calm.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a newborn or an infant named in English is a child (session 47)', () => {
  it.each([
    "a newborn wasn't breathing",
    'the infant next door is not breathing',
    'my newborn turned blue and is not breathing',
    'our infant is having a seizure right now',
    'the newborn is unconscious and not breathing, please help',
  ])('"%s" is danger now with 115 first and 111 beside it', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(true);
    expect(r.safeguarding?.numbers.slice(0, 2)).toEqual(['115', '111']);
  });
  it.each([
    "how to register a newborn's birth certificate",
    'infant formula support for poor families',
    'is there a newborn allowance for single mothers',
    'where can I get infant vaccinations in Ha Long',
    'my newborn sleeps well, thank you for the advice',
  ])('"%s" stays calm', (text) => {
    expect(findAnswer(kb, text).crisis).toBe(false);
  });
});
