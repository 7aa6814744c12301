/**
 * A clause that turns a story of the past or of a habit back to now with an acute act or sign ("ba em bị đột quỵ
 * 2 năm trước, giờ đau ngực dữ dội", "chồng em hay đòi tiền, vừa đâm em", "ổng lại cầm dao rồi"): heard by where the
 * cues lie, not by which cues the message holds, so "giờ" in one clause and "đánh" in another make no turn.
 */
import { wordMatches } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';

/** A concept cue that was heard (not silenced), with where it lies in the tokens. */
export interface Kept {
  start: number;
  end: number;
  concept: string;
  phrase: string;
}

type AcuteTurn = NonNullable<SafeguardingFile['acute_turn']>;

/**
 * The turn heard in one reading of a message, as "cue … act", or null: a `now` cue (or an `again` cue with one of
 * `closers` later in the clause), then an `acts` cue in the same clause with at most `within` words between and no
 * habit told between them ("giờ ổng hay đánh em": "giờ" is nowadays there).
 */
export function acuteTurnIn(
  turn: AcuteTurn,
  habitual: readonly string[],
  kept: readonly Kept[],
  tokens: readonly Token[],
): string | null {
  const acts = kept.filter((k) => turn.acts.includes(k.concept));
  if (acts.length === 0) return null;
  const habits = kept.filter((k) => habitual.includes(k.concept));
  for (const cue of kept) {
    const again = turn.again.includes(cue.concept);
    if (!again && !turn.now.includes(cue.concept)) continue;
    for (const act of acts) {
      if (act.start < cue.end || act.start - cue.end > turn.within) continue;
      if (tokens.slice(cue.end, act.start).includes(CLAUSE_SEPARATOR)) continue;
      if (again && !closedAfter(turn.closers, tokens, act.end)) continue;
      if (habits.some((h) => h.start >= cue.end && h.start < act.end)) continue;
      return `${cue.phrase} … ${act.phrase}`;
    }
  }
  return null;
}

/** True when one of `closers` ("rồi") follows in the clause from `from` on: "lại co giật rồi". */
function closedAfter(closers: readonly string[], tokens: readonly Token[], from: number): boolean {
  const words = closers.flatMap((c) => tokenize(c, 20).slice(0, 1));
  for (let i = from; i < tokens.length && tokens[i] !== CLAUSE_SEPARATOR; i++)
    if (words.some((w) => wordMatches(w, tokens[i] as Token))) return true;
  return false;
}

/** The concepts of `acute_turn` that no rule, modifier, figure or concern names: heard alone they mean nothing. */
export function turnOnlyConcepts(file: SafeguardingFile): Set<string> {
  const turn = file.acute_turn;
  if (!turn) return new Set();
  const named = new Set<string>([
    ...Object.values(file.modifiers).flat(),
    ...file.concern.concepts,
    ...file.figures.flatMap((f) => [...f.context, ...f.with, ...f.silences, ...f.unless]),
  ]);
  for (const situation of Object.values(file.situations)) {
    if (!situation) continue;
    for (const list of [
      ...situation.rules,
      situation.calm,
      situation.calm_unless,
      situation.over,
      situation.over_unless ?? [],
      ...situation.lasting.flatMap((set) => [set.parts, set.unless]),
      situation.lasting_unless,
      situation.lasting_told,
      ...situation.now_when.flatMap((set) => [set.parts, set.unless]),
    ])
      for (const concept of list) named.add(concept);
  }
  return new Set([...turn.now, ...turn.again, ...turn.acts].filter((c) => !named.has(c)));
}
