/**
 * A story of the past or of a habit that turns to an acute act or sign now ("ba em bị đột quỵ 2 năm trước, giờ đau
 * ngực dữ dội", "chồng em hay đòi tiền, vừa đâm em"). Heard by where the cues lie, not by which cues the message
 * holds: session 25's first version heard any "now" word before any act and raised disclosures told as a story
 * ("hồi đó em đang ngủ thì bị đánh", "vừa đánh vừa chửi"), so this one asks for the turn to be marked (the past or
 * habit in an earlier clause, the now word opening its clause), the act to follow at once (only who, "bị", "lại"
 * between), and nothing after it to say the present is calm (a recovery, a separation, a habit). A turn with a
 * `reach` (blood flowing now after a beating told as a habit or a past) lets its act lie further on in the clause.
 */
import { wordMatches } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/normalize.ts';
import type { SafeguardingFile, SituationId } from '../kb/safeguarding-schema.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';
import { conceptLists } from './concept-lists.ts';

/** A concept cue that was heard (not silenced), with where it lies in the tokens. */
export interface Kept {
  start: number;
  end: number;
  concept: string;
  phrase: string;
}

type AcuteTurn = NonNullable<SafeguardingFile['acute_turn']>;
type Over = NonNullable<AcuteTurn['over']>;

/** A scare told over ("giờ … bình thường rồi") and a sign said to be still there after a calm word, for the cues. */
interface ScareTold {
  over: string | null;
  still: string | null;
  /** The scare told over says the person woke (`over › woke`): its `woke_clears` cues are over too. */
  woke: boolean;
}

/** A turn heard: the situations it makes danger now, the act's concept, and "now … act" for the cues. */
export interface Turn {
  situations: readonly SituationId[];
  act: string;
  said: string;
}

/** `acute_turn`'s word lists, tokenized once. */
export interface TurnWords {
  /** Each turn's `again`, by the turn's index. */
  again: Token[][][];
  between: Token[][];
  lead: Token[][];
  pairs: Token[][];
  story: Token[][];
  remembered: Token[][];
  /** `over`'s now words and negations (none without `over`). */
  overNow: Token[][];
  overNot: Token[][];
  overStill: Token[][];
  overWoke: Token[][];
}

export function turnWords(turn: AcuteTurn): TurnWords {
  const words = (list: readonly string[]): Token[][] => list.map((w) => tokenize(w, 40)).filter((t) => t.length > 0);
  return {
    again: turn.turns.map((t) => words(t.again)),
    between: words(turn.between),
    lead: words(turn.lead),
    pairs: words(turn.pairs),
    story: words(turn.story),
    remembered: words(turn.remembered),
    overNow: words(turn.over?.now ?? []),
    overNot: words(turn.over?.not ?? []),
    overStill: words(turn.over?.still ?? []),
    overWoke: words(turn.over?.woke ?? []),
  };
}

