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
    expect(analyzeEnglish('register for notifications')).toEqual(['apply', 'remind']);
  });

  const answered: Array<[string, string]> = [
    ['Is your phone line open on Sunday?', 'hotline'],
    ['Does my grandson’s school have a social worker?', 'social-work-offices'],
    ['Can a psychologist talk to my teenage daughter?', 'service-mental-health'],
    ['How do I sign up as a volunteer?', 'volunteer'],
    ['Are there activities for old people in the daytime?', 'service-elderly'],
    ['Is there speech therapy for my son, he talks late', 'service-autism'],
  ];
  for (const [text, id] of answered) {
    it(`answers "${text}" directly with ${id}`, () => {
      const result = findAnswer(kb, text);
      expect(result.english).toBe(true);
      expect(result.outcome).toBe('answer');
      expect(result.entryId).toBe(id);
    });
  }

  it('does not answer a question about social work jobs abroad as what social work is', () => {
    const result = findAnswer(kb, 'Is social worker a well paid job in Japan?');
    expect(result.english).toBe(true);
    expect(result.outcome).not.toBe('answer');
  });
});
