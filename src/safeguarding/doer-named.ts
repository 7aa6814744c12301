/**
 * An act told with the one who did it named between "bị" and the verb (session 28, issue 10): "em bị mấy đứa cùng lớp
 * đánh trong nhà vệ sinh", "hồi lớp 7 em bị thầy thể dục sờ vào ngực", "bị đứa bạn thân của ny làm chuyện đó". The
 * concepts list the act with its victim ("bị đánh", "đánh em"), and a cue may hold one gap word ("bị nó đánh"), but a
 * doer of several words ("mấy đứa cùng lớp", "ông chủ quán nước") split the passive from its verb, and the harm went
 * unheard: a disclosure got "chưa tìm được câu trả lời". Heard by where the words lie: "bị", then at most `within`
 * words (none of `stops`, which start another verb's clause: "bị điểm kém nên…"; none of `not_between`, which make the
 * verb someone else's doing: "bị mẹ phát hiện làm chuyện đó"), then one of an act's `verbs`, in the same clause, not
 * followed by one of its `not_before` ("đánh thức", "đánh giá", "chém gió") nor with one of its `not_after` as the doer
 * ("bị sét đánh"); a verb of many objects ("ép": "ép học", "ép cưới") only at the end of its clause or before one of
 * its `ends_or_before` ("bị khách ép nhiều lần", "bị người yêu cũ ép, giờ…"). The act is kept as its `reads_as` concept, which the situations' rules pair with a past, a habit,
 * an end or an urgent cue, never alone: the doer is named, what is not known is when.
 */
import { wordMatches } from '../text/lexicon.ts';
import { startsWithDigit, tokenize, type Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';

type DoerNamed = NonNullable<SafeguardingFile['doer_named']>;

/** `doer_named`'s word lists, tokenized once. */
export interface DoerWords {
  markers: Token[][];
  stops: Token[][];
  notBetween: Token[][];
  /** Doers' names that start with a `notBetween` word: heard there, that word is the doer's, not another verb. */
  doersKept: Token[][];
  acts: Array<{
    verbs: Token[][];
    notBefore: Token[][];
    notAfter: Token[][];
    /** When given, the verb must end its clause or be followed by one of these. */
    endsOrBefore: Token[][] | null;
    /** When given, one of these must be among the doer's words. */
    doerAmong: Token[][] | null;
    readsAs: string;
    /** The one harmed named before the marker, which makes the act also read as `readsAs` (see `victim`). */
    victim: {
      victims: Token[][];
      doerAmong: Token[][];
      gap: Token[][];
      within: number;
      readsAs: string;
    } | null;
  }>;
  within: number;
}

export const words = (list: readonly string[]): Token[][] =>
  list.map((w) => tokenize(w, 200)).filter((t) => t.length > 0);

/** The words [from, to) as typed (also read by own-death-asked.ts and younger-kin.ts). */
export function typedBetween(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/** The block's lists, tokenized. */
export function doerWords(rule: DoerNamed): DoerWords {
  return {
    markers: words(rule.markers),
    stops: words(rule.stops),
    notBetween: words(rule.not_between),
    doersKept: words(rule.doers_kept),
    acts: rule.acts.map((a) => ({
      verbs: words(a.verbs),
      notBefore: words(a.not_before),
      notAfter: words(a.not_after),
      endsOrBefore: a.ends_or_before.length > 0 ? words(a.ends_or_before) : null,
      doerAmong: a.doer_among.length > 0 ? words(a.doer_among) : null,
      readsAs: a.reads_as,
      victim: a.victim
        ? {
            victims: words(a.victim.victims),
            doerAmong: words(a.victim.doer_among),
            gap: words(a.victim.gap),
            within: a.victim.within,
            readsAs: a.victim.reads_as,
          }
        : null,
    })),
    within: rule.within,
  };
}

/** True when `phrase` is heard at `at` in `tokens`, inside [at, limit). */
function heardAt(phrase: readonly Token[], tokens: readonly Token[], at: number, limit = tokens.length): boolean {
  if (at + phrase.length > limit) return false;
  // A loop rather than `every` with a closure: this runs for every word of both readings of every message.
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[at + k];
    if (t === undefined || t === CLAUSE_SEPARATOR || !wordMatches(phrase[k] as Token, t)) return false;
  }
  return true;
}

/** The phrase of `list` heard at `at`, longest first, or undefined (also read by younger-kin.ts). */
export function oneAt(
  list: readonly Token[][],
  tokens: readonly Token[],
  at: number,
  limit?: number,
): Token[] | undefined {
  let best: Token[] | undefined;
  for (const phrase of list)
    if (heardAt(phrase, tokens, at, limit) && (!best || phrase.length > best.length)) best = phrase;
  return best;
}

/** Phrases by their first word's folded form: every match needs it equal (see `wordMatches`). */
export type PhraseIndex = ReadonlyMap<string, Token[][]>;

/** Indexes `phrases` by their first word, for lists tried at every word of every message. */
export function byFirstWord(phrases: readonly Token[][]): PhraseIndex {
  const index = new Map<string, Token[][]>();
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first === undefined) continue;
    const list = index.get(first.folded);
    if (list) list.push(phrase);
    else index.set(first.folded, [phrase]);
  }
  return index;
}

