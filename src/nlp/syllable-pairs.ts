/**
 * Pairs of neighbouring syllables: two words that name a thing together
 * ("ly hôn", "can thiệp") where either alone is common. Used to tell which
 * agency or entry a short message names.
 */
import type { Lexicon } from '../text/lexicon.ts';
import { tokenize } from '../text/normalize.ts';

/** Folded syllables of a phrase. */
export function syllables(text: string): string[] {
  return tokenize(text).map((t) => t.folded);
}

/** Folded syllables of a text after the lexicon's rewrite (teencode, abbreviations), as the engine reads a message. */
export function rewrittenSyllables(lexicon: Lexicon, text: string): string[] {
  return lexicon.rewrite(tokenize(text)).map((t) => t.folded);
}

/** Each pair of neighbouring syllables in a list, joined by a space. */
export function pairsOf(words: readonly string[]): string[] {
  return words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/** The pairs exactly one owner names, each to that owner: a pair two owners name is neither's. */
export function pairsNamedByOne(
  named: Iterable<readonly [owner: string, pairs: readonly string[]]>,
): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const [owner, pairs] of named)
    for (const pair of pairs) owners.set(pair, (owners.get(pair) ?? new Set()).add(owner));
  return new Map([...owners].flatMap(([pair, ids]) => (ids.size === 1 ? [[pair, [...ids][0] as string]] : [])));
}
