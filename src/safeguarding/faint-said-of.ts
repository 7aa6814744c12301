/**
 * Who fainted, by where the words lie in one clause (session 43, issue 10): a faint told in its bare verb ("mẹ em
 * ngất", "bố tôi xỉu", "bạn em lịm đi") matched no rule, the bare "ngất"/"xỉu" being common slang ("đẹp xỉu", "cười
 * ngất", "nghe giá mà xỉu") unless a cause is told. Told right after the one it befell, it is a faint now:
 * - a person (`people`: a kin word, a pronoun, "bạn em", "ai đó"; or a title and one more word not of `not_names`:
 *   "anh Nam", not "ông ơi") then, with at most `within` of `fillers` between ("vừa", "bị", "tự nhiên"), a cue of a
 *   `signs` concept (or, typed without accents, of a `plain_signs` one: "me em ngat") whose phrase is one of `verbs`
 *   adds `reads_as`. A person after an owner word (`owners`: "con mèo nhà em") owns the subject, and is not it.
 * - a pet (a cue of a `pets` concept ending where the subject ends, or owning the person word: "con mèo nhà em tự
 *   nhiên ngất", "con chó ngất xỉu") adds `pet_reads_as` over the words from the pet to the clause's end, which a
 *   figure reads to silence the faint and its urgency told inside: the animal fainted, not a person.
 * A `verbs` phrase of `accented` counts only typed with its accents ("em xiu" is "em xíu", a little while).
 */
import type { Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import type { Kept } from './acute-turn.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';
import { oneAt, typedBetween, words } from './doer-named.ts';

type FaintSaidOf = NonNullable<SafeguardingFile['faint_said_of']>;

/** `faint_said_of`'s word lists, tokenized once. */
export interface FaintWords {
  signs: ReadonlySet<string>;
  plainSigns: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  accented: ReadonlySet<string>;
  pets: ReadonlySet<string>;
  fillers: Token[][];
  people: Token[][];
  titles: Token[][];
  notNames: Token[][];
  owners: Token[][];
  within: number;
  readsAs: string;
  petReadsAs: string;
}

/** The block's lists, tokenized. */
export function faintWords(rule: FaintSaidOf): FaintWords {
  return {
    signs: new Set(rule.signs),
    plainSigns: new Set(rule.plain_signs),
    verbs: new Set(rule.verbs),
    accented: new Set(rule.accented),
    pets: new Set(rule.pets),
    fillers: words(rule.fillers),
    people: words(rule.people),
    titles: words(rule.titles),
    notNames: words(rule.not_names),
    owners: words(rule.owners),
    within: rule.within,
    readsAs: rule.reads_as,
    petReadsAs: rule.pet_reads_as,
  };
}

/** The phrase of `list` that ends right before `end` (at or after `start`), longest first, as its first index, or -1. */
function endingAt(list: readonly Token[][], tokens: readonly Token[], end: number, start: number): number {
  let best = -1;
  for (const phrase of list) {
    const from = end - phrase.length;
    if (from < start) continue;
    if (oneAt([phrase], tokens, from, end) && (best < 0 || from < best)) best = from;
  }
  return best;
}

/** Every faint told right after the one it befell, said as its verb (see the module comment). */
export function faintSaidOfIn(
  rule: FaintWords,
  kept: readonly Kept[],
  tokens: readonly Token[],
): Array<{ concept: string; said: string }> {
  const out: Array<{ concept: string; said: string }> = [];
  for (const sign of kept) {
    if (!rule.verbs.has(sign.phrase)) continue;
    // A `plain_signs` cue only typed without accents: with them, the `signs` concept (which hears the slang as
    // neutral: "đói xỉu rồi") decides.
    const said = tokens.slice(sign.start, sign.end);
    const plain = said.every((t) => t.plain);
    if (!rule.signs.has(sign.concept) && !(plain && rule.plainSigns.has(sign.concept))) continue;
    if (rule.accented.has(sign.phrase) && said.some((t) => t.plain)) continue;
    let start = sign.start;
    while (start > 0 && tokens[start - 1] !== CLAUSE_SEPARATOR) start--;
    // The subject ends at `end`, after up to `within` fillers skipped back from the verb.
    let end = sign.start;
    for (let skipped = 0; skipped < rule.within; skipped++) {
      const filler = endingAt(rule.fillers, tokens, end, start);
      if (filler < 0) break;
      end = filler;
    }
    const pet = kept.find((k) => rule.pets.has(k.concept) && k.start >= start && k.end <= end && k.end >= end - 2);
    let who = endingAt(rule.people, tokens, end, start);
    if (who < 0) {
      // A title and a name ("anh Nam ngất", "cô Lan xỉu").
      const title = endingAt(rule.titles, tokens, end - 1, start);
      if (title >= 0 && !pet && !oneAt(rule.notNames, tokens, end - 1, end)) who = title;
    }
    const owned = who > 0 && endingAt(rule.owners, tokens, who, start) >= 0;
    if (pet && (who < 0 || owned || pet.end === end)) {
      // The rest of the clause is the pet's too ("con mèo ngất rồi"): its "rồi" makes no person's faint.
      let close = sign.end;
      while (close < tokens.length && tokens[close] !== CLAUSE_SEPARATOR) close++;
      out.push({ concept: rule.petReadsAs, said: typedBetween(tokens, pet.start, close) });
      continue;
    }
    // The verb's words alone: a figure that explains the faint away ("ngất xỉu vì thi trượt") holds them.
    if (who >= 0 && !owned) out.push({ concept: rule.readsAs, said: typedBetween(tokens, sign.start, sign.end) });
  }
  return out;
}
