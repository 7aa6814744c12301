import { tokenize } from '../text/normalize.ts';

/** A quote opened after a space or the start, closed before a space, punctuation or the end: never an apostrophe ("mom's"). */
const QUOTED = /(?:^|[\s([])['"“‘]([^'"“”‘’\n]{1,60}?)['"”’](?=$|[\s.,;:!?)\]])/gu;

/** The words (folded, space-joined) of every quoted span of at most `maxWords` words: "bị sếp 'xử đẹp'" gives "xu dep". */
export function shortQuotes(text: string, maxWords: number): string[] {
  if (!/['"“‘]/u.test(text)) return [];
  const quotes: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const words = tokenize(match[1] as string, 200).map((t) => t.folded);
    if (words.length > 0 && words.length <= maxWords) quotes.push(words.join(' '));
  }
  return quotes;
}

/** The text with every quoted span of `shortQuotes` blanked ("she texted 'cứu em'" → "she texted  | "). */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, ' | ');
}

/** The text with every quoted span of `shortQuotes` blanked, folded: where a cue said outside the quotes still counts. */
export function foldedOutsideQuotes(text: string): string {
  return tokenize(withoutQuotes(text), 4000)
    .map((t) => t.folded)
    .join(' ');
}
