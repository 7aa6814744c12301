/**
 * Recognises a question about the date of a day of observance other than Vietnam Social Work Day ("Ngày Gia đình Việt
 * Nam là ngày mấy?", "Ngày Quốc tế Người cao tuổi là ngày nào?"). The center's entry answers only its own day (25/3);
 * any other day asked this way was answered with it, or with the entry of the people the day honours, as if either
 * told the date (session 32: tune19's two such questions were a confident wrong answer and a did-you-mean).
 * Deliberately narrow: the message opens with "ngày" naming the day, asks its date later ("là ngày nào", "vào ngày
 * mấy", "ngày bao nhiêu"), and names neither social work nor the center ("Ngày Công tác xã hội Việt Nam là ngày nào"
 * stays the center's own question). A day asked "là ngày gì" ("25/3 là ngày gì") asks what the day is, not its date.
 */
import { foldedRunAt, type Token } from '../text/normalize.ts';
import { namesCenter } from './price-question.ts';

/**
 * Folded words after the opening "ngày" that point back instead of naming a day ("ngày của ngành là ngày nào", "ngày
 * đó là ngày mấy"): in a conversation they ask the date of the day just talked about, which may be Social Work Day.
 */
const POINTING_BACK = new Set(['cua', 'do', 'nay', 'ay', 'kia']);

/** How many words may come before the opening "ngày" ("cho hỏi ngày…", when the fillers are still there). */
const OPENING_REACH = 2;

/** Folded runs that name social work, whose day is the center's own question. */
const SOCIAL_WORK: readonly (readonly string[])[] = [['cong', 'tac', 'xa', 'hoi'], ['ctxh'], ['social', 'work']];

/** True when the "ngày" at `at` asks a date: "ngày nào", "ngày mấy", "ngày bao nhiêu". */
function dateAskedAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.folded !== 'ngay') return false;
  const next = tokens[at + 1]?.folded;
  return next === 'nao' || next === 'may' || (next === 'bao' && tokens[at + 2]?.folded === 'nhieu');
}

/** Folded words every reading here starts from: a message without "ngày" asks no date. */
export const OBSERVANCE_WORDS: readonly string[] = ['ngay'];

/** True when the (tokenised) message asks the date of a named day that is not Social Work Day. */
export function asksObservanceDate(tokens: readonly Token[]): boolean {
  let opening = -1;
  for (let i = 0; i <= OPENING_REACH && i < tokens.length; i++)
    if (tokens[i]?.folded === 'ngay') {
      opening = i;
      break;
    }
  // The opening "ngày" names the day: "ngày nào" there asks which day, the date of nothing named.
  if (opening < 0 || dateAskedAt(tokens, opening) || POINTING_BACK.has(tokens[opening + 1]?.folded ?? '')) return false;
  let asked = false;
  for (let k = opening + 2; k < tokens.length; k++) if (dateAskedAt(tokens, k)) asked = true;
  if (!asked || namesCenter(tokens)) return false;
  return !tokens.some((_, i) => SOCIAL_WORK.some((run) => foldedRunAt(tokens, i, run)));
}
