/**
 * The writer's younger sibling or cousin ("thằng em", "em gái em", "đứa em họ", "my little brother"; session 30,
 * issue 10). These words were child cues, so "em gái em bị bạn trai nhốt trong phòng trọ" and "thằng em họ tôi bị
 * lừa sang Campuchia" put 111 (the child line) first for adults, and "thằng em tôi nhốt mẹ già" read the aggressor
 * as an abused child. "Em" names a younger sibling of any age; a counsellor hears a child only with a sign of one:
 * - an age under the child age told right after the word ("my little brother (11)", "is 9"; "thằng em 10 tuổi" is
 *   already an age the detector reads anywhere);
 * - a parent doing the harm to the sibling ("mạ tau đang đánh thằng em tau", "thằng em em bị ba đánh gãy tay"): the
 *   sibling still lives under the parent's hand, as the writers of the corpora label it (child abuse);
 * - a word of youth heard anywhere (`young`: "còn nhỏ", "tan học"), checked by the detector.
 * When the sibling is the one doing the harm (the act follows the word in the same clause with no passive marker
 * between: "thằng em tôi nhốt mẹ già"), the one harmed decides: the sibling's own signs of youth make no child, and
 * the detector hears the doer instead (see `younger_kin` in the schema).
 */
import { startsWithDigit, type Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import type { Kept } from './acute-turn.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';
import { oneAt, typedBetween, words } from './doer-named.ts';

type YoungerKin = NonNullable<SafeguardingFile['younger_kin']>;

/** `younger_kin`'s word lists, tokenized once. */
export interface KinWords {
  parents: Token[][];
  fillers: Token[][];
  passive: Token[][];
  reflexive: Token[][];
  ageLead: Token[][];
  ageAnywhere: Token[][];
}

/** What one reading of a message tells of the sibling: a sign it is a child, or the sibling doing harm (with where). */
export interface KinReading {
  /** The words that make the sibling a child, or null. */
  child: string | null;
  /** The sibling doing harm: its word's start, the act's start and the words that told it; null when not. */
  doer: { kin: number; act: number; said: string } | null;
  /**
   * An adult's age told right after a sibling's word ("em trai em năm nay 24 tuổi"; session 31, issue 10, tune18): a
   * school named elsewhere ("bỏ học từ lớp 10") is the sibling's past, not a sign of a child now.
   */
  grown: boolean;
}

/** Words after the sibling's word at which a bare number is its age, or null (a unit after the number: no age). */
export type AgeAt = (tokens: readonly Token[], at: number) => number | null;

/** "tuổi" folded: the word of an age told between the sibling and the act ("thằng em 16 tuổi đánh mẹ"). */
const AGE_WORD = 'tuoi';

/** The block's lists, tokenized. */
export function kinWords(rule: YoungerKin): KinWords {
  return {
    parents: words(rule.parents),
    fillers: words(rule.fillers),
    passive: words(rule.passive),
    reflexive: words(rule.reflexive),
    ageLead: words(rule.age_lead),
    ageAnywhere: words(rule.age_anywhere),
  };
}

/** The length of the phrase of `list` heard at `at` (longest), or 0. */
function lengthAt(list: readonly Token[][], tokens: readonly Token[], at: number): number {
  return oneAt(list, tokens, at)?.length ?? 0;
}

/** True when a clause ends or one of `passive` is heard in [from, to). */
function brokenBetween(words: KinWords, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (tokens[k] === CLAUSE_SEPARATOR || lengthAt(words.passive, tokens, k) > 0) return true;
  return false;
}

/** The position after the fillers from `at` (at most `within` words), or `at`. */
function afterFillers(words: KinWords, tokens: readonly Token[], at: number, within: number): number {
  let k = at;
  for (let n = 0; n < within; n++) {
    const length = lengthAt(words.fillers, tokens, k);
    if (length === 0) break;
    k += length;
  }
  return k;
}

/** What one reading tells of the siblings it names (see the module comment). */
export function youngerKinIn(
  rule: YoungerKin,
  words: KinWords,
  kept: readonly Kept[],
  tokens: readonly Token[],
  ageAt: AgeAt,
  grownAt: AgeAt,
): KinReading {
  const kin = kept.filter((k) => rule.kin.includes(k.concept));
  if (kin.length === 0) return { child: null, doer: null, grown: false };
  const grown = kin.some((sibling) => ageAfter(words, tokens, sibling, grownAt) !== null);
  // An act said in the passive ("bị đánh") or done to oneself ("nhốt mình") is done to the sibling, not by it.
  const acts = kept.filter(
    (k) =>
      rule.acts.includes(k.concept) &&
      !brokenBetween(words, tokens, k.start, k.end) &&
      lengthAt(words.reflexive, tokens, k.end) === 0,
  );
  // What the doer holds on the way to the act ("cầm gậy đánh bà"): no other word between the sibling and the act.
  const tools = kept.filter((k) => rule.tools.includes(k.concept));
  let child: string | null = null;
  for (const sibling of kin) {
    const parent = parentDoing(rule, words, tokens, sibling, acts);
    child ??= ageAfter(words, tokens, sibling, ageAt) ?? parent;
    // Harmed by a parent, or the object of an act ("đánh thằng em", "sending … to my little brother"): not the doer.
    if (parent || objectOf(acts, tokens, sibling)) continue;
    // The sibling doing harm: the act right after its word, in its clause, with only fillers or its age between.
    const act = acts.find(
      (a) => a.start >= sibling.end && onlyFillers(rule, words, tokens, tools, sibling.end, a.start),
    );
    if (act)
      return {
        child: null,
        doer: { kin: sibling.start, act: act.start, said: typedBetween(tokens, sibling.start, act.end) },
        grown,
      };
  }
  // "lost my little sister in the crowd…, she's 7": an age told of "she" or "he" elsewhere in the message.
  child ??= ageAnywhere(words, tokens, ageAt);
  return { child, doer: null, grown };
}

/** A bare age after one of `age_anywhere` ("she's 7", "he is 9"), anywhere in the message, as said; or null. */
function ageAnywhere(words: KinWords, tokens: readonly Token[], ageAt: AgeAt): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const length = lengthAt(words.ageAnywhere, tokens, k);
    if (length > 0 && ageAt(tokens, k + length) !== null) return typedBetween(tokens, k, k + length + 1);
  }
  return null;
}

