/**
 * Reads a typed answer against the options a screen offered, the same way on
 * every screen and every channel: an option number ("2", "số 2"), a list of
 * numbers ("4, 11", "4 và 11", "4 11"), an option's words with or without
 * accents and with a small typo, yes/no ("ừ", "ok", "đồng ý", "ko", "hong")
 * and back/stop ("quay lai", "trở lại", "dừng", "thôi", "hủy").
 *
 * It reads short replies only: a sentence that merely contains an option word
 * ("không biết hộ nghèo được gì") is not an answer and is left to the caller.
 */
import { wordMatches } from '../text/lexicon.ts';
import { foldAccents, tokenize, type Token } from '../text/normalize.ts';

/** What an option means beyond its words, so "ừ" can pick "✅ Đồng ý nhận tin". */
type ChoiceRole = 'yes' | 'no' | 'back' | 'stop';

/** One option a screen offered. */
export interface OfferedChoice {
  /** The button text ("✅ Đồng ý nhận tin"); emoji and symbols are ignored. */
  label: string;
  /** Other whole replies that pick this option. */
  synonyms?: readonly string[];
  /** Yes, no, back or stop; inferred from a label that reads "Có…"/"Không…" when omitted. */
  role?: ChoiceRole;
  /** The number a person types for it; its position (1, 2, …) when omitted. */
  number?: number;
}

/** How a screen may be answered. */
export interface ReadOptions {
  /** Accept option numbers ("2", "số 2"); off where a number is the answer itself (an age). */
  numbers?: boolean;
  /** Accept several options at once ("4, 11", "trẻ em và người cao tuổi"). */
  list?: boolean;
}

/**
 * Numbers that back and stop carry on every screen that offers them, so a
 * person who learned "10 is stop" once can rely on it (a question has at
 * most 8 options, so they follow the longest one).
 */
export const BACK_NUMBER = 9;
export const STOP_NUMBER = 10;

const phrases = (list: readonly string[]): Token[][] => list.map((p) => tokenize(p, 100));

const ROLE_PHRASES: Record<ChoiceRole, Token[][]> = {
  yes: phrases([
    'có',
    'ừ',
    'ừm',
    'ờ',
    'uh',
    'um',
    'ok',
    'oke',
    'okay',
    'oki',
    'okie',
    'đồng ý',
    'tôi đồng ý',
    'em đồng ý',
    'được',
    'vâng',
    'dạ',
    'dạ có',
    'dạ vâng',
    'đúng',
    'đúng rồi',
    'phải',
    'yes',
    'có ạ',
    'chắc chắn',
    'nhận',
    'có nhận',
  ]),
  no: phrases([
    'không',
    'ko',
    'k',
    'kg',
    'hông',
    'hem',
    'không đồng ý',
    'không có',
    'không ạ',
    'thôi',
    'khỏi',
    'không cần',
    'no',
    'không nhận',
    'dạ không',
    'chưa',
  ]),
  back: phrases(['quay lại', 'trở lại', 'lùi lại', 'quay về', 'trở về', 'câu trước', 'quay lại câu trước', 'back']),
  stop: phrases([
    'dừng',
    'dừng lại',
    'thôi',
    'thôi không',
    'hủy',
    'huỷ',
    'hủy bỏ',
    'thoát',
    'ngừng',
    'ngưng',
    'kết thúc',
    'stop',
    'thôi dừng',
    'không làm nữa',
    'thôi khỏi',
  ]),
};

/** Particles around a short reply that carry no meaning here ("dạ có ạ", "ok nhé"). */
const EDGE_PARTICLES = new Set([
  'a',
  'ạ',
  'nha',
  'nhé',
  'nhe',
  'nhen',
  'ha',
  'hen',
  'nè',
  'ne',
  'đi',
  'di',
  'luôn',
  'vậy',
  'thế',
  'ad',
  'admin',
  'bạn',
  'ơi',
  'oi',
]);
const LEADING_PARTICLES = new Set(['dạ', 'da', 'vâng', 'vang', 'ừ', 'u', 'ờ', 'o', 'ok', 'cho', 'chọn', 'chon']);
/** Between items of a list: a comma or similar, or "và"/"với" between spaces (\b does not see accented letters). */
const ITEM_SEPARATORS = /\s*[,;+&/]\s*|\s+(?:và|va|với|voi)\s+/iu;
const LIST_SEPARATORS = new RegExp(`${ITEM_SEPARATORS.source}|\\s+`, 'iu');
const NUMBER_PREFIX = /^(?:số|so|chọn|chon|câu|cau|ý|y|phương án|phuong an)\s*/iu;

