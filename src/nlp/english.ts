/**
 * The English side of matching: an analyzer for English text and the entries'
 * `questions_en` as the matcher indexes them. The English index is separate
 * from the Vietnamese one and consulted only for messages detected as English,
 * so English words that are also Vietnamese syllables typed without accents
 * ("can", "do", "to", "a") never weigh on Vietnamese matching.
 */
import { DEFAULT_WEIGHTS, type MatchableEntry, type MatcherWeights } from './matcher.ts';

/**
 * The Vietnamese weights, with a stricter typo bar: English words are longer
 * and the index knows few of them, so at the Vietnamese bar an unknown word
 * turns into a known one ("capital" into "hospital").
 */
export const ENGLISH_WEIGHTS: MatcherWeights = { ...DEFAULT_WEIGHTS, typoThreshold: 0.2 };

/** Words that say nothing about the topic; dropped before matching. */
const STOP_WORDS = new Set(
  (
    'a an the and or but if so of to in on at by for from with about as into than then ' +
    'i me my mine myself we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'is are was were be been being am do does did doing done have has had having ' +
    'can could will would shall should may might must ' +
    'this that these those there here what which who whom whose how when where why ' +
    'not no yes please dear good just really very also any some all each exactly actually basically ' +
    'get got go going want wants wanted need needs like know tell let there s t d ll m re ve ' +
    'im dont cant doesnt isnt arent whats hows wheres leave leaving'
  ).split(' '),
);

/**
 * Whom a question is asked for, when that names no topic ("my brother is deaf", "my aunt's pension"): dropped after
 * stemming, so the family word does not dilute what is asked. Parents, grandparents, sons and husbands stay: the
 * English questions use them ("my elderly father", "my son uses drugs", "my husband and I argue").
 */
const ASKED_FOR = new Set(
  'brother sister sibling uncle aunt auntie cousin nephew niece neighbour neighbor friend'.split(' '),
);

/**
 * A relative is dropped only when at least this many other words remain: in a short question ("who should my uncle
 * talk to at the commune?") the other words are too few to name a topic alone, and dropping the relative turned a
 * follow-up's fallback into a did-you-mean on another topic.
 */
const TOPIC_WORDS_WITHOUT_RELATIVE = 3;

/** Different words for one thing, mapped to the word the index keeps. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['kids', 'child'],
  ['kid', 'child'],
  ['children', 'child'],
  ['childs', 'child'],
  ['baby', 'child'],
  ['minor', 'child'],
  ['disabled', 'disability'],
  ['disabilities', 'disability'],
  ['handicapped', 'disability'],
  ['old', 'elderly'],
  ['older', 'elderly'],
  ['senior', 'elderly'],
  ['seniors', 'elderly'],
  ['aged', 'elderly'],
  ['grandmother', 'grandparent'],
  ['grandfather', 'grandparent'],
  ['grandma', 'grandparent'],
  ['grandpa', 'grandparent'],
  ['grandparents', 'grandparent'],
  ['mother', 'parent'],
  ['father', 'parent'],
  ['mom', 'parent'],
  ['mum', 'parent'],
  ['dad', 'parent'],
  ['parents', 'parent'],
  ['phone', 'call'],
  ['number', 'call'],
  ['telephone', 'call'],
  ['request', 'apply'],
  ['application', 'apply'],
  ['paper', 'document'],
  ['papers', 'document'],
  ['paperwork', 'document'],
  ['counseling', 'counselling'],
  ['counselor', 'counsellor'],
  ['centre', 'center'],
  ['office', 'center'],
  ['benefit', 'allowance'],
  ['benefits', 'allowance'],
  ['assistance', 'allowance'],
  ['subsidy', 'allowance'],
  ['welfare', 'allowance'],
  ['line', 'hotline'],
  ['orphaned', 'orphan'],
  ['orphans', 'orphan'],
  ['elders', 'elderly'],
  ['elder', 'elderly'],
  ['pensioner', 'elderly'],
  ['handicap', 'disability'],
  ['juvenile', 'young'],
  ['juveniles', 'young'],
  ['youth', 'young'],
  ['teenager', 'teen'],
  ['teenagers', 'teen'],
  ['teenage', 'teen'],
  ['adolescent', 'teen'],
  ['psychologist', 'counsellor'],
  ['therapist', 'counsellor'],
  ['counsel', 'counselling'],
  ['psychological', 'mental'],
  ['signup', 'apply'],
  ['documents', 'document'],
  ['address', 'location'],
  ['located', 'location'],
  ['locate', 'location'],
  ['notification', 'remind'],
  ['notifications', 'remind'],
  ['reminder', 'remind'],
  ['reminders', 'remind'],
  ['notify', 'remind'],
  ['chatbot', 'bot'],
  ['assistant', 'bot'],
  ['jail', 'prison'],
  ['weekend', 'weekends'],
  ['addicted', 'addict'],
  ['addiction', 'addict'],
  ['addicts', 'addict'],
  ['autistic', 'autism'],
  // A drug named by its name reads as "drug", the word the English questions use ("my son uses drugs"): "my cousin is
  // using meth", "methadone support" otherwise weigh on no entry and fall back (session 34).
  ['meth', 'drug'],
  ['methamphetamine', 'drug'],
  ['heroin', 'drug'],
  ['methadone', 'drug'],
  ['cocaine', 'drug'],
  ['narcotic', 'drug'],
  // Spouses "keep fighting" or quarrel where the family questions say "argue" (stemmed: "fighting", "fights" → "fight").
  ['fight', 'argue'],
  ['quarrel', 'argue'],
  ['depression', 'depress'],
  ['depressive', 'depress'],
  ['girl', 'child'],
  ['boy', 'child'],
  ['marriage', 'family'],
  ['marital', 'family'],
  ['couple', 'family'],
  ['couples', 'family'],
  ['spouse', 'family'],
  ['assessment', 'screen'],
  ['screening', 'screen'],
  ['nursing', 'care'],
  ['government', 'state'],
  // British spelling and the disasters the emergency questions do not name ("hit by a landslide", "after the typhoon").
  ['programme', 'program'],
  ['landslide', 'disaster'],
  ['mudslide', 'disaster'],
  ['typhoon', 'disaster'],
  ['earthquake', 'disaster'],
]);

/** Below this age a person is a child; from this one on, elderly. Ages between say nothing about the topic. */
const CHILD_BELOW_AGE = 16;
const ELDERLY_FROM_AGE = 60;
/** Oldest age read as one: "is 111" is the child helpline, not a person. */
const OLDEST_AGE = 110;

