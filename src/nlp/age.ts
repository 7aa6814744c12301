/**
 * Ages as residents write them ("82 tuổi", "82t", "ngoài 80", "U80", "tám
 * mươi tuổi", "sinh năm 1944", English "she is 85"), read once for both the
 * follow-ups (who a question is about) and the person reading (an older
 * person and a money ask). A number is an age only with a word that makes it
 * one: a unit after it, or a word before it and no unit of amount or count
 * after it ("ngoài 80 nghìn", "hơn 60 người" are no ages).
 */

/** The first age of an older person: the Law on the Elderly's 60. */
const OLDER_FROM = 60;

/** Under this age a person is a child (the Law on Children's 16). */
const CHILD_UNDER = 16;

/** No one is older: a larger number is an amount. */
const OLDEST = 120;

/** Folded words an age follows: "82 tuổi"; English "80 years (old)". */
const AGE_UNITS = new Set(['tuoi', 'years', 'year']);

/**
 * Folded words before a bare older person's age: "ngoài 80", "hơn 70", "đã 75", "gần 90", "năm nay 81", "tròn 80",
 * "đủ 80"; English "turns 80". After them a small number is mostly a count ("đã 2 con"), so a child's age needs a
 * unit or one of `STATED`.
 */
const BEFORE_OLDER_AGE = new Set([
  ...['ngoai', 'hon', 'tren', 'gan', 'ngot', 'da', 'nay', 'tron', 'du'],
  ...['turns', 'turned', 'turning'],
]);

/** English words an age of any group follows without its unit: "she is 84", "aged 80", "under 4", "over 80". */
const STATED = new Set(['is', 'aged', 'under', 'over']);

/**
 * The last birth year of an older person when no year is given: born in 1965 or before is 60 or more from 2025 on,
 * and ages only grow. A later year is left unread (it may or may not be 60 yet).
 */
const BORN_BY = 1965;

/** The first birth year read ("sinh năm 1899" is a typing slip or a story). */
const BORN_FROM = 1900;

/** Folded words a birth year follows: "sinh năm 1945", "sn 1945", "sinh 1950", English "born in 1944". */
const BIRTH_YEAR_AFTER = new Set(['sn', 'sinh', 'nam sinh', 'sinh nam', 'born in', 'born']);

/** Folded words after a number that make it a count or an amount, not an age: "ngoài 80 nghìn", "hơn 60 người". */
const AMOUNT_UNITS = new Set([
  ...['nghin', 'ngan', 'trieu', 'k', 'dong', 'd', 'vnd', 'tram', 'phan', 'lan', 'nam', 'thang', 'ngay'],
  ...['nguoi', 'ho', 'km', 'm', 'kg', 'tuan', 'gio', 'phut'],
]);

/** "Sáu/bảy/tám/chín mươi": an age in words, read with "tuổi" after it or "ngoài" before it. */
const TENS = new Map([
  ['sau', 60],
  ['bay', 70],
  ['tam', 80],
  ['chin', 90],
]);

/** "Mươi", folded. */
const TEN = 'muoi';

/** "Rồi" (already) after an older age: "85 rồi". */
const REACHED = 'roi';

/** "Năm" (year) before a number: "năm 80" is a year, not an age. */
const YEAR = 'nam';

/** "Tháng" after an age's years: "74 tuổi 10 tháng". */
const MONTHS = 'thang';

/** How an age is written: digits, "U80", words ("tám mươi"), a birth year. */
type AgeForm = 'digits' | 'u' | 'words' | 'born';

/** One age written in a message. */
export interface AgeMention {
  /** Index of the age's first word (the number, "u", "tám", the birth year). */
  at: number;
  /** Index after the age's last word: its unit, and the months of "74 tuổi 10 tháng". */
  end: number;
  /** The age in years (a birth year read as 60 or more). */
  years: number;
  form: AgeForm;
  /**
   * What makes it an age: a unit after it ("82 tuổi"), an English word before it ("she is 85"), a Vietnamese word
   * beside it ("ngoài 80", "80 rồi"), or its form alone ("U80", a birth year).
   */
  by: 'unit' | 'stated' | 'word' | 'form';
}

/**
 * The ages in folded words, in order: an older person's (60 to 120) or a child's (under 16). `year`: the current
 * year, that a birth year is read against (the snapshot's clock); without it only a birth year up to 1965 is read,
 * as an older person's.
 */
export function readAges(words: readonly string[], year?: number): AgeMention[] {
  const ages: AgeMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!mayStartAge(words[i] ?? '')) continue;
    const age = ageAt(words, i, year);
    if (age !== null) ages.push(age);
  }
  return ages;
}

/**
 * The ages of adults under 60 written unmistakably: a number with its unit ("45 tuổi", "45 years old") or a birth
 * year ("sinh năm 1980", against `year`). `readAges` leaves them out (a bare number between 16 and 59 is mostly a
 * count or an amount); they tell that the person is not an older one ("ba tôi sinh năm 1980" is 46).
 */
