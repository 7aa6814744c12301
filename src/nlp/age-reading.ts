/**
 * Reads a person's age the way a social worker hears it, for the matcher:
 * the digits themselves only ever matched by accident ("ông em 80 tuổi"
 * found the allowance because entries say "80 tuổi"; "ông em 82 tuổi" did
 * not). Two readings, each kept because it raised the readable eval sets:
 * - a child's age ("con em 7 tuổi", "đứa nhỏ 10 tuổi") is read as "trẻ em";
 * - a relative's age of 80 or more ("bà ngoại 85 tuổi") is read as "80 tuổi",
 *   the age from which the entries' wordings speak of the older person's
 *   allowance, unless the amount is asked: the amount entry answers for any
 *   age, and the age is then only the person's situation.
 * Only a message that asks something is read so: a bare detail ("con nhỏ 3
 * tuổi") answering the conversation's last question is left to the follow-ups.
 * An age after a threshold word ("dưới 16 tuổi", "từ 80 tuổi") is a rule being
 * asked about and stays as typed; so do the speaker's own age ("em 15 tuổi,
 * buồn lắm"), an older age that is no relative's ("người có công 85 tuổi"),
 * and 14 and 15, which residents ask about as teenagers (an offence, a family
 * quarrel) more than as children. Read as "người cao tuổi", older ages pulled
 * allowance questions to the elderly services entry, so they are not; nor is
 * the classifier's reading changed, since it learnt the ages as typed.
 */

/** The unit after an age, folded ("7t" is tokenized as "7 tuổi"). */
const AGE_UNIT = 'tuoi';

/** Folded words that make the age after them a rule's bound: từ, trên, dưới, đủ, quá, đến (not "tới": folded, it is "tôi"). */
const THRESHOLD_WORDS = new Set(['tu', 'tren', 'duoi', 'du', 'qua', 'den']);

/** Folded pronouns a speaker uses for themselves: em, tôi, tui, mình, con, cháu. */
const SPEAKER_WORDS = new Set(['em', 'toi', 'tui', 'minh', 'con', 'chau']);

/** Folded words that make the pronoun after them another person: "con em", "cháu tôi", "em họ em". */
const KIN_BEFORE_PRONOUN = new Set([
  'con',
  'chau',
  'ho',
  'gai',
  'trai',
  'nho',
  'be',
  'dua',
  'thang',
  'noi',
  'ngoai',
  'em',
]);

/** Folded words for an older relative (the lexicon has already made "bố" "cha" and "mạ" "mẹ"). */
const OLDER_RELATIVES = new Set([
  'ong',
  'ba',
  'cha',
  'me',
  'ma',
  'noi',
  'ngoai',
  'cu',
  'bac',
  'chu',
  'di',
  'cau',
  'mo',
  'thim',
  'chong',
  'vo',
]);

/** How many words may stand between the relative and the age: "mẹ tôi năm nay 84 tuổi". */
const RELATIVE_WINDOW = 4;

/** Folded word pairs that ask an amount: bao nhiêu, mấy trăm, mấy triệu, mức hưởng. */
const AMOUNT_PAIRS = new Set(['bao nhieu', 'may tram', 'may trieu', 'muc huong']);

/** Under this age a person is read as a child (14 and 15 are asked about as teenagers). */
const CHILD_UNDER = 14;

/** From this age an older relative's age is read as this age. */
const ALLOWANCE_AGE = 80;

/** No one is older: a larger number is something else. */
const OLDEST_AGE = 120;

/** The words a child's age is read as. */
const CHILD = ['tre', 'em'];

/** True when the age at `at` is the speaker's own: a pronoun right before it that follows no kinship word. */
function isSpeakersAge(syllables: readonly string[], at: number): boolean {
  const before = syllables[at - 1];
  return before !== undefined && SPEAKER_WORDS.has(before) && !KIN_BEFORE_PRONOUN.has(syllables[at - 2] ?? '');
}

/** True when an older relative is named within a few words before the age at `at`. */
function isRelativesAge(syllables: readonly string[], at: number): boolean {
  for (let k = 1; k <= RELATIVE_WINDOW; k++) if (OLDER_RELATIVES.has(syllables[at - k] ?? '')) return true;
  return false;
}

/** True when the message asks an amount ("được bao nhiêu", "mấy trăm"). */
function asksAmount(syllables: readonly string[]): boolean {
  for (let i = 0; i + 1 < syllables.length; i++)
    if (AMOUNT_PAIRS.has(`${syllables[i]} ${syllables[i + 1]}`)) return true;
  return false;
}

/** What the age at `at` ("82" before "tuoi") is read as, or null to keep it as typed. */
function readingOf(syllables: readonly string[], at: number, amountAsked: boolean): readonly string[] | null {
  const word = syllables[at] as string;
  if (!/^\d{1,3}$/.test(word) || syllables[at + 1] !== AGE_UNIT) return null;
  if (THRESHOLD_WORDS.has(syllables[at - 1] ?? '')) return null;
  const age = Number(word);
  if (age < CHILD_UNDER) return isSpeakersAge(syllables, at) ? null : CHILD;
  if (!amountAsked && age >= ALLOWANCE_AGE && age <= OLDEST_AGE && isRelativesAge(syllables, at))
    return [String(ALLOWANCE_AGE), AGE_UNIT];
  return null;
}

/**
 * Folded syllables with a child's or an older relative's age read as described above, the rest kept as they are;
 * `asksSomething` tells whether the message asks anything (called only when an age is met).
 */
export function readAgesAsGroups(syllables: readonly string[], asksSomething: () => boolean): readonly string[] {
  // Most messages hold no age: nothing is copied and nothing else is looked for until one is met.
  const first = syllables.indexOf(AGE_UNIT);
  if (first < 1 || !asksSomething()) return syllables;
  const amountAsked = asksAmount(syllables);
  const out: string[] = [];
  for (let i = 0; i < syllables.length; i++) {
    const reading = syllables[i + 1] === AGE_UNIT ? readingOf(syllables, i, amountAsked) : null;
    if (reading === null) {
      out.push(syllables[i] as string);
      continue;
    }
    out.push(...reading);
    i++;
  }
  return out;
}
