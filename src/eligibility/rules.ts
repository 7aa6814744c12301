/**
 * Cross-checks knowledge/eligibility.yaml beyond its schema (every condition
 * names a question that exists and a value that question offers, `ask_if`
 * looks only backwards, entries exist, placeholders are known) and compiles
 * it into the rules the check runs on. Problems are written for staff.
 */
import { figureInForce, type FigureContext, renderFigures, reportedLevels, unknownFigureKeys } from '../kb/figures.ts';
import type { KbProblem } from '../kb/problems.ts';
import type { Center } from '../kb/schema.ts';
import { otherPlaceholders, renderCenter, unknownCenterKeys } from '../kb/template.ts';
import { tokenize } from '../text/normalize.ts';
import type {
  AmountFile,
  CategoryFile,
  Condition,
  EligibilityFile,
  EligibilityTexts,
  OptionFile,
  QuestionFile,
} from '../kb/eligibility-schema.ts';

/** The file name problems are reported against. */
const ELIGIBILITY_FILE = 'eligibility.yaml';

/** An option ready to use: its phrase resolved. */
export interface Option extends OptionFile {
  /** How the answer reads in a reason ("thuộc hộ nghèo"). */
  phrase: string;
}

/** A question ready to use. */
export interface Question extends Omit<QuestionFile, 'options'> {
  /** Position in the file: questions are asked in this order. */
  index: number;
  options: Option[];
}

/** An amount row ready to use: a figure resolved to its amount or coefficient in force. */
interface AmountRow extends Omit<AmountFile, 'figure'> {
  /** The monthly amount in đồng when the row names an amount figure (e.g. the social pension). */
  fixed?: number;
}

/** The care support ready to use: its coefficient figure resolved to the level in force. */
interface CareSupport extends Omit<NonNullable<CategoryFile['care_support']>, 'figure' | 'coefficient'> {
  coefficient: number;
}

/** A category ready to use. */
export interface Category extends Omit<CategoryFile, 'amounts' | 'care_support'> {
  amounts: AmountRow[];
  care_support?: CareSupport;
}

/** The base level amounts are computed with: the last confirmed one in force (figures.yaml). */
interface BaseLevel {
  amount: number;
  /** YYYY-MM-DD it applies from. */
  since: string;
  /** Its legal basis (and "mức riêng của …" when it is the province's own). */
  source: string;
  /** True when it is unconfirmed, or newer unconfirmed levels were reported. */
  verify: boolean;
  /** Newer unconfirmed levels, as said to residents ("540.000 đ/tháng, áp dụng từ 1/7/2026 theo …"); empty when none. */
  reported: string;
}

/** The compiled rules of the eligibility check. */
export interface EligibilityRules {
  reviewed: string;
  baseLevel: BaseLevel;
  texts: EligibilityTexts;
  questions: readonly Question[];
  questionById: ReadonlyMap<string, Question>;
  categories: readonly Category[];
  /** Entries whose answer offers the check. */
  offerOn: ReadonlySet<string>;
  resultEntries: readonly string[];
  noMatchEntries: readonly string[];
  answerFillers: readonly string[];
  questionWords: readonly string[];
}

/** What the cross-checks need from the rest of the knowledge base. */
export interface EligibilityContext {
  /** The entry ids: a set, or the entries by id (only looked up). */
  entryIds: Pick<ReadonlySet<string>, 'has'>;
  center: Center;
  /** ui.yaml's sentence for an empty center fact. */
  missing: string;
  /** The figures in force on the day the rules are compiled for. */
  figures: FigureContext;
}

