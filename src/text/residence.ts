/**
 * "Where I live" and "who I am" phrases: "em ở phường 5", "nhà tôi ở xã Tân
 * Lập, huyện Ba Chẽ", "tôi là người dân thôn 3". Residents add them to any
 * question, and the answer does not depend on them, but their words (often
 * unknown names) dilute every similarity. A phrase is someone (`who`: em,
 * tôi, nhà em…) saying where they live (`says`: ở, sống ở, là người dân…)
 * followed by a place: a place word (`places`: phường, xã, thôn…) with a
 * name or number, possibly several ("tổ 7 khu 2"), or a capitalised name
 * ("mình ở Hạ Long"). A question about a place has no such opening, or asks
 * where the name would be ("em ở xã nào"), so it is kept.
 */
import { makeToken, type Token } from './normalize.ts';

/** Compiled phrase lists (the lexicon's PhraseRules): how many words a phrase at `start` takes, or 0. */
export interface PhraseList {
  readonly longest: number;
  lengthAt(tokens: readonly Token[], start: number): number;
}

/** The lexicon.yaml `residence` lists, compiled. */
export interface ResidenceWords {
  who: PhraseList;
  says: PhraseList;
  places: PhraseList;
}

/** A word of the message, where it is and how it was typed. */
interface Word {
  start: number;
  end: number;
  /** Typed with a capital letter: part of a name. */
  capital: boolean;
  /** Punctuation (a comma, a full stop, a question mark…) or a line break separates it from the word before. */
  afterBreak: boolean;
  /** Only a comma separates it from the word before ("xã Tân Lập, huyện Ba Chẽ"). */
  afterComma: boolean;
  /** Only a full stop separates it from the word before ("P.5", "TP. Hạ Long"). */
  afterDot: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const BREAK = /[,.;:!?…\n]/;
const COMMA_ONLY = /^[\s,]*,[\s,]*$/;
const DOT_ONLY = /^\.\s?$/;
const NUMBER = /^\d+[a-z]?$/;
/** A name is at most this many capitalised words ("Phước Long Thọ"). */
const NAME_WORDS = 4;
/** Most names have this many syllables ("Tân Lập", "Hạ Long"). */
const USUAL_NAME_WORDS = 2;

/** Finds and drops "where I live" phrases from a message. */
export class ResidencePhrases {
  private readonly exact: ResidenceWords;
  private readonly loose: ResidenceWords;

  /**
   * Takes the lists compiled twice: `exact` (a word with accents matches only
   * the same accents), since typed with accents "ở xa" is "far away", not "ở
   * xã"; `loose` (the lexicon's rule) only for a phrase typed with none.
   * Empty lists recognise nothing.
   */
  constructor(exact: ResidenceWords, loose: ResidenceWords) {
    this.exact = exact;
    this.loose = loose;
  }

  /**
   * The message without its "where I live" phrases; the message itself when
   * it has none, or when nothing else would be left. `stopsName` gives the
   * words of a phrase a name cannot go on into (a question word or a filler
   * starting there), or 0.
   */
  drop(text: string, stopsName: (tokens: readonly Token[], at: number) => number): string {
    if (this.exact.who.longest === 0) return text;
    const words: Word[] = [];
    const tokens: Token[] = [];
    let previousEnd = 0;
    for (const match of text.matchAll(WORD)) {
      const raw = match[0];
      const start = match.index;
      const lower = raw.toLowerCase();
      const gap = text.slice(previousEnd, start);
      words.push({
        start,
        end: start + raw.length,
        capital: raw.charAt(0) !== lower.charAt(0),
        afterBreak: BREAK.test(gap),
        afterComma: COMMA_ONLY.test(gap),
        afterDot: DOT_ONLY.test(gap),
      });
      tokens.push(makeToken(lower.normalize('NFC')));
      previousEnd = start + raw.length;
    }
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      let end = phraseAt(this.exact, tokens, words, i, stopsName);
      if (end === i) {
        // Typed without accents ("nha em o xa Tan Lap"): the phrase's own words have none.
        const loose = phraseAt(this.loose, tokens, words, i, stopsName);
        if (tokens.slice(i, loose).every((t, k) => t.plain || (words[i + k] as Word).capital)) end = loose;
      }
      if (end > i) {
        spans.push([(words[i] as Word).start, (words[end - 1] as Word).end]);
        i = end - 1;
      }
    }
    if (spans.length === 0) return text;
    let out = '';
    let from = 0;
    for (const [start, end] of spans) {
      out += `${text.slice(from, start)} `;
      from = end;
    }
    out += text.slice(from);
    return /[\p{L}\p{N}]/u.test(out) ? out : text;
  }
}

/** The index after a phrase starting at `i`, or `i` when none starts there. */
function phraseAt(
  lists: ResidenceWords,
  tokens: readonly Token[],
  words: readonly Word[],
  i: number,
  stopsName: (tokens: readonly Token[], at: number) => number,
): number {
  const { who, says, places } = lists;
  const whoEnd = i + who.lengthAt(tokens, i);
  if (whoEnd === i || words[whoEnd]?.afterBreak) return i;
  const saysEnd = whoEnd + says.lengthAt(tokens, whoEnd);
  if (saysEnd === whoEnd || words[saysEnd]?.afterBreak) return i;
  // A capitalised name stops only at a phrase that cannot be part of it: "Hạ Long" typed "Ha Long" is
  // not the question word "hả", but "Chào bạn" and "Cho em hỏi" are not names.
  const stops = (at: number, capital: boolean): boolean => {
    const length = stopsName(tokens, at);
    return length > 0 && (!capital || length > 1 || !(tokens[at] as Token).plain);
  };
  // `abbreviated`: the place word before may end with a full stop ("P.5", "TP. Hạ Long").
  const name = (at: number, abbreviated = false): number => {
    const word = words[at];
    const token = tokens[at];
    if (!word || !token || (word.afterBreak && !(abbreviated && word.afterDot)) || stops(at, word.capital)) return at;
    if (NUMBER.test(token.folded)) return at + 1;
    // A name is written with capitals; lower-case words after a place word describe it
    // ("ở tỉnh khác", "ở xã vùng sâu", "ở xóm trọ công nhân") and may be the question.
    if (!word.capital) return at;
    let end = at;
    while (
      end < tokens.length &&
      end - at < NAME_WORDS &&
      (end === at || !(words[end] as Word).afterBreak) &&
      (words[end] as Word).capital &&
      !NUMBER.test((tokens[end] as Token).folded) &&
      places.lengthAt(tokens, end) === 0 &&
      !stops(end, true)
    )
      end++;
    // "Ba Chẽ Trung tâm ở đâu": a long capitalised run running straight into lower case ends with the
    // first word of the next sentence.
    const next = words[end];
    if (end - at > USUAL_NAME_WORDS && next && !next.afterBreak && !next.capital) end--;
    return end;
  };
  // "ở Hạ Long": a capitalised name with no place word.
  if (places.lengthAt(tokens, saysEnd) === 0) {
    if (!words[saysEnd]?.capital) return i;
    const end = name(saysEnd);
    return end > saysEnd ? end : i;
  }
  // "ở xã Tân Lập, huyện Ba Chẽ", "ở tổ 7 khu 2": place words, each with its name.
  let end = saysEnd;
  for (;;) {
    const place = places.lengthAt(tokens, end);
    if (place === 0 || (end > saysEnd && words[end]?.afterBreak && !words[end]?.afterComma)) break;
    const named = name(end + place, place === 1 && (tokens[end] as Token).folded.length <= 2);
    if (named === end + place) break;
    end = named;
  }
  return end > saysEnd ? end : i;
}
