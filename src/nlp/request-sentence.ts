/**
 * The request sentence of a long first message. A social worker reads a story for who it is about
 * and its request for what is wanted: "…con em 2 tuổi bị sứt môi hở hàm ếch, em nghe nói có chương trình
 * phẫu thuật miễn phí". The engine keeps reading the whole message; this finds the sentence it may also
 * read alone when the whole message names no entry confidently.
 */

import { FOCUS_CHARS } from './sentences.ts';

/** Messages up to this many characters are short enough that the whole message is the request. */
const REQUEST_MIN_CHARS = 150;

/** A request sentence with fewer words than this is read with the sentence before it ("Vậy bà có được không?"). */
const SHORT_REQUEST_WORDS = 6;

/** A sentence with the punctuation that ends it; a line break also ends one. */
const SENTENCE = /[^.!?…;\n]+[.!?…;\n]*/g;

/** A need stated without a question mark: "em muốn xin …", "em nghe nói có …", "nhờ trung tâm …", "mong được …". */
const STATED_NEED =
  /\b(?:mu[ốo]n (?:xin|h[ỏo]i|bi[ếe]t|nh[ờo]|[đd][ăa]ng k[ýy])|nghe n[óo]i c[óo]|nh[ờo] (?:trung t[âa]m|anh ch[ịi]|ad)|mong (?:được|duoc|dc)|cho (?:em|e|t[ôo]i|toi|m[ìi]nh|con|ch[áa]u) h[ỏo]i)/iu;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * The sentence that asks: the last one with a question mark, else the last that states a need; a short one
 * with the sentence before it. Past FOCUS_CHARS it comes after the story's opening sentence, which says who it
 * is about, as `readMessage` reads it ("Bà nội em 83 tuổi …" … "Vậy bà em có được nhận trợ cấp không?").
 * Null for a message up to REQUEST_MIN_CHARS or with no such sentence.
 */
export function requestSentence(text: string): string | null {
  if (text.length <= REQUEST_MIN_CHARS) return null;
  const sentences = [...text.matchAll(SENTENCE)].map((m) => m[0].trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  let at = sentences.findLastIndex((s) => s.includes('?'));
  if (at < 0) at = sentences.findLastIndex((s) => STATED_NEED.test(s));
  if (at < 0) return null;
  const first = wordCount(sentences[at] as string) >= SHORT_REQUEST_WORDS || at === 0 ? at : at - 1;
  // A long story's request alone loses who it is about: an 83-year-old's "có được trợ cấp không" reads as who qualifies.
  const from = text.length > FOCUS_CHARS && first > 0 ? [sentences[0] as string] : [];
  return [...from, ...sentences.slice(first, at + 1)].join(' ');
}

/**
 * The question sentence of an English message of two sentences or more: the last one with a question mark, with the
 * sentence before it when short ("How can I join?"). English stories are read by the English index alone, without
 * the classifier, so the context around the question ("We live in Ha Long.", "My wife's family is struggling.")
 * dilutes its score under the answer bar however plainly the question names the entry. Null when the question is the
 * whole message or nothing is asked with a question mark.
 */
export function englishQuestionSentence(text: string): string | null {
  const sentences = [...text.matchAll(SENTENCE)].map((m) => m[0].trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const at = sentences.findLastIndex((s) => s.includes('?'));
  if (at < 0) return questionClause(sentences.at(-1));
  const asked = withoutConcession(sentences[at] as string);
  const first = wordCount(asked) >= SHORT_REQUEST_WORDS || at === 0 ? at : at - 1;
  if (first === 0 && at === sentences.length - 1) {
    return questionClause(sentences[at]) ?? (asked === sentences[at] ? null : asked);
  }
  return [...sentences.slice(first, at), asked].join(' ');
}

/**
 * A concession that closes a question, telling the writer's circumstances: "Can he get a disability certificate even
 * though I'm a foreigner?", "…although we are not registered here?". Like a story's sentences, it dilutes the question
 * (its "foreigner" named the volunteers' "Can foreigners volunteer"), and the question sentence is only ever read to
 * confirm the entry the whole message already put first.
 */
const CONCESSION = /,?\s+(?:even though|even if|although|though)\b[^?]*(\?*)\s*$/i;

/** The question without a closing concession, when enough words remain to name what is asked. */
function withoutConcession(sentence: string): string {
  const asked = sentence.replace(CONCESSION, '$1');
  return wordCount(asked) >= SHORT_REQUEST_WORDS ? asked : sentence;
}

/**
 * A question asked after a comma, behind the writer's circumstances told in the same sentence: "I am a foreigner
 * married to a Vietnamese, can I get support for my disabled child". The circumstances dilute the question as a
 * story's sentences do (they named the volunteers' "Can foreigners volunteer" before the disability services), and
 * residents write such messages as one sentence, often with no question mark. Only a clause that opens as an English
 * question does and is long enough to name what is asked.
 */
const QUESTION_CLAUSE =
  /,\s*((?:can|could|may|how|what|where|who|which|when|is there|are there|do|does|should|will)\b[^,]*)$/i;

function questionClause(sentence: string | undefined): string | null {
  const clause = sentence === undefined ? undefined : QUESTION_CLAUSE.exec(sentence)?.[1];
  return clause !== undefined && wordCount(clause) >= SHORT_REQUEST_WORDS ? clause : null;
}
