/**
 * People run through the real rules in knowledge/eligibility.yaml, asked
 * question by question the way the bot asks them: each must land in the
 * categories the law gives them, with the amount the coefficients give.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAnswers, nextQuestion, type Answer } from '../../src/eligibility/evaluate.ts';
import type { EligibilityRules } from '../../src/eligibility/rules.ts';
import { realKnowledge } from '../helpers/kb.ts';

/** A person: age in years, every other fact as the value of that question's option. */
interface Person {
  who: string;
  facts: Record<string, string | number>;
  likely: string[];
  possible?: string[];
  /** Monthly amount (đồng) by category, when the rules give one exact figure. */
  amounts?: Record<string, number>;
  /** Exactly the questions the check must ask, in order. */
  asks?: string[];
}

const PEOPLE: Person[] = [
  {
    who: 'grandmother of 82, poor household, no one to support her, no pension',
    facts: {
      who: 'family',
      age: 82,
      disability: 'no',
      household: 'poor',
      'single-parent': 'no',
      hiv: 'no',
      support: 'none',
      pension: 'none',
    },
    likely: ['elderly-poor-no-support', 'social-pension'],
    amounts: { 'elderly-poor-no-support': 1_000_000, 'social-pension': 500_000 },
  },
  {
    who: 'grandfather of 76, not poor, no pension',
    facts: { who: 'family', age: 76, disability: 'no', household: 'neither', pension: 'none' },
    likely: ['social-pension'],
    asks: ['who', 'age', 'disability', 'household', 'pension'],
  },
  {
    who: 'retired teacher of 76 with a pension',
    facts: { who: 'self', age: 76, disability: 'no', household: 'neither', pension: 'yes' },
    likely: [],
  },
  {
    who: 'woman of 72 in a near-poor household, no pension',
    facts: { who: 'self', age: 72, disability: 'no', household: 'near-poor', 'single-parent': 'no', pension: 'none' },
    likely: ['social-pension-poor'],
    amounts: { 'social-pension-poor': 500_000 },
  },
  {
    who: 'woman of 72, not poor, no pension (below the social pension age)',
    facts: { who: 'self', age: 72, disability: 'no', household: 'neither' },
    likely: [],
    asks: ['who', 'age', 'disability', 'household'],
  },
  {
    who: 'man of 65, poor, nobody obliged to support him',
    facts: {
      who: 'self',
      age: 65,
      disability: 'no',
      household: 'poor',
      'single-parent': 'no',
      hiv: 'no',
      support: 'none',
    },
    likely: ['elderly-poor-no-support'],
    amounts: { 'elderly-poor-no-support': 750_000 },
    asks: ['who', 'age', 'disability', 'household', 'single-parent', 'hiv', 'support'],
  },
  {
    who: 'man of 65, poor, supported by his children',
    facts: {
      who: 'self',
      age: 65,
      disability: 'no',
      household: 'poor',
      'single-parent': 'no',
      hiv: 'no',
      support: 'has',
    },
    likely: [],
  },
  {
    who: 'woman of 68, poor, her only son also lives on social allowance',
    facts: {
      who: 'family',
      age: 68,
      disability: 'no',
      household: 'poor',
      'single-parent': 'no',
      hiv: 'no',
      support: 'on-allowance',
    },
    likely: ['elderly-poor-no-support'],
  },
  {
    who: 'boy of 5 who lost both parents, household not poor',
    facts: { who: 'family', age: 5, disability: 'no', caregiver: 'orphan-both', household: 'neither' },
    likely: ['child-no-caregiver'],
    amounts: { 'child-no-caregiver': 750_000 },
  },
  {
    who: 'abandoned baby of 2 in a poor mountain commune',
    facts: {
      who: 'other',
      age: 2,
      disability: 'no',
      caregiver: 'abandoned',
      household: 'poor',
      hiv: 'no',
      area: 'yes',
    },
    likely: ['child-no-caregiver', 'child-under-3'],
    amounts: { 'child-no-caregiver': 1_250_000, 'child-under-3': 750_000 },
  },
  {
    who: 'toddler of 2 with her mother, near-poor, ethnic-minority mountain commune',
    facts: { who: 'family', age: 2, disability: 'no', caregiver: 'parent', household: 'near-poor', area: 'yes' },
    likely: ['child-under-3'],
  },
  {
    who: 'toddler of 2 with her mother, near-poor, lowland town',
    facts: { who: 'family', age: 2, disability: 'no', caregiver: 'parent', household: 'near-poor', area: 'no' },
    likely: [],
  },
  {
    who: 'girl of 10 living with HIV, poor household, with her father',
    facts: { who: 'family', age: 10, disability: 'no', caregiver: 'parent', household: 'poor', hiv: 'yes' },
    likely: ['child-hiv'],
    amounts: { 'child-hiv': 1_000_000 },
  },
  {
    who: 'boy of 8 with an extremely severe disability, household not poor',
    facts: {
      who: 'family',
      age: 8,
      disability: 'yes',
      'disability-level': 'extreme',
      caregiver: 'parent',
      household: 'neither',
    },
    likely: ['disability'],
    amounts: { disability: 1_250_000 },
  },
  {
    who: 'man of 30 with a severe disability, household not poor',
    facts: { who: 'self', age: 30, disability: 'yes', 'disability-level': 'severe', household: 'neither' },
    likely: ['disability'],
    amounts: { disability: 750_000 },
    asks: ['who', 'age', 'disability', 'disability-level', 'household'],
  },
  {
    who: 'woman of 35 with a mild disability',
    facts: { who: 'self', age: 35, disability: 'yes', 'disability-level': 'mild', household: 'neither' },
    likely: [],
  },
  {
    who: 'man of 40 whose disability was never assessed',
    facts: { who: 'family', age: 40, disability: 'yes', 'disability-level': 'unassessed', household: 'neither' },
    likely: [],
    possible: ['disability'],
  },
  {
    who: 'man of 50 unsure whether his condition counts as a disability',
    facts: { who: 'self', age: 50, disability: 'unknown', household: 'neither' },
    likely: [],
    possible: ['disability'],
    asks: ['who', 'age', 'disability', 'household'],
  },
  {
    who: 'student of 19 whose father died and mother is in prison',
    facts: {
      who: 'self',
      age: 19,
      disability: 'no',
      caregiver: 'orphan-one-absent',
      studying: 'yes',
      household: 'neither',
    },
    likely: ['young-adult-studying'],
  },
  {
    who: 'orphan of 19 who left school to work',
    facts: { who: 'self', age: 19, disability: 'no', caregiver: 'orphan-both', studying: 'no', household: 'neither' },
    likely: [],
  },
  {
    who: 'single mother of 28 in a poor household',
    facts: { who: 'self', age: 28, disability: 'no', household: 'poor', 'single-parent': 'yes', hiv: 'no' },
    likely: ['single-parent'],
    amounts: { 'single-parent': 500_000 },
  },
  {
    who: 'single father of 33 in a near-poor household',
    facts: { who: 'self', age: 33, disability: 'no', household: 'near-poor', 'single-parent': 'yes' },
    likely: ['single-parent'],
  },
  {
    who: 'single mother of 28, household not poor',
    facts: { who: 'self', age: 28, disability: 'no', household: 'neither' },
    likely: [],
  },
  {
    who: 'man of 45 living with HIV in a poor household',
    facts: { who: 'self', age: 45, disability: 'no', household: 'poor', 'single-parent': 'no', hiv: 'yes' },
    likely: ['adult-hiv'],
    amounts: { 'adult-hiv': 750_000 },
  },
  {
    who: 'man of 45 in a poor household who skips the HIV question',
    facts: { who: 'self', age: 45, disability: 'no', household: 'poor', 'single-parent': 'no', hiv: 'skip' },
    likely: [],
    possible: ['adult-hiv'],
  },
  {
    who: 'woman of 80 with an extremely severe disability, poor, alone, no pension',
    facts: {
      who: 'family',
      age: 80,
      disability: 'yes',
      'disability-level': 'extreme',
      household: 'poor',
      'single-parent': 'no',
      hiv: 'no',
      support: 'none',
      pension: 'none',
    },
    likely: ['elderly-poor-no-support', 'disability', 'social-pension'],
    amounts: { 'elderly-poor-no-support': 1_000_000, disability: 1_250_000, 'social-pension': 500_000 },
  },
  {
    who: 'mother of 50 who skips the household question and raises her children alone',
    facts: { who: 'self', age: 50, disability: 'no', household: 'unknown', 'single-parent': 'yes', hiv: 'no' },
    likely: [],
    possible: ['single-parent'],
  },
  {
    who: 'man of 90 with a small pension below the social pension',
    facts: { who: 'family', age: 90, disability: 'no', household: 'neither', pension: 'low' },
    likely: ['social-pension'],
  },
  {
    who: 'woman of 30 with no difficulty at all',
    facts: { who: 'self', age: 30, disability: 'no', household: 'neither' },
    likely: [],
    asks: ['who', 'age', 'disability', 'household'],
  },
  {
    who: 'orphan of 14 with a severe disability',
    facts: {
      who: 'other',
      age: 14,
      disability: 'yes',
      'disability-level': 'severe',
      caregiver: 'orphan-both',
      household: 'neither',
    },
    likely: ['child-no-caregiver', 'disability'],
    amounts: { 'child-no-caregiver': 750_000, disability: 1_000_000 },
  },
  {
    who: 'man of 77, near-poor, no supporter, with a pension',
    facts: { who: 'self', age: 77, disability: 'no', household: 'near-poor', 'single-parent': 'no', pension: 'yes' },
    likely: [],
  },
];