/** Placeholders each sentence of `texts` may use, besides `{center.…}`. */
const TEXT_PLACEHOLDERS: Record<keyof EligibilityTexts, readonly string[]> = {
  intro: [],
  default_subject: [],
  question_number: ['n'],
  sensitive_note: [],
  back_button: [],
  stop_button: [],
  continue_button: [],
  restart_button: [],
  continue_prompt: ['answered'],
  stale_choice: [],
  stop_or_yes: [],
  pick_an_option: [],
  noted_other: ['topic', 'answer'],
  stopped: [],
  expired: [],
  deleted: [],
  result_title: ['nguoi'],
  likely_heading: ['nguoi'],
  possible_heading: ['nguoi'],
  reason: ['facts'],
  unclear: ['topics'],
  amount_exact: ['base', 'coefficient', 'amount', 'per'],
  amount_fixed: ['amount', 'per'],
  amount_range: ['min', 'max', 'per', 'topics'],
  amount_confirm: [],
  verify: [],
  base_level: ['base', 'since', 'source'],
  base_level_verify: [],
  base_level_reported: ['levels'],
  source: ['source'],
  also_requires: ['text'],
  highest_only: [],
  headline: ['amount', 'per'],
  headline_possible: ['amount', 'per'],
  headline_range: ['min', 'max'],
  headline_plus: ['amount', 'extra'],
  headline_highest: ['title'],
  headline_combined: ['title', 'combined'],
  next_steps_title: [],
  papers: [],
  apply: ['nguoi'],
  hotline: [],
  disclaimer: [],
  no_match: ['nguoi'],
  notes_heading: [],
  number_exact: ['n', 'unit'],
  number_at_least: ['n', 'unit'],
  number_below: ['n', 'unit'],
  number_between: ['min', 'max', 'unit'],
};
/** Sentences about the person (questions, hints, notes) may name them. */
const PERSON_PLACEHOLDERS = ['nguoi'] as const;

/** The phrase of an option without its own: the label, leading emoji dropped, first letter in lower case. */
function defaultPhrase(label: string): string {
  const plain = label.replace(/^[^\p{L}\p{N}]+/u, '');
  return plain.charAt(0).toLocaleLowerCase('vi') + plain.slice(1);
}

/** Folded form of a phrase, to spot the same synonym under two options. */
function foldedPhrase(phrase: string): string {
  return tokenize(phrase, 200)
    .map((t) => t.folded)
    .join(' ');
}

/**
 * Checks the parsed file against itself and the knowledge base, pushing
 * every problem found; returns the compiled rules (meaningful only when no
 * problem was pushed).
 */
