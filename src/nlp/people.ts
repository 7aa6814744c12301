/**
 * The people a conversation is about, when one message names two of them ("ông nội tôi 80 tuổi và con gái tôi 6
 * tuổi bị khuyết tật nặng"). The conversation context keeps one group, the last one asked about; a follow-up that
 * names one of the two by a kinship word ("còn ông thì sao", "con bé được bao nhiêu", "cháu có được gì không") is
 * about that person's group, which the word alone does not say. This module reads who is named and whom a
 * follow-up's word refers to; it holds no state (the handler keeps the people beside the context, in memory only).
 */
import { tokenize, type Token } from '../text/normalize.ts';
import { isOlder, readAges } from './age.ts';
import { WHO_CUES, WHO_PHRASES, type Who } from './followup-cues.ts';

/**
 * How a person is referred to later: a grandfather or an old man ("ông"), a grandmother or an old woman ("bà"), the
 * mother, the father, a child. A type, not an interface, so the people stay a JSON value for the session store.
 */
export const PERSON_REFS = ['old-man', 'old-woman', 'mother', 'father', 'child'] as const;
type PersonRef = (typeof PERSON_REFS)[number];

/** One person named in the conversation: how they are referred to, and their group. */
export type Person = { ref: PersonRef; who: Who };

/** The kinship words that name a person in a telling message, by their text with diacritics. */
const NAMING: ReadonlyMap<string, PersonRef> = new Map([
  ['ông', 'old-man'],
  ['bà', 'old-woman'],
  ['mẹ', 'mother'],
  ['má', 'mother'],
  ['bố', 'father'],
  ['cha', 'father'],
  ['ba', 'father'],
  ['con', 'child'],
  ['cháu', 'child'],
  ['bé', 'child'],
  ['thằng', 'child'],
  ['đứa', 'child'],
]);

/**
 * The same words typed without accents, folded: only those no other common word is typed as ("ma" is also "mà",
 * "thang" "tháng"). "Ba" is the father, or the grandmother before "nội", "ngoại".
 */
const PLAIN_NAMING: ReadonlyMap<string, PersonRef> = new Map([
  ['ong', 'old-man'],
  ['me', 'mother'],
  ['bo', 'father'],
  ['cha', 'father'],
  ['ba', 'father'],
  ['con', 'child'],
  ['chau', 'child'],
]);

/** After "ba" typed without accents, words that make it the grandmother ("ba noi", "ba ngoai"). */
const GRAND = new Set(['noi', 'ngoai']);

/**
 * Words right after a kinship word that belong to the same naming ("ông nội", "con gái", "mẹ tôi"): a kinship word
 * right after them is whose the person is ("ông ngoại cháu 86 tuổi": "cháu" is the writer), not a second person.
 */
const NAMING_PARTS: ReadonlySet<string> = new Set(
  'nội ngoại gái trai út cả lớn nhỏ bé của tôi tui em mình anh chị cháu con nhà'
    .split(' ')
    .flatMap((w) => [w, fold(w)]),
);

/** "Con" names a child only with one of these after it ("con gái", "con bé", "con tôi"); alone it is also "còn". */
const CHILD_AFTER_CON: ReadonlySet<string> = new Set(
  'gái trai bé tôi tui em mình út nhỏ'.split(' ').flatMap((w) => [w, fold(w)]),
);

/** The words a follow-up refers to a person by, and whom each may mean. */
const REFERRING: ReadonlyMap<string, readonly PersonRef[]> = new Map([
  ['ông', ['old-man', 'father']],
  ['ổng', ['old-man', 'father']],
  ['bà', ['old-woman', 'mother']],
  ['bả', ['old-woman', 'mother']],
  ['mẹ', ['mother']],
  ['má', ['mother']],
  ['bố', ['father']],
  ['cha', ['father']],
  ['cháu', ['child']],
  ['bé', ['child']],
]);

/** The same typed without accents, folded ("con ong thi sao", "chau duoc ho tro gi"): "ba" may be any of three. */
const PLAIN_REFERRING: ReadonlyMap<string, readonly PersonRef[]> = new Map([
  ['ong', ['old-man', 'father']],
  ['ba', ['old-woman', 'mother', 'father']],
  ['me', ['mother']],
  ['bo', ['father']],
  ['chau', ['child']],
  ['be', ['child']],
]);

/**
 * Words after "cháu" that make it the writer speaking of themself ("cháu muốn hỏi thêm", "cháu cảm ơn ạ", "cháu hiểu
 * rồi"), as one speaks to an elder, not the child named before.
 */
const WRITER_VERBS: ReadonlySet<string> = new Set(
  'muốn hỏi xin cảm cám hiểu biết định đang sẽ nghe thấy nghĩ cần phải'.split(' ').flatMap((w) => [w, fold(w)]),
);

/** Two-word references to a child ("con bé", "thằng bé", "thằng cu", "đứa nhỏ"). */
const CHILD_PAIRS = ['con bé', 'thằng bé', 'thằng cu', 'đứa nhỏ', 'đứa bé', 'con gái', 'con trai'].flatMap((p) => [
  p,
  fold(p),
]);

/** A word as the maps above hold it: with its accents, or folded when it was typed without any. */
function form(t: Token | undefined): string {
  return t === undefined ? '' : t.plain ? t.folded : t.text;
}

/** The accent-folded form of canonical words ("bé" → "be"), for the words typed without accents. */
function fold(words: string): string {
  return tokenize(words)
    .map((t) => t.folded)
    .join(' ');
}

/** The longest message whose kinship word is read as referring to a person named before: longer ones tell more. */
const MAX_REFERRING_SYLLABLES = 12;

/** How many people are kept: a conversation about more is no longer about two people. */
export const MAX_PEOPLE = 3;

