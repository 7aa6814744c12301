/**
 * Session 47 (issue 10), English dangers missed:
 * - "a kid next door isn't breathing" got nothing: the contraction is read as "isn t breathing", which no
 *   breathing sign held ("not breathing" did). A question about breathing itself or a blocked nose stays calm.
 * - "my sister is being hit by her husband" got nothing: "being hit by her" was no blow ("being beaten" was). How
 *   urgent it is stays with the habit reading: told as what she lives with, a disclosure; "right now", danger now.
 * - "someone took my 4-year-old from the playground" was read as medical: a child taken by someone unnamed is a
 *   missing child (111 and 113 first); a relative taking the child out, or a child's thing taken, is no danger.
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

describe('someone being hit or hurt by a named person, told in the English passive (session 47)', () => {
  it.each([
    'my sister is being hit by her husband right now',
    'my mom is being hurt by my dad, he is in the kitchen with her',
    'I am being hit by my boyfriend, please help',
    'my neighbour is being hit by her partner right now, I can hear her screaming',
    'my aunt is being hurt by her husband now, he has a knife',
  ])('"%s" is violence danger now', (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.situation).toBe('violence');
  });
  it.each([
    'my sister is being hit by her husband',
    'my friend is being hit by her boyfriend, she is staying with me this week',
  ])('"%s" told as what she lives with is a violence disclosure', (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('disclosure');
    expect(result?.situation).toBe('violence');
  });
  it.each([
    "my son was hit by a ball at football, he's fine",
    "my feelings are being hurt by my boyfriend's jokes",
    'my car is being hit by hail, is that covered by insurance',
    'the town is being hit by the storm, where is the nearest shelter',
    'our shop is being hurt by the new supermarket, can we get a small loan',
  ])('"%s" raises no danger', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});

describe('a child taken by someone unnamed, told in English (session 47)', () => {
  it.each([
    'someone took my 4-year-old from the playground',
    'somebody has taken my baby from the pram outside the shop',
    'some guy took my toddler while I was paying at the market',
    'a woman took my 3 year old daughter from the bus stop',
    'someone snatched my little girl at the fair, I cannot find them',
  ])('"%s" is a missing child now, 111 and 113 first', (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.situation).toBe('missing-person');
    expect(result?.numbers.slice(0, 2)).toEqual(['111', '113']);
  });
  it.each([
    'someone took my parking spot',
    'my grandma took my 4-year-old to the playground',
    "someone took my son's bike from the garage",
    'someone took my kids to school this morning, thank you',
    "my son took my daughter's phone again",
  ])('"%s" raises no danger', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
