/**
 * Reading a long message by its sentences. People often tell their whole
 * story first and ask at the end ("…mẹ tôi 78 tuổi, không có lương hưu… Vậy
 * bà có được trợ cấp không?"); matching the whole story dilutes every
 * similarity, and cutting it at a fixed length loses the question. So past
 * a fixed length the matcher reads the question sentences (a short one
 * with the sentence before it, which usually says who the question is
 * about) twice, with the story's opening and the sentences just before the
 * question once: the story still says who it is about, but its other
 * topics do not outvote what is asked.
 */
import type { Lexicon } from '../text/lexicon.ts';
import { tokenize } from '../text/normalize.ts';

/** Messages up to this many characters are read whole; longer ones by their sentences. */
export const FOCUS_CHARS = 600;

/** Past FOCUS_CHARS, the question sentences with the story around them fill up to this many characters… */
const STORY_CHARS = 400;

/** …and up to this many times the question sentences' length. */
const STORY_PER_QUESTION = 4;

/** How far from the end a question without a question mark is looked for. */
const QUESTION_SCAN_CHARS = 2 * FOCUS_CHARS;

/** A question with fewer words than this is read with the sentence before it. */
const SHORT_QUESTION_WORDS = 15;

/** Where a second question starts inside a sentence: ", và …", ", hay …", ", còn …" (with or without accents). */
const SECOND_PART = /,\s*(?:và|hay|còn|va|con)\s/iu;

/** A sentence with the punctuation that ends it; a line break also ends one. */
const SENTENCE = /[^.!?…;\n]+[.!?…;\n]*/g;

interface Sentence {
  text: string;
  /** Ends with or contains a question mark. */
  marked: boolean;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * Splits a message into sentences, dropping those with no letters or digits.
 * A sentence longer than the budget (no punctuation for a whole story) is cut
 * into runs of whole words, so one run-on sentence cannot hide its question.
 */
function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    for (const piece of piecesOf(match[0])) {
      if (!/[\p{L}\p{N}]/u.test(piece)) continue;
      sentences.push({ text: piece.trim(), marked: piece.includes('?') });
    }
  }
  return sentences;
}

/** A sentence cut into runs of at most FOCUS_CHARS characters at spaces or commas (a longer word is cut too). */
function piecesOf(sentence: string): string[] {
  if (sentence.length <= FOCUS_CHARS) return [sentence];
  const pieces: string[] = [];
  let current = '';
  for (const word of sentence.split(/(?<=[,\s])/)) {
    if (current.length + word.length > FOCUS_CHARS && current.length > 0) {
      pieces.push(current);
      current = '';
    }
    current += word.length > FOCUS_CHARS ? word.slice(0, FOCUS_CHARS) : word;
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

/** How the matcher reads a message: what it reads, and which part of that is read a second time. */
export interface MessageReading {
  /** The message itself up to FOCUS_CHARS; past that, its question sentences and some story (or its first and last sentence). */
  focus: string;
  /** The question sentences of a long story, counted again so the story cannot outvote them ('' when none). */
  question: string;
}

/**
 * The part of a message the matcher should read: the message itself when
 * short; otherwise its question sentences (last first, a short one with the
 * sentence before it) up to FOCUS_CHARS, or, with no question at all, its
 * opening and closing sentences.
 */
export function focusOfMessage(text: string, lexicon: Lexicon): string {
  return readMessage(text, lexicon).focus;
}

/**
 * Reads a message by its sentences: one up to FOCUS_CHARS whole and once; a
 * longer one by its question sentences (counted twice) with the story's opening and the
 * sentences before the question, up to STORY_CHARS and STORY_PER_QUESTION
 * times the question.
 */
export function readMessage(text: string, lexicon: Lexicon): MessageReading {
  if (text.length <= FOCUS_CHARS) return { focus: text, question: '' };
  const sentences = splitSentences(text);
  const asks = (s: Sentence): boolean => lexicon.asks(lexicon.rewrite(tokenize(s.text, FOCUS_CHARS)));
  // "…có lớp can thiệp không, và học phí bao nhiêu?": the first part is the question to answer.
  const firstPart = (sentence: string): string => {
    const second = SECOND_PART.exec(sentence);
    if (!second) return sentence;
    const first = sentence.slice(0, second.index);
    // "Em muốn hỏi, còn …" opens the question in its first part but asks it in the second.
    const asked = lexicon.fillers.apply(lexicon.rewrite(tokenize(first, FOCUS_CHARS)));
    return asked.length > 0 && lexicon.asks(asked) ? first : sentence;
  };
  // Sentences with a question mark are the questions; without any, the last sentence with a
  // question word ("không", "ở đâu"), since those words also appear in plain statements.
  let questions = sentences.flatMap((s, i) => (s.marked ? [i] : []));
  if (questions.length === 0) {
    // Only the end of the message is searched: that is where a question without a mark sits,
    // and it bounds the work on a long message that asks nothing.
    let scanned = 0;
    for (let i = sentences.length - 1; i >= 0 && scanned < QUESTION_SCAN_CHARS; i--) {
      const sentence = sentences[i] as Sentence;
      if (asks(sentence)) {
        questions = [i];
        break;
      }
      scanned += sentence.text.length;
    }
  }
  const chosen = new Set<number>();
  let used = 0;
  const take = (i: number): boolean => {
    const sentence = sentences[i];
    if (!sentence || chosen.has(i)) return true;
    if (used + sentence.text.length > FOCUS_CHARS && chosen.size > 0) return false;
    chosen.add(i);
    used += sentence.text.length;
    return true;
  };
  // The last question first: it is usually what the story leads up to. A short question
  // ("Vậy bà có được không?") takes the sentence before it, which says who it is about.
  for (const i of questions.reverse()) {
    if (!take(i)) break;
    if (wordCount((sentences[i] as Sentence).text) < SHORT_QUESTION_WORDS && !take(i - 1)) break;
  }
  if (chosen.size === 0) {
    // No question: what the story is about is usually said first, what they want last.
    take(0);
    take(sentences.length - 1);
    return { focus: textOf(sentences, chosen), question: '' };
  }
  // The question, then as much of the story as fits around it: its opening sentence (who it is
  // about, usually said first) and the sentences just before the question, nearest first.
  // The story is kept to a few times the question's length, so the question still outweighs it.
  const asked = new Set(chosen);
  const first = Math.min(...asked);
  const budget = Math.min(STORY_CHARS, used * STORY_PER_QUESTION);
  const before = Array.from({ length: first }, (_, k) => first - 1 - k);
  for (const i of [0, ...before, ...sentences.keys()]) {
    const sentence = sentences[i] as Sentence;
    if (chosen.has(i) || used + sentence.text.length > budget) continue;
    chosen.add(i);
    used += sentence.text.length;
  }
  return {
    focus: textOf(sentences, chosen),
    question: chosen.size > asked.size ? textOf(sentences, asked, firstPart) : '',
  };
}

/** The chosen sentences in their order in the message, each as `part` gives it. */
function textOf(
  sentences: readonly Sentence[],
  chosen: ReadonlySet<number>,
  part: (sentence: string) => string = (sentence) => sentence,
): string {
  return [...chosen]
    .sort((a, b) => a - b)
    .map((i) => part((sentences[i] as Sentence).text))
    .join(' ');
}