export function compileEligibility(
  file: EligibilityFile,
  context: EligibilityContext,
  problems: KbProblem[],
): EligibilityRules {
  const report = (field: string, message: string): void => {
    problems.push({ file: ELIGIBILITY_FILE, field, message });
  };
  const render = (text: string): string =>
    renderCenter(renderFigures(text, context.figures), context.center, context.missing);

  checkPlaceholders(file, context, report);

  const questionById = new Map<string, QuestionFile & { index: number }>();
  file.questions.forEach((question, index) => {
    if (questionById.has(question.id))
      report(`questions › ${question.id}`, 'mã câu hỏi bị trùng; mỗi câu hỏi cần một mã riêng.');
    else questionById.set(question.id, { ...question, index });
  });

  for (const [index, question] of file.questions.entries()) {
    checkQuestion(question, `questions › ${question.id}`, report);
    question.ask_if.forEach((condition, i) => {
      const where = `questions › ${question.id} › ask_if › điều kiện thứ ${i + 1}`;
      checkCondition(condition, where, questionById, report);
      const asked = questionById.get(condition.question);
      if (asked && asked.index >= index) {
        report(
          where,
          `câu "${condition.question}" được hỏi sau câu này nên lúc đó chưa có câu trả lời; hãy đặt câu "${condition.question}" lên trước, hoặc bỏ điều kiện.`,
        );
      }
    });
  }

  const categoryIds = new Set<string>();
  for (const category of file.categories) {
    const where = `categories › ${category.id}`;
    if (categoryIds.has(category.id)) report(where, 'mã diện hưởng bị trùng; mỗi diện cần một mã riêng.');
    categoryIds.add(category.id);
    category.when.forEach((c, i) =>
      checkCondition(c, `${where} › when › điều kiện thứ ${i + 1}`, questionById, report),
    );
    category.amounts.forEach((amount, row) => {
      amount.when.forEach((c, i) =>
        checkCondition(c, `${where} › amounts › dòng ${row + 1} › điều kiện thứ ${i + 1}`, questionById, report),
      );
    });
    category.care_support?.when.forEach((c, i) =>
      checkCondition(c, `${where} › care_support › when › điều kiện thứ ${i + 1}`, questionById, report),
    );
    if (category.see_entry) checkEntry(category.see_entry, `${where} › see_entry`, context, report);
  }
  for (const category of file.categories) {
    for (const id of category.combines_with) {
      if (!categoryIds.has(id) || id === category.id)
        report(`categories › ${category.id} › combines_with`, `không có diện hưởng khác mang mã "${id}".`);
    }
  }

  for (const [field, ids] of [
    ['offer_on_entries', file.offer_on_entries],
    ['result_entries', file.result_entries],
    ['no_match_entries', file.no_match_entries],
  ] as const) {
    for (const id of ids) checkEntry(id, field, context, report);
  }
  for (const question of file.questions) {
    for (const option of question.options) {
      if (option.see_entry)
        checkEntry(option.see_entry, `questions › ${question.id} › ${option.value} › see_entry`, context, report);
    }
  }

  const questions: Question[] = file.questions.map((question, index) => ({
    ...question,
    index,
    text: render(question.text),
    ...(question.hint ? { hint: render(question.hint) } : {}),
    options: question.options.map((option) => ({
      ...option,
      label: render(option.label),
      phrase: render(option.phrase ?? defaultPhrase(option.label)),
      ...(option.note ? { note: render(option.note) } : {}),
    })),
  }));
  const texts = Object.fromEntries(
    Object.entries(file.texts).map(([key, value]) => [key, render(value)]),
  ) as EligibilityTexts;
  const categories: Category[] = file.categories.map(({ care_support: careFile, ...category }) => {
    const care =
      careFile && careSupport(careFile, context.figures, `categories › ${category.id} › care_support`, report);
    return {
      ...category,
      amounts: category.amounts.flatMap((row, i) => {
        const where = `categories › ${category.id} › amounts › dòng ${i + 1}`;
        return amountRow(row, context.figures, where, report) ?? [];
      }),
      title: render(category.title),
      papers: category.papers.map(render),
      ...(category.also_requires ? { also_requires: render(category.also_requires) } : {}),
      ...(category.note ? { note: render(category.note) } : {}),
      ...(care ? { care_support: { ...care, text: render(care.text) } } : {}),
    };
  });
  return {
    reviewed: file.reviewed,
    baseLevel: baseLevel(context.figures, report),
    texts,
    questions,
    questionById: new Map(questions.map((q) => [q.id, q])),
    categories,
    offerOn: new Set(file.offer_on_entries),
    resultEntries: file.result_entries,
    noMatchEntries: file.no_match_entries,
    answerFillers: file.answer_fillers,
    questionWords: file.question_words,
  };
}

type Report = (field: string, message: string) => void;

