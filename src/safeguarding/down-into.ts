/**
 * Who or what went down into water or off a height (session 31, issue 10, found trying the bot). Two readings, both by
 * where the words lie in one clause, because the concepts list verb and place side by side and the words between (the
 * thing's owner, the person pushed) broke them:
 * - an owned thing that fell: a thing (`things`: a classifier such as "cái", "chiếc", "đôi", or a thing's name such as
 *   "điện thoại", "chìa khóa", "dép") within `within` words before a verb of falling (`falls`: "rơi", "rớt", "lọt"), and
 *   no person anywhere in the clause before the verb (`people`; a pronoun right after an owner word, `owners`: "của em",
 *   is the owner, not someone who fell): "cái điện thoại của em rơi xuống ao" is a lost phone, no emergency. It adds a
 *   cue of `thing_reads_as`, which the figures read as a thing falling (it silences the fall cues). "Em bé nhà em rơi
 *   xuống ao" names no thing and stays a fall; "thằng bé ôm cái bóng rớt xuống ao" names a person first and stays one.
 * - a person pushed or thrown down: a verb of pushing (`pushes`: "xô", "đẩy", "ném"), then the one pushed (a person,
 *   no thing), or the passive ("bị" with up to `within` words of doer before the verb, a person and no thing before "bị"), then a
 *   word of going down or off (`downs`: "xuống", "khỏi", "từ trên") and, at most one word later, a place of water or
 *   height (`places`): "ai đó xô ông tôi xuống kênh", "bé bị thằng lớn đẩy xuống cầu thang". It adds a cue of
 *   `person_reads_as` (a medical emergency, 115 first, and violence after it: someone did it). "Xô cái ghế xuống ao",
 *   "ném con cá xuống ao" push a thing (a thing's name wins over the person word it starts with: "con cá").
 * - a thing threatened to be thrown down (session 37, issue 10): a threat word governing the verb (see threatStart),
 *   then a thing and no person, then the going down to a place: "tao dọa ném điện thoại xuống ao", "mẹ dọa vứt đồ
 *   chơi xuống sông". It adds a cue of `thing_threat_reads_as`, which a figure reads to drop the threat and violence
 *   cues told inside it: a thing is no one whose life is threatened. "Chồng dọa ném em xuống giếng" names a person and
 *   stays a threat to life (`threat_reads_as`).
 */
