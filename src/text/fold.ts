/**
 * Accent folding, a pure text helper below every layer: the answer engine
 * matches on folded syllables, and the store compares areas folded.
 */

/** Folded form of each non-ASCII character (by UTF-16 code) met so far; bounded, a message may hold any character. */
const charFolds = new Map<number, string>();
const CHAR_FOLDS_LIMIT = 4_096;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Removes Vietnamese diacritics: "Đăng ký" → "dang ky". Folds character by
 * character (decomposing a string is the same as decomposing each character,
 * and every combining mark is dropped), so a message of made-up words costs a
 * table lookup per accented letter rather than a Unicode normalisation per
 * word; ASCII runs are copied as they are.
 */
export function foldAccents(text: string): string {
  let folded = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    // Characters outside the Basic Multilingual Plane (emoji, rare scripts): fold the whole word.
    if (code >= 0xd800 && code <= 0xdfff) return foldWhole(text);
    let plain = charFolds.get(code);
    if (plain === undefined) {
      plain = foldWhole(text.charAt(i));
      if (charFolds.size < CHAR_FOLDS_LIMIT) charFolds.set(code, plain);
    }
    folded += text.slice(copiedUpTo, i) + plain;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : folded + text.slice(copiedUpTo);
}

function foldWhole(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