/** The role an option's label implies: "Có, đang đi học" is a yes, "Không đi học" a no. */
function roleOf(choice: OfferedChoice): ChoiceRole | undefined {
  if (choice.role) return choice.role;
  const words = foldAccents(choice.label.toLowerCase())
    .replace(/[^a-z0-9 ,]/g, ' ')
    .trim()
    .split(/[\s,]+/);
  if (words[0] === 'co' && !choice.label.toLowerCase().includes('có thể')) return 'yes';
  // "Không" or "Không, cảm ơn" is a no; "Không rõ" is not an answer to yes/no.
  if (words[0] === 'khong' && (words.length === 1 || /^\P{L}*không\s*,/iu.test(choice.label))) return 'no';
  return undefined;
}

/** Lower-case words of a reply with emoji, punctuation and edge particles removed. */
function words(text: string): Token[] {
  const tokens = tokenize(text, 200);
  let start = 0;
  let end = tokens.length;
  while (end - start > 1 && EDGE_PARTICLES.has((tokens[end - 1] as Token).text)) end--;
  while (end - start > 1 && EDGE_PARTICLES.has((tokens[start] as Token).text)) start++;
  return tokens.slice(start, end);
}

const sameWords = (pattern: readonly Token[], tokens: readonly Token[]): boolean =>
  pattern.length === tokens.length && pattern.every((p, i) => wordMatches(p, tokens[i] as Token));

/** Edit distance, capped: only "is it at most `cap`" matters. */
function withinEdits(a: string, b: string, cap: number): boolean {
  if (Math.abs(a.length - b.length) > cap) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > cap) return false;
    previous = row;
  }
  return (previous[b.length] as number) <= cap;
}

/** "2", "số 2", "4, 11", "4 và 11": the numbers typed, or undefined when the reply is anything else. */
export function readNumbers(text: string): number[] | undefined {
  const cleaned = text
    .normalize('NFC')
    .trim()
    .replace(/[.!)]+$/u, '')
    .replace(NUMBER_PREFIX, '');
  if (cleaned === '') return undefined;
  const parts = cleaned.split(LIST_SEPARATORS).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 20) return undefined;
  const numbers: number[] = [];
  for (const part of parts) {
    const digits = part.replace(NUMBER_PREFIX, '').replace(/[.)]$/u, '');
    if (!/^\d{1,2}$/u.test(digits)) return undefined;
    numbers.push(Number(digits));
  }
  return [...new Set(numbers)];
}

/** The text of a label as a person would type it: no emoji, no symbols. */
function labelWords(label: string): Token[] {
  // An emoji's variation selector ("✖️") becomes a token with no letters: not a word anyone types.
  return tokenize(label.replace(/\([^)]*\)/gu, ' '), 200).filter((t) => t.folded !== '');
}

/** True when the reply is, accents included, one of the yes/no/back/stop words. */
function isKnownReply(tokens: readonly Token[]): boolean {
  return Object.values(ROLE_PHRASES).some((phrases) => phrases.some((p) => sameWords(p, tokens)));
}

/** Indexes of the choices whose label or synonym is exactly this reply, or within a typo of it. */
function matchWords(tokens: readonly Token[], choices: readonly OfferedChoice[]): number[] {
  if (tokens.length === 0) return [];
  const exact = new Set<number>();
  choices.forEach((choice, index) => {
    for (const phrase of [choice.label, ...(choice.synonyms ?? [])])
      if (sameWords(labelWords(phrase), tokens)) exact.add(index);
  });
  if (exact.size > 0) return [...exact];
  const typed = tokens.map((t) => t.folded).join(' ');
  // One slip in a short word, two in a long phrase; a short reply is too easy to confuse.
  if (typed.length < 4) return [];
  // A known reply with its accents ("đúng") is not a slip for a label that only folds the same ("Dừng").
  const known = isKnownReply(tokens);
  const cap = typed.length >= 10 ? 2 : 1;
  const near = new Set<number>();
  choices.forEach((choice, index) => {
    for (const phrase of [choice.label, ...(choice.synonyms ?? [])]) {
      const folded = labelWords(phrase)
        .map((t) => t.folded)
        .join(' ');
      if (known && folded === typed) continue;
      if (folded.length >= 4 && withinEdits(typed, folded, cap)) near.add(index);
    }
  });
  return [...near];
}

