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

/**
 * "One of my students told me she is often hit at home by her stepfather. Who should I contact?" got nothing: the
 * English passive told as a habit ("is often hit at home", "gets hit by her father") was no blow. It is now in beat and
 * habit_en, and a pupil of the writer's (pupil_en) with such a habit is a child (pupil_harmed): a child-abuse
 * disclosure, 111 first. A ball, a storm or a scooter that "often hits" is no blow.
 */
describe('English: a pupil often hit at home, told by a teacher, is a child-abuse disclosure (session 48)', () => {
  it.each([
    'One of my students told me she is often hit at home by her stepfather. Who should I contact?',
    'Hello, I teach English at a secondary school in Quảng Ninh. One of my students told me she is often hit at home by her stepfather. Who should I contact?',
    'One of my students told me she gets hit by her father. Who should I contact?',
    'A boy in my class is always beaten by his stepmother, he told me yesterday. What should I do?',
    'One of my pupils said he gets beaten by his uncle when he drinks, where can I report this?',
    'my student told me she is often hit by her mother with a stick, who do I call?',
  ])('"%s" is a child-abuse disclosure', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('child-abuse');
    expect(result?.outcome).toBe('disclosure');
  });
  it.each([
    'My son often gets hit by the ball in football practice, is that normal?',
    "My daughter is often hit by other kids' elbows in basketball, what protective gear helps?",
    'Our town is often hit by typhoons in October, where can we get flood relief?',
    'The coast is always hit by storms, how do I prepare my family?',
    'My car gets hit by scooters at the market all the time, who pays for the damage?',
    'How often is the hit song played on the radio in Vietnam?',
  ])('"%s" is no child abuse', (text) => {
    expect(detect(text)?.situation).not.toBe('child-abuse');
  });
  it('an adult student hit by her husband stays violence', () => {
    expect(
      detect('One of my university students told me her husband hits her, where can she get help?')?.situation,
    ).toBe('violence');
  });
});

/**
 * train57: "Hi, I'm a tourist. There's an old Vietnamese lady sitting alone at the bus station for hours, she seems
 * confused, doesn't know where she lives. It's getting dark." got a fallback: an older person named in English by
 * age ("old lady", "old Vietnamese woman", "elderly") was no elder, and a bus or train station no public place. With
 * the way home unknown (home_unknown) she is a missing person now, 113 first.
 */
describe('English: an older person found at a station who does not know where she lives is missing now (session 48)', () => {
  it.each([
    "Hi, I'm a tourist. There's an old Vietnamese lady sitting alone at the bus station for hours, she seems confused, doesn't know where she lives. It's getting dark.",
    "an old lady at the bus station doesn't know where she lives",
    "An elderly man is standing by the road near my hotel, he can't remember where he lives",
    "There is an old woman at the train station who doesn't know the way home, she looks lost",
    "I found an old man in the park, he can't find the way home and it's raining",
    "my grandfather with dementia walked out and we can't find him",
  ])('"%s" is a missing person, danger now', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('missing-person');
    expect(result?.outcome).toBe('danger-now');
  });
  it.each([
    'How do I get to the bus station from District 1?',
    'My old man retired last year, what pension can he get?',
    'The old lady next door gives us vegetables, how can I thank her in Vietnamese?',
    'Is there a bus stop near the elderly care centre in Thu Duc?',
    'An old woman sells flowers at the bus stop every morning, where can I buy flowers wholesale?',
    'Are there free buses for elderly people in Hanoi?',
  ])('"%s" is no danger', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
