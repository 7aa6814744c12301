/**
 * Runs the eligibility rules on a person's answers. Logic is three-valued: a
 * condition is "yes", "no", or "unknown" (not asked yet, skipped, "không
 * biết", or an age range that straddles a bound). A category is likely when
 * every condition holds, possible when none fails but some are unknown.
 * The same logic decides which question is worth asking next.
 */
import type { Category, EligibilityRules, Option, Question } from './rules.ts';
import type { Condition } from '../kb/eligibility-schema.ts';

/** One answer: an option chosen, or a number range (an exact age is a range of one). */
export type Answer =
  | { kind: 'choice'; value: string }
  | { kind: 'number'; min: number; max: number; option: string | null };

/** Answers by question id. */
export type Answers = Readonly<Record<string, Answer>>;

/** Three-valued truth. */
type Truth = 'yes' | 'no' | 'unknown';

/** The option an answer picked, if it picked one that still exists. */
export function chosenOption(question: Question, answer: Answer): Option | undefined {
  const value = answer.kind === 'choice' ? answer.value : answer.option;
  return value === null ? undefined : question.options.find((o) => o.value === value);
}

/** Whether an answer still fits the current rules (staff may edit them mid-check). */
export function isValidAnswer(question: Question, answer: Answer): boolean {
  if (question.kind === 'choice') return answer.kind === 'choice' && chosenOption(question, answer) !== undefined;
  if (answer.kind === 'choice') return chosenOption(question, answer)?.unknown === true;
  return (
    answer.min <= answer.max && (question.min ?? -Infinity) <= answer.min && answer.max <= (question.max ?? Infinity)
  );
}

/** The truth of one condition given the answers so far. */
function conditionTruth(rules: EligibilityRules, condition: Condition, answers: Answers): Truth {
  const question = rules.questionById.get(condition.question);
  const answer = answers[condition.question];
  if (!question || !answer) return 'unknown';
  if (condition.in) {
    if (answer.kind !== 'choice') return 'unknown';
    const option = chosenOption(question, answer);
    if (!option || option.unknown) return 'unknown';
    return condition.in.includes(option.value) ? 'yes' : 'no';
  }
  if (answer.kind !== 'number') return 'unknown';
  const low = condition.min ?? -Infinity;
  const high = condition.max ?? Infinity;
  if (answer.min >= low && answer.max <= high) return 'yes';
  if (answer.max < low || answer.min > high) return 'no';
  return 'unknown';
}

/** All conditions together: any "no" wins, then any "unknown". */
function allTruth(rules: EligibilityRules, conditions: readonly Condition[], answers: Answers): Truth {
  let result: Truth = 'yes';
  for (const condition of conditions) {
    const truth = conditionTruth(rules, condition, answers);
    if (truth === 'no') return 'no';
    if (truth === 'unknown') result = 'unknown';
  }
  return result;
}

function mentions(category: Category, questionId: string): boolean {
  return (
    category.when.some((c) => c.question === questionId) ||
    category.amounts.some((a) => a.when.some((c) => c.question === questionId))
  );
}

/**
 * Whether asking this question can still change the result: some category
 * that is not ruled out depends on it. A question no condition mentions at
 * all ("who is it for", which only shapes the wording) is always asked.
 */
function isRelevant(rules: EligibilityRules, question: Question, answers: Answers): boolean {
  const dependents = rules.categories.filter((c) => mentions(c, question.id));
  if (dependents.length === 0) return true;
  return dependents.some((c) => allTruth(rules, c.when, answers) !== 'no');
}

/** The next question to ask, in file order, or undefined when the check is done. */
export function nextQuestion(rules: EligibilityRules, answers: Answers): Question | undefined {
  for (const question of rules.questions) {
    if (answers[question.id]) continue;
    // ask_if looks only at earlier questions, so "unknown" here means "Không rõ" or not asked: skip, as staff asked.
    if (allTruth(rules, question.ask_if, answers) !== 'yes') continue;
    if (!isRelevant(rules, question, answers)) continue;
    return question;
  }
  return undefined;
}

/** The monthly amount a category gives, as far as the answers tell. */
export interface AmountResult {
  /** Lowest and highest amount in đồng among the rows that may apply. */
  min: number;
  max: number;
  /** The coefficient when exactly one base-level row applies. */
  coefficient: number | null;
  /** True when the amount is a fixed sum, not base level × coefficient. */
  fixed: boolean;
  /** Some figure in play was not confirmed against the legal text. */
  verify: boolean;
  /** Questions whose answers would narrow a range down. */
  unclear: Question[];
}

/** One category in the result. */
export interface CategoryResult {
  category: Category;
  truth: Exclude<Truth, 'no'>;
  /** The person's own answers that lead here, in question order. */
  facts: Array<{ question: Question; answer: Answer }>;
  /** Questions whose answers are still missing or unknown. */
  unclear: Question[];
  amount: AmountResult | undefined;
  /** The household's care support, when it applies or may apply. */
  careSupport: CareSupportResult | undefined;
}

/** The care support a household receives besides the person's allowance. */
interface CareSupportResult {
  amount: number;
  truth: Exclude<Truth, 'no'>;
  /** The sentence from eligibility.yaml, with `{amount}` still to fill. */
  text: string;
  verify: boolean;
}

/** A remark attached to an option the person chose. */
interface ResultNote {
  text: string;
  entry: string | undefined;
}

/** The outcome of a finished (or partial) check. */
export interface CheckResult {
  likely: CategoryResult[];
  possible: CategoryResult[];
  notes: ResultNote[];
  /** How the person is referred to, from the "who" answer. */
  subject: string;
}

