/**
 * Vietnamese text normalisation: Unicode NFC, lower case, punctuation and emoji
 * stripping, and accent folding. Residents often type without accents (or with
 * wrong ones), so matching works on folded syllables while the accented form is
 * kept for rules that must tell "tự tử" from "từ từ".
 */

import { foldAccents } from './fold.ts';

export { foldAccents } from './fold.ts';

/** One syllable (or word) of a message. */
export interface Token {
  /** Lower-case NFC text with its diacritics, e.g. "hỏi". */
  readonly text: string;
  /** Accent-folded ASCII form, e.g. "hoi" (đ → d). */
  readonly folded: string;
  /** True when the person typed it without any diacritic, so its accents are unknown. */
  readonly plain: boolean;
}

/**
 * Longest input (in characters) the engine reads; the rest of a message is
 * ignored and the person is told so. Long stories are read by their
 * sentences (see sentences.ts), so the question at the end is not lost.
 */
export const MAX_INPUT_CHARS = 4_000;

/**
 * Emoji that carry meaning in a chat, read as the words they stand for: a
 * crying face or a broken heart is distress ("buồn"), folded hands are thanks. A run of the same
 * kind reads as one word, so a row of 😭 does not outweigh the words around it.
 * Every other emoji separates words, like punctuation.
 */
const EMOJI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:[😭😢😿😥😪💔🥺😞😔😓😩😫🙁☹]\uFE0F?)+/gu, ' buồn '],
  [/(?:🙏[\u{1F3FB}-\u{1F3FF}]?)+/gu, ' cảm ơn '],
  [/(?:[👍👌][\u{1F3FB}-\u{1F3FF}]?)+/gu, ' ok '],
];
/** Quick test before the replacements: most messages carry none of these emoji. */
const HAS_MEANINGFUL_EMOJI = /[😭😢😿😥😪💔🥺😞😔😓😩😫🙁☹🙏👍👌]/u;

/** True when a message is nothing but emoji (and punctuation), at least one of them crying or heartbroken. */
export function isDistressEmojiOnly(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text) && DISTRESS_EMOJI.test(text);
}
const DISTRESS_EMOJI = /[😭😢😿😥😪💔🥺😞😔😓😩😫🙁☹]/u;

/** Replaces emoji that carry meaning with their words ("😭" → "buồn", "👍" → "ok"). */
function emojiAsWords(text: string): string {
  if (!HAS_MEANINGFUL_EMOJI.test(text)) return text;
  let out = text;
  for (const [emoji, word] of EMOJI_WORDS) out = out.replace(emoji, word);
  return out;
}

const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Whether each UTF-16 code outside ASCII is a letter, digit or mark: 0 not yet known, 1 yes, 2 no. */
const WORD_CODES = new Uint8Array(0x10000);

/** True when the character with this UTF-16 code (not a surrogate) is a letter, a digit or a mark. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let kind = WORD_CODES[code] as number;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODES[code] = kind;
  }
  return kind === 1;
}

/**
 * Where the runs of letters, digits and marks of a text start and end, as
 * [start, end, start, end, …]: the words `/[\p{L}\p{N}\p{M}]+/gu` finds,
 * found by character codes, since a Unicode-property pattern cost half of
 * tokenising. Null for text with characters outside the Basic Multilingual
 * Plane (emoji, rare scripts): the caller reads it with the pattern.
 */
