/**
 * Reads "nhận tiền gì", "được tiền gì" and "hưởng gì" as what a social worker
 * hears in them, for the matcher: which allowance the person can have. Said
 * so, the words are too common to find the allowance entries ("tiền" is in
 * many questions, "gì" in all), and the situation told before them ("sống
 * một mình") pulled the question to a service instead: "ông ngoại em 82 tuổi
 * sống một mình có được nhận tiền gì không" fell back. The classifier keeps
 * the words as typed, as it learnt them.
 */

/** Folded words before "tiền gì" that make it the allowance asked for: nhận, được. */
const RECEIVING = new Set(['nhan', 'duoc']);

/** "Hưởng" (receive a benefit), folded: before "gì", it asks which allowance. */
const BENEFIT = 'huong';

/** The words "tiền" is read as in "nhận tiền gì". */
const ALLOWANCE = ['tro', 'cap'];

/** Folded syllables with "nhận/được tiền gì" read as "nhận/được trợ cấp gì" and "hưởng gì" as "hưởng trợ cấp gì". */
export function readAllowanceAsked(syllables: readonly string[]): readonly string[] {
  if (!syllables.includes('gi')) return syllables;
  const out: string[] = [];
  for (let i = 0; i < syllables.length; i++) {
    const word = syllables[i] as string;
    const beforeWhat = syllables[i + 1] === 'gi';
    if (beforeWhat && word === 'tien' && RECEIVING.has(syllables[i - 1] ?? '')) out.push(...ALLOWANCE);
    else if (beforeWhat && word === BENEFIT) out.push(word, ...ALLOWANCE);
    else out.push(word);
  }
  return out;
}
