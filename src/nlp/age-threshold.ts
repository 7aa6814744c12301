/**
 * An older person's age heard as the group a social worker hears in it. The
 * entries' keywords name the ages an allowance starts at ("75 tuổi", "80
 * tuổi"); an age at or past the highest of them ("bố em 82 tuổi") meets every
 * one, so it is heard as that age, which the entries and the classifier know,
 * where the digits as typed ("82") match nothing or, to the classifier, an
 * amount question it learnt them from. An age under it is left as written:
 * which allowance then depends on the person's circumstances.
 */
import type { Entry } from '../kb/load.ts';
import { pause, runSteps, type Steps } from '../kb/steps.ts';
import { isOlder, readAges } from './age.ts';

/** A keyword that is an age alone: "80 tuổi". */
const AGE_KEYWORD = /^(\d{2,3}) tuổi$/;

/** The word an age is heard with, folded. */
const YEARS_OLD = 'tuoi';

/**
 * Each entry's highest older age named alone by a keyword (null: none), kept per entry object. A reload keeps the
 * served snapshot's objects for the entries whose files did not change, so it reads only the new ones: reading all
 * 10,000 generated entries at once blocked the main thread 7–40 ms in one slice of a reload (issue 17).
 */
const statedAges = new WeakMap<Entry, number | null>();

function statedAgeOf(entry: Entry): number | null {
  const kept = statedAges.get(entry);
  if (kept !== undefined) return kept;
  let highest: number | null = null;
  for (const keyword of entry.keywords) {
    const years = Number(AGE_KEYWORD.exec(keyword.trim().toLowerCase())?.[1] ?? Number.NaN);
    if (isOlder(years) && (highest === null || years > highest)) highest = years;
  }
  statedAges.set(entry, highest);
  return highest;
}

/** Entries read between pauses. */
const ENTRIES_PER_PAUSE = 64;

/** The highest older person's age the entries' keywords name alone ("80 tuổi"), or undefined; pausing between slices of entries. */
export function* highestStatedAgeInSteps(entries: Iterable<Entry>): Steps<number | undefined> {
  let highest: number | undefined;
  let read = 0;
  for (const entry of entries) {
    if (++read % ENTRIES_PER_PAUSE === 0) yield* pause();
    const years = statedAgeOf(entry);
    if (years !== null && (highest === undefined || years > highest)) highest = years;
  }
  return highest;
}

/** The same, at once. */
export function highestStatedAge(entries: Iterable<Entry>): number | undefined {
  return runSteps(highestStatedAgeInSteps(entries));
}

/** Folded syllables with each older age at or past `threshold` heard as it ("82 tuoi", "U90" → "80 tuoi"). */
export function hearAgesAsThreshold(
  syllables: readonly string[],
  threshold: number,
  year: number | undefined,
): readonly string[] {
  const ages = readAges(syllables, year).filter((age) => isOlder(age.years) && age.years >= threshold);
  if (ages.length === 0) return syllables;
  const out: string[] = [];
  let from = 0;
  for (const age of ages) {
    out.push(...syllables.slice(from, age.at), String(threshold), YEARS_OLD);
    from = age.end;
  }
  out.push(...syllables.slice(from));
  return out;
}
