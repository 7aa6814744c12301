/**
 * English questions asked for someone else ("my uncle uses drugs", "my neighbour's child was abandoned"): the
 * family word names whom the question is for, not what it asks, so it must not dilute the topic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../../src/nlp/english.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English questions asked for a relative', () => {
  it('drops brothers, aunts, cousins, neighbours and friends, possessive or plural, but keeps parents and sons', () => {
    expect(analyzeEnglish("my brother's cousins and our neighbours' friends use drugs at home")).toEqual([
      'use',
      'drug',
      'home',
    ]);
    expect(analyzeEnglish('my aunt uses drugs at home')).toEqual(['uses', 'drug', 'home']);
    expect(analyzeEnglish('my son and my grandmother')).toEqual(['son', 'grandparent']);
  });

  it('keeps the relative of a short question, whose other words are too few to name a topic', () => {
    expect(analyzeEnglish('who should my uncle talk to at the commune?')).toEqual(['uncle', 'talk', 'commune']);
    expect(findAnswer(kb, 'who should my uncle talk to at the commune?').entryId).toBeNull();
  });

  const nowAnswered: Array<[string, string]> = [
    ['My uncle uses drugs, where can our family get advice?', 'service-social-evils'],
    ['My nephew was arrested for stealing, can someone help him?', 'service-young-offenders'],
    ["My neighbour's child was abandoned, who can help?", 'service-children'],
  ];
  for (const [text, id] of nowAnswered) {
    it(`answers "${text}" directly with ${id}`, () => {
      expect(findAnswer(kb, text)).toMatchObject({ english: true, outcome: 'answer', entryId: id });
    });
  }

  const unchanged: Array<[string, string, string]> = [
    ['Can grandparents or an aunt raise an orphaned child and get support?', 'answer', 'service-foster-care'],
    ['My aunt has dementia, where can we get advice on caring for her?', 'answer', 'service-elderly'],
    ['My sister was trafficked abroad and came back, who can help her?', 'disclosure', 'service-trafficking'],
  ];
  for (const [text, outcome, id] of unchanged) {
    it(`still gives "${text}" ${outcome} ${id}`, () => {
      expect(findAnswer(kb, text)).toMatchObject({ outcome, entryId: id });
    });
  }
});
