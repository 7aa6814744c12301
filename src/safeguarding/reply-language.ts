/**
 * The language of a safeguarding reply, read from the message as a whole.
 *
 * The detector's own English test (`SafeguardingDetector.isEnglish`) takes any accented word as proof of Vietnamese:
 * it guards the detection, where an English word read as a Vietnamese one ("be" as "bé") must not raise a child cue.
 * For the reply that is too strict: "a man is beating his wife in Bình Thạnh", "my boss took my CCCD and locked me
 * in, we're in Quận 7", "she texted 'cứu em' and hung up" are English sentences that name a place, a person or quote
 * a Vietnamese word, and whoever wrote them must be able to read what to do now (issue 10). So the place and person
 * names (capitalised words, not at the start of a sentence) and quoted spans are set aside first, and the rest is
 * judged by its English function words against its other accented words: "tôi bị đánh, help me please" keeps many
 * accented words of its own and stays Vietnamese.
 */
import { tokenize } from '../text/normalize.ts';
import { withoutQuotes } from './scare-quotes.ts';

/** A word of the message as typed: letters, marks and digits ("Quận", "7", "CCCD"). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const NOT_ASCII = /[^\p{ASCII}]/u;
/** Between two words of one name: spaces only ("Bình Thạnh"); a hyphen too ("Bà Rịa-Vũng Tàu"). */
const NAME_GAP = /^[ \t-]+$/u;
/** What comes before a word that opens a sentence: the start of the message or an end of a sentence or line, then maybe a quote or a bracket. */
const SENTENCE_OPENING = /(?:^|[.!?…:\n])[\s"'“‘(]*$/u;

/**
 * At least this many English function words outside names and quotes, as in the detector's test: two, making at
 * least a quarter of the words.
 */
const MIN_ENGLISH_WORDS = 2;
const MIN_ENGLISH_SHARE = 0.25;
/**
 * At most one accented word (outside names and quotes) per this many English function words: "sorry mẹ", "rượu đế"
 * inside an English sentence keep it English; "rớt đại học lần 2, … I'm at Hồ Tây" or a Vietnamese sentence with a
 * "help me please" does not.
 */
const ENGLISH_WORDS_PER_ACCENTED = 3;
/**
 * Of the English function words, at least this many that are no Vietnamese word typed without accents: "t" is "tao"
 * in teencode, "me" is "mẹ", "a" is "anh", "the nao" is "thế nào", "that" is "thật", "can" is "cần", and "t 14t,
 * ba t cam dao doa cat tay t, me t di lam" is Vietnamese with six of the detector's English words.
 */
const MIN_UNAMBIGUOUS_ENGLISH_WORDS = 2;
export const ALSO_VIETNAMESE: ReadonlySet<string> = new Set([
  't',
  'a',
  'an',
  'to',
  'do',
  'me',
  'be',
  'in',
  'on',
  'can',
  'the',
  'that',
  'so',
  'am',
  'don',
]);
/** A word that opens with a digit ("14t", "10k", "2tr"): its unit is read as a Vietnamese word ("tuổi", "nghìn"), but it is in no language. */
const NUMBER_WORD = /(?<![\p{L}\p{M}])\p{N}[\p{L}\p{M}\p{N}]*/gu;

/**
 * The message with Vietnamese names blanked: a run of capitalised words (digits may follow: "Quận 7") with at least
 * one accented word, when it does not open a sentence ("Tôi bị đánh" opens one: "Tôi" stays a Vietnamese word,
 * and so does every word of a run that opens one: "Chồng Tôi Đánh Tôi"). A
 * word in capitals throughout ("CỨU") is shouted, not a name, and stays.
 */
function withoutVietnameseNames(text: string): string {
  const words = [...text.matchAll(WORD)];
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < words.length) {
    const first = words[i] as RegExpMatchArray;
    const at = first.index ?? 0;
    if (!CAPITALISED.test(first[0])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < words.length) {
      const prev = words[end - 1] as RegExpMatchArray;
      const next = words[end] as RegExpMatchArray;
      const gap = text.slice((prev.index ?? 0) + prev[0].length, next.index ?? 0);
      if (!NAME_GAP.test(gap) || !(CAPITALISED.test(next[0]) || /^\p{N}+$/u.test(next[0]))) break;
      end++;
    }
    const run = words.slice(i, end);
    // A run that opens a sentence ("Chồng Tôi Đánh Tôi") is words, not a name: it stays whole.
    if (!SENTENCE_OPENING.test(text.slice(0, at)) && run.some((w) => NOT_ASCII.test(w[0]))) {
      const last = run[run.length - 1] as RegExpMatchArray;
      out += `${text.slice(copied, at)} `;
      copied = (last.index ?? 0) + last[0].length;
    }
    i = end;
  }
  return out + text.slice(copied);
}

/**
 * True when a message is English as a whole, Vietnamese names and quoted words inside it aside. `isEnglishWord`
 * is the detector's list of English function words (by folded form).
 */
export function readsAsEnglish(text: string, isEnglishWord: (folded: string) => boolean): boolean {
  const kept = withoutVietnameseNames(withoutQuotes(text.normalize('NFC'))).replace(NUMBER_WORD, ' ');
  const tokens = tokenize(kept);
  if (tokens.length === 0) return false;
  let english = 0;
  let unambiguous = 0;
  let accented = 0;
  for (const t of tokens) {
    if (!t.plain) accented++;
    else if (isEnglishWord(t.folded)) {
      english++;
      if (!ALSO_VIETNAMESE.has(t.folded)) unambiguous++;
    }
  }
  return (
    english >= MIN_ENGLISH_WORDS &&
    unambiguous >= MIN_UNAMBIGUOUS_ENGLISH_WORDS &&
    english / tokens.length >= MIN_ENGLISH_SHARE &&
    accented * ENGLISH_WORDS_PER_ACCENTED <= english
  );
}
