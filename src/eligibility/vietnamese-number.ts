/**
 * Reads numbers written in Vietnamese words, as people type ages: "tám mươi
 * hai", "tam muoi hai" (no accents), "mười lăm", "một trăm lẻ hai", and the
 * spoken short form "tám hai" (82) or "bảy lăm" (75).
 */
import { wordMatches } from '../text/lexicon.ts';
import { makeToken, type Token } from '../text/normalize.ts';

type Word =
  | { kind: 'digit'; value: number }
  | { kind: 'ten' }
  | { kind: 'tens' }
  /** "muoi" typed without accents: "mười" (10) or "mươi" (×10); position decides. */
  | { kind: 'ten-or-tens' }
  | { kind: 'hundred' }
  | { kind: 'link' };

const DIGIT_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['một', 1],
  ['mốt', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['năm', 5],
  ['lăm', 5],
  ['nhăm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
];
// "không" (0) is left out on purpose: in an answer it means "no".
const PATTERNS: ReadonlyArray<readonly [Token, Word]> = [
  ...DIGIT_WORDS.map(([w, value]) => [makeToken(w), { kind: 'digit', value }] as const),
  [makeToken('mười'), { kind: 'ten' }],
  [makeToken('mươi'), { kind: 'tens' }],
  [makeToken('chục'), { kind: 'tens' }],
  [makeToken('trăm'), { kind: 'hundred' }],
  [makeToken('linh'), { kind: 'link' }],
  [makeToken('lẻ'), { kind: 'link' }],
];

/** What a token means as a number word, if anything. */
function classify(token: Token): Word | undefined {
  const hits = PATTERNS.filter(([pattern]) => wordMatches(pattern, token)).map(([, word]) => word);
  if (hits.length === 0) return undefined;
  if (hits.some((w) => w.kind === 'ten') && hits.some((w) => w.kind === 'tens')) return { kind: 'ten-or-tens' };
  return hits[0];
}

/** True when the token can be part of a number written in words. */
export function isNumberWord(token: Token): boolean {
  return classify(token) !== undefined;
}

/** Below one hundred: "hai", "mười lăm", "tám mươi hai", "tám hai". */
function belowHundred(words: readonly Word[]): number | undefined {
  const [a, b, c, ...rest] = words;
  if (rest.length > 0) return undefined;
  if (!a) return 0;
  if (a.kind === 'ten') {
    if (!b) return 10;
    return b.kind === 'digit' && !c ? 10 + b.value : undefined;
  }
  if (a.kind !== 'digit') return undefined;
  if (!b) return a.value;
  if (b.kind === 'tens') {
    if (!c) return a.value * 10;
    return c.kind === 'digit' ? a.value * 10 + c.value : undefined;
  }
  // The spoken short form: two digit words are tens and units ("bảy lăm" = 75).
  if (b.kind === 'digit' && !c && a.value >= 2) return a.value * 10 + b.value;
  return undefined;
}

/** The value of a run of number words, or undefined when they do not form one number. */
export function parseNumberWords(tokens: readonly Token[]): number | undefined {
  const words: Word[] = [];
  for (const token of tokens) {
    const word = classify(token);
    if (!word) return undefined;
    if (word.kind === 'ten-or-tens') {
      // After a digit word it multiplies ("tam muoi" = 80); otherwise it is ten ("muoi lam" = 15).
      words.push(words.at(-1)?.kind === 'digit' ? { kind: 'tens' } : { kind: 'ten' });
    } else {
      words.push(word);
    }
  }
  const [first, second] = words;
  if (first?.kind === 'digit' && second?.kind === 'hundred') {
    let rest = words.slice(2);
    if (rest[0]?.kind === 'link') {
      rest = rest.slice(1);
      const [unit, ...more] = rest;
      return unit?.kind === 'digit' && more.length === 0 ? first.value * 100 + unit.value : undefined;
    }
    const below = belowHundred(rest);
    return below === undefined ? undefined : first.value * 100 + below;
  }
  return words.length === 0 ? undefined : belowHundred(words);
}
