/**
 * Understands a typed answer to one question of the eligibility check: "82",
 * "tám mươi hai", "hơn 80 tuổi", "sinh năm 1945", "hộ cận nghèo", "hông
 * biết", "chua giam dinh". Matching uses the same normalisation and lexicon
 * as the answer engine, so accents, teencode and dialect work the same way.
 *
 * It must not swallow a real question typed mid-check ("hộ nghèo được hỗ
 * trợ gì?"), so an answer is accepted only when it explains almost all of
 * the message and the rest is not a question.
 */
import type { Lexicon } from '../text/lexicon.ts';
import { wordMatches } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/normalize.ts';
import type { Answer } from './evaluate.ts';
import type { EligibilityRules, Option, Question } from './rules.ts';
import { isNumberWord, parseNumberWords } from './vietnamese-number.ts';

/**
 * Words a message may carry beyond the answer itself and the fillers listed
 * in eligibility.yaml. Two lets "ba tôi 82" or "dạ nhà em cận nghèo" through
 * while a sentence about something else ("hộ nghèo thì làm hồ sơ ở đâu") fails.
 */
const MAX_EXTRA_WORDS = 2;

/** Half-open token range [start, end). */
type Span = readonly [number, number];

/** What the parser needs besides the question. */
export interface ParseContext {
  rules: EligibilityRules;
  lexicon: Lexicon;
  /** The current year, to turn "sinh năm 1945" into an age. */
  year: number;
}

/**
 * How a message and the phrases are compared: once through the lexicon
 * ("ko" → "không", "hông biết" → "không biết"), and once without it, since
 * the lexicon reads unaccented words one way only ("bo qua" would become
 * "cha qua", as "bo" is also "bố").
 */
interface Reading {
  tokens: Token[];
  phrase: (text: string) => Token[];
}

function readings(text: string, lexicon: Lexicon): Reading[] {
  const raw = tokenize(text);
  return [
    { tokens: lexicon.dropFillers(lexicon.rewrite(raw)), phrase: (p) => lexicon.rewrite(tokenize(p, 200)) },
    { tokens: lexicon.dropFillers(raw), phrase: (p) => tokenize(p, 200) },
  ];
}

function startsAt(tokens: readonly Token[], pattern: readonly Token[], start: number): boolean {
  if (pattern.length === 0 || start < 0 || start + pattern.length > tokens.length) return false;
  return pattern.every((p, k) => wordMatches(p, tokens[start + k] as Token));
}

/** Every place a pattern occurs, as spans. */
function spansOf(tokens: readonly Token[], pattern: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) if (startsAt(tokens, pattern, i)) spans.push([i, i + pattern.length]);
  return spans;
}

const contains = (outer: Span, inner: Span): boolean => outer[0] <= inner[0] && inner[1] <= outer[1];

/**
 * Whether the tokens outside `covered` are few enough, and none of them
 * turns the message into a question.
 */
function isMostlyAnswer(reading: Reading, covered: readonly Span[], context: ParseContext, rawText: string): boolean {
  const { tokens } = reading;
  const free = tokens.map((_, i) => !covered.some(([s, e]) => s <= i && i < e));
  for (const word of context.rules.questionWords) {
    const pattern = reading.phrase(word);
    if (spansOf(tokens, pattern).some(([s, e]) => free.slice(s, e).every(Boolean))) return false;
  }
  // Fillers, longest first, so "năm nay" is taken before "nay".
  const fillers = context.rules.answerFillers.map(reading.phrase).sort((a, b) => b.length - a.length);
  for (const pattern of fillers) {
    for (const [s, e] of spansOf(tokens, pattern)) {
      if (free.slice(s, e).every(Boolean)) for (let i = s; i < e; i++) free[i] = false;
    }
  }
  const extra = free.filter(Boolean).length;
  if (extra > 0 && rawText.includes('?')) return false;
  return extra <= MAX_EXTRA_WORDS;
}

/** Pronouns that, right after a person ("mẹ tôi"), only say whose that person is. */
const POSSESSIVES = ['tôi', 'em', 'mình', 'tui', 'con', 'cháu'].map((p) => tokenize(p, 10));

function isPossessive(tokens: readonly Token[], span: Span): boolean {
  return span[1] - span[0] === 1 && POSSESSIVES.some((p) => startsAt(tokens, p, span[0]));
}

interface Hit {
  option: Option;
  span: Span;
}

