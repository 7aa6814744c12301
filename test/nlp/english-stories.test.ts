/**
 * An English story whose whole reading names no entry confidently is answered by its question sentence when that
 * answer is confident and is the entry the story itself ranks first; a question on another topic than the story
 * keeps the story's reading.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English stories read by their question', () => {
  it('answers the question of a story that agrees with it', () => {
    const text =
      "We moved back from Canada last month with my husband's grandmother, she is 79, never worked for a company " +
      'and the family pays for everything. Can elderly people get a monthly allowance?';
    expect(findAnswer(kb, text)).toMatchObject({ english: true, outcome: 'answer', entryId: 'elderly-allowance' });
  });

  it('answers a family story asked as a question about counselling', () => {
    const text =
      "Since my husband's job moved to another city two years ago we barely talk, and every weekend ends in an " +
      'argument about the kids and his mother. Is family counselling available for couples like us?';
    expect(findAnswer(kb, text)).toMatchObject({ english: true, outcome: 'answer', entryId: 'service-family' });
  });

  it('keeps the story’s reading when its question is about something else', () => {
    const text =
      'My grandmother is 84, she has no pension, she lives with my parents and cooks for the whole family every ' +
      'day, and she is healthy. How can I volunteer at the center on weekends?';
    const result = findAnswer(kb, text);
    expect(result.english).toBe(true);
    expect(result.entryId === 'volunteer' && result.outcome === 'answer').toBe(false);
  });
});
