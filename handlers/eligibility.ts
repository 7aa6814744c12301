/**
 * The guided eligibility check (/kiemtra): one question at a time, only the
 * questions earlier answers make relevant, then the likely categories with
 * reasons, amounts, papers and where to apply. Answers live in the session
 * store while the check runs and are deleted when it ends, stops or lapses.
 * A resident who asks something else mid-check gets the normal answer and a
 * button to carry on.
 */
import type { Reply } from '../src/core/message.ts';
import { evaluateAnswers, nextQuestion, subjectOf, type Answer } from '../src/eligibility/evaluate.ts';
import { parseAnswer, questionsNamed, type ParseContext } from '../src/eligibility/parse-answer.ts';
import type { EligibilityRules, Option, Question } from '../src/eligibility/rules.ts';
import type { AnswerResult } from '../src/nlp/engine.ts';
import {
  BACK_NUMBER,
  isBareYesOrNo,
  isStopOrYes,
  readTypedChoice,
  STOP_NUMBER,
  type OfferedChoice,
} from '../src/nlp/typed-choice.ts';
import { handleQuestion } from './ask.ts';
import type { HandlerContext } from './context.ts';
import type { CheckAction } from '../src/core/payload.ts';
import { continueReply, notedReply, questionReply, restartButtons, resultReplies } from './eligibility/render.ts';
import { deleteSession, loadSession, newSession, saveSession, type CheckSession } from './eligibility/session.ts';
import { menuReply } from './replies.ts';

/** Asks the next relevant question, or shows the result (and deletes the answers) when none is left. */
async function showNext(
  ctx: HandlerContext,
  rules: EligibilityRules,
  session: CheckSession,
  before: Reply[] = [],
): Promise<Reply[]> {
  const question = nextQuestion(rules, session.answers);
  if (question) {
    await saveSession(ctx, session);
    // Answers kept ahead for later questions ("không có lương hưu" typed early) do not count in "Câu n".
    const asked = session.history.filter((id) => (rules.questionById.get(id)?.index ?? 0) < question.index).length;
    return [...before, questionReply(rules, question, asked + 1, subjectOf(rules, session.answers))];
  }
  await deleteSession(ctx);
  return [...before, ...resultReplies(ctx.kb, rules, evaluateAnswers(rules, session.answers))];
}

function record(session: CheckSession, question: Question, answer: Answer): void {
  session.answers[question.id] = answer;
  session.history.push(question.id);
}

/** The check is unavailable (a knowledge snapshot built without eligibility.yaml). */
function unavailable(ctx: HandlerContext, text: string): Reply[] {
  return [{ text }, menuReply(ctx.kb)];
}

function expired(ctx: HandlerContext, rules: EligibilityRules): Reply[] {
  return [{ text: rules.texts.expired, buttons: restartButtons(ctx.kb, rules) }];
}

/** Starts a check from the beginning (/kiemtra, the menu button, "Kiểm tra lại"). */
export async function startCheck(ctx: HandlerContext): Promise<Reply[]> {
  const rules = ctx.kb.eligibility;
  if (!rules) return unavailable(ctx, ctx.kb.ui.unknown_command);
  return showNext(ctx, rules, newSession(), [{ text: rules.texts.intro }]);
}

/** A check button ("k:…"): an answer, back, stop, continue or start. */
export async function handleCheckButton(ctx: HandlerContext, action: CheckAction | undefined): Promise<Reply[]> {
  const rules = ctx.kb.eligibility;
  if (!rules || !action) return unavailable(ctx, ctx.kb.ui.unknown_button);
  if (action.kind === 'start') return startCheck(ctx);

  const session = await loadSession(ctx, rules);
  if (action.kind === 'stop') {
    await deleteSession(ctx);
    return [{ text: rules.texts.stopped, buttons: restartButtons(ctx.kb, rules) }];
  }
  if (!session) return expired(ctx, rules);
  switch (action.kind) {
    case 'continue':
      return showNext(ctx, rules, session);
    case 'back': {
      const last = session.history.pop();
      if (last !== undefined) delete session.answers[last];
      return showNext(ctx, rules, session);
    }
    case 'answer': {
      const question = nextQuestion(rules, session.answers);
      const option =
        question?.id === action.question ? question.options.find((o) => o.value === action.value) : undefined;
      // A button from an earlier message: say so and ask the current question again.
      if (!question || !option) return showNext(ctx, rules, session, [{ text: rules.texts.stale_choice }]);
      const answer: Answer =
        question.kind === 'number' && option.min !== undefined && option.max !== undefined
          ? { kind: 'number', min: option.min, max: option.max, option: option.value }
          : { kind: 'choice', value: option.value };
      record(session, question, answer);
      return showNext(ctx, rules, session);
    }
  }
}

/**
 * Typed text that raised no safeguarding concern (the router checks that
 * first): while a check runs, a message that answers the current question is
 * taken as the answer; anything else goes to the answer engine's decision,
 * followed by a button to carry on with the check.
 */