/** True when an act ends at most two words before the sibling's word, in its clause: the sibling is what it is done to. */
function objectOf(acts: readonly Kept[], tokens: readonly Token[], sibling: Kept): boolean {
  return acts.some(
    (a) =>
      a.end <= sibling.start &&
      sibling.start - a.end <= 2 &&
      !tokens.slice(a.end, sibling.start).includes(CLAUSE_SEPARATOR),
  );
}

/**
 * True when [from, to) holds at most `within` words, each a filler, part of an age ("16 tuổi") or of a tool held ("cầm
 * gậy"), in one clause.
 */
function onlyFillers(
  rule: YoungerKin,
  words: KinWords,
  tokens: readonly Token[],
  tools: readonly Kept[],
  from: number,
  to: number,
): boolean {
  if (to - from > rule.within) return false;
  for (let k = from; k < to; ) {
    const tool = tools.find((t) => t.start === k && t.end <= to);
    if (tool) {
      k = tool.end;
      continue;
    }
    const token = tokens[k] as Token;
    if (startsWithDigit(token.folded) || token.folded === AGE_WORD) {
      k++;
      continue;
    }
    const length = lengthAt(words.fillers, tokens, k);
    if (length === 0 || k + length > to) return false;
    k += length;
  }
  return true;
}

/** "my little brother (11)", "my little sister is 9": an age told right after the sibling's word. */
function ageAfter(words: KinWords, tokens: readonly Token[], sibling: Kept, ageAt: AgeAt): string | null {
  let k = sibling.end;
  for (let n = 0; n < 3 && k < tokens.length; n++) {
    const word = tokens[k] as Token;
    if (startsWithDigit(word.folded)) break;
    const length = lengthAt(words.ageLead, tokens, k);
    if (length === 0) return null;
    k += length;
  }
  const token = tokens[k];
  return token && startsWithDigit(token.folded) && ageAt(tokens, k) !== null
    ? typedBetween(tokens, sibling.start, k + 1)
    : null;
}

/**
 * A parent doing one of the acts to the sibling: the parent, its fillers, the act, then the sibling within two words
 * ("mạ tau đang đánh thằng em tau", "bố em say đánh em với em gái"); or the sibling, "bị", then the parent
 * ("thằng em em bị ba đánh gãy tay").
 */
function parentDoing(
  rule: YoungerKin,
  words: KinWords,
  tokens: readonly Token[],
  sibling: Kept,
  acts: readonly Kept[],
): string | null {
  for (const act of acts) {
    if (act.end > sibling.start || sibling.start - act.end > 2 || brokenBetween(words, tokens, act.end, sibling.start))
      continue;
    for (let p = Math.max(0, act.start - rule.within); p < act.start; p++) {
      const length = lengthAt(words.parents, tokens, p);
      if (length > 0 && afterFillers(words, tokens, p + length, rule.within) === act.start)
        return typedBetween(tokens, p, sibling.end);
    }
  }
  // The sibling, at most two fillers ("em", "tui"), "bị", then the parent.
  const at = afterFillers(words, tokens, sibling.end, 2);
  const passive = lengthAt(words.passive, tokens, at);
  if (passive > 0) {
    const parent = lengthAt(words.parents, tokens, at + passive);
    if (parent > 0) return typedBetween(tokens, sibling.start, at + passive + parent);
  }
  return null;
}