/** The group a stretch of words says of its person: a disability or HIV named, else an age in digits, else the kinship. */
function groupOf(words: readonly string[]): Who | null {
  for (const who of ['disability', 'hiv'] as const) if (hasPhrase(words, WHO_CUES[who])) return who;
  const [age] = readAges(words).filter((a) => a.form === 'digits');
  if (age) return isOlder(age.years) ? 'elderly' : 'child';
  for (const who of ['elderly', 'child'] as const) if (hasPhrase(words, WHO_CUES[who])) return who;
  return null;
}

/** Whether any folded phrase occurs in the words. */
function hasPhrase(words: readonly string[], phrases: readonly string[]): boolean {
  const line = ` ${words.join(' ')} `;
  return phrases.some((p) => line.includes(` ${p} `));
}

/** The kinship word at `i` that starts the naming of a person, if it does. */
function namingAt(tokens: readonly Token[], i: number): PersonRef | undefined {
  const t = tokens[i] as Token;
  const next = form(tokens[i + 1]);
  const named = t.plain ? PLAIN_NAMING.get(t.folded) : NAMING.get(t.text);
  const ref = t.plain && t.folded === 'ba' && GRAND.has(next) ? 'old-woman' : named;
  if (ref === undefined) return undefined;
  if (form(t) === 'con' && !CHILD_AFTER_CON.has(next)) return undefined;
  // "Ông ngoại cháu", "mẹ của em": a kinship word right after another naming says whose, not who.
  const before = tokens[i - 1];
  if (before && (NAMING.has(form(before)) || PLAIN_NAMING.has(form(before)) || NAMING_PARTS.has(form(before))))
    return undefined;
  return ref;
}

/**
 * The people a message names with a group each ("ông nội tôi 80 tuổi" elderly, "con gái tôi 6 tuổi bị khuyết tật
 * nặng" disability): each kinship word that starts a naming, with the words up to the next one. Only two or more
 * people of different groups are returned: one person is who the context's group already is.
 */
export function peopleNamed(text: string): Person[] {
  const tokens = tokenize(text);
  const starts: Array<{ at: number; ref: PersonRef }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const ref = namingAt(tokens, i);
    if (ref !== undefined) starts.push({ at: i, ref });
  }
  const people: Person[] = [];
  for (const [n, { at, ref }] of starts.entries()) {
    const end = starts[n + 1]?.at ?? tokens.length;
    const who = groupOf(tokens.slice(at, end).map((t) => t.folded));
    if (who !== null) people.push({ ref, who });
  }
  return new Set(people.map((p) => p.who)).size >= 2 ? people.slice(0, MAX_PEOPLE) : [];
}

/** The people kept after a message: those it names replace the ones kept (a new pair is a new story). */
export function peopleAfter(kept: readonly Person[], named: readonly Person[]): Person[] {
  return named.length > 0 ? [...named] : [...kept];
}

/** A follow-up that refers to one of the people named before: that person, and the message with their group named. */
export interface PersonReferred {
  person: Person;
  /**
   * The message with the kinship word replaced by the group's canonical name ("còn người cao tuổi thì sao"), opened
   * with "còn" when the person is not the one the conversation was about ("con bé được bao nhiêu" after the
   * grandfather turns to the child, as "còn người khuyết tật được bao nhiêu" says).
   */
  text: string;
  /** The message with the group named and no "còn" added, as the engine reads it alone. */
  named: string;
}

/** Words that open a message already turned to someone ("còn", "vậy", "thế"), folded: typed without accents too. */
const TURN_OPENERS: ReadonlySet<string> = new Set(['con', 'vay', 'the']);

/**
 * The person a short follow-up refers to by a kinship word alone ("còn ông thì sao", "con bé được bao nhiêu", "cháu
 * có được hỗ trợ gì không"), when exactly one of the people kept is one that word may mean; undefined otherwise, and
 * when the message is long or names a group of its own ("còn ông nội 80 tuổi thì sao" says it).
 */
export function personReferred(
  text: string,
  people: readonly Person[],
  current: Who | null,
): PersonReferred | undefined {
  if (people.length < 2) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > MAX_REFERRING_SYLLABLES) return undefined;
  const folded = tokens.map((t) => t.folded);
  if (groupOf(folded) !== null || hasPhrase(folded, [...WHO_CUES.poor, ...WHO_CUES['single-parent']])) return undefined;
  let found: { at: number; length: number; refs: readonly PersonRef[] } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const word = form(tokens[i]);
    const refs = tokens[i]?.plain ? PLAIN_REFERRING.get(word) : REFERRING.get(word);
    const hit = CHILD_PAIRS.includes(`${word} ${form(tokens[i + 1])}`)
      ? { at: i, length: 2, refs: ['child'] as const }
      : refs
        ? { at: i, length: 1, refs }
        : undefined;
    if (!hit || (tokens[i]?.folded === 'chau' && WRITER_VERBS.has(form(tokens[i + 1])))) continue;
    // Two people referred to in one message ("ông với cháu"): whom it is about is not one of them.
    if (found) return undefined;
    found = hit;
    i += hit.length - 1;
  }
  if (!found) return undefined;
  const refs = found.refs;
  const meant = people.filter((p) => refs.includes(p.ref));
  if (meant.length !== 1) return undefined;
  const person = meant[0] as Person;
  const words = tokens.map((t) => t.text);
  words.splice(found.at, found.length, WHO_PHRASES[person.who]);
  const opener = found.at > 0 && TURN_OPENERS.has(tokens[0]?.folded ?? '');
  const turned = person.who !== current && !opener;
  const named = words.join(' ');
  return { person, text: turned ? `còn ${named}` : named, named };
}