function toAnswer(value: string | number): Answer {
  return typeof value === 'number'
    ? { kind: 'number', min: value, max: value, option: null }
    : { kind: 'choice', value };
}

/** Answers the questions the check asks, in its order, from the person's facts. */
function runCheck(rules: EligibilityRules, person: Person): { asked: string[]; answers: Record<string, Answer> } {
  const answers: Record<string, Answer> = {};
  const asked: string[] = [];
  for (let question = nextQuestion(rules, answers); question; question = nextQuestion(rules, answers)) {
    const value = person.facts[question.id];
    if (value === undefined)
      throw new Error(`${person.who}: the check asked "${question.id}", which this person's facts do not cover`);
    asked.push(question.id);
    answers[question.id] = toAnswer(value);
    if (asked.length > rules.questions.length) throw new Error('the check asked more questions than exist');
  }
  return { asked, answers };
}

describe('eligibility rules on a table of people', () => {
  const rules = realKnowledge().eligibility as EligibilityRules;

  it('has at least 25 people', () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(25);
  });

  for (const person of PEOPLE) {
    it(person.who, () => {
      const { asked, answers } = runCheck(rules, person);
      const result = evaluateAnswers(rules, answers);
      expect(result.likely.map((r) => r.category.id).sort()).toEqual([...person.likely].sort());
      expect(result.possible.map((r) => r.category.id).sort()).toEqual([...(person.possible ?? [])].sort());
      for (const [id, amount] of Object.entries(person.amounts ?? {})) {
        const found = result.likely.find((r) => r.category.id === id);
        expect(found?.amount, id).toMatchObject({ min: amount, max: amount });
      }
      if (person.asks) expect(asked).toEqual(person.asks);
      // Every fact the check used came from the person, none was invented.
      for (const r of [...result.likely, ...result.possible]) {
        for (const fact of r.facts) expect(person.facts[fact.question.id], fact.question.id).toBeDefined();
      }
    });
  }

  it('gives a range when the age straddles a coefficient bound, naming what would narrow it', () => {
    const answers: Record<string, Answer> = {
      who: toAnswer('family'),
      age: { kind: 'number', min: 3, max: 15, option: '3-15' },
      disability: toAnswer('no'),
      caregiver: toAnswer('orphan-both'),
      household: toAnswer('neither'),
    };
    const [child] = evaluateAnswers(rules, answers).likely;
    expect(child?.category.id).toBe('child-no-caregiver');
    expect(child?.amount).toMatchObject({ min: 750_000, max: 1_250_000, coefficient: null });
    expect(child?.amount?.unclear.map((q) => q.id)).toEqual(['age']);
  });

  it('asks about the disability level only after a "yes" to disability', () => {
    const answers: Record<string, Answer> = { who: toAnswer('self'), age: toAnswer(30) };
    expect(nextQuestion(rules, answers)?.id).toBe('disability');
    expect(nextQuestion(rules, { ...answers, disability: toAnswer('yes') })?.id).toBe('disability-level');
    expect(nextQuestion(rules, { ...answers, disability: toAnswer('no') })?.id).toBe('household');
    expect(nextQuestion(rules, { ...answers, disability: toAnswer('unknown') })?.id).toBe('household');
  });
});
