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
import { isOlder, readAges } from './age.ts';

/** A keyword that is an age alone: "80 tuổi". */
const AGE_KEYWORD = /^(\d{2,3}) tuổi$/;

/** The word an age is heard with, folded. */
const YEARS_OLD = 'tuoi';

/** The highest older person's age the entries' keywords name alone ("80 tuổi"), or undefined. */
export function highestStatedAge(entries: Iterable<Entry>): number | undefined {
  let highest: number | undefined;
  for (const entry of entries)
    for (const keyword of entry.keywords) {
      const years = Number(AGE_KEYWORD.exec(keyword.trim().toLowerCase())?.[1] ?? Number.NaN);
      if (isOlder(years) && (highest === undefined || years > highest)) highest = years;
    }
  return highest;
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