function checkQuestion(question: QuestionFile, where: string, report: Report): void {
  const values = new Set<string>();
  const synonyms = new Map<string, string>();
  for (const option of question.options) {
    if (values.has(option.value))
      report(`${where} › options`, `giá trị "${option.value}" bị trùng; mỗi lựa chọn cần một giá trị riêng.`);
    values.add(option.value);
    for (const synonym of option.synonyms) {
      const key = foldedPhrase(synonym);
      const owner = synonyms.get(key);
      if (owner !== undefined && owner !== option.value) {
        report(
          `${where} › ${option.value} › synonyms`,
          `cụm "${synonym}" đã là cách trả lời của lựa chọn "${owner}"; một cụm chỉ được thuộc một lựa chọn.`,
        );
      }
      synonyms.set(key, option.value);
    }
    const hasRange = option.min !== undefined || option.max !== undefined;
    if (question.kind === 'choice' && hasRange) {
      report(`${where} › ${option.value}`, 'min/max chỉ dùng cho câu hỏi dạng số (kind: number).');
    }
    if (question.kind === 'number' && !option.unknown) {
      if (option.min === undefined || option.max === undefined) {
        report(
          `${where} › ${option.value}`,
          'câu hỏi dạng số: mỗi nút cần min và max (khoảng giá trị), hoặc unknown: true cho nút "không rõ".',
        );
      } else if (option.min > option.max) {
        report(`${where} › ${option.value}`, `min (${option.min}) lớn hơn max (${option.max}).`);
      } else if (
        question.min !== undefined &&
        question.max !== undefined &&
        (option.min < question.min || option.max > question.max)
      ) {
        report(
          `${where} › ${option.value}`,
          `khoảng ${option.min}–${option.max} nằm ngoài giới hạn của câu hỏi (${question.min}–${question.max}).`,
        );
      }
    }
  }
  if (question.kind === 'number') {
    if (question.min === undefined || question.max === undefined || question.min >= question.max) {
      report(where, 'câu hỏi dạng số cần min và max (min nhỏ hơn max), ví dụ tuổi: min: 0, max: 120.');
    }
    if (!question.unit) report(where, 'câu hỏi dạng số cần đơn vị (unit), ví dụ: tuổi.');
  } else if (question.options.length < 2) {
    report(`${where} › options`, 'câu hỏi lựa chọn cần ít nhất hai lựa chọn.');
  }
  if (question.sensitive && !question.options.some((o) => o.unknown)) {
    report(where, 'câu hỏi riêng tư (sensitive: true) cần một lựa chọn "Bỏ qua" có unknown: true.');
  }
}

function checkCondition(
  condition: Condition,
  where: string,
  questions: ReadonlyMap<string, QuestionFile>,
  report: Report,
): void {
  const question = questions.get(condition.question);
  if (!question) {
    report(
      where,
      `không có câu hỏi nào mang mã "${condition.question}". Các mã đang có: ${[...questions.keys()].join(', ')}.`,
    );
    return;
  }
  if (condition.in) {
    if (question.kind !== 'choice') {
      report(where, `câu "${question.id}" là câu hỏi dạng số; dùng min/max thay cho "in".`);
      return;
    }
    const values = new Set(question.options.map((o) => o.value));
    for (const value of condition.in) {
      if (!values.has(value)) {
        report(
          where,
          `câu "${question.id}" không có lựa chọn "${value}". Các giá trị hợp lệ: ${[...values].join(', ')}.`,
        );
      }
    }
  } else {
    if (question.kind !== 'number') {
      report(where, `câu "${question.id}" là câu hỏi lựa chọn; dùng "in: [...]" thay cho min/max.`);
      return;
    }
    if (condition.min !== undefined && condition.max !== undefined && condition.min > condition.max) {
      report(where, `min (${condition.min}) lớn hơn max (${condition.max}): điều kiện này không bao giờ đúng.`);
    }
  }
}

function checkEntry(id: string, where: string, context: EligibilityContext, report: Report): void {
  if (!context.entryIds.has(id)) report(where, `không có mục nào mang mã "${id}" trong entries/.`);
}

/** Every string of the file with the placeholders it may use. */
function* sentences(file: EligibilityFile): Generator<[string, string, readonly string[]]> {
  for (const [key, value] of Object.entries(file.texts) as Array<[keyof EligibilityTexts, string]>) {
    yield [`texts › ${key}`, value, TEXT_PLACEHOLDERS[key]];
  }
  for (const q of file.questions) {
    const where = `questions › ${q.id}`;
    yield [`${where} › text`, q.text, PERSON_PLACEHOLDERS];
    if (q.hint) yield [`${where} › hint`, q.hint, PERSON_PLACEHOLDERS];
    yield [`${where} › topic`, q.topic, []];
    for (const o of q.options) {
      yield [`${where} › ${o.value} › label`, o.label, []];
      if (o.phrase) yield [`${where} › ${o.value} › phrase`, o.phrase, []];
      if (o.subject) yield [`${where} › ${o.value} › subject`, o.subject, []];
      if (o.note) yield [`${where} › ${o.value} › note`, o.note, []];
    }
  }
  for (const c of file.categories) {
    const where = `categories › ${c.id}`;
    yield [`${where} › title`, c.title, []];
    yield [`${where} › source`, c.source, []];
    if (c.per) yield [`${where} › per`, c.per, []];
    if (c.also_requires) yield [`${where} › also_requires`, c.also_requires, []];
    if (c.note) yield [`${where} › note`, c.note, []];
    for (const p of c.papers) yield [`${where} › papers`, p, []];
    if (c.care_support) yield [`${where} › care_support › text`, c.care_support.text, ['amount']];
  }
}

