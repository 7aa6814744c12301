/**
 * What the eligibility check says: one question with its buttons, and the
 * result (categories with reasons and amounts, papers, where to apply, the
 * hotline). Every sentence comes from eligibility.yaml.
 */
import type { CompiledKnowledge } from '../../src/knowledge.ts';
import type { Button, Reply } from '../../src/core/message.ts';
import { actionButton } from '../../src/core/message.ts';
import { fill } from '../../src/kb/template.ts';
import {
  chosenOption,
  type AmountResult,
  type Answer,
  type CategoryResult,
  type CheckResult,
} from '../../src/eligibility/evaluate.ts';
import type { EligibilityRules, Question } from '../../src/eligibility/rules.ts';
import { headlineOf } from '../../src/eligibility/headline.ts';
import { entryButtons, hotlineButton, menuButton } from '../replies.ts';
import { buttonPayload } from '../../src/core/payload.ts';

/**
 * Longest text of one reply. Zalo allows 2,000 characters and Telegram 4,096;
 * a result longer than this is split between categories, never inside one.
 */
const MAX_REPLY_CHARS = 1800;

const money = new Intl.NumberFormat('vi-VN');
const coefficientFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** Fills a sentence and starts it with a capital, since "{nguoi}" often opens it ("bạn" → "Bạn"). */
function say(template: string, vars: Record<string, string | number> = {}): string {
  const text = fill(template, vars);
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** "2024-07-01" → "1/7/2024", as dates are written in Vietnamese. */
function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/** The buttons every step offers: back and stop. */
function stepButtons(rules: EligibilityRules): Button[] {
  return [
    actionButton(rules.texts.back_button, buttonPayload.check.back),
    actionButton(rules.texts.stop_button, buttonPayload.check.stop),
  ];
}

/** One question: its number, text, hint, a note when it is private, its options, back and stop. */
export function questionReply(rules: EligibilityRules, question: Question, number: number, subject: string): Reply {
  const lines = [`${fill(rules.texts.question_number, { n: number })} ${say(question.text, { nguoi: subject })}`];
  if (question.hint) lines.push(say(question.hint, { nguoi: subject }));
  if (question.sensitive) lines.push(rules.texts.sensitive_note);
  const buttons = question.options.map((o) => actionButton(o.label, buttonPayload.check.answer(question.id, o.value)));
  return {
    text: lines.join('\n'),
    buttons: [...buttons, ...stepButtons(rules)],
    ...(question.kind === 'number' ? { asksNumber: true } : {}),
  };
}

/** Offered after an ordinary answer given mid-check. */
export function continueReply(rules: EligibilityRules, answered: number): Reply {
  return {
    text: fill(rules.texts.continue_prompt, { answered }),
    buttons: [
      actionButton(rules.texts.continue_button, buttonPayload.check.continue),
      actionButton(rules.texts.stop_button, buttonPayload.check.stop),
    ],
  };
}

/** Start again, the topic menu, the hotline. */
export function restartButtons(kb: CompiledKnowledge, rules: EligibilityRules): Button[] {
  return [actionButton(rules.texts.restart_button, buttonPayload.check.start), menuButton(kb), hotlineButton(kb)];
}

/** "Mình đã ghi lại phần lương hưu…: không có lương hưu…": a reply kept for a later question. */
export function notedReply(rules: EligibilityRules, question: Question, answer: Answer): Reply {
  return {
    text: fill(rules.texts.noted_other, { topic: question.topic, answer: answerPhrase(rules, question, answer) }),
  };
}

/** How one answer reads in "Vì: …". */
function answerPhrase(rules: EligibilityRules, question: Question, answer: Answer): string {
  const option = chosenOption(question, answer);
  if (option) return option.phrase;
  if (answer.kind !== 'number') return '';
  const unit = question.unit ?? '';
  if (answer.min === answer.max) return fill(rules.texts.number_exact, { n: answer.min, unit });
  if (answer.max >= (question.max ?? Infinity)) return fill(rules.texts.number_at_least, { n: answer.min, unit });
  if (answer.min <= (question.min ?? -Infinity)) return fill(rules.texts.number_below, { n: answer.max + 1, unit });
  return fill(rules.texts.number_between, { min: answer.min, max: answer.max, unit });
}

function topics(questions: readonly Question[]): string {
  return questions.map((q) => q.topic).join(', ');
}

function amountLine(rules: EligibilityRules, result: CategoryResult, amount: AmountResult): string {
  const per = result.category.per ? ` ${result.category.per}` : '';
  if (amount.min === amount.max) {
    if (amount.fixed) return fill(rules.texts.amount_fixed, { amount: money.format(amount.min), per });
    const coefficient = amount.coefficient ?? amount.min / rules.baseLevel.amount;
    return fill(rules.texts.amount_exact, {
      base: money.format(rules.baseLevel.amount),
      coefficient: coefficientFormat.format(coefficient),
      amount: money.format(amount.min),
      per,
    });
  }
  return fill(rules.texts.amount_range, {
    min: money.format(amount.min),
    max: money.format(amount.max),
    per,
    topics: topics(amount.unclear),
  });
}

/** One category: title, the reason from the person's answers, what is unclear, amount, caveats, legal basis. */
function categoryBlock(rules: EligibilityRules, result: CategoryResult): string {
  const { category } = result;
  const lines = [`${result.truth === 'yes' ? '✅' : '❔'} ${category.title}`];
  const facts = result.facts.map((f) => answerPhrase(rules, f.question, f.answer)).filter((p) => p !== '');
  if (facts.length > 0) lines.push(fill(rules.texts.reason, { facts: facts.join(', ') }));
  if (result.unclear.length > 0) lines.push(fill(rules.texts.unclear, { topics: topics(result.unclear) }));
  if (result.amount) lines.push(amountLine(rules, result, result.amount));
  if (result.careSupport)
    lines.push(fill(result.careSupport.text, { amount: money.format(result.careSupport.amount) }));
  if (category.also_requires) lines.push(fill(rules.texts.also_requires, { text: category.also_requires }));
  if (category.note) lines.push(category.note);
  if (category.verify || result.amount?.verify || result.careSupport?.verify) lines.push(rules.texts.verify);
  lines.push(fill(rules.texts.source, { source: category.source }));
  return lines.join('\n');
}

/** "500.000", or "từ 750.000 đến 1.000.000" when the answers leave a range. */
function amountText(rules: EligibilityRules, min: number, max: number): string {
  return min === max
    ? money.format(min)
    : fill(rules.texts.headline_range, { min: money.format(min), max: money.format(max) });
}

/** "Dự kiến nhận: X đồng/tháng" and, when several categories meet, one line on which amount counts. */
function headlineLines(rules: EligibilityRules, result: CheckResult): string[] {
  const headline = headlineOf(result);
  if (!headline?.highest) return [];
  const { texts } = rules;
  const { highest, combined } = headline;
  let amount = amountText(rules, headline.min, headline.max);
  let per = highest.category.per;
  if (combined.length > 0) {
    const extraMin = combined.reduce((sum, r) => sum + (r.amount?.min ?? 0), 0);
    const extraMax = combined.reduce((sum, r) => sum + (r.amount?.max ?? 0), 0);
    amount = fill(texts.headline_plus, { amount, extra: amountText(rules, extraMin, extraMax) });
    per = combined.find((r) => r.category.per)?.category.per;
  }
  const lead = headline.likely ? texts.headline : texts.headline_possible;
  const lines = [fill(lead, { amount, per: per ? ` ${per}` : '' })];
  if (combined.length > 0) {
    const titles = combined.map((r) => r.category.title).join(', ');
    lines.push(fill(texts.headline_combined, { combined: titles, title: highest.category.title }));
  } else if (headline.setAside.length > 0) {
    lines.push(fill(texts.headline_highest, { title: highest.category.title }));
  }
  return lines;
}

/** Papers in order, without one that a longer line already names ("Căn cước …" and "Căn cước … (trẻ em thì …)"). */
function distinctPapers(papers: readonly string[]): string[] {
  const unique = [...new Set(papers)];
  return unique.filter((paper) => !unique.some((other) => other !== paper && other.startsWith(paper)));
}

/** Packs paragraphs into as few replies as fit the length limit. */
function pack(blocks: readonly string[]): string[] {
  const texts: string[] = [];
  let current = '';
  for (const block of blocks) {
    if (current !== '' && current.length + block.length + 2 > MAX_REPLY_CHARS) {
      texts.push(current);
      current = '';
    }
    current = current === '' ? block : `${current}\n\n${block}`;
  }
  if (current !== '') texts.push(current);
  return texts;
}

function uniqueEntries(kb: CompiledKnowledge, ids: ReadonlyArray<string | undefined>): Button[] {
  return entryButtons(kb, [...new Set(ids.filter((id): id is string => id !== undefined))]);
}

/** The result of a finished check, as replies; the last carries the buttons. */
export function resultReplies(kb: CompiledKnowledge, rules: EligibilityRules, result: CheckResult): Reply[] {
  const { texts } = rules;
  const nguoi = result.subject;
  const found = [...result.likely, ...result.possible];
  const notes = result.notes.map((n) => `• ${say(n.text, { nguoi })}`);
  const noteEntries = result.notes.map((n) => n.entry);

  if (found.length === 0) {
    const blocks = [say(texts.no_match, { nguoi })];
    if (notes.length > 0) blocks.push([texts.notes_heading, ...notes].join('\n'));
    const buttons = [...uniqueEntries(kb, [...noteEntries, ...rules.noMatchEntries]), ...restartButtons(kb, rules)];
    return withButtons(pack(blocks), buttons);
  }

  const headline = headlineLines(rules, result);
  const blocks = [[say(texts.result_title, { nguoi }), ...headline].join('\n')];
  if (result.likely.length > 0) {
    blocks.push(say(texts.likely_heading, { nguoi }));
    blocks.push(...result.likely.map((r) => categoryBlock(rules, r)));
  }
  if (result.possible.length > 0) {
    blocks.push(say(texts.possible_heading, { nguoi }));
    blocks.push(...result.possible.map((r) => categoryBlock(rules, r)));
  }
  const general: string[] = [];
  if (found.length > 1) general.push(texts.highest_only);
  if (found.some((r) => r.amount && !r.amount.fixed)) {
    const base = rules.baseLevel;
    const line = fill(texts.base_level, {
      base: money.format(base.amount),
      since: vietnameseDate(base.since),
      source: base.source,
    });
    general.push(base.verify ? `${line} ${texts.base_level_verify}` : line);
    if (base.reported) general.push(fill(texts.base_level_reported, { levels: base.reported }));
  }
  if (found.some((r) => r.amount)) general.push(texts.amount_confirm);
  if (general.length > 0) blocks.push(general.join('\n'));

  // Papers and links follow the likely categories; "possible" ones (often a skipped private question)
  // only lead when nothing is likely, so nobody is told to bring an HIV certificate they never mentioned.
  const leading = result.likely.length > 0 ? result.likely : result.possible;
  const papers = distinctPapers(leading.flatMap((r) => r.category.papers)).map((p) => `• ${p}`);
  const steps = [texts.next_steps_title, texts.papers, ...papers, '', say(texts.apply, { nguoi }), texts.hotline];
  if (notes.length > 0) steps.push('', texts.notes_heading, ...notes);
  steps.push('', texts.disclaimer);

  const buttons = [
    ...uniqueEntries(kb, [...rules.resultEntries, ...leading.map((r) => r.category.see_entry), ...noteEntries]),
    ...restartButtons(kb, rules),
  ];
  return [...pack(blocks).map((text) => ({ text })), ...withButtons([steps.join('\n')], buttons)];
}

function withButtons(texts: readonly string[], buttons: Button[]): Reply[] {
  return texts.map((text, i) => (i === texts.length - 1 ? { text, buttons } : { text }));
}
