/**
 * Session 44 (issue 10): English idioms with "hit" (a target, the books, the gym, the road, a milestone) read as a
 * blow, and the passive "is being hit right now" that was no blow at all. The idiom's object right after the verb is neutral;
 * a person after the verb stays a blow.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('safeguarding: session 44, English idioms with "hit"', () => {
  it.each([
    'she hits her targets every quarter at work',
    'one of my students has been hitting the books for his exam',
    'my son keeps hitting the gym after school, is there a sports club for teens',
    'the baby is hitting his milestones, does the center do developmental checks',
    'my daughter hit her sales target this month and wants to volunteer',
    'we are hitting the road tomorrow, can I still get my benefits letter',
    'my boy has been hitting it off with his classmates since he moved',
  ])('"%s" gets no emergency screen', (text) => {
    expect(findAnswer(kb, text).crisis).toBe(false);
  });

  it.each([
    'he hits her every night',
    'my dad hits me when he is drunk',
    'he hit her head against the wall',
    'she is being hit right now',
    'my mom is being hit right now by my stepdad, please help',
    'he keeps hitting the kids with a belt',
    'my husband is hitting my son, he hits her and then hits her targets at work',
  ])('"%s" stays a blow (emergency screen or disclosure)', (text) => {
    const r = findAnswer(kb, text);
    expect(['crisis', 'disclosure']).toContain(r.outcome);
    expect(['violence', 'child-abuse']).toContain(r.safeguarding?.situation);
  });
});
