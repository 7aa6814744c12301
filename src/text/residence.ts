/**
 * "Where I live" and "who I am" phrases: "em ở phường 5", "nhà tôi ở xã Tân
 * Lập, huyện Ba Chẽ", "tôi là người dân thôn 3". Residents add them to any
 * question; the answer does not depend on them, but their words (often names
 * nobody has seen) dilute every similarity.
 *
 * Only a phrase that is clearly one is recognised: someone (`who`) saying
 * where they live (`says`), then one or more administrative words (`places`),
 * each with a number or a name, ending at a clause boundary or before a
 * question word, a filler or a connecting word (`ends_before`). A name is
 * capitalised ("Tân Lập") or, typed in lower case, at most three words that
 * run straight into such an ending. A phrase holding a word of the center's
 * services ("trung tâm", "UBND", "bảo hiểm"…) is never one, so "con tôi ở
 * Trung tâm bảo trợ" and questions that ask about a place ("em ở xã nào thì
 * nộp", "phường 5 có văn phòng không") are read whole.
 */
import { makeToken, type Token, tokenize, wordBounds } from './normalize.ts';

/** Compiled phrase lists (the lexicon's PhraseRules): how many words a phrase at `start` takes, or 0. */
interface PhraseList {
  readonly longest: number;
  lengthAt(tokens: readonly Token[], start: number): number;
}

/** The lists of lexicon.yaml's `residence` section, compiled one way (exact or loose accents). */
export interface ResidenceWords {
  who: PhraseList;
  says: PhraseList;
  places: PhraseList;
}

/** Lists whose accents never need to be exact: they only stop or block a phrase. */
export interface ResidenceLimits {
  /** Words of the center's services: a phrase holding one is never dropped. */
  services: PhraseList;
  /** Words that describe a place rather than name it ("khác", "vùng", "xa"). */
  notNames: PhraseList;
  /** Words a phrase may end before, besides question words and fillers ("thì", "muốn", "có"). */
  endsBefore: PhraseList;
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
const BREAK = /[,.;:!?…\n()]/;
const COMMA_ONLY = /^\s*,\s*$/;
const DOT_ONLY = /^\.\s?$/;
const NUMBER = /^\d+[a-z]?$/;
/** A capitalised name is at most this many words ("Phước Long Thọ"). */
const CAPITAL_NAME_WORDS = 4;
/** Most names have this many words ("Tân Lập", "Hạ Long"). */
const USUAL_NAME_WORDS = 2;
/** A name typed in lower case is at most this many words ("tân lập"). */
const PLAIN_NAME_WORDS = 3;

/** Finds and drops "where I live" phrases from a message. */
export class ResidencePhrases {
  private readonly exact: ResidenceWords;
  private readonly loose: ResidenceWords;
  private readonly limits: ResidenceLimits;

  /**
   * Takes the lists compiled twice: `exact` (a word with accents matches only
   * the same accents), since typed with accents "ở xa" is "far away", not "ở
   * xã"; `loose` (the lexicon's rule) only for a phrase typed with none.
   * Empty lists recognise nothing.
   */
  constructor(exact: ResidenceWords, loose: ResidenceWords, limits: ResidenceLimits) {
    this.exact = exact;
    this.loose = loose;
    this.limits = limits;
  }

  /**
   * The message without its "where I live" phrases, and its tokens; the
   * message itself when it has none, or when nothing else would be left.
   * `tokenized` is the message as `tokenize` reads it; `stops` gives the words
   * of a question word, filler or greeting starting at a token, or 0.
   */
  drop(
    text: string,
    tokenized: readonly Token[],
    stops: (tokens: readonly Token[], at: number) => number,
  ): { text: string; tokens: readonly Token[] } {
    const unchanged = { text, tokens: tokenized };
    if (!this.mayHold(tokenized)) return unchanged;
    // Read in NFC, as tokenize reads it (a keyboard may send letters and accents apart).
    const nfc = text.normalize('NFC');
    const { words, tokens } = wordsOf(nfc, tokenized);
    /** Dropped runs of words, as [first, after last]. */
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      let end = this.phraseAt(this.exact, tokens, words, i, stops);
      if (end === i) {
        // Typed without accents ("nha em o xa Tan Lap"): the phrase's own words have none.
        const loose = this.phraseAt(this.loose, tokens, words, i, stops);
        if (loose > i && typedWithoutAccents(tokens, words, i, loose)) end = loose;
      }
      if (end > i) {
        spans.push([i, end]);
        i = end - 1;
      }
    }
    if (spans.length === 0) return unchanged;
    let out = '';
    let from = 0;
    for (const [first, after] of spans) {
      out += `${nfc.slice(from, (words[first] as Word).start)} `;
      from = (words[after - 1] as Word).end;
    }
    out += nfc.slice(from);
    if (!/[\p{L}\p{N}]/u.test(out)) return unchanged;
    // The words are the tokens (the usual case): keep the others rather than read the text again.
    if (tokens !== tokenized) return { text: out, tokens: tokenize(out) };
    const kept: Token[] = [];
    let next = 0;
    for (const [first, after] of spans) {
      for (let k = next; k < first; k++) kept.push(tokenized[k] as Token);
      next = after;
    }
    for (let k = next; k < tokenized.length; k++) kept.push(tokenized[k] as Token);
    return { text: out, tokens: kept };
  }

