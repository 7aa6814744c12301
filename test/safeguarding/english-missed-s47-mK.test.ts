/**
 * Session 47 (issue 10), English dangers missed:
 * - "a kid next door isn't breathing" got nothing: the contraction is read as "isn t breathing", which no
 *   breathing sign held ("not breathing" did). A question about breathing itself or a blocked nose stays calm.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe("someone who isn't breathing, told with the English contraction (session 47)", () => {
  it.each([
    "my neighbour's toddler isn't breathing, what do I do",
    'grandpa isnt breathing and his lips are blue',
    'I found a man on the bus who isn’t breathing',
    "my wife fell in the bathroom and isn't breathing",
    "the twins aren't breathing properly after choking on grapes, please",
    "he wasn't breathing when we pulled him out",
  ])('"%s" is a medical danger now', (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.situation).toBe('medical');
    expect(result?.numbers[0]).toBe('115');
  });
  it("a child who isn't breathing also gets 111", () => {
    expect(detect("a kid next door isn't breathing")?.numbers).toEqual(['115', '111']);
  });
  it.each([
    'the baby is breathing fine now after the nebuliser, where is a free clinic',
    "why isn't breathing slowly helping my panic attacks",
    "isn't breathing in dust every day bad for the lungs",
    "my son isn't breathing through his nose because of a cold, what medicine can he take",
    'my little girl is breathing normally again after the fever, can I book a check-up',
  ])('"%s" raises no danger', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