/** Ages people spell out, at the index of their value ("four years old"); older ages are typed as digits. */
const SPELLED_AGES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'.split(' ');

/** An age as typed: "7 years old", "80-year-old", "four years old", "aged 84", "is 70", "turns 80", "a girl of 10". */
const AGE_PHRASE = new RegExp(
  `\\b(\\d{1,3}|${SPELLED_AGES.slice(1).join('|')})[- ]?(?:years?|yrs?)[- ]?old\\b` +
    // Not an amount, a time or a phone number: "is 5 million", "is 8 am", "is 1800 1769".
    '|\\b(?:aged?|is|am|turns?|turned|of) (\\d{1,3})\\b(?![- ]?(?:million|dong|vnd|%|percent|am|pm|h|o clock|oclock|:|\\.\\d|,\\d|\\d))',
  'g',
);

/**
 * Reads an age as the group it names, so that "7 years old" is a child rather than "old" (elderly) and "35 years
 * old" weighs on no entry. A bare adult age ("is 70") stays a number, as the English questions write it ("is 80").
 */
function readEnglishAges(text: string): string {
  return text.replace(AGE_PHRASE, (phrase, unitAge: string | undefined, bareAge: string | undefined) => {
    const typed = unitAge ?? bareAge ?? '';
    const age = SPELLED_AGES.includes(typed) ? SPELLED_AGES.indexOf(typed) : Number(typed);
    if (age > OLDEST_AGE) return phrase;
    if (unitAge === undefined) return age < CHILD_BELOW_AGE ? `${phrase.slice(0, phrase.indexOf(' '))} child` : phrase;
    return age < CHILD_BELOW_AGE ? ' child ' : age >= ELDERLY_FROM_AGE ? ' elderly ' : ' ';
  });
}

/**
 * A phone number as typed: a toll line ("1800 1769", "1900-xxxx") or a mobile's ten digits ("0912 345 678"), never
 * an amount ("1800000 dong"). Read as "call", the word "phone" and "number" map to: the digits name no topic.
 */
const PHONE_NUMBER =
  /\b(?:1[89]00[ .-]?\d{3,4}(?:[ .-]?\d{2,4})?|0\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4})\b(?! ?(?:dong|vnd|đ))/g;

/**
 * A farewell wish ("have a nice day"): read as a thanks, the pleasantry the greeting entry answers, so it is dropped
 * around a real question like one; its "day" otherwise weighed on Social Work Day.
 */
const FAREWELL = /\bhave an? (?:nice|good|great|lovely|wonderful) (?:day|evening|night|weekend)\b/g;

/** "Day to day" is how a job goes, not a day: its "day" weighed on Social Work Day. */
const DAY_TO_DAY = /\bday[- ]to[- ]day\b/g;