  /**
   * True when the message's tokens hold someone saying they live at a place
   * word: most messages do not, and are spared reading their words again.
   */
  private mayHold(tokens: readonly Token[]): boolean {
    const { who, says, places } = this.loose;
    if (who.longest === 0 || places.longest === 0) return false;
    for (let i = 0; i < tokens.length; i++) {
      const whoLength = who.lengthAt(tokens, i);
      if (whoLength === 0) continue;
      const saysLength = says.lengthAt(tokens, i + whoLength);
      if (saysLength > 0 && places.lengthAt(tokens, i + whoLength + saysLength) > 0) return true;
    }
    return false;
  }

  /** The index after a phrase starting at `i`, or `i` when none starts there. */
  private phraseAt(
    lists: ResidenceWords,
    tokens: readonly Token[],
    words: readonly Word[],
    i: number,
    stops: (tokens: readonly Token[], at: number) => number,
  ): number {
    const { who, says, places } = lists;
    const whoEnd = i + who.lengthAt(tokens, i);
    if (whoEnd === i || words[whoEnd]?.afterBreak) return i;
    const saysEnd = whoEnd + says.lengthAt(tokens, whoEnd);
    if (saysEnd === whoEnd || words[saysEnd]?.afterBreak || places.lengthAt(tokens, saysEnd) === 0) return i;
    // The speaker opens a clause: "trẻ em ở quận 7" and "sống một mình ở xã" say nothing about them.
    if (!opensClause(tokens, words, i, stops)) return i;
    return this.placesFrom(places, tokens, words, i, saysEnd, stops);
  }

  /**
   * `phraseAt` once someone says they live at a place word (from `saysEnd`): the index after the places and their
   * names, or `i`. Apart from `phraseAt` so that its helpers are made only there, not for every word of a message.
   */
  private placesFrom(
    places: PhraseList,
    tokens: readonly Token[],
    words: readonly Word[],
    i: number,
    saysEnd: number,
    stops: (tokens: readonly Token[], at: number) => number,
  ): number {
    const reading = new PlaceNames(places, this.limits, tokens, words, stops);
    // "ở xã Tân Lập, huyện Ba Chẽ", "ở tổ 7 khu 2": place words, each with its name.
    let end = saysEnd;
    /** The last name was a number or capitalised: where it ends is plain to see. */
    let clearEnd = false;
    for (;;) {
      const place = places.lengthAt(tokens, end);
      if (place === 0 || (end > saysEnd && words[end]?.afterBreak && !words[end]?.afterComma)) break;
      const placeWord = tokens[end] as Token;
      const named = reading.name(end + place, place === 1 && placeWord.folded.length <= 2);
      if (named === end + place) break;
      const first = end + place;
      clearEnd = NUMBER.test((tokens[first] as Token).folded) || (words[first] as Word).capital;
      end = named;
    }
    // After a number or a capitalised name the phrase plainly ends; after a lower-case name only where
    // the clause does.
    if (end === saysEnd || !(clearEnd || reading.endsHere(end))) return i;
    for (let k = i; k < end; k++) if (this.limits.services.lengthAt(tokens, k) > 0) return i;
    return end;
  }
}

/**
 * The names after place words in one message (see `placesFrom`). A class rather than named closures made inside
 * `placesFrom`: under tsx (esbuild's keepNames) each named closure made costs a defineProperty, about 0.5 µs, and every
 * message that says where its writer lives comes here.
 */
class PlaceNames {
  constructor(
    private readonly places: PhraseList,
    private readonly limits: ResidenceLimits,
    private readonly tokens: readonly Token[],
    private readonly words: readonly Word[],
    private readonly stops: (tokens: readonly Token[], at: number) => number,
  ) {}

  /** True when the phrase may end before word `at`: a clause boundary, the end, a question word, a filler… */
  endsHere(at: number, orPlace = true): boolean {
    const { tokens, places, stops } = this;
    const word = this.words[at];
    return (
      !word ||
      word.afterBreak ||
      stops(tokens, at) > 0 ||
      this.limits.endsBefore.lengthAt(tokens, at) > 0 ||
      (orPlace && places.lengthAt(tokens, at) > 0)
    );
  }