/** The turn heard in one reading of a message, or null (see `acute_turn` in the schema). */
export function acuteTurnIn(
  turn: AcuteTurn,
  words: TurnWords,
  kept: readonly Kept[],
  tokens: readonly Token[],
): Turn | null {
  const told = kept.filter((k) => turn.after.includes(k.concept));
  // Most messages tell no past or habit: their clauses are not numbered (both readings of every message come here).
  if (told.length === 0) return null;
  const clauseOf = clauses(tokens);
  for (const [index, t] of turn.turns.entries()) {
    const again = words.again[index] ?? [];
    for (const cue of kept) {
      if (!t.now.includes(cue.concept)) continue;
      const clause = clauseOf[cue.start] as number;
      // The past or the habit is told first, in a clause of its own; a clause that tells it itself is the story.
      if (!told.some((k) => (clauseOf[k.end - 1] as number) < clause)) continue;
      if (told.some((k) => clauseOf[k.start] === clause)) continue;
      // A now word inside the clause ("em thấy anh hai đang cắt tay") still turns an act whose phrase opens with it.
      const opens = opensClause(tokens, cue.start, words, told);
      const { from, to } = clauseBounds(tokens, cue.start);
      if (repeatsIn(tokens, from, to, cue, words.pairs)) continue;
      if (words.story.some((w) => findsAt(tokens, from, to, w))) continue;
      for (const act of kept) {
        // An act whose phrase opens with the now word itself ("đang cắt tay") is told now as well.
        const opensWithNow = act.start === cue.start && act.end > cue.end;
        if (!t.acts.includes(act.concept) || (act.start < cue.end && !opensWithNow)) continue;
        if (!opens && !opensWithNow) continue;
        if (act.start - cue.end > (t.reach ?? turn.within)) continue;
        // In the now word's clause, or in one of the next `clauses` where the turn allows it (a renewed danger's farewell).
        const actClause = clauseOf[act.start] as number;
        if (actClause < clause || actClause > clause + t.clauses) continue;
        // An act with a reach tells the present on its own ("giờ bà ấy lại lấy que cời than đánh vào đầu cháu máu
        // chảy nhiều"): the words before it (who, with what, where) need not be a subject or "lại".
        if (t.reach === undefined && !onlyBetween(tokens, cue.end, act.start, words.between)) continue;
        // "giờ … lại tóe lửa": told again, where the turn asks for it (`again`).
        if (again.length > 0 && !again.some((w) => findsAt(tokens, cue.end, act.start, w))) continue;
        // Reaching that far, a clause that remembers or fears ("giờ em vẫn nằm mơ thấy cảnh máu chảy") is no act now.
        if (t.reach !== undefined && words.remembered.some((w) => findsAt(tokens, from, to, w))) continue;
        // "giờ hay khó thở", "giờ khó thở mỗi khi leo cầu thang": a habit of these days, not a turn.
        if (kept.some((k) => turn.habit.includes(k.concept) && clauseOf[k.start] === clause && k.start >= cue.start))
          continue;
        // "…, giờ khó thở, đã đi viện và ổn rồi": a calm present after the turn.
        if (kept.some((k) => turn.recovery.includes(k.concept) && k.start >= cue.start)) continue;
        return { situations: t.situations, act: act.concept, said: `${cue.phrase} … ${act.phrase}` };
      }
    }
  }
  return null;
}

/**
 * The scare told over in one reading of a message ("bé bị sặc nước lúc tắm, giờ chơi bình thường rồi"), as "now …
 * well" for the cues, or null (see `acute_turn › over`), and the sign still there after a calm word (`still`). A sign
 * in the calm clause or after it ("giờ bình thường rồi nhưng lại co giật", "giờ đỡ rồi, mà vẫn tím tái") keeps the
 * scare; so does a negation before the calm ("giờ vẫn chưa bớt").
 */
export function scareOverIn(
  turn: AcuteTurn,
  words: TurnWords,
  kept: readonly Kept[],
  tokens: readonly Token[],
): ScareTold {
  const over = turn.over;
  if (!over) return { over: null, still: null, woke: false };
  const still = signStill(over, words.overStill, kept, tokens);
  const told = still ? null : scareOver(over, words, kept, tokens);
  return { over: told?.said ?? null, still, woke: told?.woke ?? false };
}

function scareOver(
  over: Over,
  words: TurnWords,
  kept: readonly Kept[],
  tokens: readonly Token[],
): { said: string; woke: boolean } | null {
  const signs = kept.filter((k) => over.signs.includes(k.concept));
  if (signs.length === 0) return null;
  const clauseOf = clauses(tokens);
  for (const well of kept) {
    if (!over.well.includes(well.concept)) continue;
    const clause = clauseOf[well.start] as number;
    if (signs.some((s) => (clauseOf[s.start] as number) >= clause)) continue;
    const now = openingNow(tokens, clauseBounds(tokens, well.start).from, well.start, words);
    if (now === null) continue;
    if (words.overNot.some((w) => findsAt(tokens, now.end, well.start, w))) continue;
    // "giờ tỉnh táo rồi", "giờ đã tỉnh lại": the calm itself says the person woke (see `over › woke`).
    const woke = words.overWoke.some((w) => findsAt(tokens, now.end, well.end + 1, w));
    return { said: `${now.said} … ${well.phrase}`, woke };
  }
  return null;
}

/**
 * A sign said to be still there after a calm word ("bé bị sặc nước, giờ đỡ rồi nhưng vẫn thở khò khè"), as "well …
 * sign" for the cues, or null (see `acute_turn › over › still`). The calm word read alone ("đỡ rồi") would quieten a
 * child still wheezing; the sign that comes after it, said with "vẫn" or "còn", tells the present.
 */