import type { Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';
import { byFirstWord, oneAt, oneIndexedAt, type PhraseIndex, typedBetween, words } from './doer-named.ts';

type DownInto = NonNullable<SafeguardingFile['down_into']>;

/** `down_into`'s word lists, tokenized once. */
export interface DownIntoWords {
  /** Tried at every word of both readings: indexed by first word. */
  falls: PhraseIndex;
  pushes: PhraseIndex;
  passive: Token[][];
  downs: Token[][];
  places: Token[][];
  things: Token[][];
  owners: Token[][];
  joins: Token[][];
  people: Token[][];
  threats: Token[][];
  within: number;
  thingReadsAs: string;
  personReadsAs: string;
  threatReadsAs: string | null;
  thingThreatReadsAs: string | null;
}

/** The block's lists, tokenized. */
export function downIntoWords(rule: DownInto): DownIntoWords {
  return {
    falls: byFirstWord(words(rule.falls)),
    pushes: byFirstWord(words(rule.pushes)),
    passive: words(rule.passive),
    downs: words(rule.downs),
    places: words(rule.places),
    things: words(rule.things),
    owners: words(rule.owners),
    joins: words(rule.joins),
    people: words(rule.people),
    threats: words(rule.threats),
    within: rule.within,
    thingReadsAs: rule.thing_reads_as,
    personReadsAs: rule.person_reads_as,
    threatReadsAs: rule.threat_reads_as ?? null,
    thingThreatReadsAs: rule.thing_threat_reads_as ?? null,
  };
}

/** What the words [from, to) name: a thing, a person (an owner's pronoun is skipped), both or neither. */
function named(
  rule: DownIntoWords,
  tokens: readonly Token[],
  from: number,
  to: number,
): { thing: boolean; person: boolean } {
  let thing = false;
  let person = false;
  for (let k = from; k < to; ) {
    // The owner's words run to the verb or to a joining word ("của em gái tôi", "nhà em"; "…của em và em…" joins two).
    if (oneAt(rule.owners, tokens, k, to)) {
      k++;
      while (k < to && !oneAt(rule.joins, tokens, k, to)) k++;
      continue;
    }
    // A thing's name first: "con cá" is a fish, though "con" alone may be a child. A longer person's name wins:
    // "ban em" typed without accents is "bạn em" (a friend), not "bàn" (a table).
    const item = oneAt(rule.things, tokens, k, to);
    const who = oneAt(rule.people, tokens, k, to);
    if (item && (!who || who.length <= item.length)) {
      thing = true;
      k += item.length;
      continue;
    }
    if (who) person = true;
    k += who?.length ?? 1;
  }
  return { thing, person };
}

/** Where a going down to a place heard at `at` ends ("xuống kênh", "xuống cái ao", "từ trên ban công"), or -1. */
function downToPlaceAt(rule: DownIntoWords, tokens: readonly Token[], at: number): number {
  const down = oneAt(rule.downs, tokens, at);
  if (!down) return -1;
  for (let k = at + down.length; k <= at + down.length + 1 && k < tokens.length; k++) {
    if (tokens[k] === CLAUSE_SEPARATOR) return -1;
    const place = oneAt(rule.places, tokens, k);
    if (place) return k + place.length;
  }
  return -1;
}

/**
 * The active reading of the push verb whose words end at `after`: what the words up to the first going down name, and
 * where the going down to a place ends (-1 when no place follows), or null when no going down comes in the clause.
 */
function thrownDown(
  rule: DownIntoWords,
  tokens: readonly Token[],
  after: number,
): { end: number; object: { thing: boolean; person: boolean } } | null {
  for (let k = after + 1; k <= after + rule.within && k < tokens.length; k++) {
    if (tokens[k - 1] === CLAUSE_SEPARATOR) break;
    if (!oneAt(rule.downs, tokens, k)) continue;
    return { end: downToPlaceAt(rule, tokens, k), object: named(rule, tokens, after, k) };
  }
  return null;
}

/** Where the thing thrown down by the verb at `at` ends (active only: a thing, no person, then the going down), or -1. */
function thingThrownAt(rule: DownIntoWords, tokens: readonly Token[], at: number): number {
  const verb = oneIndexedAt(rule.pushes, tokens, at);
  const down = verb ? thrownDown(rule, tokens, at + verb.length) : null;
  return down && down.end > 0 && down.object.thing && !down.object.person ? down.end : -1;
}

/** The person pushed down by the verb at `at` (active or passive), as the words that told it, or null. */
function pushedAt(rule: DownIntoWords, tokens: readonly Token[], at: number, start: number): string | null {
  const verb = oneIndexedAt(rule.pushes, tokens, at);
  if (!verb) return null;
  const after = at + verb.length;
  // Active: the one pushed, then the going down ("xô ông tôi xuống kênh").
  const down = thrownDown(rule, tokens, after);
  if (down && down.end > 0 && down.object.person && !down.object.thing) return typedBetween(tokens, at, down.end);
  // Passive: "bị" and the doer before the verb, then the going down at once or after one word ("bị xô té xuống ao").
  for (let m = at - 1; m >= start && m >= at - 1 - rule.within; m--) {
    const passive = oneAt(rule.passive, tokens, m, at);
    if (!passive) continue;
    // The one it befell, before "bị": a person, and no thing ("cái ghế bị xô xuống ao"). Nobody named ("ai trốn là bị
    // quăng xuống biển", whoever tries) tells a rule of the place, not someone pushed now.
    const subject = named(rule, tokens, start, m);
    if (subject.thing || !subject.person) return null;
    for (let k = after; k <= after + 1 && k < tokens.length; k++) {
      if (tokens[k] === CLAUSE_SEPARATOR) break;
      const end = downToPlaceAt(rule, tokens, k);
      if (end > 0) return typedBetween(tokens, m, end);
    }
    return null;
  }
  return null;
}

/**
 * Where the threat word governing the push verb at `at` starts, or -1 when the push is not only threatened: a threat
 * word (`threats`: "dọa", "hăm", "đe dọa", "đòi", "nói sẽ", "threatens to") earlier in the same clause, within `within`
 * words before the verb and with no joining word between ("nó dọa đẩy tôi xuống sông", "chồng em dọa ném em xuống
 * giếng"). Nobody is in the water yet: it is a threat to the writer's life (violence, 113 first), not someone to pull
 * out (115). "Nó dọa em rồi đẩy em xuống sông" joins a second act ("rồi"): the push happened and stays a push.
 */
function threatStart(rule: DownIntoWords, tokens: readonly Token[], at: number, start: number): number {
  for (let k = at - 1; k >= start && k >= at - 1 - rule.within; k--) {
    if (oneAt(rule.joins, tokens, k, at)) return -1;
    if (oneAt(rule.threats, tokens, k, at)) return k;
  }
  return -1;
}

/** Every owned thing that fell and every person pushed down heard in the message (see the module comment). */
export function downIntoIn(rule: DownIntoWords, tokens: readonly Token[]): Array<{ concept: string; said: string }> {
  const out: Array<{ concept: string; said: string }> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === CLAUSE_SEPARATOR) {
      start = i + 1;
      continue;
    }
    const fall = oneIndexedAt(rule.falls, tokens, i);
    if (fall) {
      const before = named(rule, tokens, start, i);
      let thingAt = -1;
      for (let k = i - 1; k >= start && k >= i - rule.within; k--) if (oneAt(rule.things, tokens, k, i)) thingAt = k;
      if (thingAt >= 0 && before.thing && !before.person)
        out.push({ concept: rule.thingReadsAs, said: typedBetween(tokens, thingAt, i + fall.length) });
    }
    const pushed = pushedAt(rule, tokens, i, start);
    if (pushed) {
      const threat =
        rule.threatReadsAs !== null && threatStart(rule, tokens, i, start) >= 0 ? rule.threatReadsAs : null;
      out.push({ concept: threat ?? rule.personReadsAs, said: pushed });
    }
    // A thing threatened to be thrown (see the module comment); the threat word is part of what is said, so the
    // figure that reads this cue drops the threat cues heard on "dọa" too.
    if (rule.thingThreatReadsAs !== null) {
      const end = thingThrownAt(rule, tokens, i);
      const from = end < 0 ? -1 : threatStart(rule, tokens, i, start);
      if (from >= 0) out.push({ concept: rule.thingThreatReadsAs, said: typedBetween(tokens, from, end) });
    }
  }
  return out;
}