export async function handleTextWithCheck(ctx: HandlerContext, text: string, result: AnswerResult): Promise<Reply[]> {
  const rules = ctx.kb.eligibility;
  const session = rules ? await loadSession(ctx, rules) : undefined;
  if (!rules || !session) return handleQuestion(ctx, result);
  const question = nextQuestion(rules, session.answers);
  if (!question) {
    await deleteSession(ctx);
    return handleQuestion(ctx, result);
  }
  // "dung": "dừng" or "đúng"? Stopping and answering "có" both change the result, so ask again.
  if (isStopOrYes(text)) return showNext(ctx, rules, session, [{ text: rules.texts.stop_or_yes }]);
  const step = readTypedStep(rules, question, text);
  if (step === 'back' || step === 'stop') return handleCheckButton(ctx, { kind: step });
  if (step === 'continue') return showNext(ctx, rules, session);
  const context: ParseContext = { rules, lexicon: ctx.kb.lexicon, year: ctx.now().getFullYear() };
  const other = answerForAnother(rules, question, session, text, context);
  if (other) {
    record(session, other.question, other.answer);
    return showNext(ctx, rules, session, [notedReply(rules, other.question, other.answer)]);
  }
  const answer = parseAnswer(question, text, context) ?? typedOption(rules, question, text);
  if (answer) {
    record(session, question, answer);
    return showNext(ctx, rules, session);
  }
  // "có" to "hộ nghèo hay cận nghèo?": an attempt to answer that fits no option. Asking again keeps the person in
  // the check (on Zalo Bot, without buttons, a fallback here left them with nothing to type).
  if (isBareYesOrNo(text)) return showNext(ctx, rules, session, [{ text: rules.texts.pick_an_option }]);
  // Any message counts as activity, so the check does not lapse while the person asks around.
  await saveSession(ctx, session);
  return [...handleQuestion(ctx, result), continueReply(rules, session.history.length)];
}

/**
 * A reply that names another unanswered question's subject, and not the
 * current one's, and answers it ("không có lương hưu" while disability is
 * asked): kept for that question, instead of read as "Không" here.
 */
function answerForAnother(
  rules: EligibilityRules,
  current: Question,
  session: CheckSession,
  text: string,
  context: ParseContext,
): { question: Question; answer: Answer } | undefined {
  const named = questionsNamed(rules.questions, text, context.lexicon);
  if (named.has(current)) return undefined;
  for (const question of named) {
    if (session.answers[question.id]) continue;
    const answer = parseAnswer(question, text, context);
    if (answer) return { question, answer };
  }
  return undefined;
}

/** Back and stop as the buttons read and are numbered on every screen. */
function stepChoices(rules: EligibilityRules): OfferedChoice[] {
  return [
    { label: rules.texts.back_button, role: 'back', number: BACK_NUMBER },
    { label: rules.texts.stop_button, role: 'stop', number: STOP_NUMBER },
  ];
}

/** "Tiếp tục kiểm tra" typed after a question asked mid-check; words only, its number changes with the screen. */
const CONTINUE_WORDS = ['tiếp tục', 'tiếp', 'làm tiếp', 'kiểm tra tiếp', 'tiếp tục kiểm tra', 'hỏi tiếp'];

/**
 * "quay lai", "dừng", "thôi", "tiếp tục", or back/stop's number: checked
 * before the answer, so stopping is never read as "không". On the age
 * question a number is the age, so only words count there.
 */
function readTypedStep(
  rules: EligibilityRules,
  question: Question,
  text: string,
): 'back' | 'stop' | 'continue' | undefined {
  const choices: OfferedChoice[] = [
    ...stepChoices(rules),
    { label: rules.texts.continue_button, synonyms: CONTINUE_WORDS, number: -1 },
  ];
  const [picked] = readTypedChoice(text, choices, { numbers: question.kind !== 'number' }) ?? [];
  return picked === undefined ? undefined : (['back', 'stop', 'continue'] as const)[picked];
}

/** An option picked by number ("2", "số 2"), a yes/no word ("ừ", "ok"), or its label with a typo. */
function typedOption(rules: EligibilityRules, question: Question, text: string): Answer | undefined {
  const choices: OfferedChoice[] = [...question.options.map((o) => ({ label: o.label })), ...stepChoices(rules)];
  const [picked] = readTypedChoice(text, choices, { numbers: question.kind !== 'number' }) ?? [];
  const option: Option | undefined = picked === undefined ? undefined : question.options[picked];
  if (!option) return undefined;
  return option.min !== undefined && option.max !== undefined
    ? { kind: 'number', min: option.min, max: option.max, option: option.value }
    : { kind: 'choice', value: option.value };
}

/** Deletes a check in progress (/xoadulieu); says so only when there was one. */
export async function forgetCheck(ctx: HandlerContext): Promise<Reply[]> {
  const rules = ctx.kb.eligibility;
  const deleted = await deleteSession(ctx);
  return deleted && rules ? [{ text: rules.texts.deleted }] : [];
}