export function wordBounds(text: string): number[] | null {
  const bounds: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    if (isWordCode(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bounds.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) bounds.push(start, text.length);
  return bounds;
}

/** The runs of letters, digits and marks of a text, in order: what `text.split(NOT_WORD)` keeps. */
function wordRuns(text: string): string[] {
  const bounds = wordBounds(text);
  if (!bounds) return text.split(NOT_WORD).filter((part) => part.length > 0);
  const runs: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) runs.push(text.slice(bounds[k], bounds[k + 1]));
  return runs;
}
const NUMBER_WITH_UNIT = /^(\d+)(t|k|tr|p)$/;
// "30p" is chat shorthand for 30 minutes ("lạc cách đây 30p"): read as "30 phút", so a time minutes ago is heard
// as now, as when spelled out (safeguarding's `urgent` lists "cách đây 30 phút").
const UNIT_WORDS: Record<string, string[]> = { t: ['tuổi'], k: ['nghìn'], tr: ['triệu'], p: ['phút'] };
/** HTML tags people paste from web pages (`<b>`, `</a>`): markup, not words. */
const HTML_TAG = /<\/?[a-z][^<>]{0,80}>/gi;

/** True when a word starts with an ASCII digit: the cheap test before a pattern for numbers ("80t", "11yo"). */
export function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/**
 * Distinct words whose tokens are kept: unique messages share most of their words ("cho", "em", "hỏi"), so a word
 * is folded once, not in every message and every reading of it. Emptied when full, so memory stays bounded.
 */
const KEPT_TOKENS = 20_000;

const tokensByWord = new Map<string, Token>();

/** Makes one token from a lower-case word (the same, unchanging token for the same word). */
export function makeToken(text: string): Token {
  const kept = tokensByWord.get(text);
  if (kept !== undefined) return kept;
  const folded = foldAccents(text);
  const token: Token = { text, folded, plain: folded === text };
  if (tokensByWord.size >= KEPT_TOKENS) tokensByWord.clear();
  tokensByWord.set(text, token);
  return token;
}

/**
 * Splits a message into lower-case tokens. Emoji with a meaning become their
 * words; everything else that is not a letter or digit (punctuation, other
 * emoji, markup, control characters) separates tokens, so "<b>hotline</b>??"
 * and "hotline" read the same.
 */
export function tokenize(input: string, maxChars = MAX_INPUT_CHARS): Token[] {
  // Cut before the (comparatively) costly Unicode work, with slack for NFD input.
  const cut = input.length > maxChars * 2 ? input.slice(0, maxChars * 2) : input;
  const lower = cut.normalize('NFC').slice(0, maxChars).toLowerCase();
  // A tag needs a "<": most messages have none and skip the pattern.
  const text = emojiAsWords(lower.includes('<') ? lower.replace(HTML_TAG, ' ') : lower);
  const tokens: Token[] = [];
  for (const part of wordRuns(text)) {
    // Chat shorthand for amounts, ages and minutes: "80t" = 80 tuổi, "500k" = 500 nghìn, "2tr" = 2 triệu, "5p" = 5 phút.
    const unit = startsWithDigit(part) ? NUMBER_WITH_UNIT.exec(part) : null;
    if (unit) {
      tokens.push(makeToken(unit[1] as string), ...(UNIT_WORDS[unit[2] as string] ?? []).map(makeToken));
      continue;
    }
    tokens.push(makeToken(part));
  }
  return tokens;
}

/** Words written with their accents, and the same typed without any. */
export interface AccentedWords {
  accented: ReadonlySet<string>;
  folded: ReadonlySet<string>;
}

export function accentedWords(words: readonly string[]): AccentedWords {
  return { accented: new Set(words), folded: new Set(words.map(foldAccents)) };
}

/** Whether a token is one of the words: as written when it has accents, by its folded form when typed without. */
export function typedIn(t: Token, words: AccentedWords): boolean {
  return t.plain ? words.folded.has(t.folded) : words.accented.has(t.text);
}

/** True when the folded words `run` start at token `at` ("cong tac xa hoi" at the day's name). */
export function foldedRunAt(tokens: readonly Token[], at: number, run: readonly string[]): boolean {
  return run.every((word, k) => tokens[at + k]?.folded === word);
}

/** `text` with the characters a regular expression gives a meaning to escaped, to match it literally. */
export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern (global, Unicode) matching any of `sources` (regular-expression sources, already escaped where they are
 * literal) as whole words: no letter or digit just before or after.
 */
export function wholeWordsPattern(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
