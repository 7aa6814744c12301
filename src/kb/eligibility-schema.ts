/**
 * The shape of knowledge/eligibility.yaml: the questions of the guided
 * eligibility check, the categories of social assistance with the conditions
 * that lead to them, the base level and coefficients, and every sentence the
 * check says. Messages are in Vietnamese because staff edit this file.
 */
import { z } from 'zod';
import { figureIdSchema } from './figures-schema.ts';
import { entryIdSchema } from './schema.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = z.string().trim().min(1);
/** A phrase staff may have written as a bare number (`- 500`); YAML reads that as a number. */
const phrase = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1, 'cụm từ trống'));

/** Ids of questions, answer values and categories: they travel in button payloads, so short ASCII. */
const ruleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: near-poor')
  .max(24, 'tối đa 24 ký tự (mã này nằm trong dữ liệu của nút bấm)');

/**
 * One condition on one answer: `in` for a choice question (the answer is one
 * of these values), `min`/`max` for a number question (inclusive bounds).
 */
const conditionSchema = z
  .strictObject({
    question: ruleIdSchema,
    in: z.array(ruleIdSchema).min(1, 'cần ít nhất một giá trị').optional(),
    min: z.number().int('dùng số nguyên').optional(),
    max: z.number().int('dùng số nguyên').optional(),
  })
  .refine((c) => (c.in !== undefined) !== (c.min !== undefined || c.max !== undefined), {
    message:
      'mỗi điều kiện dùng "in" (danh sách lựa chọn) hoặc "min"/"max" (số), không dùng cả hai và không bỏ trống cả hai',
  });
export type Condition = z.infer<typeof conditionSchema>;

/** One button of a question; for number questions a range of values (min–max), or "unknown". */
const optionSchema = z.strictObject({
  value: ruleIdSchema,
  /** Button text. */
  label: z.string().trim().min(1).max(64, 'nhãn nút tối đa 64 ký tự'),
  /** How the answer reads inside "Vì: …" in the result; defaults to the label. */
  phrase: text.optional(),
  /** Typed answers that mean this option (with or without accents; the lexicon applies). */
  synonyms: z.array(phrase).default([]),
  /** Counts as "not known" in conditions: a category that depends on it becomes "possible", not "likely". */
  unknown: z.boolean().default(false),
  /** Number questions: the range this button stands for (inclusive). */
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /** How later questions refer to the person once this is chosen ("bạn", "người thân của bạn"). */
  subject: text.optional(),
  /** Shown under "Lưu ý thêm" in the result when this option was chosen. */
  note: text.optional(),
  /** An entry to offer as a button with the result when this option was chosen. */
  see_entry: entryIdSchema.optional(),
});
export type OptionFile = z.infer<typeof optionSchema>;

/** One question of the check. */
const questionSchema = z.strictObject({
  id: ruleIdSchema,
  kind: z.enum(['choice', 'number']).default('choice'),
  /** Short noun phrase for "Cần làm rõ: …" (e.g. "mức độ khuyết tật"). */
  topic: text,
  /**
   * Words that say a typed reply is about this question ("lương hưu"): typed while another question is
   * asked, a reply that names them and answers this question is kept for it, not read as the other's answer.
   */
  about: z.array(phrase).default([]),
  text,
  hint: text.optional(),
  /** Private questions get a note that they can be skipped; they need an option with `unknown: true`. */
  sensitive: z.boolean().default(false),
  /** Number questions: the unit ("tuổi") and the accepted range. */
  unit: text.optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /** Asked only when all these hold (on earlier questions); otherwise skipped, also when an answer was "Không rõ". */
  ask_if: z.array(conditionSchema).default([]),
  options: z.array(optionSchema).min(1, 'cần ít nhất một lựa chọn'),
});
export type QuestionFile = z.infer<typeof questionSchema>;

const COEFFICIENT_HINT =
  'không ghi hệ số ở eligibility.yaml: thêm hệ số vào figures.yaml (unit: coefficient) rồi ghi figure: <mã hệ số>';

/** One row of a category's amount table: the first row whose conditions hold gives the amount. */
const amountSchema = z
  .strictObject({
    when: z.array(conditionSchema).default([]),
    /** Read only to explain that coefficients are no longer written here. */
    coefficient: z.number().optional(),
    /** A figure from figures.yaml: a monthly amount (`social_pension`) or a coefficient of the base level (`unit: coefficient`). */
    figure: figureIdSchema.optional(),
    /** Read only to explain that amounts are no longer written here. */
    fixed: z.number().optional(),
    /** Set when this figure was not confirmed against the legal text; the reply then says so. */
    verify: z.boolean().default(false),
  })
  .refine((a) => [a.coefficient, a.figure, a.fixed].filter((v) => v !== undefined).length === 1, {
    message: 'mỗi dòng mức hưởng ghi đúng một mã "figure" trong figures.yaml (số tiền hoặc hệ số), chỉ một trong hai',
  })
  .refine((a) => a.fixed === undefined, {
    message: 'không ghi số tiền ở eligibility.yaml: thêm số tiền vào figures.yaml rồi ghi figure: <mã con số>',
  })
  .refine((a) => a.coefficient === undefined, { message: COEFFICIENT_HINT });
