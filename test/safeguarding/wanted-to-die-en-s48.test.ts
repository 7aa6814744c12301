/**
 * Session 48 (issue 10): a wish to die told in the English past tense ("I wanted to die") was no cue at all, so "I
 * wanted to die in college, now I have the pills in my hand" raised nothing (mJ noticed it). Heard now as a past wish:
 * alone a disclosure, and danger now when a turn to now with a means in hand follows.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('a wish to die in the English past tense (session 48)', () => {
  it.each([
    'I wanted to die in college, now I have the pills in my hand',
    'i wanted to die back in college, now i have sleeping pills in my hand',
    "I wanted to kill myself last month, now I'm standing on the bridge",
  ])('"%s" is danger now', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('suicide');
    expect(result?.outcome).toBe('danger-now');
  });
  it.each([
    'I wanted to die in college, now I am doing much better, where can I get counselling',
    'my son wanted to die after his divorce, how can I help him',
  ])('"%s" is a suicide disclosure', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('suicide');
    expect(result?.outcome).toBe('disclosure');
  });
  it('"I wanted to die when I saw my exam results lol" is no danger', () => {
    expect(detect('I wanted to die when I saw my exam results lol')?.outcome).not.toBe('danger-now');
  });
});
