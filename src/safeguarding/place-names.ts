/**
 * Place names told after an administrative unit ("phường Giếng Đáy", "xã Cầu Treo", "thôn Hồ Sen") are names, not the
 * things their syllables spell: "giếng" (a well), "cầu" (a bridge) or "hồ" (a lake) inside them is no method of
 * suicide, and a carer who writes where her father lives must not get the emergency screen for it (session 30, issue
 * 10, tune17). The name is told by its capitals, so only capitalised syllables right after a unit word are blanked; a
 * bridge or a lake named without a unit ("cầu Long Biên", "hồ Tây") keeps its cue, and so does everything after the
 * name. A message written mostly in capitals ("Chồng Em Đang Cầm Dao Ở Xã…") says nothing by its capitals, so nothing
 * is blanked there.
 */
import { escapeForPattern, wholeWordsPattern } from '../text/normalize.ts';

/**
 * At most this many capitalised syllables after a unit are a name (most communes have two): a third capital ("xã Cầu
 * Treo Đang cháy") is never taken in.
 */
const MAX_NAME_SYLLABLES = 2;

/** A message with more than this share of capitalised words (not opening a sentence) is in title case: its capitals name nothing. */
const TITLE_CASE_SHARE = 0.5;

const WORD = /\p{L}+/gu;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_BREAK = /[.!?\n]+/;

/**
 * A unit word followed by a capitalised name (see `placeNamePattern`). `quick` is `exact` without its look at the
 * character before the unit: every match of `exact` is one of `quick`, and `quick` takes a 4,000-character message
 * about a fifth of the time (its first characters can be searched for), so a message it finds nothing in skips `exact`.
 */
export interface PlaceNamePattern {
  exact: RegExp;
  quick: RegExp;
}

/** A pattern of a unit word (any case) followed by a name of capitalised syllables; null without units. */
export function placeNamePattern(units: readonly string[]): PlaceNamePattern | null {
  if (units.length === 0) return null;
  // Each unit in lower case and capitalised ("phường", "Phường"): the pattern itself must tell capitals apart.
  const unit = units
    .map((u) => u.normalize('NFC').toLowerCase())
    .flatMap((u) => [u, u.charAt(0).toUpperCase() + u.slice(1)])
    .sort((a, b) => b.length - a.length)
    .map((u) => escapeForPattern(u).replace(/\s+/g, '\\s+'))
    .join('|');
  const syllable = '\\p{Lu}\\p{Ll}*';
  const named = `(${unit})(\\s+)(${syllable}(?:\\s+${syllable}){0,${MAX_NAME_SYLLABLES - 1}})(?![\\p{L}\\p{N}])`;
  return { exact: new RegExp(`(?<![\\p{L}\\p{N}])${named}`, 'gu'), quick: new RegExp(named, 'u') };
}

/**
 * True when most words of the text, names blanked and each sentence's first word left out, start with a capital: a
 * message typed in title case, whose capitals mark no name.
 */
function titleCased(blanked: string): boolean {
  let words = 0;
  let capitals = 0;
  for (const sentence of blanked.split(SENTENCE_BREAK)) {
    const inner = (sentence.match(WORD) ?? []).slice(1);
    words += inner.length;
    capitals += inner.filter((w) => CAPITALISED.test(w)).length;
  }
  return words > 0 && capitals / words > TITLE_CASE_SHARE;
}

/**
 * A pattern of well-known place names told without a unit whose syllables spell a danger cue ("Bãi Cháy", a ward of Hạ
 * Long, read without accents as "cháy"; session 36, issue 10: "a Grab bike from Bai Chay to Tuan Chau" read as "cháy
 * to", a big fire). Each name matches only as written, each syllable capitalised; null without names.
 */
export function knownPlacePattern(names: readonly string[]): RegExp | null {
  if (names.length === 0) return null;
  return wholeWordsPattern(
    names
      .map((n) => n.normalize('NFC').trim())
      .sort((a, b) => b.length - a.length)
      .map((n) => escapeForPattern(n).replace(/\s+/g, '\\s+')),
  );
}

/**
 * The text with every place name after a unit word blanked ("ở phường Giếng Đáy, Hạ Long" → "ở phường , Hạ Long"),
 * and every known place name (`known`, see `knownPlacePattern`) too.
 */
export function withoutPlaceNames(text: string, pattern: PlaceNamePattern | null, known: RegExp | null = null): string {
  if (!pattern && !known) return text;
  const nfc = text.normalize('NFC');
  const afterUnit = pattern?.quick.test(nfc) && nfc.search(pattern.exact) >= 0;
  const named = known !== null && nfc.search(known) >= 0;
  if (!afterUnit && !named) return text;
  let blanked =
    afterUnit && pattern ? nfc.replace(pattern.exact, (_all, unit: string, space: string) => `${unit}${space}`) : nfc;
  if (named && known) blanked = blanked.replace(known, '');
  return titleCased(blanked) ? text : blanked;
}
