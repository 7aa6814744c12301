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
 * with the sentence before it. Null for a message up to REQUEST_MIN_CHARS or with no such sentence, and past
 * FOCUS_CHARS, where the whole message is already read by its question sentences with the story around them.
 */
export function requestSentence(text: string): string | null {
  if (text.length <= REQUEST_MIN_CHARS || text.length > FOCUS_CHARS) return null;
  const sentences = [...text.matchAll(SENTENCE)].map((m) => m[0].trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  let at = sentences.findLastIndex((s) => s.includes('?'));
  if (at < 0) at = sentences.findLastIndex((s) => STATED_NEED.test(s));
  if (at < 0) return null;
  const request = sentences[at] as string;
  if (wordCount(request) >= SHORT_REQUEST_WORDS || at === 0) return request;
  return `${sentences[at - 1]} ${request}`;
}
