/**
 * Removes what points to a person from a resident's question before it is
 * stored for staff: email addresses, phone numbers, ID card, bank account
 * and other long numbers, and a name written after a kinship word ("bà
 * Nguyễn Thị Lan" → "bà [tên]"). The question itself stays readable.
 */

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Vietnamese phone numbers (+84 or 0, with spaces, dots or dashes) and any run of 6+ digits (ID card, bank account). */
const NUMBER = /(?:\+?84|\b0)(?:[\s.-]?\d){8,10}\b|\b\d(?:[\s.-]?\d){5,}\b/g;
/** Kinship and address words after which a capitalised word is a name. */
const KINSHIP_WORDS =
  'ông bà bố mẹ ba má cha anh chị em cô chú bác dì cậu mợ thím dượng con cháu chồng vợ bạn tên'.split(' ');
/** Each word as written mid-sentence and at its start ("bà", "Bà"); "tên là" before the rest so it wins. */
const KINSHIP = [
  'tên là',
  'Tên là',
  ...KINSHIP_WORDS.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]),
].join('|');
/** One capitalised Vietnamese word (a name part), with or without accents. */
const NAME_WORD = '[A-ZÀ-ỸĐ][a-zà-ỹđ]*';
const NAME_AFTER_KINSHIP = new RegExp(
  `(^|[\\s,.(])(${KINSHIP})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})(?=$|[\\s,.!?)])`,
  'gu',
);

/** Any digit `NUMBER` could start from (its `\d` is ASCII). */
const ANY_DIGIT = /\d/;

/** The placeholder a number or address is replaced by. */
const REDACTED = '[đã ẩn]';

/** The text with emails, phone/ID/bank numbers and names after kinship words replaced by placeholders. */
export function redactPersonalData(text: string): string {
  // An email needs an "@" and a number a digit: most questions have neither and skip those passes.
  const withoutEmails = text.includes('@') ? text.replace(EMAIL, REDACTED) : text;
  const withoutNumbers = ANY_DIGIT.test(withoutEmails) ? withoutEmails.replace(NUMBER, REDACTED) : withoutEmails;
  // Only capitalised words count: "em muốn hỏi" is ordinary speech, "em Lan" is a name.
  return withoutNumbers.replace(NAME_AFTER_KINSHIP, (_match, before: string, kin: string) => `${before}${kin} [tên]`);
}