/** The option a message names, if exactly one option is named (longer phrases hide the words inside them). */
function matchOption(question: Question, reading: Reading, context: ParseContext, rawText: string): Option | undefined {
  const hits: Hit[] = [];
  for (const option of question.options) {
    for (const phrase of [option.label, ...option.synonyms]) {
      for (const span of spansOf(reading.tokens, reading.phrase(phrase))) hits.push({ option, span });
    }
  }
  const longest = hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit && contains(other.span, hit.span) && other.span[1] - other.span[0] > hit.span[1] - hit.span[0],
      ),
  );
  // "cho bà nội tôi", "con trai em": the pronoun after a kinship word says whose relative, not "myself".
  const kept = longest.filter(
    (hit) =>
      !(
        isPossessive(reading.tokens, hit.span) &&
        longest.some(
          (other) => other.option !== hit.option && other.span[1] <= hit.span[0] && hit.span[0] - other.span[1] <= 1,
        )
      ),
  );
  const options = new Set(kept.map((h) => h.option.value));
  const [first] = kept;
  if (!first || options.size !== 1) return undefined;
  return isMostlyAnswer(
    reading,
    kept.map((h) => h.span),
    context,
    rawText,
  )
    ? first.option
    : undefined;
}

const phraseTokens = (p: string): Token[] => tokenize(p, 50);
const BELOW = ['dưới', 'gần', 'chưa đến', 'chưa tới', 'chưa đủ', 'chưa đầy', 'chưa tròn', 'không tới', 'không đến'].map(
  phraseTokens,
);
const ABOVE = ['hơn', 'trên', 'ngoài', 'quá'].map(phraseTokens);
const NEUTRAL_BEFORE = ['từ', 'đủ', 'tròn', 'khoảng', 'tầm', 'chừng', 'cỡ', 'được'].map(phraseTokens);
const AT_LEAST_AFTER = ['trở lên', 'trở ra', 'hơn', 'có lẻ'].map(phraseTokens);
const AT_MOST_AFTER = ['trở xuống', 'trở lại'].map(phraseTokens);
/** "tám mươi mấy": some age in that decade. */
const SOME_UNITS = phraseTokens('mấy');
const YEARS = phraseTokens('tuổi');
const MONTHS = phraseTokens('tháng');
const HALF = phraseTokens('rưỡi');
const BIRTH_YEAR = phraseTokens('năm');
const BORN = phraseTokens('sinh');
/** "ba tôi", "ba em": here "ba" is the father, not three. */
const KIN_AFTER_BA = ['tôi', 'em', 'mình', 'con', 'cháu', 'nó', 'của', 'anh', 'chị', 'ấy'].map(phraseTokens);

/** The phrase from `list` ending right before `index`, if any. */
function endingBefore(tokens: readonly Token[], list: readonly Token[][], index: number): number {
  for (const p of [...list].sort((a, b) => b.length - a.length))
    if (startsAt(tokens, p, index - p.length)) return p.length;
  return 0;
}

function startingAt(tokens: readonly Token[], list: readonly Token[][], index: number): number {
  for (const p of [...list].sort((a, b) => b.length - a.length)) if (startsAt(tokens, p, index)) return p.length;
  return 0;
}

/** Where the number is in the message and its value. */
function findNumber(tokens: readonly Token[]): { value: number; span: Span } | undefined {
  const digits = tokens.flatMap((t, i) => (/^\d+$/.test(t.folded) ? [i] : []));
  if (digits.length > 1) return undefined;
  const [at] = digits;
  if (at !== undefined) return { value: Number(tokens[at]?.folded), span: [at, at + 1] };

  const runs: Span[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!isNumberWord(tokens[i] as Token)) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && isNumberWord(tokens[end] as Token)) end++;
    runs.push([i, end]);
    i = end;
  }
  const numbers = runs.flatMap((span) => {
    const run = tokens.slice(span[0], span[1]);
    const value = parseNumberWords(run);
    if (value === undefined) return [];
    if (run.length === 1 && run[0]?.folded === 'ba' && startingAt(tokens, KIN_AFTER_BA, span[1]) > 0) return [];
    return [{ value, span }];
  });
  const withUnit = numbers.filter((n) => startsAt(tokens, YEARS, n.span[1]) || startsAt(tokens, MONTHS, n.span[1]));
  const pool = withUnit.length > 0 ? withUnit : numbers;
  if (pool.length <= 1) return pool[0];
  const longest = Math.max(...pool.map((n) => n.span[1] - n.span[0]));
  const best = pool.filter((n) => n.span[1] - n.span[0] === longest);
  return best.length === 1 ? best[0] : undefined;
}