function signStill(
  over: Over,
  still: readonly Token[][],
  kept: readonly Kept[],
  tokens: readonly Token[],
): string | null {
  if (!over.still_reads_as || still.length === 0) return null;
  for (const well of kept) {
    if (!over.well.includes(well.concept)) continue;
    for (const sign of kept) {
      if (!over.signs.includes(sign.concept) || sign.start < well.end) continue;
      if (still.some((w) => findsAt(tokens, well.end, sign.start + 1, w))) return `${well.phrase} … ${sign.phrase}`;
    }
  }
  return null;
}

/** The now word of `over` opening the clause from `from` (after lead or between words), before `before`. */
function openingNow(
  tokens: readonly Token[],
  from: number,
  before: number,
  words: TurnWords,
): { end: number; said: string } | null {
  let at = from;
  for (;;) {
    const now = words.overNow.find((w) => startsAt(tokens, at, w) && at + w.length <= before);
    if (now) return { end: at + now.length, said: now.map((t) => t.text).join(' ') };
    const skip = words.lead.find((w) => startsAt(tokens, at, w)) ?? words.between.find((w) => startsAt(tokens, at, w));
    if (!skip || at + skip.length >= before) return null;
    at += skip.length;
  }
}

/** The clause number of every token (separators belong to the clause they close). */
export function clauses(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let n = 0;
  for (const t of tokens) {
    out.push(n);
    if (t === CLAUSE_SEPARATOR) n++;
  }
  return out;
}

/** The token range [from, to) of the clause holding `at`. */
function clauseBounds(tokens: readonly Token[], at: number): { from: number; to: number } {
  let from = at;
  while (from > 0 && tokens[from - 1] !== CLAUSE_SEPARATOR) from--;
  let to = at;
  while (to < tokens.length && tokens[to] !== CLAUSE_SEPARATOR) to++;
  return { from, to };
}

/** True when the now word opens its clause: at its start, after a connective or a subject, or right after the past cue. */
function opensClause(tokens: readonly Token[], at: number, words: TurnWords, told: readonly Kept[]): boolean {
  if (at === 0 || tokens[at - 1] === CLAUSE_SEPARATOR) return true;
  if (told.some((k) => k.end === at)) return true;
  return words.lead.some((w) => endsAt(tokens, at, w)) || words.between.some((w) => endsAt(tokens, at, w));
}

/** True when every token in [from, to) is one of `allowed` (one-word entries). */
function onlyBetween(tokens: readonly Token[], from: number, to: number, allowed: readonly Token[][]): boolean {
  for (let i = from; i < to; ) {
    const w = allowed.find((a) => startsAt(tokens, i, a) && i + a.length <= to);
    if (!w) return false;
    i += w.length;
  }
  return true;
}

/** True when one of `pairs` is the now word and is said again in its clause ("vừa đánh vừa chửi"). */
function repeatsIn(tokens: readonly Token[], from: number, to: number, cue: Kept, pairs: readonly Token[][]): boolean {
  return pairs.some((p) => {
    if (!startsAt(tokens, cue.start, p) && !endsAt(tokens, cue.end, p)) return false;
    let count = 0;
    for (let i = from; i < to; i++) if (startsAt(tokens, i, p)) count++;
    return count >= 2;
  });
}

function startsAt(tokens: readonly Token[], at: number, words: readonly Token[]): boolean {
  // A loop, not `every` with a closure: tried at every position of a clause for each story word.
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k];
    if (t === undefined || t === CLAUSE_SEPARATOR || !wordMatches(words[k] as Token, t)) return false;
  }
  return true;
}

function endsAt(tokens: readonly Token[], end: number, words: readonly Token[]): boolean {
  return end - words.length >= 0 && startsAt(tokens, end - words.length, words);
}

function findsAt(tokens: readonly Token[], from: number, to: number, words: readonly Token[]): boolean {
  for (let i = from; i + words.length <= to; i++) if (startsAt(tokens, i, words)) return true;
  return false;
}

/**
 * The concepts of `acute_turn` that nothing else names (no rule, modifier, rule block, figure or concern): heard alone
 * they mean nothing. Every other list of the file counts (see concept-lists.ts), the turn's own `unless` included,
 * which is read after these are dropped.
 */
export function turnOnlyConcepts(file: SafeguardingFile): Set<string> {
  const turn = file.acute_turn;
  if (!turn) return new Set();
  const named = new Set<string>();
  for (const list of conceptLists(file)) if (!list.turnOwn) for (const concept of list.concepts) named.add(concept);
  return new Set(
    [...turn.turns.flatMap((t) => [...t.now, ...t.acts]), ...(turn.over?.well ?? [])].filter((c) => !named.has(c)),
  );
}