function questionsOf(rules: EligibilityRules, conditions: readonly Condition[]): Question[] {
  const ids = new Set(conditions.map((c) => c.question));
  return rules.questions.filter((q) => ids.has(q.id));
}

function unclearQuestions(rules: EligibilityRules, conditions: readonly Condition[], answers: Answers): Question[] {
  const ids = new Set(conditions.filter((c) => conditionTruth(rules, c, answers) === 'unknown').map((c) => c.question));
  return rules.questions.filter((q) => ids.has(q.id));
}

/** The values an answer may stand for: itself when definite, else every definite alternative. */
function alternatives(question: Question, conditions: readonly Condition[], answers: Answers): Answer[] {
  const answer = answers[question.id];
  if (question.kind === 'choice') {
    const option = answer ? chosenOption(question, answer) : undefined;
    if (answer && option && !option.unknown) return [answer];
    return question.options.filter((o) => !o.unknown).map((o) => ({ kind: 'choice', value: o.value }));
  }
  const low = answer?.kind === 'number' ? answer.min : (question.min ?? 0);
  const high = answer?.kind === 'number' ? answer.max : (question.max ?? low);
  // One representative number per stretch between the bounds the conditions use.
  const cuts = new Set([low]);
  for (const c of conditions) {
    if (c.question !== question.id) continue;
    if (c.min !== undefined && c.min > low && c.min <= high) cuts.add(c.min);
    if (c.max !== undefined && c.max + 1 > low && c.max + 1 <= high) cuts.add(c.max + 1);
  }
  return [...cuts].map((n) => ({ kind: 'number', min: n, max: n, option: null }));
}

/** Every way the unknown answers could turn out, as far as these conditions can tell them apart. */
function possibleWorlds(rules: EligibilityRules, conditions: readonly Condition[], answers: Answers): Answers[] {
  let worlds: Answers[] = [answers];
  for (const question of questionsOf(rules, conditions)) {
    const choices = alternatives(question, conditions, answers);
    worlds = worlds.flatMap((world) => choices.map((answer) => ({ ...world, [question.id]: answer })));
  }
  return worlds;
}

/**
 * The amount table read in every way the unknown answers could turn out
 * where the category still holds: the first row that holds decides, so a
 * row that can never be reached (an older person's "severe" row behind the
 * age-specific one) never widens the range.
 */
function categoryAmount(rules: EligibilityRules, category: Category, answers: Answers): AmountResult | undefined {
  const conditions = [...category.when, ...category.amounts.flatMap((row) => row.when)];
  const chosen = new Set<Category['amounts'][number]>();
  for (const world of possibleWorlds(rules, conditions, answers)) {
    if (allTruth(rules, category.when, world) !== 'yes') continue;
    const row = category.amounts.find((r) => allTruth(rules, r.when, world) === 'yes');
    if (row) chosen.add(row);
  }
  const candidates = [...chosen];
  if (candidates.length === 0) return undefined;
  const values = candidates.map((row) => amountOf(rules, row));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const [only] = candidates;
  const single = candidates.length === 1 && only !== undefined;
  return {
    min,
    max,
    coefficient: single && only.coefficient !== undefined ? only.coefficient : null,
    fixed: candidates.every((row) => row.fixed !== undefined),
    // The base level's own flag is said once with the base level, not on every amount.
    verify: candidates.some((row) => row.verify),
    unclear:
      min === max
        ? []
        : unclearQuestions(
            rules,
            candidates.flatMap((row) => row.when),
            answers,
          ),
  };
}

/** One amount row in đồng. */
function amountOf(
  rules: EligibilityRules,
  row: { fixed?: number | undefined; coefficient?: number | undefined },
): number {
  return row.fixed ?? Math.round(rules.baseLevel.amount * (row.coefficient ?? 0));
}

/** The household's care support (Art. 20) when its conditions hold, or may hold, for this person. */
function careSupport(rules: EligibilityRules, category: Category, answers: Answers): CareSupportResult | undefined {
  const support = category.care_support;
  if (!support) return undefined;
  const truth = allTruth(rules, support.when, answers);
  if (truth === 'no') return undefined;
  return { amount: amountOf(rules, support), truth, text: support.text, verify: support.verify };
}

/** The result of a check: likely and possible categories, with reasons and amounts. */
export function evaluateAnswers(rules: EligibilityRules, answers: Answers): CheckResult {
  const likely: CategoryResult[] = [];
  const possible: CategoryResult[] = [];
  for (const category of rules.categories) {
    const truth = allTruth(rules, category.when, answers);
    if (truth === 'no') continue;
    const facts = questionsOf(rules, category.when).flatMap((question) => {
      const answer = answers[question.id];
      if (!answer) return [];
      const option = chosenOption(question, answer);
      return option?.unknown ? [] : [{ question, answer }];
    });
    const result: CategoryResult = {
      category,
      truth,
      facts,
      unclear: unclearQuestions(rules, category.when, answers),
      amount: categoryAmount(rules, category, answers),
      careSupport: careSupport(rules, category, answers),
    };
    (truth === 'yes' ? likely : possible).push(result);
  }
  const notes: ResultNote[] = [];
  for (const question of rules.questions) {
    const answer = answers[question.id];
    const option = answer ? chosenOption(question, answer) : undefined;
    if (option?.note) notes.push({ text: option.note, entry: option.see_entry });
  }
  return { likely, possible, notes, subject: subjectOf(rules, answers) };
}

/** How questions refer to the person: set by an answer such as "cho người thân", else the default. */
export function subjectOf(rules: EligibilityRules, answers: Answers): string {
  let subject = rules.texts.default_subject;
  for (const question of rules.questions) {
    const answer = answers[question.id];
    const option = answer ? chosenOption(question, answer) : undefined;
    if (option?.subject) subject = option.subject;
  }
  return subject;
}