export type AmountFile = z.infer<typeof amountSchema>;

/**
 * Monthly care support paid to the household that looks after the person
 * (Decree 20/2021 Art. 20), on top of the person's own allowance.
 */
const careSupportSchema = z.strictObject({
  /** When it applies, besides the category's own conditions (e.g. an especially severe disability). */
  when: z.array(conditionSchema).default([]),
  /** Base level × this coefficient from figures.yaml (a figure with `unit: coefficient`). */
  figure: figureIdSchema,
  /** Read only to explain that coefficients are no longer written here. */
  coefficient: z
    .number()
    .optional()
    .refine((c) => c === undefined, { message: COEFFICIENT_HINT }),
  /** What it is and who gets it; `{amount}` is the monthly sum in đồng. */
  text,
  source: text,
  verify: z.boolean().default(false),
});

/** One category of assistance and the conditions that lead to it. */
const categorySchema = z.strictObject({
  id: ruleIdSchema,
  title: text,
  /** The legal basis, shown with the result. */
  source: text,
  /** True when the conditions were not confirmed against the legal text; the reply then says so. */
  verify: z.boolean({ message: 'ghi verify: true (chưa đối chiếu văn bản gốc) hoặc verify: false (đã xác nhận)' }),
  /** All must hold. */
  when: z.array(conditionSchema).min(1, 'cần ít nhất một điều kiện'),
  amounts: z.array(amountSchema).default([]),
  /** Added after the amount, e.g. "cho mỗi con đang nuôi". */
  per: text.optional(),
  /**
   * Categories this one is paid on top of instead of "only the highest amount"
   * (Decree 20/2021 Art. 6.2: the single parent raising children).
   */
  combines_with: z.array(ruleIdSchema).default([]),
  /** Where it applies, the care support the household receives as well. */
  care_support: careSupportSchema.optional(),
  /** Where the conditions and coefficients were checked (article, clause, and the text used). */
  checked_against: text.optional(),
  /** Conditions the check does not ask about, said plainly. */
  also_requires: text.optional(),
  note: text.optional(),
  papers: z.array(text).min(1, 'cần ghi ít nhất một loại giấy tờ cần chuẩn bị'),
  see_entry: entryIdSchema.optional(),
});
export type CategoryFile = z.infer<typeof categorySchema>;

/** Every sentence the check says; `{…}` placeholders are filled when it speaks. */
const eligibilityTextsSchema = z.strictObject({
  intro: text,
  default_subject: text,
  question_number: text,
  sensitive_note: text,
  back_button: text,
  stop_button: text,
  continue_button: text,
  restart_button: text,
  continue_prompt: text,
  stale_choice: text,
  stop_or_yes: text,
  /** A bare yes or no typed where the question offers other options ("có" to poor or near-poor?). */
  pick_an_option: text,
  /** After a reply that answered a later question ("không có lương hưu" while disability is asked): {topic}, {answer}. */
  noted_other: text,
  stopped: text,
  expired: text,
  deleted: text,
  result_title: text,
  likely_heading: text,
  possible_heading: text,
  reason: text,
  unclear: text,
  amount_exact: text,
  amount_fixed: text,
  amount_range: text,
  amount_confirm: text,
  verify: text,
  base_level: text,
  base_level_verify: text,
  base_level_reported: text,
  source: text,
  also_requires: text,
  highest_only: text,
  headline: text,
  headline_possible: text,
  headline_range: text,
  headline_plus: text,
  headline_highest: text,
  headline_combined: text,
  next_steps_title: text,
  papers: text,
  apply: text,
  hotline: text,
  disclaimer: text,
  no_match: text,
  notes_heading: text,
  number_exact: text,
  number_at_least: text,
  number_below: text,
  number_between: text,
});
export type EligibilityTexts = z.infer<typeof eligibilityTextsSchema>;

/** knowledge/eligibility.yaml */
export const eligibilityFileSchema = z.strictObject({
  reviewed: z.string().regex(DATE, 'ngày rà soát viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-23'),
  /** Entries whose answer offers the check as a button. */
  offer_on_entries: z.array(entryIdSchema).default([]),
  /** Entries offered with the result. */
  result_entries: z.array(entryIdSchema).default([]),
  /** Entries offered when nothing matches (emergency assistance, the services list…). */
  no_match_entries: z.array(entryIdSchema).default([]),
  /** Words that do not change a typed answer ("ba tôi", "năm nay", "tuổi"…). */
  answer_fillers: z.array(phrase).default([]),
  /** Words that make a typed message a question rather than an answer ("gì", "bao nhiêu"…). */
  question_words: z.array(phrase).default([]),
  texts: eligibilityTextsSchema,
  questions: z.array(questionSchema).min(1, 'cần ít nhất một câu hỏi'),
  categories: z.array(categorySchema).min(1, 'cần ít nhất một diện hưởng'),
});
export type EligibilityFile = z.infer<typeof eligibilityFileSchema>;
