/**
 * A follow-up that opens with a marker of a new matter: "à mà …", "nhân tiện …", "tiện thể …", "also …", "by the
 * way …", "btw …". The speaker says, in so many words, that what follows is not the topic just answered, so the
 * conversation's topic must not be offered in its place when the engine cannot place the message alone ("à mà hôm nay
 * giá vàng bao nhiêu" after the elderly allowance, "Also, what's the exchange rate today?" after the data policy).
 *
 * Only the accented Vietnamese markers: typed without accents they are ordinary words ("nhan tien o dau" asks where
 * to receive the money, "a ma" can be "anh mà"). "Ngoài ra" ("besides") is not one: it asks for more of the same
 * thing ("ngoài ra bà có được tiền người già không"). A plain "and" continues the topic ("and how much is it?").
 */
import { tokenize } from '../text/normalize.ts';

/** Markers as the words typed (lower case, with their diacritics). */
const NEW_MATTER_MARKERS: readonly (readonly string[])[] = [
  ['à', 'mà'],
  ['nhân', 'tiện'],
  ['tiện', 'thể'],
  ['also'],
  ['by', 'the', 'way'],
  ['btw'],
];

/** Whether `text` opens with a marker of a new matter and goes on to say something after it. */
export function opensNewMatter(text: string): boolean {
  const words = tokenize(text).map((t) => t.text);
  return NEW_MATTER_MARKERS.some(
    (marker) => words.length > marker.length && marker.every((word, i) => words[i] === word),
  );
}