/** Light suffix stripping so "applies", "applying" and "applied" meet; not a full stemmer, only what the index needs. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** True for a word that says nothing about the topic ("the", "what", "can"). */
export function isEnglishStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Lower-case words of English text as typed (no stemming), e.g. to collect the words the English questions use. */
export function englishWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Turns English text into the lower-case, stemmed content words the English index holds. */
export function analyzeEnglish(text: string): string[] {
  const out: string[] = [];
  for (const raw of readEnglishAges(text.toLowerCase())
    .replace(PHONE_NUMBER, ' call ')
    .replace(FAREWELL, ' thanks ')
    .replace(DAY_TO_DAY, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)) {
    if (raw === '' || STOP_WORDS.has(raw)) continue;
    const word = SYNONYMS.get(raw) ?? raw;
    out.push(SYNONYMS.get(stem(word)) ?? stem(word));
  }
  const topical = out.filter((w) => !ASKED_FOR.has(w));
  return topical.length >= TOPIC_WORDS_WITHOUT_RELATIVE ? topical : out;
}

/** A place named after a preposition: "in Hanoi", "near Ho Chi Minh City", "from Europe", "back to Cambodia". */
const PLACE_NAME = /\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Aa]round|[Tt]o)\s+((?:[A-Z][a-z]+\s*)+)/g;

/**
 * Someone's people, by its name's ending, told of a person: "I am British", "my wife is Vietnamese", "a Filipino
 * teacher", "my Vietnamese employer". A language learnt or spoken ("learn Vietnamese", "Vietnamese lessons") is what
 * is asked, so a name after any other word stays.
 */
const NATIONALITY =
  /\b(?:[Aa]m|[Ii]s|[Aa]re|m|[Ww]as|[Aa]n?|[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\s+([A-Z][a-z]+(?:ese|ish|ian|ean|ino|ina))\b/g;

/** A sentence with its closing marks: "We live in Hanoi.", "Can he get it?" */
const SENTENCE = /[^.!?\n]+[.!?]*/g;

/**
 * Names of places and peoples told around the question, as `analyzeEnglish` returns them ("How do I get a disability
 * certificate for my son? We live in Hanoi. I am British, my wife is Vietnamese."). The engine drops those the English
 * index never saw: where someone lives or comes from does not change the answer, and as unknown words they diluted a
 * plain question under the offer bar. Names in the question itself stay ("the best private nursing home in Da Nang?",
 * "who won the World Cup?"): there they often say what is asked, something the center does not answer. The question is
 * each sentence with a question mark, or without one the last sentence.
 */
export function englishNames(text: string): Set<string> {
  const names = new Set<string>();
  const sentences = text.match(SENTENCE) ?? [];
  const marked = sentences.some((s) => s.includes('?'));
  sentences.forEach((sentence, i) => {
    if (marked ? sentence.includes('?') : i === sentences.length - 1) return;
    for (const [, run] of sentence.matchAll(PLACE_NAME)) {
      for (const word of analyzeEnglish(run as string)) names.add(word);
    }
    for (const [, word] of sentence.matchAll(NATIONALITY)) {
      for (const analyzed of analyzeEnglish(word as string)) names.add(analyzed);
    }
  });
  return names;
}

/** Greeting and thanks words as `analyzeEnglish` returns them ("morning" is stemmed to "morn", "evening" to "even"). */
const GREETING_WORDS = new Set(['hello', 'hi', 'hey', 'thank', 'thx', 'morn', 'afternoon', 'even']);

/** At least this many other words make a message a question with a greeting around it, not a greeting. */
const QUESTION_AFTER_GREETING_WORDS = 2;

/**
 * Analyzed words less the greetings and thanks around a real question ("Hello, my grandmother is 85, how much…"),
 * which would otherwise pull it towards the greeting entry; "Thanks for your help" stays a thanks.
 */
export function withoutEnglishGreetings(words: readonly string[]): string[] {
  const rest = words.filter((w) => !GREETING_WORDS.has(w));
  return rest.length >= QUESTION_AFTER_GREETING_WORDS ? rest : [...words];
}

/** Entries with English questions, as the English index reads them (no title or keywords: those are Vietnamese). */
export function englishMatchables(
  entries: Iterable<MatchableEntry & { questions_en?: readonly string[] | undefined }>,
): MatchableEntry[] {
  const out: MatchableEntry[] = [];
  for (const entry of entries) {
    if (!entry.questions_en || entry.questions_en.length === 0) continue;
    out.push({ id: entry.id, title: '', questions: entry.questions_en, keywords: [] });
  }
  return out;
}
