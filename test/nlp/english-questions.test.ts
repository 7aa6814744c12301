/**
 * Common English shapes the entries' `questions_en` cover: money every month for an older person without a pension
 * (the social pension, not the general allowance), home visits for older people, family counselling asked as what is
 * available, parent training for autism, a counsellor for a couple that keeps arguing.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English question shapes', () => {
  const cases: Array<[string, string]> = [
    ['My dad has no pension at all, is he entitled to money from the government every month?', 'elderly-allowance'],
    ['Do social workers do home visits for old people?', 'service-elderly'],
    ['Is there family counselling available for us?', 'service-family'],
    ['We keep arguing since our second baby came, can a counsellor help?', 'service-family'],
    ['Where can we find training for parents of a child with autism?', 'service-autism'],
  ];
  for (const [text, id] of cases) {
    it(`answers "${text}" with ${id}`, () => {
      expect(findAnswer(kb, text)).toMatchObject({ english: true, outcome: 'answer', entryId: id });
    });
  }
});