function checkPlaceholders(file: EligibilityFile, context: EligibilityContext, report: Report): void {
  for (const [where, text, allowed] of sentences(file)) {
    for (const key of unknownCenterKeys(text, context.center))
      report(where, `chỗ trống {center.${key}} không có trong center.yaml.`);
    for (const key of unknownFigureKeys(text, context.figures.figures))
      report(where, `chỗ trống {figures.${key}} không có trong figures.yaml.`);
    for (const key of otherPlaceholders(text, context.figures.figures)) {
      if (!allowed.includes(key)) {
        const hint =
          allowed.length > 0
            ? `chỉ dùng được ${allowed.map((k) => `{${k}}`).join(', ')} và {center.…}`
            : 'chỉ dùng được {center.…} và {figures.…}';
        report(where, `chỗ trống {${key}} không hợp lệ ở đây; ${hint}.`);
      }
    }
  }
}

/**
 * An amount row with its figure resolved to the amount in force (an
 * unconfirmed figure keeps the row hedged); undefined while the figure has
 * not reached its first date, so the row is left out.
 */
function amountRow(row: AmountFile, figures: FigureContext, where: string, report: Report): AmountRow | undefined {
  const { figure, ...rest } = row;
  if (figure === undefined) return rest;
  if (!(figure in figures.figures)) {
    report(`${where} › figure`, `figures.yaml không có con số mang mã "${figure}".`);
    return rest;
  }
  const level = figureInForce(figure, figures);
  if (!level) return undefined;
  const verify = rest.verify || level.point.verify || level.reported.length > 0;
  return level.coefficient
    ? { ...rest, coefficient: level.point.value, verify }
    : { ...rest, fixed: level.point.value, verify };
}

/**
 * The care support with its coefficient figure resolved to the level in
 * force; undefined (left out) when the figure is unknown, not a coefficient,
 * or not yet in force.
 */
function careSupport(
  support: NonNullable<CategoryFile['care_support']>,
  figures: FigureContext,
  where: string,
  report: Report,
): CareSupport | undefined {
  const { figure, ...rest } = support;
  if (figures.figures[figure]?.unit !== 'coefficient') {
    report(`${where} › figure`, `figures.yaml không có hệ số (unit: coefficient) mang mã "${figure}".`);
    return undefined;
  }
  const level = figureInForce(figure, figures);
  if (!level) return undefined;
  const verify = rest.verify || level.point.verify || level.reported.length > 0;
  return { ...rest, coefficient: level.point.value, verify };
}

/** The base level from figures.yaml, as the check computes with it and says it. */
function baseLevel(figures: FigureContext, report: Report): BaseLevel {
  const level = figureInForce('base_level', figures);
  if (!level) {
    report('base_level', 'figures.yaml không có mức chuẩn (base_level) đang áp dụng hôm nay.');
    return { amount: 0, since: '', source: '', verify: true, reported: '' };
  }
  const { point } = level;
  return {
    amount: point.value,
    since: point.from,
    source: level.provincial ? `${point.legal_basis}, mức riêng của ${figures.provinceName}` : point.legal_basis,
    verify: point.verify || level.reported.length > 0,
    reported: reportedLevels(level, figures),
  };
}
