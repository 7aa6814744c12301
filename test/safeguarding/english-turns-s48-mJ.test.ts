/**
 * Session 48 (issue 10), English told as Vietnamese is: a means held in the hand now after an attempt or a wish told
 * as past ("I was suicidal last year, now I have the pills in my hand") was a disclosure. Vietnamese hears "giờ em
 * đang cầm lọ thuốc" as danger now; English now has the same turn (acute_turn, `in_hand_en`, means between "now" and
 * the hand, or a means right after "holding"). A recovery, a child held or medication taken stay disclosures.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('English: a means in the hand now after a past attempt is danger now (session 48)', () => {
  it.each([
    'I tried to kill myself last year, now I have the pills in my hand',
    'I was suicidal last year, now I have the pills in my hand',
    'I overdosed two years ago, and now I am holding the rope',
    'Last year I attempted suicide. Now I have a razor blade in my hand',
    'I tried to end my life in 2022, now I have the sleeping pills in my hands',
    'I wanted to kill myself last winter, now I am clutching the pills',
  ])('"%s" is suicide, danger now', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('suicide');
    expect(result?.outcome).toBe('danger-now');
  });
  it.each([
    'I tried to kill myself last year, now I am in therapy and doing better',
    'I tried to kill myself last year, now I am holding my newborn daughter',
    'I was suicidal last year, now I take my pills every day and feel better',
    'I tried to kill myself last year, now I have a job in hand and a new flat',
    'I was suicidal last year, now I have my life back in my hands',
    'I attempted suicide years ago, now I am holding a support group meeting every week',
  ])('"%s" stays a disclosure', (text) => {
    expect(detect(text)?.outcome).toBe('disclosure');
  });
});

/**
 * tune35: "how do I enrol my 6-year-old in a public primary school … we just moved from Singapore" got the medical
 * emergency screen: "just" (ongoing) and the way of asking and the school (how_to, young_told) kept a classifier vote
 * of 0.23 speaking. "just moved" is news of a move (neutral for ongoing), and how_to, young_told tell of nobody in
 * danger (classifier_bare › bare).
 */
describe('English: a family that just moved asking about school is no emergency (session 48)', () => {
  it.each([
    'How do I enrol my 6-year-old in a public primary school in District 7? We just moved from Singapore.',
    'How can I find a public kindergarten for my 4-year-old? We just moved to Ho Chi Minh City.',
    'How do I transfer my 9-year-old to a primary school in Hanoi? We just moved from Australia last week.',
    'How do I get health insurance for my 5-year-old? We just moved here from Japan.',
    'How do I apply for a school place for my 10-year-old in Da Nang? We just relocated from Bangkok.',
    'how do i find a babysitter for my 2 year old, we just moved to Thu Duc',
  ])('"%s" is no danger', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
  it.each([
    ['how do I stop my stepdad, he is hitting my little sister right now', 'child-abuse'],
    ['my 6-year-old just collapsed and is not breathing, how do I do CPR', 'medical'],
    ['we just moved here and the man next door is beating his kid, she is screaming', 'child-abuse'],
    ['How do I get help, my 14-year-old daughter has been missing since this morning', 'missing-person'],
    ['we just moved in and my husband locked me in the room, how do I get out', 'violence'],
    ['I just moved here and my neighbour is threatening me with a knife', 'violence'],
  ])('"%s" stays danger now', (text, situation) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.situation).toBe(situation);
  });
});
