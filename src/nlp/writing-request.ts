/**
 * Recognises a request to write or translate a text: a script for a show ("kịch bản chương trình văn nghệ ngày
 * 25/3"), a sentence put into another language ("dịch giùm câu này sang tiếng Hàn"), an essay ("write my essay about
 * social work"). The center writes no such texts, so the honest "no information" reply is better than the entry the
 * text's subject is closest to (Social Work Day, a greeting, what social work is).
 * Deliberately narrow: never "viết đơn" or "viết giùm" alone (someone may write an application for a person who
 * cannot), never "phiên dịch" (a sign-language interpreter is a disability service), never "dịch vụ" or "dịch bệnh":
 * only "kịch bản", "dịch … sang/ra tiếng …", and the English "translate", "essay" and "write me/my".
 */
import type { Token } from '../text/normalize.ts';

/** How many syllables after "dịch" its "sang tiếng" may come ("dịch giùm tui câu này sang tiếng Hàn"). */
const TRANSLATION_REACH = 8;

/** Folded words that, after "dịch", make it another word ("dịch vụ", "dịch bệnh"). */
const NOT_TRANSLATING_BEFORE = new Set(['vu', 'benh']);

/** True when "dịch" at position `at` asks a translation: "sang tiếng" or "ra tiếng" comes shortly after. */
function translationAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.folded !== 'dich' || NOT_TRANSLATING_BEFORE.has(tokens[at + 1]?.folded ?? '')) return false;
  if (tokens[at - 1]?.folded === 'phien') return false;
  for (let k = at + 1; k <= at + TRANSLATION_REACH && k < tokens.length; k++) {
    const word = tokens[k]?.folded;
    if ((word === 'sang' || word === 'ra') && tokens[k + 1]?.folded === 'tieng') return true;
  }
  return false;
}

/** True when the words at `at` are "kịch bản" (a script) or an English request to write or translate. */
function writingAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.folded;
  const next = tokens[at + 1]?.folded;
  if (word === 'kich' && next === 'ban') return true;
  if (word === 'translate' || word === 'essay') return true;
  return word === 'write' && (next === 'me' || next === 'my');
}

/** Folded words every reading here starts from: a message with none asks for no text. */
export const WRITING_WORDS: readonly string[] = ['kich', 'dich', 'translate', 'essay', 'write'];

/** True when the (tokenised) message asks for a text to be written or translated. */
export function asksToWriteText(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => writingAt(tokens, i) || translationAt(tokens, i));
}