/** A number answer ("82", "hơn 80 tuổi", "8 tháng", "sinh năm 1945"), as an inclusive range. */
function matchNumber(question: Question, reading: Reading, context: ParseContext, rawText: string): Answer | undefined {
  const { tokens } = reading;
  const found = findNumber(tokens);
  if (!found) return undefined;
  const low = question.min ?? 0;
  const high = question.max ?? Number.MAX_SAFE_INTEGER;
  let [start, end] = found.span;
  let min = found.value;
  let max = found.value;

  if (found.value >= 1900 && found.value <= context.year) {
    // A year of birth ("sinh năm 1945", "1945"): this year's birthday may not have come yet.
    start -= endingBefore(tokens, [BIRTH_YEAR], start);
    start -= endingBefore(tokens, [BORN], start);
    min = Math.max(0, context.year - found.value - 1);
    max = context.year - found.value;
  } else {
    const below = endingBefore(tokens, BELOW, start);
    const above = below ? 0 : endingBefore(tokens, ABOVE, start);
    start -= below || above || endingBefore(tokens, NEUTRAL_BEFORE, start);
    let months = false;
    if (startsAt(tokens, SOME_UNITS, end) && found.value % 10 === 0) {
      max = found.value + 9;
      end += 1;
    }
    if (startsAt(tokens, YEARS, end)) end += 1;
    else if (startsAt(tokens, MONTHS, end)) {
      months = true;
      end += 1;
    }
    if (startsAt(tokens, HALF, end)) end += 1;
    const atLeast = startingAt(tokens, AT_LEAST_AFTER, end);
    const atMost = atLeast ? 0 : startingAt(tokens, AT_MOST_AFTER, end);
    end += atLeast || atMost;
    if (below) {
      max = min - 1;
      min = months ? 0 : low;
    } else if (above || atLeast) {
      min = above ? min + 1 : min;
      max = months ? min : high;
    } else if (atMost) {
      min = low;
    }
    if (months) {
      min = Math.floor(min / 12);
      max = Math.floor(max / 12);
    }
  }
  min = Math.max(min, low);
  max = Math.min(max, high);
  if (min > max) return undefined;
  if (!isMostlyAnswer(reading, [[start, end]], context, rawText)) return undefined;
  const option = question.options.find((o) => o.min === min && o.max === max);
  return { kind: 'number', min, max, option: option?.value ?? null };
}

/** The answer a typed message gives to `question`, or undefined when it is not (clearly) an answer. */
/** The questions whose subject the message names (their `about` words, e.g. "lương hưu"), read once for all. */
export function questionsNamed(questions: readonly Question[], text: string, lexicon: Lexicon): Set<Question> {
  const named = new Set<Question>();
  const read = readings(text, lexicon);
  for (const question of questions) {
    const names = (word: string): boolean => read.some((r) => spansOf(r.tokens, r.phrase(word)).length > 0);
    if (question.about.some(names)) named.add(question);
  }
  return named;
}

export function parseAnswer(question: Question, text: string, context: ParseContext): Answer | undefined {
  for (const reading of readings(text, context.lexicon)) {
    if (reading.tokens.length === 0) continue;
    const answer =
      question.kind === 'number'
        ? parseNumberAnswer(question, reading, context, text)
        : parseChoiceAnswer(question, reading, context, text);
    if (answer) return answer;
  }
  return undefined;
}

function parseChoiceAnswer(
  question: Question,
  reading: Reading,
  context: ParseContext,
  text: string,
): Answer | undefined {
  const option = matchOption(question, reading, context, text);
  return option ? { kind: 'choice', value: option.value } : undefined;
}

function parseNumberAnswer(
  question: Question,
  reading: Reading,
  context: ParseContext,
  text: string,
): Answer | undefined {
  const number = matchNumber(question, reading, context, text);
  if (number) return number;
  // "không rõ", or a button label typed out.
  const option = matchOption(question, reading, context, text);
  if (!option) return undefined;
  if (option.min !== undefined && option.max !== undefined)
    return { kind: 'number', min: option.min, max: option.max, option: option.value };
  return { kind: 'choice', value: option.value };
}