/** `oneAt` over the indexed phrases that can start at `at`: the word there is looked up, not every phrase tried. */
export function oneIndexedAt(
  index: PhraseIndex,
  tokens: readonly Token[],
  at: number,
  limit?: number,
): Token[] | undefined {
  const token = tokens[at];
  const list = token === undefined || token === CLAUSE_SEPARATOR ? undefined : index.get(token.folded);
  return list && oneAt(list, tokens, at, limit);
}

/** True when a phrase of `list` is heard at one of the positions [from, at), inside [from, at). */
function heardBetween(list: readonly Token[][], tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = from; k < at; k++) if (oneAt(list, tokens, k, at)) return true;
  return false;
}

/** True when a `not_between` word starts at one of [from, at), not as the start of a doer's name (`doers_kept`). */
function otherVerbBetween(rule: DoerWords, tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = from; k < at; k++)
    if (oneAt(rule.notBetween, tokens, k, at) && !oneAt(rule.doersKept, tokens, k)) return true;
  return false;
}

/** The act whose verb is heard at `at` after the doer's words [from, at), or undefined (see the module comment). */
function actAt(
  rule: DoerWords,
  tokens: readonly Token[],
  from: number,
  at: number,
): DoerWords['acts'][number] | undefined {
  for (const a of rule.acts) {
    const verb = oneAt(a.verbs, tokens, at);
    if (!verb) continue;
    const next = at + verb.length;
    if (oneAt(a.notBefore, tokens, next)) continue;
    // A verb of many objects ("ép học", "ép cưới") counts only at the end of its clause or before one of its words.
    const ends = next >= tokens.length || tokens[next] === CLAUSE_SEPARATOR;
    if (a.endsOrBefore && !ends && !oneAt(a.endsOrBefore, tokens, next)) continue;
    // A bare verb of many readings ("sờ" typed "so" is also "sợ", "số", "sổ") counts only with a person as its doer.
    if (a.doerAmong && !heardBetween(a.doerAmong, tokens, from, at)) continue;
    if (!heardBetween(a.notAfter, tokens, from, at)) return a;
  }
  return undefined;
}

/**
 * Where one of the act's `victims` starts, ending right before the marker at `marker` with only gap words or numbers
 * between (at most `within`, in one clause: "mẹ tôi 60 tuổi bị", "bố tôi năm nay 70 tuổi lại bị"), or null.
 */
function victimBefore(
  victim: NonNullable<DoerWords['acts'][number]['victim']>,
  tokens: readonly Token[],
  marker: number,
): number | null {
  let end = marker;
  for (let n = 0; n <= victim.within; n++) {
    for (let start = Math.max(0, end - 4); start < end; start++) {
      const phrase = oneAt(victim.victims, tokens, start, end);
      if (phrase && start + phrase.length === end) return start;
    }
    // One gap word (or a number) more before `end`, when there is one.
    const before = tokens[end - 1];
    if (before === undefined || before === CLAUSE_SEPARATOR) return null;
    let gap = 0;
    for (let start = Math.max(0, end - 3); start < end && gap === 0; start++) {
      const phrase = oneAt(victim.gap, tokens, start, end);
      if (phrase && start + phrase.length === end) gap = phrase.length;
    }
    if (gap === 0 && startsWithDigit(before.folded)) gap = 1;
    if (gap === 0) return null;
    end -= gap;
  }
  return null;
}

/**
 * Every act heard with its doer named after "bị": the concept it reads as and the words that told it. Read on both
 * readings of every message, so it allocates nothing until an act is heard (it made a tenth of a decision's garbage).
 */
export function doerNamedIn(rule: DoerWords, tokens: readonly Token[]): Array<{ concept: string; said: string }> {
  const out: Array<{ concept: string; said: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const marker = oneAt(rule.markers, tokens, i);
    if (!marker) continue;
    const from = i + marker.length;
    // The doer's words: the verb may follow at once ("bị đánh" is the concepts' own) or after up to `within` words.
    for (let at = from + 1; at <= from + rule.within && at < tokens.length; at++) {
      // The words between are [from, at): a clause ends the search, and so do `stops` and `not_between`.
      if (tokens[at - 1] === CLAUSE_SEPARATOR) break;
      if (heardBetween(rule.stops, tokens, from, at) || otherVerbBetween(rule, tokens, from, at)) break;
      const act = actAt(rule, tokens, from, at);
      if (act) {
        const verb = oneAt(act.verbs, tokens, at) ?? [];
        out.push({ concept: act.readsAs, said: typedBetween(tokens, i, at + verb.length) });
        // The one harmed named before "bị" and the doer among the victim's doers: the act read a second way too.
        const victimAt =
          act.victim && heardBetween(act.victim.doerAmong, tokens, from, at)
            ? victimBefore(act.victim, tokens, i)
            : null;
        if (act.victim && victimAt !== null)
          out.push({ concept: act.victim.readsAs, said: typedBetween(tokens, victimAt, at + verb.length) });
        break;
      }
    }
  }
  return out;
}