export function readAdultAges(words: readonly string[], year?: number): AgeMention[] {
  const ages: AgeMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!/^\d{2,4}$/.test(word)) continue;
    const born = year === undefined ? null : bornYearAt(words, i);
    const years = born === null || year === undefined ? Number(word) : year - born;
    const unit = born === null && AGE_UNITS.has(words[i + 1] ?? '');
    if ((born !== null || unit) && years >= CHILD_UNDER && years < OLDER_FROM)
      ages.push({
        at: i,
        end: unit ? i + 2 : i + 1,
        years,
        form: born === null ? 'digits' : 'born',
        by: unit ? 'unit' : 'form',
      });
  }
  return ages;
}

/** The birth year written at word `i` ("sinh năm 1980", "sn 1980", "born in 1980"), or null. */
function bornYearAt(words: readonly string[], i: number): number | null {
  const word = words[i] ?? '';
  if (!/^(?:19|20)\d\d$/.test(word)) return null;
  const before = (n: number): string => words.slice(Math.max(0, i - n), i).join(' ');
  if (!BIRTH_YEAR_AFTER.has(before(1)) && !BIRTH_YEAR_AFTER.has(before(2))) return null;
  const born = Number(word);
  return born >= BORN_FROM ? born : null;
}

/**
 * True when an age may start at this folded word: a digit, "u" ("U80", "u 80") or a ten in words ("tám" mươi).
 * Every form `ageAt` reads starts so; most words of a message do not, and skip its patterns.
 */
export function mayStartAge(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 117 || TENS.has(word);
}

/** True for an older person's age: 60 to 120. */
export function isOlder(years: number): boolean {
  return years >= OLDER_FROM && years <= OLDEST;
}

/** The age written from word `i`, or null. */
function ageAt(words: readonly string[], i: number, year: number | undefined): AgeMention | null {
  const word = words[i] ?? '';
  const next = words[i + 1] ?? '';
  // "U80", "U85", "u 80": how the young write "nearly 80", "about 85".
  if (/^u[6-9]\d$/.test(word)) return { at: i, end: i + 1, years: Number(word.slice(1)), form: 'u', by: 'form' };
  if (word === 'u' && /^[6-9]\d$/.test(next)) return { at: i, end: i + 2, years: Number(next), form: 'u', by: 'form' };
  const born = bornAge(words, i, year);
  if (born !== null) return { at: i, end: i + 1, years: born, form: 'born', by: 'form' };
  let years: number | null = null;
  let after = i + 1;
  let form: AgeForm = 'digits';
  if (/^\d{1,3}$/.test(word)) years = Number(word);
  else if (TENS.has(word) && next === TEN) {
    years = TENS.get(word) as number;
    form = 'words';
    after = i + 2;
    // "bảy mươi lăm": the units after "mươi" do not change the group.
    const unitsWord = words[after] ?? '';
    if (!AGE_UNITS.has(unitsWord) && unitsWord !== '' && !AMOUNT_UNITS.has(unitsWord)) after++;
  }
  if (years === null || !(isOlder(years) || years < CHILD_UNDER)) return null;
  const following = words[after] ?? '';
  if (AGE_UNITS.has(following)) {
    // "74 tuổi 10 tháng": the months are part of the age.
    const months = /^\d{1,2}$/.test(words[after + 1] ?? '') && words[after + 2] === MONTHS;
    return { at: i, end: months ? after + 3 : after + 1, years, form, by: 'unit' };
  }
  // "Tròn 80, tháng sinh nhật xong": the month after the age is the birthday's, not a count of months.
  const birthdayMonth = following === MONTHS && words[after + 1] === 'sinh';
  const before = words[i - 1] ?? '';
  // "Bà 85 rồi", "tám mươi mấy rồi": an older age said to be reached; "năm 80 rồi" is the year 1980.
  const reached = following === REACHED && before !== YEAR && isOlder(years);
  const by = STATED.has(before)
    ? 'stated'
    : (BEFORE_OLDER_AGE.has(before) || reached) && isOlder(years)
      ? 'word'
      : null;
  return by !== null && (birthdayMonth || !AMOUNT_UNITS.has(following)) ? { at: i, end: after, years, form, by } : null;
}

/**
 * The age of a person whose birth year is word `i` ("sinh năm 1945", "sn 1950", "born in 1944"), against `year`;
 * without it, 60 for a year up to 1965. Null when it is no birth year, or no older person's or child's.
 */
function bornAge(words: readonly string[], i: number, year: number | undefined): number | null {
  const born = bornYearAt(words, i);
  if (born === null) return null;
  if (year === undefined) return born <= BORN_BY ? OLDER_FROM : null;
  const age = year - born;
  return age >= 0 && (isOlder(age) || age < CHILD_UNDER) ? age : null;
}
