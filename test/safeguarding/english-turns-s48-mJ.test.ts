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