/** Indexes of the choices whose role the reply names ("thôi" is stop where stop is offered, else no). */
function matchRole(tokens: readonly Token[], choices: readonly OfferedChoice[]): number[] {
  const roles = (Object.keys(ROLE_PHRASES) as ChoiceRole[]).filter((role) =>
    ROLE_PHRASES[role].some((p) => sameWords(p, tokens)),
  );
  const offered = (role: ChoiceRole): number[] => choices.flatMap((c, i) => (roleOf(c) === role ? [i] : []));
  for (const role of ['stop', 'back', 'yes', 'no'] as const) {
    if (!roles.includes(role)) continue;
    const hits = offered(role);
    if (hits.length === 1) return hits;
  }
  // "hủy", "dừng" where only yes/no is asked ("Đồng ý nhận tin?"): a no.
  if (roles.includes('stop') && offered('stop').length === 0 && offered('no').length === 1) return offered('no');
  return [];
}

/**
 * The options a typed reply picks, as indexes into `choices` (several only
 * with `list`), or undefined when the reply is not clearly one of them.
 */
export function readTypedChoice(
  text: string,
  choices: readonly OfferedChoice[],
  options: ReadOptions = {},
): number[] | undefined {
  if (choices.length === 0 || text.length > 200 || text.includes('?')) return undefined;
  if (options.numbers !== false) {
    const numbers = readNumbers(text);
    if (numbers) {
      const picked = numbers.map((n) => choices.findIndex((c, i) => (c.number ?? i + 1) === n));
      if (picked.includes(-1) || (picked.length > 1 && !options.list)) return undefined;
      return picked;
    }
  }
  const tokens = words(text);
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  const single = pickOne(tokens, choices);
  if (single !== undefined) return [single];
  if (!options.list) return undefined;
  const parts = text.split(ITEM_SEPARATORS).filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  const picked: number[] = [];
  for (const part of parts) {
    const index = pickOne(words(part), choices);
    if (index === undefined) return undefined;
    if (!picked.includes(index)) picked.push(index);
  }
  return picked;
}

/** A bare yes or no ("có", "co", "dạ không ạ", "ok"), which a question offering other options cannot take. */
const YES_NO: readonly OfferedChoice[] = [
  { label: 'có', role: 'yes' },
  { label: 'không', role: 'no' },
];

/** True when the reply is only a yes or a no: on a screen without yes/no options the flow asks again, not the engine. */
export function isBareYesOrNo(text: string): boolean {
  return readTypedChoice(text, YES_NO, { numbers: false }) !== undefined;
}

/** True for "dung" typed without accents: both "dừng" (stop) and "đúng" (yes), so a flow asks instead of guessing. */
export function isStopOrYes(text: string): boolean {
  return stopOrYes(words(text));
}

/** Typed without accents, "dung" is both "dừng" and "đúng": a guess either way, so neither. */
function stopOrYes(tokens: readonly Token[]): boolean {
  return ROLE_PHRASES.stop.some((p) => sameWords(p, tokens)) && ROLE_PHRASES.yes.some((p) => sameWords(p, tokens));
}

function pickOne(tokens: readonly Token[], choices: readonly OfferedChoice[]): number | undefined {
  if (stopOrYes(tokens)) return undefined;
  const byWords = matchWords(tokens, choices);
  if (byWords.length === 1) return byWords[0];
  if (byWords.length > 1) return undefined;
  const byRole = matchRole(tokens, choices);
  if (byRole.length === 1) return byRole[0];
  // "dạ có", "ok đồng ý": a leading yes-word or particle before the real reply.
  if (tokens.length > 1 && LEADING_PARTICLES.has((tokens[0] as Token).folded)) return pickOne(tokens.slice(1), choices);
  return undefined;
}