  /** Only a phrase of several words stops a capitalised name: "Hồng Hà" is not the particle "ha", but "Cho em hỏi" is not a name. */
  private stopsCapital(at: number): boolean {
    return this.stops(this.tokens, at) > 1;
  }

  private nameWord(at: number, placeWordsToo = false): boolean {
    const { tokens, places, limits } = this;
    return (
      !NUMBER.test((tokens[at] as Token).folded) &&
      (placeWordsToo || places.lengthAt(tokens, at) === 0) &&
      limits.services.lengthAt(tokens, at) === 0 &&
      limits.notNames.lengthAt(tokens, at) === 0
    );
  }

  /** The index after the name starting at `at`, or `at` when there is none. */
  name(at: number, abbreviated: boolean): number {
    const { tokens, words, places, stops } = this;
    const word = words[at];
    if (!word || (word.afterBreak && !(abbreviated && word.afterDot))) return at;
    if (NUMBER.test((tokens[at] as Token).folded)) return at + 1;
    if (word.capital) {
      let end = at;
      while (
        end - at < CAPITAL_NAME_WORDS &&
        words[end]?.capital &&
        (end === at || !words[end]?.afterBreak) &&
        this.nameWord(end) &&
        !this.stopsCapital(end)
      )
        end++;
      // "xã Tân Lập Mẹ em…": a long run going straight on in lower case ends with the next sentence's first word.
      const next = words[end];
      if (end - at > USUAL_NAME_WORDS && next && !next.afterBreak && !next.capital) end--;
      return end;
    }
    // In lower case a name is a few words typed without accents ("xa tan lap") running straight into
    // the end of the phrase; typed with accents, lower-case words describe the place ("xóm trọ", "ven sông").
    // A place word can also be part of a name ("hai lang" is also "Hải Lạng"): the name ends before
    // one only when it cannot end anywhere else.
    let beforePlace = at;
    for (let end = at + 1; end <= at + PLAIN_NAME_WORDS && end <= tokens.length; end++) {
      const last = end - 1;
      const word = words[last] as Word;
      if (word.capital || (last > at && word.afterBreak) || !(tokens[last] as Token).plain) break;
      if (
        !this.nameWord(last, last > at) ||
        stops(tokens, last) > 0 ||
        this.limits.endsBefore.lengthAt(tokens, last) > 0
      )
        break;
      if (this.endsHere(end, false)) return end;
      if (beforePlace === at && places.lengthAt(tokens, end) > 0) beforePlace = end;
    }
    return beforePlace;
  }
}

/** True when the words from `start` to `end` have no accents, or are capitalised (names keep theirs). */
function typedWithoutAccents(tokens: readonly Token[], words: readonly Word[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!(tokens[k] as Token).plain && !(words[k] as Word).capital) return false;
  return true;
}

/** True when word `i` starts the message or a clause, or follows a greeting, a filler or a question word. */
function opensClause(
  tokens: readonly Token[],
  words: readonly Word[],
  i: number,
  stops: (tokens: readonly Token[], at: number) => number,
): boolean {
  if (i === 0 || words[i]?.afterBreak) return true;
  for (let j = Math.max(0, i - 4); j < i; j++) if (j + stops(tokens, j) === i) return true;
  return false;
}

/**
 * The words of a message (in NFC) with their positions, and the same words as
 * lower-case tokens: `tokenized` itself when it reads the same words (no
 * "80t" or emoji read as words), so they are not made twice.
 */
function wordsOf(text: string, tokenized: readonly Token[]): { words: Word[]; tokens: readonly Token[] } {
  const words: Word[] = [];
  const lowers: string[] = [];
  // Lower case once for the whole message, unless a letter changes length in lower case ("İ").
  const whole = text.toLowerCase();
  const lowered = whole.length === text.length ? whole : undefined;
  const read = lowered ?? text;
  const bounds = wordBounds(read) ?? [...read.matchAll(WORD)].flatMap((m) => [m.index, m.index + m[0].length]);
  let previousEnd = 0;
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k] as number;
    const end = bounds[k + 1] as number;
    const lower = lowered ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
    // Most words follow a single space: no punctuation to look for.
    const gap = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32 ? ' ' : text.slice(previousEnd, start);
    const plainGap = gap === ' ';
    words.push({
      start,
      end,
      capital: text.charAt(start) !== lower.charAt(0),
      afterBreak: !plainGap && BREAK.test(gap),
      afterComma: !plainGap && COMMA_ONLY.test(gap),
      afterDot: !plainGap && DOT_ONLY.test(gap),
    });
    lowers.push(lower);
    previousEnd = end;
  }
  const same = lowers.length === tokenized.length && lowers.every((lower, k) => lower === tokenized[k]?.text);
  return { words, tokens: same ? tokenized : lowers.map(makeToken) };
}
