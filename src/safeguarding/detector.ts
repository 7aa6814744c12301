/**
 * Recognises danger and disclosures the way a hotline counsellor listens:
 * not for fixed sentences but for concepts (who is involved, what is being
 * done, how, when, and whether the person is only asking about a topic).
 * The concepts and the situations built from them live in
 * knowledge/safeguarding.yaml, so staff can read and extend them.
 *
 * Steps for one message:
 * 1. read it clause by clause (up to MAX_SAFEGUARDING_CHARS, far more than
 *    the matcher reads: a cry for help at the end of a long story must not be
 *    cut off), undo stretched letters, and also read it through the lexicon,
 *    so teencode ("ck", "k muon song") counts;
 * 2. find every concept cue, except shorter cues inside a neutral phrase
 *    (figures of speech: "mệt muốn chết", "đánh răng"), cues reaching into a
 *    common word typed without accents ("bi bo roi" holds no "bị bố"),
 *    cues misreading the "co" of a yes/no question ("co mo cua ko"), and
 *    an act said only inside short scare quotes ("bị sếp 'xử đẹp'");
 * 3. a situation fires when every concept of one of its rules is present;
 *    when none fires, the trained classifier may name one (see classifier.ts);
 * 4. the outcome: urgent cues mean danger now; a time of today too, unless
 *    the situation is calm or the message jokes; otherwise the situation's calm
 *    cues (an illness that is chronic, a fire that is over) mean nothing to
 *    raise unless an acute cue is there too; a past telling by a named person
 *    is a disclosure (a habit too, where the situation allows, unless the
 *    message turns to now: "…, vừa nãy nghe nó thét"; and a past or a habit told in one clause, then a clause that
 *    opens with now and an acute act or sign, "…2 năm trước, giờ đau ngực dữ dội", is danger now: `acute_turn`); a stroke or a paralysis named as a lasting state is no event
 *    now (`lasting`); something happening right now to a named person is
 *    danger now, even inside a question, and so is something told happening to a named person now
 *    (a child gone limp, missing "từ chiều tới giờ", "đang ép em") beside papers, a service or a topic;
 *    informational framing; a question about a service with
 *    nothing happening now is informational (a category of people) or a disclosure (a named person);
 *    a general question about nobody
 *    in particular is an ordinary question; anything else is danger now,
 *    because a false alarm costs far less than a miss.
 *
 * Deterministic, no network, linear in the message length.
 */
import { pause, runSteps, type Steps } from '../kb/steps.ts';
import { wordMatches, type Lexicon } from '../text/lexicon.ts';
import { foldAccents, makeToken, startsWithDigit, tokenize, type Token } from '../text/normalize.ts';
import type { ClassifierInput, ClassifierVerdict, Nameable, SafeguardingClassifier } from './classifier.ts';
import {
  acuteTurnIn,
  clauses,
  scareOverIn,
  turnOnlyConcepts,
  turnWords,
  type Kept,
  type Turn,
  type TurnWords,
} from './acute-turn.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';
import { doerNamedIn, doerWords, type DoerWords } from './doer-named.ts';
import { kinWords, youngerKinIn, type KinReading, type KinWords } from './younger-kin.ts';
import { ownDeathAskedIn, ownDeathWords, type OwnDeathWords } from './own-death-asked.ts';
import { downIntoIn, downIntoWords, type DownIntoWords } from './down-into.ts';
import { faintSaidOfIn, faintWords, type FaintWords } from './faint-said-of.ts';
import { objectActs, objectActsIn } from './act-on-object.ts';
import { nowOverFramingIn, type Outranking, type WishAfterWords } from './now-over-framing.ts';
import { ALSO_VIETNAMESE, readsAsEnglish } from './reply-language.ts';
import { knownPlacePattern, type PlaceNamePattern, placeNamePattern, withoutPlaceNames } from './place-names.ts';
import { foldedOutsideQuotes, shortQuotes } from './scare-quotes.ts';
import { UnaccentedReadings, type Span } from './unaccented-readings.ts';
import { afterTakenBack, takenBackPattern, type TakenBackPatterns } from './taken-back.ts';
import {
  SITUATION_IDS,
  type EmergencyNumber,
  type SafeguardingFile,
  type SituationId,
} from '../kb/safeguarding-schema.ts';

/** Longest text (in characters) the detector reads. */
const MAX_SAFEGUARDING_CHARS = 4000;

/** What the bot should do about a message. */
export type SafeguardingOutcome = 'danger-now' | 'disclosure' | 'informational';

/** The detector's verdict, with the evidence behind it (for logs, `ask --json` and eval). */
export interface SafeguardingResult {
  situation: SituationId;
  /** Every situation that fired, most important first. */
  situations: SituationId[];
  outcome: SafeguardingOutcome;
  /** Emergency numbers in the order the reply lists them. */
  numbers: EmergencyNumber[];
  child: boolean;
  /** The reply's language: English for a message English as a whole, Vietnamese names and quoted words inside it aside. */
  english: boolean;
  /** The cues that fired, as "concept: phrase" (never the rest of the message). */
  cues: string[];
}

/** A weaker danger signal on a message the bot cannot answer: worth a safety check-in, not an alarm. */
export interface ConcernResult {
  /** The situation the classifier leant towards, when it did. */
  situation: SituationId | null;
  /** The check-in's language (as `SafeguardingResult.english`). */
  english: boolean;
  /** The cues heard, as "concept: phrase" or "classifier: margin (features)". */
  cues: string[];
}

/**
 * The reply's language is judged on this many characters from the start: a message's language shows in its first
 * sentences, and judging all 4,000 characters of a long story cost a third of a millisecond per reply.
 */
const REPLY_LANGUAGE_CHARS = 1_000;

/** A message as the detector heard it: read once, then judged by `detectIn` and `concernIn`. */
export interface Hearing {
  /** English by the detector's strict test (no accented word at all): what the cues are read as. */
  english: boolean;
  /** English as a whole (see reply-language.ts): the language of the reply, never of the cues. */
  replyEnglish: boolean;
  /** Every concept heard, with the phrases that said it. */
  found: ReadonlyMap<string, ReadonlySet<string>>;
  /** The message as the classifier reads it (clauses, lexicon applied) and the concepts heard. */
  input: ClassifierInput;
  /** Concepts a figure of speech explained away ("laptop bốc khói"): the classifier must not bring them back. */
  explained: ReadonlySet<string>;
  /** Concepts a neutral phrase of their own (`only`) read away ("không còn muốn sống với mẹ chồng"): see `concernIn`. */
  readAway: ReadonlySet<string>;
  /** The situations a story turned to an acute act or sign now (see `acute_turn`): danger now before any past. */
  turned: ReadonlySet<SituationId>;
}

interface Pattern {
  words: Token[];
  exact: boolean;
  /** Concept name, or null for a neutral phrase. */
  concept: string | null;
  /** For a neutral phrase: the concepts it silences (undefined: all). */
  only?: ReadonlySet<string>;
  /** A neutral phrase that opens a comparison ("như bị"): see `similes` in the schema. */
  simile?: true;
  phrase: string;
  /** May be heard with one of the file's `gap_words` inside: concepts of an act, not modifiers or neutral phrases. */
  gappable: boolean;
}

const AGE_WORD = 'tuoi';
/** The built-in concept for a message of a few words, usable in rules (`short`). */
const SHORT_CONCEPT = 'short';
const SHORT_MESSAGE_WORDS = 6;
/** The built-in cue of a cry, blood or an act told now that outranks a game, a joke or a question (`now_over_framing`). */
const OUTRANKS_FRAMING = 'now_over_framing';
/** The built-in cue added beside it when a wish told before the question outranks it (`now_over_framing › wishes`). */
const OUTRANKS_AS_WISH = 'now_over_framing_wish';
/** Words after which a bare number is an age ("bé mới 13", "em 14", "im 14"). */
const AGE_LEAD = new Set(['moi', 'em', 'e', 'be', 'chau', 'im', 'nay']);
/**
 * An age said in English after "he/she is" ("she is 9", "he's only 12", "my cousin who is 8"; session 31 probe14, issue
 * 10): the person, then "is" (or the "s" of "he's"), then "only" or nothing, then the number. Folded.
 */
const ENGLISH_AGE_WHO = new Set([
  'he',
  'she',
  'who',
  'brother',
  'sister',
  'son',
  'daughter',
  'boy',
  'girl',
  'kid',
  'child',
]);
const ENGLISH_AGE_IS = new Set(['is', 's']);
/** True when the number at `at` follows "he is", "she's only", "who is" (see `ENGLISH_AGE_WHO`). */
function englishAgeLead(tokens: readonly Token[], at: number): boolean {
  const word = (back: number) => tokens[at - back]?.folded ?? '';
  const from = word(1) === 'only' ? 2 : 1;
  return ENGLISH_AGE_IS.has(word(from)) && ENGLISH_AGE_WHO.has(word(from + 1));
}
/** Words before an age that place it in the past: "lúc 12 tuổi", "hồi em 10t", "năm tôi 9 tuổi". */
const AGE_THEN = new Set(['luc', 'hoi', 'nam']);
/**
 * "Khi" before an age is often a condition to come ("khi con 6 tuổi thì đi học"), but told of the writer's own age
 * ("khi em 8 tuổi em bị chú sờ soạng", "khi tôi 9 tuổi") it is a time gone by (session 42, issue 10): past only with
 * one of these whose-words between, never a son's or grandchild's age.
 */
const AGE_WHEN = 'khi';
const AGE_WHEN_OWN = new Set(['em', 'e', 'toi', 'tui', 'minh', 'chi', 'anh', 'co']);
/**
 * Ages written out ("năm mười tuổi", "hồi tám tuổi", "lúc mười hai tuổi"; session 42, issue 10): a childhood told
 * with a spelled age was read with no age and no past, and the abuse of a child then got a fallback. Folded units; a
 * unit after "mười"/"mươi" may also be "mốt", "tư", "lăm".
 */
const SPELLED_UNITS: ReadonlyMap<string, number> = new Map([
  ['mot', 1],
  ['hai', 2],
  ['ba', 3],
  ['bon', 4],
  ['nam', 5],
  ['sau', 6],
  ['bay', 7],
  ['tam', 8],
  ['chin', 9],
]);
const SPELLED_AFTER_TENS: ReadonlyMap<string, number> = new Map([...SPELLED_UNITS, ['tu', 4], ['lam', 5]]);
const SPELLED_TEN = 'muoi';
/** Words before those that make the age a span or a limit instead ("từ năm 12 tuổi", "đến năm 18 tuổi"). */
const AGE_SPAN = new Set(['tu', 'den', 'toi', 'truoc', 'sau', 'khi']);
/** One word that may stand between the past word and the age: whose age it was ("hồi em 10 tuổi"). */
const AGE_WHOSE = new Set(['em', 'e', 'toi', 'tui', 'minh', 'no', 'con', 'be', 'chau', 'anh', 'chi', 'co', 'ba', 'me']);
/** Words that open a son, a daughter or a grandchild ("con gái tôi", "thằng cháu"), folded: kin an age can belong to. */
const OFFSPRING = new Set(['con', 'chau']);
/**
 * Words that may stand between such a kin word and its age, folded: whose it is, which one, and "năm nay" ("con gái tôi
 * năm nay 22 tuổi", "con trai lớn của em 25t"). Any other word ends the search: "con bé bị ông hàng xóm 60 tuổi…" is the
 * neighbour's age, not the child's.
 */
const OFFSPRING_TO_AGE = new Set([
  'gai',
  'trai',
  'toi',
  'em',
  'e',
  'minh',
  'tui',
  'tao',
  'anh',
  'chi',
  'lon',
  'ut',
  'ca',
  'dau',
  'cua',
  'nam',
  'nay',
  'da',
  'moi',
  'vua',
  'tron',
  'ngoai',
  'hon',
]);
/** "12 year old", "5 yrs old": an age only with "old" ("5 years at the company" is not one). */
const ENGLISH_YEARS = new Set(['year', 'years', 'yrs', 'yr']);
/** Units that make a number something else than an age. */
const NOT_AGE_UNITS = new Set([
  'gio',
  'h',
  'ngay',
  'thang',
  'nam',
  'tieng',
  'phut',
  'trieu',
  'nghin',
  'ngan',
  'k',
  'tr',
  'lan',
  'nguoi',
  'dua',
  'cai',
  'vien',
  'ly',
  'chai',
  'km',
  'hours',
  'days',
  'minutes',
  'pm',
  'am',
  'weeks',
  'week',
  'months',
  'month',
  'day',
  'hour',
  'kg',
  'kilos',
  'lbs',
  'pounds',
  'cm',
  'feet',
  'ft',
  'inches',
  'percent',
  'dollars',
  'times',
  'th',
]);

/**
 * A new event told in a later clause than a paperwork or service question (issue 10, session 42: "cho em hỏi thủ tục
 * học phí, mà bé nhà em vừa ngã đập đầu nôn liên tục" got a fallback). The question asked first calmed the fall told
 * after it, though "vừa" says it just happened and the sign ("nôn liên tục") is there now. A bare "mà" is too common
 * to cut in (`cut_in` lists "thì nghe", "thì bỗng"), so this reads clause positions instead: the question in one
 * clause, then, in a later clause, a just-now word before an acute sign. Heard as `cut_in` (a `happening`, so only
 * with a named person). A past told instead ("năm ngoái bị ngã gãy tay có được miễn không") has no just-now word and
 * stays a question.
 */
const NEW_EVENT = {
  asked: ['paperwork', 'benefit', 'service', 'papers_remade'],
  now: ['just_now'],
  signs: ['medical_sign'],
  readsAs: 'cut_in',
} as const;

/** "now word … sign" when a later clause than an asked cue tells a just-now event with its sign (see `NEW_EVENT`). */
function newEventAfterAsk(kept: readonly Kept[], tokens: readonly Token[]): string | null {
  const has = (list: readonly string[], k: Kept) => list.includes(k.concept);
  const asked = kept.filter((k) => has(NEW_EVENT.asked, k));
  if (asked.length === 0 || !kept.some((k) => has(NEW_EVENT.now, k))) return null;
  const clauseOf = clauses(tokens);
  const askedIn = asked.map((k) => clauseOf[k.start] as number);
  const firstAsk = Math.min(...askedIn);
  for (const now of kept) {
    const clause = clauseOf[now.start] as number;
    if (!has(NEW_EVENT.now, now) || clause <= firstAsk || askedIn.includes(clause)) continue;
    const sign = kept.find((k) => has(NEW_EVENT.signs, k) && k.start > now.start && clauseOf[k.start] === clause);
    if (sign) return `${now.phrase} … ${sign.phrase}`;
  }
  return null;
}

/**
 * Phrases a comma may split (see `splitPhrases`): [concept of the whole phrase, concept the words after the break must
 * open]. A fall and the lying-down sign told in the next clause are one event.
 */
const SPLIT_PHRASES: ReadonlyArray<readonly [string, string]> = [['fell', 'down_long']];

/** How many words after a break a split phrase may still run (the longest fall phrase is far shorter). */
const MAX_SPLIT_TAIL = 8;

interface Scan {
  neutral: NeutralSpan[];
  /** Where a comparison opens ("như bị"): a cue starting inside or right after one is a simile. */
  similes: Span[];
  /** `gapped`: heard with a gap word inside (see `gap_words`). */
  hits: Array<{ start: number; end: number; pattern: Pattern; gapped?: boolean }>;
}

interface NeutralSpan {
  start: number;
  end: number;
  only?: ReadonlySet<string>;
}

/** Where the detector's reading differs from the letters alone: common words typed without accents, question openers. */
interface Readings {
  /** Common words read from unaccented syllables: a cue reaching into one without covering it is ignored. */
  words: Span[];
  /** Openers of a yes/no question frame, by position: the accents a cue starting there may give them. */
  openers: Map<number, readonly Token[]>;
  /** Filled with the concepts a neutral phrase naming them (`only`) silenced, when given. */
  readAway?: Set<string>;
}

const REPEATED = /(\p{L})\1+/gu;
const STRETCHED = /(\p{L})\1{2,}/gu;
const DOUBLED_FINAL = /([tnmpch])\1$/u;
const HAS_VOWEL = /[aeiouy]/u;
const CLAUSE_BREAK = /[.,;:!?\n\u2026]+/;
const LAUGHING = /[=:;]-?\){2,}|\b[xX]D\b/g;
const AGE_SUFFIX = /^(\d{1,2})(?:yo|yrs?|y)$/;

/** Patterns by their first folded word: one-word patterns, and longer ones by their second word. */
type PatternIndex = Map<string, { single: Pattern[]; bySecond: Map<string, Pattern[]> }>;

/** A one-word entry of a list, tokenized: its first token (none for an empty entry). */
const firstToken = (word: string): Token[] => tokenize(word, 20).slice(0, 1);

/** Phrases tokenized between two pauses (the file's 6,400 phrases take 10–25 ms in all). */
const PHRASES_PER_STEP = 256;

/** The word "không" inside a phrase (whole word, any case), for `negations`. */
const NEGATION_WORDS = /(?<=^|\s)không(?=\s|$)/giu;

/** The concepts' and neutral phrases' patterns, built with pauses between slices of work (see kb/steps.ts). */
function* patternIndexInSteps(file: SafeguardingFile): Steps<PatternIndex> {
  const byFirst: PatternIndex = new Map();
  // Modifiers (past, personal, service…) say how a situation is told, not what happens: no gaps in them.
  // A harm feared again ("sợ ổng lại đánh em nữa") is an act told, heard with a pronoun inside like one.
  const { acute: _acts, feared_again: _feared, ...modifiers } = file.modifiers;
  const notActs = new Set(Object.values(modifiers).flat());
  const add = (
    phrase: string,
    concept: string | null,
    exact: boolean,
    only?: ReadonlySet<string>,
    simile?: true,
  ): void => {
    const words = tokenize(phrase, 200);
    const first = words[0];
    if (!first) return;
    let slot = byFirst.get(first.folded);
    if (!slot) {
      slot = { single: [], bySecond: new Map() };
      byFirst.set(first.folded, slot);
    }
    const gappable = concept !== null && !notActs.has(concept);
    const pattern: Pattern = {
      words,
      exact,
      concept,
      phrase,
      gappable,
      ...(only ? { only } : {}),
      ...(simile ? { simile } : {}),
    };
    const second = words[1];
    if (!second) slot.single.push(pattern);
    else slot.bySecond.set(second.folded, [...(slot.bySecond.get(second.folded) ?? []), pattern]);
  };
  let added = 0;
  const step = (): boolean => ++added % PHRASES_PER_STEP === 0;
  // A phrase with "không" of a concept in `negations.concepts` is also heard with the file's other negations in its
  // place ("chẳng muốn sống nữa" as "không muốn sống nữa"; session 38: it got a fallback). An exact negation makes its
  // variant exact. Only the concepts named: every concept of the file raised a false crisis on a blind set.
  const negatedConcepts = new Set(file.negations.concepts);
  const negated = (phrase: string, exact: boolean, concept: string): Array<[string, boolean]> => {
    const out: Array<[string, boolean]> = [[phrase, exact]];
    if (!negatedConcepts.has(concept)) return out;
    const { words, exact: exactWords } = file.negations;
    for (const [word, isExact] of [
      ...words.map((w) => [w, exact] as const),
      ...exactWords.map((w) => [w, true] as const),
    ]) {
      const variant = phrase.replace(NEGATION_WORDS, word);
      if (variant !== phrase) out.push([variant, isExact]);
    }
    return out;
  };
  for (const [name, concept] of Object.entries(file.concepts)) {
    const phrases = Array.isArray(concept) ? concept : concept.phrases;
    const exact = Array.isArray(concept) ? [] : concept.exact;
    for (const p of phrases) {
      if (step()) yield* pause();
      for (const [variant, isExact] of negated(p, false, name)) add(variant, name, isExact);
    }
    for (const p of exact) {
      if (step()) yield* pause();
      for (const [variant] of negated(p, true, name)) add(variant, name, true);
    }
  }
  for (const n of file.neutral) {
    if (step()) yield* pause();
    if (typeof n === 'string') add(n, null, false);
    else add(n.phrase, null, n.exact, new Set(n.only));
  }
  for (const marker of file.similes) {
    if (step()) yield* pause();
    add(marker, null, false, undefined, true);
  }
  return byFirst;
}

/** A detector compiled with pauses between slices of work, so a reload with a new safeguarding file or model lets answers through. */
export function* safeguardingDetectorInSteps(
  file: SafeguardingFile,
  lexicon?: Lexicon,
  classifier?: SafeguardingClassifier,
): Steps<SafeguardingDetector> {
  return new SafeguardingDetector(file, lexicon, classifier, yield* patternIndexInSteps(file));
}

/**
 * Whether one of a situation's sets (`now_when`, `lasting`) is heard: every one of its parts, and none of its `unless`.
 * What `toldNow` and `outcomeOf` both ask, each of its own sets.
 */
function someSetHeard(
  sets: readonly { parts: readonly string[]; unless: readonly string[] }[],
  any: (concepts: readonly string[]) => boolean,
): boolean {
  return sets.some((set) => set.parts.every((c) => any([c])) && !any(set.unless));
}

/**
 * A test of whether any of some concepts is heard in `heard.found` (read at each call, so a map put in its place later
 * is the one asked). Made here and not as a named closure inside each method: under tsx (esbuild's keepNames) every
 * named closure made costs a defineProperty, about 0.5 µs, and a call to it more than to an unnamed one; these run
 * for every message decided afresh.
 */
function anyHeardIn(heard: { found: ReadonlyMap<string, unknown> }): (concepts: readonly string[]) => boolean {
  return (concepts) => {
    for (const concept of concepts) if (heard.found.has(concept)) return true;
    return false;
  };
}

/** A compiled safeguarding detector. */
export class SafeguardingDetector {
  private readonly english: Set<string>;
  private readonly situationOrder: SituationId[];
  /**
   * The situations' rules by their first concept, as [place in situationOrder, rule]: a rule can fire only when
   * its first concept was heard, so a message checks the few rules of the concepts it holds, not all of them.
   */
  private readonly rulesByFirst = new Map<string, Array<readonly [number, readonly string[]]>>();
  /** Places in situationOrder of situations with an empty rule, which fires on any message. */
  private readonly alwaysFiring: number[] = [];
  private readonly unaccented: UnaccentedReadings;
  /** The file's `household_wish`, folded: its wishes, verbs, words of "with" (token by token) and people. */
  private readonly household: {
    wish: ReadonlySet<string>;
    verb: ReadonlySet<string>;
    with: readonly string[][];
    person: ReadonlySet<string>;
  } | null;
  /** The file's `gap_words`, tokenized: a phrase may have one of them between two of its words. */
  private readonly gapWords: Token[];
  /** True for a token that is one of the gap words (the folded form first: most tokens stop there). */
  private readonly isGapWord: (token: Token | undefined) => boolean;
  /** The concepts only `acute_turn` names: heard alone, they mean nothing, so they are not kept. */
  private readonly turnOnly: ReadonlySet<string>;
  /** `taken_back`'s markers as one pattern (see taken-back.ts). */
  private readonly takenBack: TakenBackPatterns | null;
  /** `acute_turn`'s word lists, tokenized. */
  private readonly turnWords: TurnWords | null;
  /** `now_over_framing`'s `breaks`, tokenized. */
  private readonly framingBreaks: Token[];
  /** `doer_named`'s word lists, tokenized. */
  private readonly doerWords: DoerWords | null;
  /** `younger_kin`'s word lists, tokenized. */
  private readonly kinWords: KinWords | null;
  /** `own_death_asked`'s word lists, tokenized. */
  private readonly ownDeath: OwnDeathWords | null;
  /** `down_into`'s word lists, tokenized. */
  private readonly downInto: DownIntoWords | null;
  /** `faint_said_of`'s word lists, tokenized. */
  private readonly faintWords: FaintWords | null;
  /** `act_on_object`'s blocks, tokenized. */
  private readonly objectActs: ReturnType<typeof objectActs>;
  /** `now_over_framing`'s `breaks_after`, tokenized. */
  private readonly framingBreaksAfter: Token[];
  /** `now_over_framing › wish_after`'s words, tokenized (null without the block). */
  private readonly wishAfter: WishAfterWords | null;
  /** `place_units` as a pattern: a unit word and the capitalised place name after it (null without units). */
  private readonly placeNames: PlaceNamePattern | null;
  /** `place_names` as a pattern: known place names whose syllables spell a cue (null without names). */
  private readonly knownPlaces: RegExp | null;
  /** `classifier_bare`'s lists as sets: the concepts that alone, or beside a care question, keep the classifier quiet. */
  private readonly bareQuiet: ReadonlySet<string>;
  private readonly careQuiet: ReadonlySet<string>;
  private readonly wordsQuiet: ReadonlySet<string>;
  private readonly wordsKeep: ReadonlySet<string>;
  /**
   * The places in `figures` of the figures of speech naming each concept in their `context`: a figure applies only when
   * one of its context concepts is heard, so a message tries the few figures of the concepts it holds, not all 65.
   */
  private readonly figuresByContext = new Map<string, number[]>();
  /** How many tokens from its start a phrase match may read: the longest phrase, a gap word, the word after (see `matchEnd`). */
  private readonly phraseReach: number;

  constructor(
    private readonly file: SafeguardingFile,
    private readonly lexicon?: Lexicon,
    private readonly classifier?: SafeguardingClassifier,
    /** Patterns by their first folded word: one-word patterns, and longer ones by their second word. */
    private readonly byFirst: PatternIndex = runSteps(patternIndexInSteps(file)),
  ) {
    this.english = new Set(file.english_words.map((w) => w.toLowerCase()));
    this.placeNames = placeNamePattern(file.place_units);
    this.knownPlaces = knownPlacePattern(file.place_names);
    this.unaccented = new UnaccentedReadings(file.unaccented_words, file.question_frames, file.unaccented_still);
    this.situationOrder = SITUATION_IDS.filter((id) => file.situations[id] !== undefined);
    this.situationOrder.forEach((id, at) => {
      for (const rule of file.situations[id]?.rules ?? []) {
        const first = rule[0];
        if (first === undefined) this.alwaysFiring.push(at);
        else this.rulesByFirst.set(first, [...(this.rulesByFirst.get(first) ?? []), [at, rule]]);
      }
    });
    this.gapWords = file.gap_words.flatMap(firstToken);
    const household = file.household_wish;
    this.household = household
      ? {
          wish: new Set(household.wish),
          verb: new Set(household.verb.map(foldAccents)),
          with: household.with.map((w) => tokenize(w).map((t) => t.folded)),
          person: new Set(household.person),
        }
      : null;
    this.turnOnly = turnOnlyConcepts(file);
    this.takenBack = takenBackPattern(file.taken_back);
    this.turnWords = file.acute_turn ? turnWords(file.acute_turn) : null;
    this.framingBreaks = (file.now_over_framing?.breaks ?? []).flatMap(firstToken);
    this.doerWords = file.doer_named ? doerWords(file.doer_named) : null;
    this.kinWords = file.younger_kin ? kinWords(file.younger_kin) : null;
    this.ownDeath = file.own_death_asked ? ownDeathWords(file.own_death_asked) : null;
    this.downInto = file.down_into ? downIntoWords(file.down_into) : null;
    this.faintWords = file.faint_said_of ? faintWords(file.faint_said_of) : null;
    this.objectActs = objectActs(file.act_on_object);
    this.framingBreaksAfter = (file.now_over_framing?.breaks_after ?? []).flatMap(firstToken);
    const wishAfter = file.now_over_framing?.wish_after;
    this.wishAfter = wishAfter
      ? {
          self: wishAfter.self.flatMap(firstToken),
          reported: wishAfter.reported.flatMap(firstToken),
        }
      : null;
    const bare = file.classifier_bare;
    this.bareQuiet = new Set(bare?.bare ?? []);
    this.careQuiet = new Set(bare ? [...bare.bare, ...bare.care, ...bare.care_with] : []);
    this.wordsQuiet = new Set(bare ? [...bare.bare, ...bare.words_bare] : []);
    this.wordsKeep = new Set(bare?.words_keep ?? []);
    file.figures.forEach((figure, at) => {
      for (const concept of new Set(figure.context))
        this.figuresByContext.set(concept, [...(this.figuresByContext.get(concept) ?? []), at]);
    });
    let longest = 0;
    for (const slot of this.byFirst.values()) {
      for (const pattern of slot.single) longest = Math.max(longest, pattern.words.length);
      for (const patterns of slot.bySecond.values())
        for (const pattern of patterns) longest = Math.max(longest, pattern.words.length);
    }
    // `scan` looks up to two tokens ahead for a gap word after the first, `matchEnd` one past the phrase's last word.
    this.phraseReach = Math.max(longest, 2) + 2;
    const folded = new Set(this.gapWords.map((w) => w.folded));
    this.isGapWord = (token) =>
      token !== undefined && folded.has(token.folded) && this.gapWords.some((w) => wordMatches(w, token));
  }

  /**
   * Returns the safeguarding verdict for a message, or null when it raises
   * nothing. `unanswered`: the knowledge base has no answer for it either, so
   * the classifier may speak with less certainty: for a message that would
   * otherwise get "chưa tìm được câu trả lời", a false alarm costs least and
   * a miss costs most.
   */
  detect(text: string, options: { unanswered?: boolean } = {}): SafeguardingResult | null {
    return this.detectHeard(text, this.hear(text), options);
  }

  /**
   * `detect` on a message already heard (see `hear`): the whole message's verdict, unless that is no danger now and
   * the writer dropped a first question (`taken_back`: "… thủ tục tạm vắng cho mẹ tôi… à không, mẹ tôi lẫn, vừa đi đâu
   * mất từ sáng"), where a danger now told after the last such word, read alone, stands. The dropped question (papers,
   * a service) would otherwise calm it; a tail harmless alone changes nothing.
   */
  detectHeard(text: string, heard: Hearing | null, options: { unanswered?: boolean } = {}): SafeguardingResult | null {
    const whole = this.detectIn(heard, options);
    if (whole?.outcome === 'danger-now') return whole;
    const tail = afterTakenBack(text, this.takenBack);
    const after = tail ? this.detectIn(this.hear(tail), options) : null;
    if (after?.outcome === 'danger-now') return after;
    return this.signSeen(heard, whole) ?? whole;
  }

  /**
   * A sign of harm seen on a named person (`signs_seen`: cuts on a teenager's arm), where the message raised nothing
   * or only a question of that situation: a disclosure of it, never a fallback. Any other verdict stands, so the sign
   * never lowers a danger now nor changes a disclosure's situation. A question about people at large, a joke, or an
   * everyday cause told (`unless`) keep the verdict.
   */
  private signSeen(heard: Hearing | null, whole: SafeguardingResult | null): SafeguardingResult | null {
    const rule = this.file.signs_seen;
    if (!rule || !heard) return null;
    if (whole && !(whole.outcome === 'informational' && whole.situation === rule.situation)) return null;
    const { found } = heard;
    const any = (concepts: readonly string[]): boolean => concepts.some((c) => found.has(c));
    const { modifiers } = this.file;
    if (!any(rule.signs) || any(rule.unless) || any(modifiers.joke)) return null;
    const general = any(modifiers.informational) || any(modifiers.hypothetical);
    const named = any(modifiers.child) || any(modifiers.adult);
    if (!any(modifiers.personal) && (general || !named)) return null;
    const child = any(modifiers.child);
    const own = this.file.situations[rule.situation]?.numbers ?? [];
    const numbers: EmergencyNumber[] = child ? ['111', ...own.filter((n) => n !== '111')] : [...own];
    return {
      situation: rule.situation,
      situations: [rule.situation],
      outcome: 'disclosure',
      numbers,
      child,
      english: heard.replyEnglish,
      cues: cueList(found),
    };
  }

  /** The whole message's verdict on a message already heard, so that `concernIn` can judge the same reading. */
  private detectIn(heard: Hearing | null, options: { unanswered?: boolean } = {}): SafeguardingResult | null {
    if (!heard) return null;
    const { input } = heard;
    // The hearing is shared with `concernIn`: a cue added here goes into a copy.
    let found = heard.found;
    const { modifiers } = this.file;
    // Read through `heardNow`, which follows `found` when the verdict's copy replaces it (see `anyHeardIn`).
    const heardNow = { found };
    const any = anyHeardIn(heardNow);
    const fired = this.firedSituations(found);
    let lowerBarOnly = false;
    let sureOverGeneral = false;
    if (fired.length === 0) {
      // No concept rule fired: the classifier may still recognise danger in wording nobody wrote down;
      // over a message about a topic, a joke, papers and benefits, or a general question, only when it is sure.
      const general =
        any(modifiers.informational) ||
        any(modifiers.ordinary) ||
        any(modifiers.asks_a_service) ||
        (any(modifiers.hypothetical) && !any(modifiers.personal));
      const threshold = this.classifierBar(general, options.unanswered === true);
      const nameable = this.nameableBy(found);
      const verdict = threshold === undefined ? null : this.classifier?.score(input, threshold, nameable);
      // The single-word model is asked last, and only before "chưa tìm được câu trả lời".
      const wordsThreshold = this.file.classifier_threshold_words;
      const second =
        verdict || general || !options.unanswered || wordsThreshold === undefined
          ? null
          : this.classifier?.scoreWords(input, wordsThreshold, nameable);
      const heardBy = verdict ?? second;
      if (
        !heardBy ||
        this.onlyWhoIsInvolved(found, heardBy.margin) ||
        (!verdict && this.wordsOverWhoOnly(found, heardBy.features)) ||
        this.explainedAway(heardBy.situation, heard.explained) ||
        // A wish not to live with someone, silenced as a household (`household_wish`): the model must not read it back.
        (this.household !== null && this.readAwayOf(heardBy.situation, heard.readAway, this.household.wish)) ||
        // "cháy hàng" (sold out) explained the fire the model leant to: the situation it could name instead says nothing.
        (heardBy.leaning !== undefined && this.explainedAway(heardBy.leaning, heard.explained))
      )
        return null;
      // Sure of danger inside a general message: the framing that would make it a question does not, and
      // nothing less than danger now is raised there, as on a lower bar.
      sureOverGeneral = general;
      lowerBarOnly = general || !verdict || verdict.margin < this.file.classifier_threshold;
      const withVerdict = new Map(found);
      withVerdict.set(
        verdict ? 'classifier' : 'classifier (words)',
        new Set([`${heardBy.margin.toFixed(2)} (${heardBy.features.join(', ')})`]),
      );
      found = withVerdict;
      heardNow.found = withVerdict;
      fired.push(heardBy.situation);
    }
    const urgent = any(modifiers.urgent);
    const unanswered = options.unanswered === true;
    // A time of today is danger now, unless the message jokes or the situation is calm.
    const soon = any(modifiers.soon);
    // The first situation that is still worth raising names the reply: an illness that is chronic or a
    // missing person found again must not silence the beating told in the same message.
    const asksSupport = this.asksSupportOnly(found);
    // Every child cue the grown son or daughter who harms a parent: no child to keep a report asked in danger now.
    const childIsDoer =
      any(modifiers.child) && this.againstParent(any, found) && !this.otherDoerHeard(any, found, true);
    const outcomeOf = (id: SituationId): SafeguardingOutcome | 'none' =>
      this.outcomeOf(id, any, urgent, soon, unanswered, heard.turned, asksSupport, childIsDoer);
    const worthRaising = fired.filter((id) => outcomeOf(id) !== 'none');
    const aggressorChild = this.childAggressor(worthRaising, any, found);
    // An older person starved, no child heard but the writer's or the doer's kinship (see `elder_starved`).
    const elderStarved = this.elderStarved(worthRaising, any, found);
    const dangerOrdered = this.dangerFirst(
      aggressorChild
        ? aggressorChild
        : (elderStarved ?? this.bystanderLast(this.kinDoerFirst(this.confinedAtHome(worthRaising, any), any), found)),
      outcomeOf,
      (id) => !any(modifiers.joke) && this.toldNow(id, any),
      any(this.file.danger_over_disclosure),
    );
    // A fire set by someone first (see `fire_first`), then a sign that kills first (`medical_first`), never ahead of it.
    const ordered = this.movedFirst(
      'medical',
      this.file.medical_first,
      this.fireSetOrder(dangerOrdered, outcomeOf, any),
      outcomeOf,
      any,
    );
    // The writer's "con" to an elder beside an adult of their life: the child-abuse screen gives way (see `self_as_con`).
    const raised =
      ordered[0] === 'child-abuse' && ordered.length > 1 && this.selfAsCon(found) ? ordered.slice(1) : ordered;
    const primary = raised[0];
    if (primary === undefined) return null;
    const child =
      any(modifiers.child) &&
      !aggressorChild &&
      !elderStarved &&
      !this.adultFirst(primary, found) &&
      !this.selfAsCon(found, primary);
    let outcome = sureOverGeneral && !any(modifiers.joke) ? 'danger-now' : outcomeOf(primary);
    if (outcome === 'none' || (lowerBarOnly && outcome !== 'danger-now')) return null;
    // A rule fired but the framing made it a topic ("cho hỏi phòng cháy…, tiệm nhà em vừa bắt lửa"), or a past
    // cue a disclosure of nobody named ("… đã về từ 9h tối, giờ 2h sáng"): the classifier, sure of danger, overrules.
    const overruled = any(modifiers.joke)
      ? null
      : outcome === 'informational'
        ? this.sureAt(input, this.file.classifier_threshold_overrule)
        : // An episode told as over (`episode_over`) names its own past: the danger words the classifier hears are then's.
          outcome === 'disclosure' && !any(modifiers.personal) && !this.episodeOver(any)
          ? this.sureAt(input, this.file.classifier_threshold_past)
          : null;
    if (overruled) outcome = 'danger-now';
    // "…nào uy tín, em sợ bị đánh nữa", "nhà tạm lánh ở đâu, em sợ ổng lại đánh": fear of it happening again tells a
    // harm that has happened, so a question about a place, a service or a topic around it is a disclosure. Decided
    // last, so it only ever lifts a question: danger now (a rule's or the classifier's) stays danger now.
    if (
      outcome === 'informational' &&
      any(modifiers.feared_again) &&
      !any(modifiers.joke) &&
      this.file.situations[primary]?.past === 'disclosure'
    )
      outcome = 'disclosure';
    // "Hiện giờ em không gặp nguy hiểm ngay, tối nay anh ấy đi ca…", "she is being abused but not in immediate danger":
    // the writer says outright that nobody is in danger now (`safety_told`), so a time of today or an "đang" told
    // around it is the lasting situation, not an act under way. Decided last, so it only ever lowers danger now to a
    // disclosure (never to a bare question), and any act now beside it (a weapon, blood, a plea) keeps danger now.
    if (outcome === 'danger-now' && this.safetyTold(primary, any)) outcome = 'disclosure';

    const numbers: EmergencyNumber[] = [];
    const push = (n: EmergencyNumber): void => {
      if (!numbers.includes(n)) numbers.push(n);
    };
    const own = this.file.situations[primary]?.numbers[0];
    if (child && own && (this.file.child_second.includes(primary) || this.adultAttacked(primary, found))) push(own);
    if (child) push('111');
    for (const id of raised) for (const n of this.file.situations[id]?.numbers ?? []) push(n);
    // A danger now that may need one more service soon (`numbers_added`: a threat to burn a home adds 114 after 113).
    if (outcome === 'danger-now')
      for (const added of this.file.numbers_added)
        if (added.situation === primary && any(added.concepts)) for (const n of added.numbers) push(n);

    const cues = cueList(found);
    if (overruled && !found.has('classifier'))
      cues.push(`classifier: ${overruled.margin.toFixed(2)} (${overruled.features.join(', ')})`);
    return { situation: primary, situations: raised, outcome, numbers, child, english: heard.replyEnglish, cues };
  }

  /**
   * The margin the word-pair model needs when no rule fired: its own bar (or the
   * lower one before "chưa tìm được câu trả lời"); over a general message, the
   * higher `classifier_threshold_general`, or undefined when it is not asked.
   */
  private classifierBar(general: boolean, unanswered: boolean): number | undefined {
    const file = this.file;
    if (general) return file.classifier_threshold_general;
    return unanswered
      ? Math.min(file.classifier_threshold, file.classifier_threshold_unanswered)
      : file.classifier_threshold;
  }

  /** The word-pair model's verdict when its margin reaches `bar`; null when it does not or the bar is absent. */
  private sureAt(input: ClassifierInput, bar: number | undefined): ClassifierVerdict | null {
    return bar === undefined ? null : (this.classifier?.score(input, bar) ?? null);
  }

  /**
   * Which situations the classifier may name for a message: all but those `classifier_needs` ties to a hazard the
   * message never mentions. The word-pair model learnt "tiếng", "bên nhà" from fires heard next door, and named a
   * child's screams next door a fire (114 first, the fire advice); the reply must speak of what was told.
   */
  private nameableBy(found: ReadonlyMap<string, unknown>): Nameable {
    const needs = this.file.classifier_needs;
    return (situation) => needs[situation]?.some((c) => found.has(c)) ?? true;
  }

  /** The situations (in situationOrder) with a rule whose every concept was heard. */
  private firedSituations(found: ReadonlyMap<string, unknown>): SituationId[] {
    const fires = new Uint8Array(this.situationOrder.length);
    for (const at of this.alwaysFiring) fires[at] = 1;
    for (const concept of found.keys())
      for (const [at, rule] of this.rulesByFirst.get(concept) ?? [])
        if (fires[at] === 0 && rule.every((c) => found.has(c))) fires[at] = 1;
    return this.situationOrder.filter((_, at) => fires[at] === 1);
  }

  /** The message read clause by clause, and every concept cue heard in it (raw and through the lexicon); null for no words. */
  hear(text: string): Hearing | null {
    const typed = this.tokensOf(text);
    if (typed.length === 0) return null;
    const english = this.isEnglish(typed);
    // The reply's language is judged apart: an English sentence naming "Quận 7" is answered in English, but its cues
    // are still read as those of a message with Vietnamese words (`dropEnglishLookalikes` keeps "bé"). Judged only
    // when a reply is made: reading a 4,000-character message again for it took the detector's median from 0.6 to 1 ms.
    // Computed in the getter below rather than in a named closure (see `anyHeardIn`).
    let replyEnglish: boolean | undefined;
    const englishWords = this.english;
    const raw = typed;
    const found = new Map<string, Set<string>>();
    const { tokens: read, words } = this.unaccented.readWords(raw);
    const rawPhrases = this.phrasesIn(read);
    const rawScan = this.scan(read, rawPhrases);
    const readAway = new Set<string>();
    const keptRaw = this.collect(rawScan, found, { words, openers: this.unaccented.openers(read), readAway });
    const toldAfter = newEventAfterAsk(keptRaw, read);
    if (toldAfter) addCue(found, NEW_EVENT.readsAs, toldAfter);
    // An age told as then ("năm 12 tuổi") is a past like "hồi nhỏ", placed where it is said so that a turn to now
    // after it ("…, giờ lại bị đánh chảy máu") is still heard.
    const then = ageThen(read);
    const past = this.file.modifiers.past[0];
    if (then && past) {
      addCue(found, past, then.phrase);
      keptRaw.push({ ...then, concept: past });
    }
    let turn = this.turnIn(keptRaw, read);
    let { over: scareOver, still: signStill, woke } = this.scareOverIn(keptRaw, read);
    let outranking = this.outrankingIn(keptRaw, read);
    const rewrite = this.lexicon
      ? // A simile marker stays as written too: the lexicon reads "to" (loud) as "tôi" (teencode "tớ"), and "to như
        // cháy nhà" lost its comparison in the rewritten reading (session 40, issue 10).
        this.rewriteOutsideNeutral(read, [...rawScan.neutral, ...rawScan.similes], this.lexicon, words)
      : { tokens: read, words };
    // The lexicon's words ("e" → "em") can complete a common word: "de e gui" is "để em gửi".
    const again = this.unaccented.readWords(rewrite.tokens);
    const rewritten = again.tokens;
    let kin = this.kinIn(keptRaw, read);
    const readings: Array<{ kept: readonly Kept[]; tokens: readonly Token[] }> = [{ kept: keptRaw, tokens: read }];
    if (rewritten.length !== read.length || rewritten.some((t, i) => t.text !== read[i]?.text)) {
      const kept = this.collect(this.scan(rewritten, this.phrasesAgain(rawPhrases, read, rewritten)), found, {
        words: [...rewrite.words, ...again.words],
        openers: this.unaccented.openers(rewritten),
        readAway,
      });
      readings.push({ kept, tokens: rewritten });
      turn ??= this.turnIn(kept, rewritten);
      const toldAfterRewritten = newEventAfterAsk(kept, rewritten);
      if (toldAfterRewritten) addCue(found, NEW_EVENT.readsAs, toldAfterRewritten);
      const scare = this.scareOverIn(kept, rewritten);
      if (!scareOver) woke = scare.woke;
      scareOver ??= scare.over;
      signStill ??= scare.still;
      outranking ??= this.outrankingIn(kept, rewritten);
      // Teencode ("e gai e") names the sibling only through the lexicon; the doer heard in either reading counts.
      const rewrittenKin = this.kinIn(kept, rewritten);
      if (rewrittenKin && (!kin || (rewrittenKin.doer && !kin.doer) || (!kin.child && !kin.doer))) kin = rewrittenKin;
    }
    this.hearChildrenHad(readings, found);
    this.hearClockTimes(rewritten, found);
    // An act with its doer between "bị" and the verb ("bị mấy đứa cùng lớp đánh"), in either reading (see `doer_named`).
    if (this.doerWords)
      for (const tokens of [read, rewritten])
        for (const { concept, said } of doerNamedIn(this.doerWords, tokens)) addCue(found, concept, said);
    // An act told with what or whom it is done to, words between, in either reading (see `act_on_object`).
    if (this.objectActs.blocks.length > 0)
      for (const tokens of [read, rewritten])
        for (const { concept, said } of objectActsIn(this.objectActs, tokens)) addCue(found, concept, said);
    // The writer asking whether to die, or whether death ends the pain, in either reading (see `own_death_asked`).
    if (this.ownDeath)
      for (const tokens of [read, rewritten]) {
        const said = ownDeathAskedIn(this.ownDeath, tokens);
        if (said) addCue(found, this.ownDeath.readsAs, said);
      }
    // An owned thing that fell, or a person pushed down into water or off a height, in either reading (see `down_into`).
    if (this.downInto)
      for (const tokens of [read, rewritten])
        for (const { concept, said } of downIntoIn(this.downInto, tokens)) addCue(found, concept, said);
    // A faint told right after the one it befell, a person or a pet, in either reading (see `faint_said_of`).
    if (this.faintWords)
      for (const { kept, tokens } of readings)
        for (const { concept, said } of faintSaidOfIn(this.faintWords, kept, tokens)) addCue(found, concept, said);
    // The turn's own words (a bare "giờ", "vừa") say nothing alone: only the turn they make is kept.
    for (const concept of this.turnOnly) found.delete(concept);
    this.markTopicOnly(rawScan, read, found);
    this.markGroupAsked(found);
    const explained = this.dropFigures(found);
    this.dropScareQuoted(text, found);
    this.dropTreatmentCourse(found);
    this.dropHarmlessCues(found);
    // An act a figure of speech or scare quotes explained away makes no turn either.
    const turned = new Set<SituationId>();
    if (turn && this.file.acute_turn && (this.turnOnly.has(turn.act) || found.has(turn.act))) {
      addCue(found, this.file.acute_turn.reads_as, turn.said);
      for (const id of turn.situations) turned.add(id);
    }
    if (scareOver && this.file.acute_turn?.over) {
      addCue(found, this.file.acute_turn.over.reads_as, scareOver);
      // Fainted, then told awake again ("bị ngất lúc sáng, giờ tỉnh táo rồi"): being unresponsive is over as well, so
      // it no longer blocks the over reading (session 42, issue 10).
      if (woke) for (const concept of this.file.acute_turn.over.woke_clears) found.delete(concept);
    }
    const stillAs = this.file.acute_turn?.over?.still_reads_as;
    if (signStill && stillAs) addCue(found, stillAs, signStill);
    // A cry, blood or an act a figure of speech or scare quotes explained away outranks nothing either.
    if (outranking?.concepts.every((c) => this.turnOnly.has(c) || found.has(c))) {
      addCue(found, OUTRANKS_FRAMING, outranking.said);
      if (outranking.wish) addCue(found, OUTRANKS_AS_WISH, outranking.said);
    }
    const { modifiers } = this.file;
    if (english) this.dropEnglishLookalikes(found, modifiers.child);
    const childConcept = modifiers.child[0] as string;
    const below = this.file.child_age_below;
    const saidAges = this.statedAges(raw);
    // A sibling doing harm: its own age ("thằng em 16 tuổi đánh mẹ") makes no child; the one harmed decides.
    const doer = kin?.doer;
    const ages =
      kin && doer ? this.statedAges(kin.tokens).filter(({ at }) => at < doer.kin || at >= doer.act) : saidAges;
    if (ages.some(({ age }) => age < below)) addCue(found, childConcept, `< ${below} tuổi`);
    // A son, a daughter or a grandchild said to be of age ("con gái tôi 19 tuổi bị sếp giở trò", "thằng cháu 30t nhà
    // tôi bị lừa sang…"; session 30, train39) is an adult: "con", "cháu" name the kinship, not a minor, so the reply is
    // the adult's situation (113, 115) rather than the child-protection screen with 111 first.
    else {
      const offspring = saidAges.flatMap(({ at, age }) => (age >= below ? (offspringBefore(raw, at) ?? []) : []));
      if (offspring.length > 0) this.dropOffspringCues(found, modifiers.child, offspring);
    }
    this.hearKin(kin, found, childConcept);
    // A pupil bullied or extorted at school is a child even with no child's word (see `pupil_harmed`); an age of 18
    // or more told keeps the grown-up.
    if (!saidAges.some(({ age }) => age >= below)) this.hearPupil(found, childConcept);
    const pills = this.pillCount(raw);
    if (pills && this.file.pill_count) {
      addCue(found, this.file.pill_count.reads_as, pills);
      if (this.file.pill_count.counted_as) addCue(found, this.file.pill_count.counted_as, pills);
    }

    // A short message ("cứu em với") is a cry on its own; in a long one, "cứu" is often a figure of speech.
    if (raw.filter((t) => t !== CLAUSE_SEPARATOR).length <= SHORT_MESSAGE_WORDS)
      addCue(found, SHORT_CONCEPT, `≤ ${SHORT_MESSAGE_WORDS} từ`);
    return {
      english,
      get replyEnglish() {
        // English function words that are all also Vietnamese syllables typed without accents ("co be hang xom hay bi
        // bo me bo doi, nhin an": bé, mẹ, ăn) let the message be read for English cues, but it is answered in Vietnamese.
        replyEnglish ??=
          (english && typed.some((t) => englishWords.has(t.folded) && !ALSO_VIETNAMESE.has(t.folded))) ||
          readsAsEnglish(text.slice(0, REPLY_LANGUAGE_CHARS), (folded) => englishWords.has(folded));
        return replyEnglish;
      },
      found,
      input: { tokens: rewritten, concepts: [...found.keys()] },
      explained,
      readAway,
      turned,
    };
  }

  /**
   * The cues of the message read with its clock times left out ("từ 7 giờ sáng" as "từ sáng", see `clock_times`):
   * the cues name how long someone has been gone with parts of the day, and the hour between hid "ông đi nhận trợ cấp
   * từ 7 giờ sáng, giờ 5 giờ chiều chưa thấy về" (session 27, issue 10). Added only when someone is not back and no
   * habit is told: "làm việc nhà từ 4h sáng" is when a day's work starts, not a time of today.
   */
  private hearClockTimes(tokens: readonly Token[], found: Map<string, Set<string>>): void {
    const rule = this.file.clock_times;
    if (!rule?.when.some((c) => found.has(c)) || rule.unless.some((c) => found.has(c))) return;
    const unclocked = withoutClockTimes(tokens);
    if (!unclocked) return;
    const plain = this.unaccented.readWords(unclocked);
    const heard = new Map<string, Set<string>>();
    this.collect(this.scan(plain.tokens), heard, {
      words: plain.words,
      openers: this.unaccented.openers(plain.tokens),
    });
    if (rule.unless.some((c) => heard.has(c))) return;
    for (const [concept, phrases] of heard) for (const phrase of phrases) addCue(found, concept, phrase);
  }

  /**
   * The message cut into clause tokens, laughing emoticons read as "haha" (they mark a joke and would vanish with the
   * punctuation), place names after a unit word left out ("phường Giếng Đáy" holds no well: `place_units`).
   */
  private tokensOf(text: string): Token[] {
    const named = withoutPlaceNames(text.slice(0, MAX_SAFEGUARDING_CHARS), this.placeNames, this.knownPlaces);
    return clauseTokens(named.replace(LAUGHING, ' haha ').slice(0, MAX_SAFEGUARDING_CHARS));
  }

  /**
   * A weaker danger signal, for a message nothing else raised and the
   * knowledge base cannot answer: one of the `concern.concepts` (distress, a
   * method, an act without the rest of its rule), or the classifier leaning
   * towards a situation with a margin of at least `concern.classifier_threshold`.
   * Informational framing, jokes and questions about papers or benefits keep
   * it quiet. Null when nothing is heard.
   */
  concern(text: string): ConcernResult | null {
    const heard = this.hear(text);
    const detected = this.detectIn(heard, { unanswered: true });
    return this.concernIn(heard, detected?.outcome === 'informational' ? detected : null);
  }

  /** `concern` on a message already heard (see `hear`), with what `detectIn` made of it (an informational reading may still earn the check-in). */
  concernIn(heard: Hearing | null, readAs: SafeguardingResult | null = null): ConcernResult | null {
    if (!heard) return null;
    const { input, found } = heard;
    const { modifiers, concern } = this.file;
    const has = anyHeardIn({ found });
    const askedAbout = this.askedAbout(readAs, has);
    const topic = has(modifiers.informational) || has(modifiers.ordinary);
    if (topic && !askedAbout && !(has(concern.despite_topic) && (has(modifiers.personal) || has(modifiers.past))))
      return null;
    const cues: string[] = [];
    if (askedAbout) cues.push(`asked about: ${askedAbout}`);
    // How someone died, told beside the death, is no worry about now (see `concern.cause_of_death`).
    const death = concern.cause_of_death;
    const cause = death && has(death.when) && !has(death.unless) ? new Set(death.concepts) : new Set<string>();
    for (const concept of concern.concepts) {
      if (cause.has(concept)) continue;
      for (const p of found.get(concept) ?? []) cues.push(`${concept}: ${p}`);
    }
    // A concern concept a neutral phrase read away ("không còn muốn sống với mẹ chồng": living with someone, no wish to
    // die) must not come back through the classifier, which hears the same words ("khong con", "song") as the
    // situation's (issue 10): its verdict for a situation of that concept is dropped, unless another concern cue stands.
    const leaning = this.classifier?.score(input, concern.classifier_threshold);
    const verdict =
      leaning && cues.length === 0 && this.readAwayOf(leaning.situation, heard.readAway, this.file.concern.concepts)
        ? null
        : leaning;
    if (verdict) cues.push(`classifier: ${verdict.margin.toFixed(2)} (${verdict.features.join(', ')})`);
    if (cues.length === 0) return null;
    return { situation: verdict?.situation ?? askedAbout, english: heard.replyEnglish, cues };
  }

  /**
   * True when a neutral phrase of their own read away one of `among` that a rule of `situation` uses: the classifier,
   * which hears the same words, must not bring that situation back (the concern's concepts; `household_wish`'s wishes).
   */
  private readAwayOf(situation: SituationId, readAway: ReadonlySet<string>, among: Iterable<string>): boolean {
    if (readAway.size === 0) return false;
    const concepts = [...among].filter((c) => readAway.has(c));
    return concepts.length > 0 && this.explainedAway(situation, new Set(concepts));
  }

  /**
   * The situation a rule heard in a message that asked what to do about it ("o xom co nha de con 6 tuoi o nha mot
   * minh…, co phai bao ko"), with no word of a topic: a real case, not a general question (see `concern.asked_about`).
   */
  private askedAbout(
    readAs: SafeguardingResult | null,
    has: (concepts: readonly string[]) => boolean,
  ): SituationId | null {
    const rule = this.file.concern.asked_about;
    if (!rule || readAs?.outcome !== 'informational' || !rule.situations.includes(readAs.situation)) return null;
    const { modifiers } = this.file;
    if (has(modifiers.informational) || has(rule.unless) || !has(rule.particular)) return null;
    if (has(modifiers.ordinary) && !has(rule.despite_ordinary)) return null;
    return readAs.situation;
  }

  /**
   * True when the classifier, alone and not sure (a margin under
   * `classifier_bare.below`), heard nothing but who is involved: "trường mầm
   * non nào nhận trẻ 2 tuổi" names a child but no act, method, distress or
   * danger. A check-in, not an alarm. A care question (`classifier_bare.care`) with only
   * who is involved and how long it has lasted silences it at any margin.
   */
  private onlyWhoIsInvolved(found: ReadonlyMap<string, ReadonlySet<string>>, margin: number): boolean {
    const bare = this.file.classifier_bare;
    if (!bare) return false;
    // A care question about who is involved, with how long it has lasted and nothing else ("con em bị sốt 39 độ hai
    // ngày rồi, cho uống thuốc gì"): the classifier hears "ngày rồi, em bị, con" as danger (0.62) where nothing
    // happens to anyone, so it stays quiet at any margin; any act, sign or method heard keeps it speaking.
    if (bare.care.some((c) => found.has(c)) && [...found.keys()].every((concept) => this.careQuiet.has(concept)))
      return true;
    if (margin >= bare.below) return false;
    return [...found.keys()].every((concept) => this.bareQuiet.has(concept));
  }

  /**
   * True when the single-word model (asked last, before "chưa tìm được câu trả lời") spoke over a message where nothing
   * but who is involved and how it is asked was heard (`classifier_bare.words_bare` beside `bare`), and none of the words
   * it leant on is a harm, hunger, body or distress word (`words_keep`). It counts words one by one: "bà tui 78 tuổi
   * tiêm vắc xin ở đâu" (vaccine, "ad") and "anh em tranh chấp đất thừa kế của bố mẹ" (land, dispute) took their
   * margins from a topic's ordinary words that happened to stand in danger messages, so it stays quiet at any margin.
   * A relative named as a possible doer is "who" here, so the words decide: "nhỏ bạn t bị ba mẹ cắt tiền ăn… gầy rộc
   * đi" is heard by this model alone, through "gầy", and keeps its danger. A message with only `bare` concepts (a bare
   * short word: what this model is for) is left to `onlyWhoIsInvolved`.
   */
  private wordsOverWhoOnly(found: ReadonlyMap<string, ReadonlySet<string>>, features: readonly string[]): boolean {
    const keys = [...found.keys()];
    if (!keys.some((c) => !this.bareQuiet.has(c)) || !keys.every((c) => this.wordsQuiet.has(c))) return false;
    return !features.some((feature) => feature.split(/[\s_]+/).some((word) => this.wordsKeep.has(word)));
  }

  /**
   * True when an adult is the one in danger and nothing says a child is:
   * "bạn cùng phòng em … mai em không con làm gánh nặng" ("con" typed for
   * "còn") or "chồng em nhắn lo cho con" put 115 first, not 111.
   */
  private adultFirst(primary: SituationId, found: ReadonlyMap<string, ReadonlySet<string>>): boolean {
    const rule = this.file.adult_first;
    if (!rule?.situations.includes(primary) || !rule.concepts.some((c) => found.has(c))) return false;
    return this.childOnlyAs(found, rule.ambiguous_child);
  }

  /** True when every child cue heard is one of `ambiguous` ("con", "cháu": a word that also names an adult). */
  private childOnlyAs(found: ReadonlyMap<string, ReadonlySet<string>>, ambiguous: readonly string[]): boolean {
    const words = new Set(ambiguous);
    return this.file.modifiers.child.every((c) => [...(found.get(c) ?? [])].every((p) => words.has(p)));
  }

  /**
   * True when the only child heard is the writer calling themself "con" to an elder ("dì ơi con hỏi, chồng con say rồi
   * đập đồ", "con xin hỏi, mẹ con đang khó thở quá"): the writer is an adult, with a husband or a boss told, or asking
   * for an elder in need in one of `elder_situations` (`primary`, when given). Residents write to the center's staff as
   * to an aunt; 111 and the child-protection advice would answer a child who is not there. A sign of a minor keeps it.
   */
  private selfAsCon(found: ReadonlyMap<string, ReadonlySet<string>>, primary?: SituationId): boolean {
    const rule = this.file.self_as_con;
    if (!rule?.concepts.some((c) => found.has(c)) || rule.unless.some((c) => found.has(c))) return false;
    if (!this.childOnlyAs(found, rule.ambiguous_child)) return false;
    if (rule.adults.some((c) => found.has(c))) return true;
    return primary !== undefined && rule.elder_situations.includes(primary) && rule.elders.some((c) => found.has(c));
  }

  /**
   * A situation told as danger now by its own `now_when` parts, moved to the front: "nước lũ dâng tới cổ, cả nhà mắc
   * kẹt, làm đơn xin cứu trợ ở đâu" fires fire ("mắc kẹt") as a question about papers and flood as people trapped by
   * rising water ([flood_water, trapped]); the order of situations names the reply among equals, but must not hide
   * what the rules call danger now whatever question comes with it. Only when the first is read as a question, and
   * only by `now_when`: a disclosure keeps its lead (harm told as past or a pattern beside a `now_when` such as
   * "giờ bé sợ đi học" stays a disclosure, as the corpora's writers label it), and a danger now its own situation.
   * A disclosure gives way too when a `danger_over_disclosure` concept is heard (`overDisclosure`: a victim's plea
   * relayed): the plea is sent now whatever habit the story tells (violence, not the phone switched off). A danger now
   * keeps its lead (a plea from a girl held by traffickers stays trafficking).
   */
  private dangerFirst(
    raised: SituationId[],
    outcomeOf: (id: SituationId) => SafeguardingOutcome | 'none',
    toldNow: (id: SituationId) => boolean,
    overDisclosure: boolean,
  ): SituationId[] {
    const first = raised[0];
    if (first === undefined) return raised;
    const lead = outcomeOf(first);
    const yields = lead === 'informational' || (overDisclosure && lead === 'disclosure');
    if (!yields) return raised;
    const danger = raised.find((id) => toldNow(id) && outcomeOf(id) === 'danger-now');
    return danger === undefined ? raised : [danger, ...raised.filter((id) => id !== danger)];
  }

  /**
   * The medical emergency moved to the front when a sign that kills first is told now beside another danger now
   * (see `medical_first`): "có bé sơ sinh bị bỏ ở gốc cây, tím tái không thở" fires child abuse before medical in the
   * order of situations, and gave 111, 113, 115 with the child-protection advice, where a baby who is not breathing
   * needs 115 and its first aid before anything else. The other situation's numbers follow (111 right after 115 for a
   * child: `child_second`), and the outcome is unchanged: both were danger now. Never from a disclosure or a
   * question, and never ahead of a fire or a flood, where getting out or being rescued comes first.
   * The same for a fire someone set (`fire_first`, session 31): "hàng xóm lấy xăng đốt nhà tôi" fired violence before
   * the fire and gave 113, 115 with no 114; getting out of the fire comes first, 113 right after.
   */
  /**
   * A fire someone set (`fire_first`): told now, the fire names the reply (114 first, then 113); told as over ("bị người
   * yêu cũ đốt xe, dọa giết, ba tháng trước"), the violence of the one who set it does, as the corpora's writers label
   * it: the fire comes before violence in the order of situations, and a disclosure of "a fire" missed the person.
   */
  private fireSetOrder(
    raised: SituationId[],
    outcomeOf: (id: SituationId) => SafeguardingOutcome | 'none',
    any: (concepts: readonly string[]) => boolean,
  ): SituationId[] {
    const rule = this.file.fire_first;
    if (!rule || !any(rule.concepts) || outcomeOf('fire') === 'danger-now' || !raised.includes('violence'))
      return this.movedFirst('fire', rule, raised, outcomeOf, any);
    const at = raised.indexOf('fire');
    if (at < 0 || raised.indexOf('violence') < at) return raised;
    const rest = raised.filter((id) => id !== 'violence');
    return [...rest.slice(0, at), 'violence', ...rest.slice(at)];
  }

  private movedFirst(
    target: SituationId,
    rule:
      | { concepts: readonly string[]; situations: readonly SituationId[]; ahead_of_violence?: readonly string[] }
      | undefined,
    raised: SituationId[],
    outcomeOf: (id: SituationId) => SafeguardingOutcome | 'none',
    any: (concepts: readonly string[]) => boolean,
  ): SituationId[] {
    const first = raised[0];
    if (!rule || first === undefined || !rule.situations.includes(first) || !raised.includes(target)) return raised;
    // A push down into water or off a height outranks the one who pushed, not a larger story (see
    // `medical_first › ahead_of_violence`).
    const ahead = any(rule.concepts) || (first === 'violence' && any(rule.ahead_of_violence ?? []));
    if (!ahead || outcomeOf(first) !== 'danger-now' || outcomeOf(target) !== 'danger-now') return raised;
    return [target, ...raised.filter((id) => id !== target)];
  }

  /** True when every part of one of the situation's `now_when` sets is heard, and none of its `unless`. */
  private toldNow(id: SituationId, any: (concepts: readonly string[]) => boolean): boolean {
    const situation = this.file.situations[id];
    return situation ? someSetHeard(situation.now_when, any) : false;
  }

  /**
   * True when every informational cue heard is support or a policy asked for (`modifiers.support`: "có chính sách gì
   * không", "chính sách gì giúp"), with someone in particular or a doer told (`modifiers.agent`: "bị người ta", "bị
   * mấy người"). Such a question asks for a service, not about a topic, so it calms no act that lasts until someone
   * steps in ("trẻ mồ côi ở xóm tôi bị người ta nhốt trong kho, có chính sách gì không"; see `outcomeOf`).
   */
  private asksSupportOnly(found: ReadonlyMap<string, ReadonlySet<string>>): boolean {
    const { modifiers } = this.file;
    if (modifiers.support.length === 0) return false;
    const who = [...modifiers.personal, ...modifiers.agent, ...(this.file.concern?.asked_about?.particular ?? [])];
    if (!who.some((c) => found.has(c))) return false;
    const support = new Set(modifiers.support.flatMap((c) => [...(found.get(c) ?? [])]));
    const informational = modifiers.informational.flatMap((c) => [...(found.get(c) ?? [])]);
    return informational.length > 0 && informational.every((p) => support.has(p));
  }

  /**
   * The situations without child abuse, `child_aggressor`'s situation first, when the child is the one the writer
   * fears: drugs and a rampage told with the writer's fear and no other doer or harm to the child ("con trai em 17t
   * nghiện ma túy, đập phá đồ đạc đòi tiền, em sợ lắm"). A parent afraid of their own teenager needs the police (113)
   * and the violence advice, not the child-protection screen that reads the teenager as the victim. Null otherwise.
   */
  private childAggressor(
    raised: SituationId[],
    any: (concepts: readonly string[]) => boolean,
    heardFound: ReadonlyMap<string, ReadonlySet<string>>,
  ): SituationId[] | null {
    const rule = this.file.child_aggressor;
    if (!rule || raised[0] !== 'child-abuse' || !raised.includes(rule.situation)) return null;
    const againstParent = this.againstParent(any, heardFound);
    const feared = rule.acts.some((set) => set.every((c) => any([c]))) && any(rule.fear);
    if ((!againstParent && !feared) || this.otherDoerHeard(any, heardFound, againstParent)) return null;
    return [rule.situation, ...raised.filter((id) => id !== rule.situation && id !== 'child-abuse')];
  }

  /**
   * A doer other than the child heard (`child_aggressor.unless`). With the parent harmed (`againstParent`), a doer cue
   * heard only inside the parent's harm is the parent harmed, not another doer: "đánh bố nó" (his father, beaten by the
   * son) holds "bố nó", which elsewhere names a father as the one who rages ("bố nó đánh nó").
   */
  private otherDoerHeard(
    any: (concepts: readonly string[]) => boolean,
    found: ReadonlyMap<string, ReadonlySet<string>>,
    againstParent: boolean,
  ): boolean {
    const rule = this.file.child_aggressor;
    if (!rule) return false;
    const harmSaid = againstParent ? rule.against_parent.flatMap((c) => [...(found.get(c) ?? [])]) : [];
    return rule.unless.some((c) => any([c]) && !saidOnlyInside(found.get(c), harmSaid));
  }

  /**
   * A son or daughter harming a parent ("con trai cầm dao dọa giết mẹ", "mẹ tôi bị con trai đánh"): "con" is the doer's
   * kinship, not a child's age, so the parent's danger (113) leads; an age of a minor told keeps the child screen.
   */
  private againstParent(
    any: (concepts: readonly string[]) => boolean,
    found: ReadonlyMap<string, ReadonlySet<string>>,
  ): boolean {
    const rule = this.file.child_aggressor;
    return (
      rule !== undefined &&
      any(rule.against_parent) &&
      !any(rule.against_parent_unless) &&
      this.childOnlyAs(found, rule.against_parent_child)
    );
  }

  /**
   * The situations without child abuse, `younger_kin`'s situation first, when the writer's younger sibling is the one
   * doing harm and no child is heard ("thằng em tôi nhốt mẹ già trong nhà không cho ăn": an older person starved and
   * locked in, 113 first, not the child-protection screen that read the sibling as an abused child). Unchanged otherwise.
   */
  private kinDoerFirst(raised: SituationId[], any: (concepts: readonly string[]) => boolean): SituationId[] {
    const rule = this.file.younger_kin;
    if (!rule || raised[0] !== 'child-abuse' || !raised.includes(rule.situation)) return raised;
    if (!any([rule.doer]) || any(this.file.modifiers.child)) return raised;
    return [rule.situation, ...raised.filter((id) => id !== rule.situation && id !== 'child-abuse')];
  }

  /**
   * The situations without `elder_starved › instead_of`, its situation first, when an older person is the one starved
   * ("bà nội tôi 85 tuổi bị con dâu bỏ đói"): an old age told or an older person named beside the act, no sign of a
   * minor, and every child cue only the writer's or the doer's kinship ("tôi là con gái", "con dâu"). Child abuse led
   * by its bare [starve] rule and put 111, the child line, first for an 85-year-old. Null otherwise.
   */
  private elderStarved(
    raised: SituationId[],
    any: (concepts: readonly string[]) => boolean,
    found: ReadonlyMap<string, ReadonlySet<string>>,
  ): SituationId[] | null {
    const rule = this.file.elder_starved;
    if (!rule || raised[0] !== rule.instead_of || !raised.includes(rule.situation)) return null;
    if (!any(rule.acts) || !any(rule.elders) || any(rule.unless)) return null;
    if (!this.childOnlyAs(found, rule.ambiguous_child)) return null;
    return [rule.situation, ...raised.filter((id) => id !== rule.situation && id !== rule.instead_of)];
  }

  /**
   * `confined_at_home`'s situation first when an adult is told locked in or held by a partner or a family member and
   * nothing sexual is heard: "khóa cửa" read as a closed place and "không cho" as force fired the sexual-assault rule,
   * whose advice (72 hours, a pregnancy test) misreads a person kept prisoner at home. Unchanged otherwise.
   */
  private confinedAtHome(raised: SituationId[], any: (concepts: readonly string[]) => boolean): SituationId[] {
    const rule = this.file.confined_at_home;
    const lead = raised[0];
    if (!rule || lead === undefined || !raised.includes(rule.situation) || !any(rule.held)) return raised;
    const held = lead === rule.instead_of && any(rule.by) && !any(rule.unless);
    // A sister locked in and starved by her husband, no child told: child abuse led by its acts alone (`childless`).
    const childless = rule.childless;
    const heldAdult =
      childless?.instead_of.includes(lead) === true &&
      any(childless.by) &&
      !any(childless.unless) &&
      !any(this.file.modifiers.child);
    if (!held && !heldAdult) return raised;
    return [rule.situation, ...raised.filter((id) => id !== rule.situation)];
  }

  /**
   * An adult attacked with a child there (`child_bystander › police_first`): the adult's situation leads and an adult
   * is heard, so the police (its first number) come before 111. Without an adult the child may be the one hurt.
   */
  private adultAttacked(primary: SituationId, found: ReadonlyMap<string, ReadonlySet<string>>): boolean {
    const rule = this.file.child_bystander;
    if (rule?.police_first === undefined || primary !== rule.situation) return false;
    return heardAsIn(rule, found, rule.police_first);
  }

  /**
   * Keeps `child_bystander › children_had` only when each child word of the message as written stands inside one of
   * its phrases ("em có 2 đứa con nhỏ, chồng hay đánh em"); a child named anywhere else ("…, đánh em và con") drops
   * it. The lexicon's rewrite may turn a phrase's child ("có 1 bé") into another word ("trẻ em") the phrase no longer
   * holds, so there only the number of places a child is named counts: no more than the phrases heard as written.
   */
  private hearChildrenHad(readings: ReadonlyArray<{ kept: readonly Kept[] }>, found: Map<string, Set<string>>): void {
    const concept = this.file.child_bystander?.children_had?.concept;
    if (concept === undefined || !found.has(concept)) return;
    const childConcepts = new Set(this.file.modifiers.child);
    const spans = readings[0]?.kept.filter((k) => k.concept === concept) ?? [];
    const inside = (k: Kept): boolean => spans.some((span) => span.start <= k.start && k.end <= span.end);
    const asWritten = readings[0]?.kept.filter((k) => childConcepts.has(k.concept)) ?? [];
    const kept =
      spans.length > 0 &&
      asWritten.every(inside) &&
      readings.every(({ kept: read }) => childPlaces(read.filter((k) => childConcepts.has(k.concept))) <= spans.length);
    if (!kept) found.delete(concept);
  }

  /** Child abuse moved after the adult's situation when the only child heard is a bystander (see `child_bystander`). */
  private bystanderLast(raised: SituationId[], found: ReadonlyMap<string, ReadonlySet<string>>): SituationId[] {
    const rule = this.file.child_bystander;
    if (!rule || raised[0] !== 'child-abuse' || !raised.includes(rule.situation)) return raised;
    // Each concept, or one that stands in for it (`alternatives`: "anh rể", "ổng" for an adult).
    if (!rule.concepts.every((c) => heardAsIn(rule, found, c)) || rule.unless.some((c) => found.has(c))) return raised;
    // Children told only as had ("em có 2 đứa con nhỏ"): every child word stands inside those phrases (see
    // `hearChildrenHad`), so "bé", "đứa con" name no child harmed; a child told harmed keeps child abuse.
    const had = rule.children_had;
    const onlyHad = had !== undefined && found.has(had.concept) && !had.unless.some((c) => found.has(c));
    if (!onlyHad && !this.childOnlyAs(found, rule.ambiguous_child)) return raised;
    return [rule.situation, ...raised.filter((id) => id !== rule.situation)];
  }

  /** What one situation that fired means here: danger now, a disclosure, a question, or nothing to raise. */
  private outcomeOf(
    id: SituationId,
    any: (concepts: readonly string[]) => boolean,
    urgent: boolean,
    soon: boolean,
    unanswered: boolean,
    turned: ReadonlySet<SituationId>,
    asksSupport = false,
    childIsDoer = false,
  ): SafeguardingOutcome | 'none' {
    const situation = this.file.situations[id];
    if (!situation) return 'none';
    if (urgent) return 'danger-now';
    const { modifiers } = this.file;
    // Told happening to a named person (or a child) now: papers, services and topics asked about alongside calm nothing.
    const named = any(modifiers.personal) || any(modifiers.child) || any(modifiers.adult);
    const happening = ((any(modifiers.happening) && named) || any(modifiers.acted_on)) && !any(modifiers.joke);
    // Whom or which number to call, asked about someone with a sign that kills fast (`call_now`: "ba em ngất rồi gọi số
    // nào"): "gọi số nào" is also a service question, and a service asked calms an illness told as a topic; here the
    // question asks for help now, so like a thing happening it calms nothing (session 30, issue 10).
    const callingNow = this.callNow(id, any, named);
    // A calm cue that names only a pet (or another thing of its own) is taken back by a person told beside it
    // (`calm_taken_by`): "con chó nhà em cắn mẹ em, mẹ ngất rồi" is the mother's faint, not the dog's; the dog's own
    // faint ("con chó nhà em bị sốc nhiệt ngất xỉu") stays calm (session 42, issue 10).
    const kept = situation.calm.filter((c) => !any(situation.calm_taken_by[c] ?? []));
    const calm = happening || callingNow ? kept.filter((c) => !modifiers.asked.includes(c)) : kept;
    const past =
      any(modifiers.past) ||
      (unanswered && any(modifiers.past_dated)) ||
      (situation.habitual && any(modifiers.habitual) && !any(modifiers.present)) ||
      // "we are safe now but my stepfather is beating my little brother": the harm over is the writer's ("safe now"),
      // taken back for someone hit as the message is written (`safety_told › undone`).
      (any(situation.over) && !any(situation.over_unless ?? situation.calm_unless) && !this.safetyUndone(any)) ||
      (any(situation.done) && !any(situation.done_unless)) ||
      // A habit told of nobody in particular, asked as a question ("trẻ đi học đói, quần áo bẩn thì giáo viên nên báo
      // ai"), is a topic, not someone's story: the question's shape decides below (session 44).
      (any(situation.habit) &&
        !any(situation.habit_unless) &&
        !(any(modifiers.hypothetical) && !any(modifiers.personal)));
    // Someone lost and found or brought back, nothing told as still gone (`settled`: "ông đi lạc từ sáng nay, vừa được
    // công an đưa về, làm gì để ông không đi lạc nữa"): the time of today is when they went missing, not a person
    // missing now, so neither `now_when` nor the time of today makes it danger now; the calm, past and over readings
    // below decide (a disclosure with the older people's service, as a wanderer brought back last month; session 31).
    const settled = someSetHeard(situation.settled, any);
    // Parts that together tell danger now, whatever past cue, calm cue or question comes with them (`now_when`):
    // "cho hỏi thẻ bảo hiểm cho bé, bé vừa nuốt viên pin" is no question about papers.
    if (!settled && this.toldNow(id, any) && !any(modifiers.joke)) return 'danger-now';
    // A past or a habit that turns to an acute act or sign now ("…2 năm trước, giờ đau ngực dữ dội", "hay đòi tiền,
    // vừa đâm em"): the past told first no longer speaks for now. A topic, a joke, a witness's "what if", or a
    // general question about nobody keep their reading.
    const turn = this.file.acute_turn;
    if (turned.has(id) && turn && !any(turn.unless) && (named || !any(modifiers.hypothetical))) return 'danger-now';
    // The one it befell has died, and nothing acute or of now is told ("chồng em mất do tai nạn lao động năm ngoái,
    // tiền tuất làm ở đâu"): a bereavement told as background to an ordinary question. A medical disclosure ("sau một
    // lần cấp cứu… nếu dấu hiệu nguy hiểm quay lại, gọi 115") would be tone-deaf and hide the answer or the referral.
    if (any(situation.gone) && !any(situation.over_unless ?? situation.calm_unless)) return 'none';
    // A stroke or a paralysis named as a lasting state: an ordinary question (answered, or the concern check-in);
    // a carer's exhaustion told beside it, that the knowledge base cannot answer, a disclosure.
    // A past told by a named person keeps its reading below ("hồi tháng 3 mẹ em bị đột quỵ, giờ liệt…, em kiệt sức").
    const toldPast = past && any(modifiers.personal);
    // A named person's emergency survived, or the fear it left, told as over beside a calm cue or the lasting state it
    // left ("tuần trước ba em bị đột quỵ, đã cấp cứu kịp, giờ nằm một chỗ, có hỗ trợ người chăm sóc không", "em bị sốc
    // phản vệ tháng trước, giờ ổn rồi nhưng sợ đi khám"): nothing happens now, so no emergency, but neither is it a bare
    // question. Where the knowledge base has no answer, such a message used to end at "chưa có thông tin"; it is a
    // disclosure there. An answer, where there is one, stands; a past illness told only to ask about aid ("bị tai biến
    // năm ngoái, giờ liệt, có trợ cấp không") stays an ordinary question, as the corpora's writers label it.
    const toldOver =
      unanswered &&
      situation.past === 'disclosure' &&
      any(modifiers.personal) &&
      any(modifiers.ordeal) &&
      (past || any(modifiers.recent_past)) &&
      !any(modifiers.told_over_unless);
    // A danger told as an episode that is over (`episode_over`: an attempt survived, an overdose, an escape, a child lost
    // long ago), beside a service, a paper or an allowance asked (session 32, train41): the calm cue, the lasting state and
    // the question's shape below would make it a plain answer or a fallback; a counsellor hears a disclosure first. Only
    // where nothing of now is told: a time of today, a call for help now, an act happening.
    if (this.episodeOver(any) && !soon && !happening && !callingNow) return situation.past;
    const lasting = someSetHeard(situation.lasting, any);
    if (!toldPast && lasting && !any(situation.lasting_unless))
      return unanswered && named && (toldOver || any(situation.lasting_told)) ? situation.past : 'none';
    // A named person's illness told as past, with the lasting state it left and the writer's exhaustion beside it
    // ("hồi tháng 3 mẹ em bị đột quỵ, giờ nằm một chỗ, em kiệt sức"; session 46, issue 10): where the knowledge base
    // cannot answer, the same disclosure as the lasting state told without a past.
    const wornOut = toldPast && unanswered && lasting && !any(situation.lasting_unless) && any(situation.lasting_told);
    if (any(calm) && !any(situation.calm_unless)) return toldOver || wornOut ? situation.past : 'none';
    // The service question, the question's shape and an informational word below would read it as a topic or a
    // disclosure: it is a call for help now (`call_now` already excludes a supposition, a joke, the past, a habit).
    if (callingNow && !past) return 'danger-now';
    // Whom to report a harm to, asked after it is told as over (see `report_over`): weighing a report, not in the middle
    // of it. Before the time of today and the "đang"/"lúc nãy" readings below, which `report_over.near` weighs against
    // the writer gone away; a threat still standing (`standing`) keeps danger now where the question's shape would
    // have made it a topic ("…, ổng nhắn sẽ quay lại giết em, làm sao để tố cáo" ended at a fallback).
    const report = this.reportedOver(id, any, named, past, childIsDoer);
    if (report) return report;
    if (soon && !settled && !any(modifiers.joke)) return 'danger-now';
    // Someone telling what happened to them, even while asking where to find help, is disclosing.
    if (past && any(modifiers.personal)) return situation.past;
    // A blow told in English as someone's habit, then where to get help (`habit_reported`): that person's story.
    if (this.habitReported(id, any)) return situation.past;
    // "Cho hỏi thủ tục…, bé hàng xóm đang bị bỏ đói": the question does not make the danger a topic.
    if (any(modifiers.ongoing) && any(modifiers.personal) && !any(modifiers.joke)) return 'danger-now';
    if (happening) return 'danger-now';
    // Support or a policy asked for beside an act that lasts until someone steps in (locked up, taken, starved), told of
    // someone in particular or with its doer: the child is still locked up while the writer asks, so the question is no
    // topic (see `asksSupportOnly`); it falls through to danger now below, unless a past or a habit is told.
    // A cry for help, blood flowing, or an act told now in a clause of its own, with a real person and nothing told as
    // past (`now_over_framing`): "em đang chơi liên quân thì bố vào đánh em chảy máu đầu", "mua vòng định vị phòng khi
    // bà đi lạc nhưng giờ bà đang mất tích, cứu em". The game, the joke, the precaution or the question's shape around it
    // said what the writer was doing or asking; the act told now outranks it. Only framing is outranked here: a calm
    // cue, the past or a habit have had their say above.
    const outranks = this.file.now_over_framing;
    // After a wish told in a part of its own, a "how to tell", "how to help" question (`wish_spares`) asks about that
    // person now, not about signs in people at large: "em đang có ý định tự tử, làm sao để biết mình cần giúp"
    // (session 29 probe, issue 10). Only where a person of the writer's is heard (`wish_own`): "người già hay nói
    // 'sống làm chi' thì có phải dấu hiệu trầm cảm không" quotes people at large.
    const blockers =
      any([OUTRANKS_AS_WISH]) && any(outranks?.wish_own ?? [])
        ? outranks?.unless.filter((c) => !outranks.wish_spares.includes(c))
        : outranks?.unless;
    if (outranks && !past && any([OUTRANKS_FRAMING]) && any(outranks.real) && !any(blockers ?? [])) return 'danger-now';
    // What a method does, asked about nobody and nothing now ("uống quá liều thuốc ngủ thì có buồn ngủ li bì không"):
    // a question for information, answered with the numbers (see `effect_asked`). A lethality question, means at hand,
    // a wish to die or a named person keep the reading below.
    const effect = this.file.effect_asked;
    if (
      effect?.situations.includes(id) &&
      any(effect.acts) &&
      any(effect.asks) &&
      !named &&
      !any(modifiers.kin) &&
      !any(effect.unless) &&
      !any(modifiers.joke)
    )
      return 'informational';
    // A particular child seen with a sign of harm, and whom to tell asked (`child_reported`): where the question's
    // shape alone would make it informational, a disclosure about that child, or danger now when harm is told now.
    const reported = this.reportedChild(id, any, past);
    if (this.heldHelpAsked(id, any, named)) return 'danger-now';
    // A study "about" suicide beside the writer's own wish to die with means at hand is no topic (`topic_undone`).
    const topicUndone = this.file.topic_undone;
    const framed = any(modifiers.informational) && !(topicUndone && any(topicUndone.wish) && any(topicUndone.means));
    if (framed && !(asksSupport && any(modifiers.acute)))
      return (
        reported ?? (this.toldThenAsked(id, any) || this.namedHarmedBefore(id, any) ? 'disclosure' : 'informational')
      );
    // "Trẻ em bị bỏ rơi có được trợ cấp không" (a category), "tôi làm giáo viên, học sinh có vết bầm…, báo
    // trung tâm thì được hỗ trợ gì" (a named person): asking about a service with nothing happening now and no
    // harm that lasts until someone steps in (starved, held, a weapon, thoughts of dying).
    if (situation.past === 'disclosure' && any(modifiers.service) && !any(modifiers.acute))
      return past || any(modifiers.personal) ? 'disclosure' : (reported ?? 'informational');
    if (past) return situation.past;
    // Harm told as done or as a pattern (`what_to_do.told`), asked as "what should I do" ("bi chong danh thi phai lam gi,
    // toi chi muon no thoi danh"): the writer weighs what to do, so nobody is in the middle of it; a counsellor answers warmly with the
    // number for next time (111 for a child) and the service, not the emergency screen. Anything now, a weapon, a plea,
    // blood or rape keeps danger now (`what_to_do.unless`); "chồng em đánh em, em phải làm sao", told neither as done
    // nor as a pattern, may be happening as she writes and stays danger now.
    const ask = this.file.what_to_do;
    if (
      ask?.situations.includes(id) &&
      any(ask.asks) &&
      any(ask.told) &&
      (named || any(modifiers.kin)) &&
      !any(ask.unless) &&
      !any(modifiers.joke)
    )
      return 'disclosure';
    // "Bố đang nhốt em trong nhà kho, vậy có được coi là bạo hành không": a question's shape never cancels an act
    // happening now to a real person (a kin word, a named adult or person); "đánh con có được coi là bạo hành không",
    // with nothing now, stays a general question, and a category ("trẻ em", "một đứa trẻ") is no real person here.
    const actedOnNow =
      any(modifiers.acting_now) && (any(modifiers.personal) || any(modifiers.adult) || any(modifiers.kin));
    if (
      any(modifiers.hypothetical) &&
      !any(modifiers.personal) &&
      !actedOnNow &&
      !(any(modifiers.spreading_now) && !any(modifiers.spreading_unless)) &&
      !callingNow &&
      !this.askedAfterTold(this.file.own_danger_asked, id, any) &&
      !this.askedAfterTold(this.file.return_supposed, id, any)
    )
      return reported ?? 'informational';
    return 'danger-now';
  }

  /**
   * `habit_reported`: a blow told in English as a habit of someone in particular ("one of my students told me her father
   * hits her", "my friend's husband hits her"): a where-to-get-help question after it is a disclosure about that person
   * rather than a topic; anything of now (`unless`) keeps the other readings (session 44, issue 10).
   */
  private habitReported(id: SituationId, any: (concepts: readonly string[]) => boolean): boolean {
    const rule = this.file.habit_reported;
    if (!rule?.situations.includes(id)) return false;
    return any(rule.habit) && any(rule.particular) && !any(rule.unless);
  }

  /** A danger told as an episode that is over, and nothing of now beside it (see `modifiers.episode_over`). */
  private episodeOver(any: (concepts: readonly string[]) => boolean): boolean {
    const { modifiers } = this.file;
    return any(modifiers.episode_over) && !any(modifiers.episode_over_unless) && !any(modifiers.joke);
  }

  /**
   * `report_over`: harm told as over to someone real, then whom to report it to asked ("em bị bạn trai cũ
   * đánh hôm qua, có nên báo công an không", "em bị sếp sàm sỡ ở công ty thì báo ai"): a disclosure. With a child
   * heard, only `child_situations` and none of `child_unless` ("cô giáo phát hiện học sinh có vết bầm, em ấy nói bị
   * bố đánh, cần báo cho ai": the child-protection disclosure, 111 first). A just-now cue
   * (`near`) counts as now unless the writer tells they have left it (`away`: "giờ về nhà rồi"). A threat still standing
   * (`standing`), not told as past, is danger now; null leaves the reading to the rest of `outcomeOf`.
   */
  private reportedOver(
    id: SituationId,
    any: (concepts: readonly string[]) => boolean,
    named: boolean,
    past: boolean,
    childIsDoer: boolean,
  ): SafeguardingOutcome | null {
    const rule = this.file.report_over;
    if (!rule || !named) return null;
    // A child heard (not a grown child who is the doer): only `child_situations`, and none of `child_unless` (a time
    // of tonight, the child alone with the doer); a teacher or a neighbour who has learnt of it asks whom to report
    // to, 111 first.
    const child = any(this.file.modifiers.child) && !childIsDoer;
    if (!(child ? rule.child_situations : rule.situations).includes(id)) return null;
    if (child && any(rule.child_unless)) return null;
    if (!any(rule.asks) || !any(rule.told) || any(this.file.modifiers.joke)) return null;
    // For a child, a threat leaves the reading to the rest of `outcomeOf`, as before this block read children.
    if (any(rule.standing)) return past || child ? null : 'danger-now';
    if (any(rule.unless)) return null;
    return !any(rule.near) || any(rule.away) ? 'disclosure' : null;
  }

  /**
   * Harm told as done, as recent or as a habit (`what_to_do.told`: "tuần trước", "tối qua", "hay") to someone real (a
   * kin word, a named adult, the writer's own person), then asked as a how-to ("tuần trước bố nó đánh thằng bé gãy tay,
   * làm sao để được bảo vệ", "hôm qua thằng hàng xóm sàm sỡ em, làm sao để tố cáo nó"): the how-to is about the
   * writer's own situation, so it is a disclosure (a warm word, the service, 111 for a child), never a topic left at a
   * did-you-mean or "chưa có thông tin". A supposition ("nếu"), a joke, or anything happening now (`what_to_do.unless`,
   * which keeps danger now elsewhere) keep their reading; "bị chồng đánh thì làm sao để ly hôn", told of nobody, stays
   * a question.
   */
  private toldThenAsked(id: SituationId, any: (concepts: readonly string[]) => boolean): boolean {
    const ask = this.file.what_to_do;
    const { modifiers } = this.file;
    if (!ask?.situations.includes(id) || !any(ask.told) || any(ask.unless)) return false;
    if (any(modifiers.hypothetical) || any(modifiers.joke)) return false;
    return any(modifiers.personal) || any(modifiers.kin) || any(modifiers.adult);
  }

  /**
   * A named person's harm told as done at a dated time ("bạn cùng phòng của tôi bị chuốc say rồi bị xâm hại ở một buổi
   * tiệc tuần trước. Bạn ấy đang ở nhà bố mẹ. Có tổ chức nào hỗ trợ pháp lý miễn phí không"; session 43, issue 10),
   * then a question framed as informational: the question is about that person, so a counsellor takes it up as a
   * disclosure. `toldThenAsked` refuses it for any cue that could mean now ("đang ở nhà", "chuốc say"), but the only
   * other reading here is a bare question, which is never safer. A supposition, a joke, or nobody named ("có tổ chức
   * nào hỗ trợ nạn nhân bị xâm hại không") keep the informational reading.
   */
  private namedHarmedBefore(id: SituationId, any: (concepts: readonly string[]) => boolean): boolean {
    const { modifiers } = this.file;
    // Harm done by someone (`what_to_do.situations`): a film that scared a child or a wanderer brought home is no harm told.
    if (!this.file.what_to_do?.situations.includes(id)) return false;
    if (!any(modifiers.personal) || !(any(modifiers.past) || any(modifiers.recent_past))) return false;
    return !any(modifiers.hypothetical) && !any(modifiers.joke);
  }

  /**
   * `call_now`: whom to call asked about someone real with a sign that kills fast ("bà nội khó thở quá, tím tái rồi,
   * gọi ai"). "Gọi ai" and "gọi số nào" are read as a general question's shape ("bị đánh thì gọi số nào"), but asked
   * about a named grandmother who is turning blue they ask for help now: the supposition that would make it general
   * ("nếu", "giả sử") is missing. Without this, nothing else heard as now, the message ended as informational.
   */
  private callNow(id: SituationId, any: (concepts: readonly string[]) => boolean, named: boolean): boolean {
    const rule = this.file.call_now;
    if (!rule?.situations.includes(id)) return false;
    const someone = named || any(this.file.modifiers.kin) || any(rule.someone);
    return someone && any(rule.asks) && any(rule.signs) && !any(rule.unless);
  }

  /**
   * `held_help_asked`: someone in particular held, starved or taken and kept, and "how do I help" asked ("bạn tôi bị
   * chồng nhốt trong nhà mấy ngày nay, làm sao giúp"). "Làm sao giúp" is read as a question for information, but the
   * harm lasts until someone steps in: the one held is in danger while the writer asks (session 30 probe8, issue 10).
   */
  private heldHelpAsked(id: SituationId, any: (concepts: readonly string[]) => boolean, named: boolean): boolean {
    const rule = this.file.held_help_asked;
    if (!rule?.situations.includes(id)) return false;
    const someone = named || any(this.file.modifiers.kin);
    return someone && any(rule.acts) && any(rule.asks) && !any(rule.unless);
  }

  /**
   * `own_danger_asked`: the writer tells their own state or act as fact and asks what to do ("em thấy mọi thứ vô nghĩa,
   * mấy hôm nay em cứ đứng trên ban công tầng 12 nhìn xuống, em nên làm gì"). "Nên làm gì" is a general question's
   * shape ("nếu thấy ai đứng trên ban công thì nên làm gì"), but after the writer's own danger it asks for help now, so
   * the shape no longer makes the danger a topic. `return_supposed`: a supposition about the return of someone still
   * gone ("bỏ nhà đi 3 ngày chưa về, nếu nó về thì em nên nói gì"): the "nếu" is about after, the absence is now
   * (session 30 probe8, issue 10).
   */
  private askedAfterTold(
    rule: SafeguardingFile['own_danger_asked'],
    id: SituationId,
    any: (concepts: readonly string[]) => boolean,
  ): boolean {
    if (!rule?.situations.includes(id)) return false;
    return any(rule.asks) && any(rule.told) && !any(rule.unless);
  }

  /**
   * `safety_told`: one of `says` ("không gặp nguy hiểm ngay", "không có ý định làm hại bản thân", "not in immediate
   * danger") for one of `situations`, with none of `unless` (an act, a means or a sign now) heard, and not taken back
   * for someone else (`undone`: "em an toàn rồi nhưng chồng em đang đánh con em").
   */
  private safetyTold(id: SituationId, any: (concepts: readonly string[]) => boolean): boolean {
    const rule = this.file.safety_told;
    if (!rule?.situations.includes(id)) return false;
    return any(rule.says) && !any(rule.unless) && !this.safetyUndone(any);
  }

  /** `safety_told › undone`: the writer's safety said, then "but" and a blow going on now to someone else. */
  private safetyUndone(any: (concepts: readonly string[]) => boolean): boolean {
    const undone = this.file.safety_told?.undone;
    return undone !== undefined && any(undone.but) && any(undone.acts);
  }

  /**
   * `child_reported`: a teacher, a neighbour or a health worker tells of a particular child with a sign of harm (the
   * situation's rule fired) and asks whom to tell ("co 1 be lop 3 hay den truong doi bung…, e nen bao ai"). Where the
   * question's shape would make it informational, a counsellor still hears a disclosure about that child (111 first,
   * how to report, keep the child safe): a disclosure, or danger now when harm is told now and not as past or a habit
   * (a child locked out tonight). Null when the block does not apply: a supposition ("nếu thấy…"), a question about
   * signs or a general question about nobody in particular keep their informational reading. One of `told` (an injury
   * explained by someone else as a fall) tells of one child on its own, question or not.
   */
  private reportedChild(
    id: SituationId,
    any: (concepts: readonly string[]) => boolean,
    past: boolean,
  ): SafeguardingOutcome | null {
    const rule = this.file.child_reported;
    if (!rule?.situations.includes(id) || any(rule.unless)) return null;
    // A sign that is itself about one child and doubts the story told of it (`told`: "mẹ bảo ngã") needs no question.
    if (!(any(rule.particular) && any(rule.asks)) && !any(rule.told)) return null;
    return !past && any(rule.now) ? 'danger-now' : 'disclosure';
  }

  /**
   * The lexicon's rewrite, except inside neutral phrases and common words: "đánh răng" must stay
   * itself, not become "đánh làm sao" ("răng" is Central for "why"). Returns where each common word
   * lies in the rewritten tokens.
   */
  private rewriteOutsideNeutral(
    tokens: readonly Token[],
    neutral: readonly NeutralSpan[],
    lexicon: Lexicon,
    words: readonly Span[] = [],
  ): { tokens: Token[]; words: Span[] } {
    const out: Token[] = [];
    const moved: Span[] = [];
    let from = 0;
    const spans = [...neutral.filter((n) => !n.only), ...words].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const span of spans) {
      if (span.start < from) {
        // Overlaps a span already copied as it is: copy the rest of it too, then the same offset from that copy.
        if (span.end > from) {
          out.push(...tokens.slice(from, span.end));
          from = span.end;
        }
        if (words.includes(span)) moved.push(shifted(span, out.length - from));
        continue;
      }
      out.push(...lexicon.rewrite(tokens.slice(from, span.start)));
      if (words.includes(span)) moved.push(shifted(span, out.length - span.start));
      out.push(...tokens.slice(span.start, span.end));
      from = span.end;
    }
    out.push(...lexicon.rewrite(tokens.slice(from)));
    return { tokens: out, words: moved };
  }

  /**
   * Every neutral phrase and every concept cue in `tokens`, as spans: the phrases matched (`phrasesIn`, unless given)
   * and the rules over them (a phrase a comma cuts, a household wish).
   */
  private scan(tokens: readonly Token[], phrases: Scan = this.phrasesIn(tokens)): Scan {
    const found: Scan = { neutral: [...phrases.neutral], similes: [...phrases.similes], hits: [...phrases.hits] };
    this.splitPhrases(tokens, found);
    this.householdSpans(tokens, found);
    return found;
  }

  /** The phrases of the file that match at a token in [from, to), added to `found` in token order. */
  private phrasesIn(
    tokens: readonly Token[],
    from = 0,
    to = tokens.length,
    found: Scan = { neutral: [], similes: [], hits: [] },
  ): Scan {
    const gap = this.isGapWord;
    for (let i = from; i < to; i++) {
      const slot = this.byFirst.get((tokens[i] as Token).folded);
      if (!slot) continue;
      addMatches(slot.single, tokens, i, found);
      const next = tokens[i + 1];
      const longer = next ? slot.bySecond.get(next.folded) : undefined;
      if (longer) addMatches(longer, tokens, i, found, gap);
      // "bắt em nhịn đói": a phrase ("bắt nhịn đói") with a pronoun after its first word.
      const after = gap(next) ? tokens[i + 2] : undefined;
      const gapped = after ? slot.bySecond.get(after.folded) : undefined;
      if (gapped) addMatches(gapped, tokens, i, found, gap, 1);
    }
    return found;
  }

  /**
   * `phrasesIn` of a second reading of the message (the lexicon's rewrite: "bố" read as "cha"), from the first
   * reading's phrases where no token a phrase could reach changed. A phrase matched at `i` reads no token past
   * `i + phraseReach - 1`, so only the positions up to that far before a changed token are matched again: a
   * 4,000-character story the lexicon changes in a few words is not matched twice. Read afresh when the readings
   * differ in length.
   */
  private phrasesAgain(first: Scan, firstTokens: readonly Token[], tokens: readonly Token[]): Scan {
    if (tokens.length !== firstTokens.length) return this.phrasesIn(tokens);
    const out: Scan = { neutral: [], similes: [], hits: [] };
    let neutralAt = 0;
    let similesAt = 0;
    let hitsAt = 0;
    // The first reading's phrases starting in [from, to), those starting before `from` (matched again) left out.
    const copy = (from: number, to: number): void => {
      neutralAt = copySpans(first.neutral, neutralAt, from, to, out.neutral);
      similesAt = copySpans(first.similes, similesAt, from, to, out.similes);
      hitsAt = copySpans(first.hits, hitsAt, from, to, out.hits);
    };
    let done = 0;
    for (let c = 0; c < tokens.length; c++) {
      const token = tokens[c] as Token;
      const before = firstTokens[c] as Token;
      if (token.text === before.text && token.folded === before.folded && token.plain === before.plain) continue;
      const again = Math.max(done, c - this.phraseReach + 1);
      copy(done, again);
      this.phrasesIn(tokens, again, c + 1, out);
      done = c + 1;
    }
    copy(done, tokens.length);
    return out;
  }

  /**
   * Adds a cue whose phrase a clause break cuts in two (issue 10, session 42: "bà tôi ngã, không dậy được" heard
   * nothing, though "bà tôi ngã không dậy được" is danger now). A comma after the fall verb does not part the fall from
   * the sign that follows it. Only for the pairs of `SPLIT_PHRASES`, and only when the words after the break open a cue
   * of the second concept: the clause after the comma must itself tell the sign ("không dậy được"), so a fall told
   * with a recovery ("bà tôi ngã, giờ đi lại được rồi") or a bare "ngã, xuống…" gains nothing.
   */
  private splitPhrases(tokens: readonly Token[], found: Scan): void {
    // Where each second concept's cue starts: only a break right before one of them is looked at (one pass over the
    // hits, not one per break: a 4,000-character story has hundreds of commas).
    let opens: Map<number, Set<string>> | undefined;
    for (const h of found.hits) {
      const concept = h.pattern.concept;
      if (concept === null || !SPLIT_PHRASES.some(([, next]) => next === concept)) continue;
      opens ??= new Map();
      const at = opens.get(h.start) ?? new Set<string>();
      at.add(concept);
      opens.set(h.start, at);
    }
    if (!opens) return;
    for (const [after, concepts] of opens) {
      const s = after - 1;
      if (s < 1 || (tokens[s] as Token).folded !== CLAUSE_SEPARATOR.folded) continue;
      // The words around the break, the break left out: up to three before it, the longest phrase after it.
      const from = Math.max(0, s - 3);
      const joined = [...tokens.slice(from, s), ...tokens.slice(s + 1, s + 1 + MAX_SPLIT_TAIL)];
      for (const [concept, next] of SPLIT_PHRASES) {
        if (!concepts.has(next)) continue;
        for (let i = 0; i < s - from; i++) {
          const slot = this.byFirst.get((joined[i] as Token).folded);
          const second = joined[i + 1];
          const longer = second ? slot?.bySecond.get(second.folded) : undefined;
          for (const pattern of [...(slot?.single ?? []), ...(longer ?? [])]) {
            if (pattern.concept !== concept) continue;
            const end = matchEnd(joined, i, pattern);
            // The phrase must straddle the break: it starts before it and ends after it.
            if (end > s - from) found.hits.push({ start: from + i, end: from + end + 1, pattern });
          }
        }
      }
    }
  }

  /**
   * Adds a neutral span over each wish not to live with someone (see `household_wish`): "không muốn sống" + "với" +
   * a kin or person cue right after. A rule rather than a list of phrases, so a step-parent nobody listed ("dì ghẻ")
   * and an unaccented reading ("ba duong") are heard as a household too.
   */
  private householdSpans(tokens: readonly Token[], scan: Scan): void {
    const rule = this.household;
    if (!rule) return;
    for (const wish of scan.hits) {
      if (!rule.wish.has(wish.pattern.concept as string)) continue;
      if (!rule.verb.has((tokens[wish.end - 1] as Token).folded)) continue;
      for (const words of rule.with) {
        if (!words.every((w, k) => tokens[wish.end + k]?.folded === w)) continue;
        const at = wish.end + words.length;
        const person = scan.hits.find((h) => h.start === at && rule.person.has(h.pattern.concept as string));
        if (person) scan.neutral.push({ start: wish.start, end: person.end, only: rule.wish });
      }
    }
  }

  /**
   * Adds every concept cue in `tokens` to `found`, except a cue lying inside a
   * longer neutral phrase ("muốn chết" inside "mệt muốn chết"; but "được giải
   * cứu" is not silenced by "giải cứu").
   */
  private collect({ neutral, similes, hits }: Scan, found: Map<string, Set<string>>, readings: Readings): Kept[] {
    const kept: Kept[] = [];
    for (const { start, end, pattern, gapped } of hits) {
      const concept = pattern.concept as string;
      const silenced =
        silencedAround(start, end, concept, gapped === true, similes, neutral, readings.words) ||
        misreadsOpener(pattern, readings.openers.get(start));
      if (silenced) {
        if (readings.readAway && neutral.some((n) => n.only?.has(concept) && n.start <= start && end <= n.end))
          readings.readAway.add(concept);
        continue;
      }
      addCue(found, concept, pattern.phrase);
      kept.push({ start, end, concept, phrase: pattern.phrase });
    }
    return kept;
  }

  /** The acute turn heard in one reading (see `acute_turn`), or null. */
  private turnIn(kept: readonly Kept[], tokens: readonly Token[]): Turn | null {
    const rule = this.file.acute_turn;
    return rule && this.turnWords ? acuteTurnIn(rule, this.turnWords, kept, tokens) : null;
  }

  /** The scare told over in one reading (see `acute_turn › over`), or null. */
  private scareOverIn(
    kept: readonly Kept[],
    tokens: readonly Token[],
  ): { over: string | null; still: string | null; woke: boolean } {
    const rule = this.file.acute_turn;
    return rule && this.turnWords
      ? scareOverIn(rule, this.turnWords, kept, tokens)
      : { over: null, still: null, woke: false };
  }

  /** The cry, the blood or the act told now that outranks a framing, heard in one reading (see `now_over_framing`). */
  private outrankingIn(kept: readonly Kept[], tokens: readonly Token[]): Outranking | null {
    const rule = this.file.now_over_framing;
    return rule
      ? nowOverFramingIn(rule, this.framingBreaks, kept, tokens, this.framingBreaksAfter, this.wishAfter)
      : null;
  }

  /** True when a trained classifier backs the concept rules. */
  get hasClassifier(): boolean {
    return this.classifier !== undefined;
  }

  /** The message as the detector reads it (clauses, lexicon applied) and the concepts it hears: what the classifier learns from. */
  read(text: string): ClassifierInput {
    return this.hear(text)?.input ?? { tokens: [], concepts: [] };
  }

  /** Adds a child cue when a bullying act and a school are heard (see `pupil_harmed`). */
  private hearPupil(found: Map<string, Set<string>>, childConcept: string): void {
    const rule = this.file.pupil_harmed;
    if (!rule || rule.unless.some((c) => found.has(c))) return;
    const school = rule.school.flatMap((c) => [...(found.get(c) ?? [])]);
    const harm = rule.harm.flatMap((c) => [...(found.get(c) ?? [])]);
    if (school.length > 0 && harm.length > 0) addCue(found, childConcept, `${harm[0]} + ${school[0]}`);
  }

  /** Drops the cues a figure of speech explains (an everyday matter is talked about and nothing says otherwise); returns the concepts dropped. */
  private dropFigures(found: Map<string, Set<string>>): Set<string> {
    // The figures with a context concept heard, in the file's order (see `figuresByContext`).
    const places = new Set<number>();
    for (const concept of found.keys()) for (const at of this.figuresByContext.get(concept) ?? []) places.add(at);
    const figurative = [...places]
      .sort((a, b) => a - b)
      .map((at) => this.file.figures[at] as SafeguardingFile['figures'][number])
      .filter((f) => f.with.every((c) => found.has(c)) && !f.unless.some((c) => found.has(c)));
    const dropped = new Set<string>();
    for (const figure of figurative) {
      if (figure.reads_as) addCue(found, figure.reads_as, [...figure.context, ...figure.with].join(' + '));
      const within = figure.inside_with ? figure.with.flatMap((c) => [...(found.get(c) ?? [])]) : null;
      for (const concept of figure.silences) {
        const cues = found.get(concept);
        if (!cues) continue;
        if (within) for (const cue of cues) if (within.some((w) => containsWords(w, cue))) cues.delete(cue);
        if (!within || cues.size === 0) {
          found.delete(concept);
          dropped.add(concept);
        }
      }
    }
    return dropped;
  }

  /** Drops the cues said only inside scare quotes (see `scare_quotes`); returns the concepts left with no cue. */
  private dropScareQuoted(text: string, found: Map<string, Set<string>>): string[] {
    const rule = this.file.scare_quotes;
    if (!rule) return [];
    const quotes = shortQuotes(text.slice(0, MAX_SAFEGUARDING_CHARS), rule.max_words);
    if (quotes.length === 0) return [];
    const outside = foldedOutsideQuotes(text.slice(0, MAX_SAFEGUARDING_CHARS));
    const dropped: string[] = [];
    for (const concept of rule.silences) {
      const cues = found.get(concept);
      if (!cues) continue;
      for (const cue of cues) {
        const words = tokenize(cue, 200)
          .map((t) => t.folded)
          .join(' ');
        // "bị 'bắt cóc'": a cue around the quoted words ("bị bắt cóc") is the quoted word too.
        const quoted = quotes.some((q) => containsWords(q, words) || containsWords(words, q));
        if (quoted && !containsWords(outside, words)) cues.delete(cue);
      }
      if (cues.size === 0) {
        found.delete(concept);
        dropped.push(concept);
      }
    }
    return dropped;
  }

  /**
   * True when a figure of speech explained away a concept of the situation the
   * classifier names: "cây xăng gần nhà cháy hàng" is no fire, whatever the
   * classifier makes of "cháy"; a classifier verdict of another situation stands.
   */
  private explainedAway(situation: SituationId, explained: ReadonlySet<string>): boolean {
    if (explained.size === 0) return false;
    return this.file.situations[situation]?.rules.some((rule) => rule.some((c) => explained.has(c))) ?? false;
  }

  /** A message of nothing but topic words ("buôn người") asks about a topic: informational. */
  private markTopicOnly({ hits }: Scan, tokens: readonly Token[], found: Map<string, Set<string>>): void {
    const topic = this.file.modifiers.topic;
    const informational = this.file.modifiers.informational[0];
    if (topic.length === 0 || informational === undefined) return;
    const covered = new Set<number>();
    for (const { start, end, pattern } of hits)
      if (topic.includes(pattern.concept as string)) for (let i = start; i < end; i++) covered.add(i);
    const words = tokens.filter((t) => t !== CLAUSE_SEPARATOR).length;
    if (covered.size === 0 || words > SHORT_MESSAGE_WORDS) return;
    if (tokens.every((t, i) => t === CLAUSE_SEPARATOR || covered.has(i)))
      addCue(found, informational, `chỉ một chủ đề: ${tokens.map((t) => t.text).join(' ')}`);
  }

  /**
   * Medicine taken as a course of treatment is no pills swallowed now (`treatment_course`, issue 10): a mother "đang
   * uống thuốc của bác sĩ tâm thần", a child "đang uống Depakine mỗi ngày" were sent 115. Only the bare taking cue
   * goes, and only when the message names the treatment and says nothing of an amount, of dying or disappearing,
   * of a goodbye, of a collapse or drowsiness: an earlier, broader reading ("đang uống" beside depression) lost a
   * depressed person swallowing pills with a soft wish to die.
   */
  private dropTreatmentCourse(found: Map<string, Set<string>>): void {
    const rule = this.file.treatment_course;
    if (!rule) return;
    const has = anyHeardIn({ found });
    if (!has(rule.when) || has(rule.unless)) return;
    // "uống thuốc rồi" (`taken`) only when told as a treatment that has not helped yet (`taken_when`).
    const cues = rule.taken.length > 0 && has(rule.taken_when) ? [...rule.taking, ...rule.taken] : rule.taking;
    const dropped = dropCues(found, rule.drops, cues);
    // The medicine was being taken as a treatment: a lasting illness under care, calm where a situation lists `reads_as`.
    if (dropped !== undefined && rule.reads_as) addCue(found, rule.reads_as, dropped);
  }

  /**
   * Cues that mean no harm in their setting (session 33, issue 10). `illness_dose`: a quantity of medicine taken for a
   * passing illness and asked about is no overdose ("con em bị ho, uống nhiều thuốc có sao không" was suicide, danger
   * now, from "uống nhiều thuốc" alone); a count, a whole pack, a purpose or dying keep the alarm. `family_viewing`: a
   * child filmed for a grandparent or a parent to see is no intimate media ("em quay clip bé tắm gửi bà ngoại xem" was
   * child abuse, danger now); filming in secret, a threat to spread, or anything sexual keep it.
   */
  private dropHarmlessCues(found: Map<string, Set<string>>): void {
    const has = anyHeardIn({ found });
    for (const rule of [this.file.illness_dose, this.file.family_viewing]) {
      if (!rule || !has(rule.when) || (rule.asks.length > 0 && !has(rule.asks)) || has(rule.unless)) continue;
      dropCues(found, rule.drops, rule.cues);
    }
  }

  /**
   * "Hỗ trợ trẻ mồ côi, trẻ bị bỏ rơi": support asked for a group of people, with no one in particular, is a question
   * about a category, answered as an ordinary one; the harm in the group's name ("bị bỏ rơi") befalls nobody the writer
   * knows. Every child cue must lie inside a group's words ("trẻ" in "trẻ mồ côi"): "con tôi", "bé" name a person.
   */
  private markGroupAsked(found: Map<string, Set<string>>): void {
    const rule = this.file.group_asked;
    const informational = this.file.modifiers.informational[0];
    if (!rule || informational === undefined) return;
    const has = anyHeardIn({ found });
    if (!has(rule.groups) || !has(rule.asks)) return;
    const groups = rule.groups.flatMap((c) => [...(found.get(c) ?? [])]);
    const inGroup = (cue: string): boolean => groups.some((g) => containsWords(g, cue));
    // A group named by its harm ("trẻ bị bạo hành", session 42, issue 10): the harm word inside the group's own name
    // blocks nothing; the same harm told anywhere else ("… đang bị bạo hành ở xóm em") still does.
    for (const concept of rule.unless) for (const cue of found.get(concept) ?? []) if (!inGroup(cue)) return;
    for (const concept of this.file.modifiers.child)
      for (const cue of found.get(concept) ?? []) if (!inGroup(cue)) return;
    addCue(found, informational, `một nhóm người: ${groups.join(', ')}`);
  }

  /**
   * Drops the child concepts when every child cue lies inside one of `kin`, the folded words from a son, a daughter or
   * a grandchild to the adult age said of them ("con gái tôi"): "con gái tôi 22 tuổi và cháu ngoại…" keeps the
   * grandchild, whose age nobody said.
   */
  private dropOffspringCues(found: Map<string, Set<string>>, childConcepts: readonly string[], kin: string[]): void {
    const cues = childConcepts.flatMap((c) => [...(found.get(c) ?? [])]);
    const folded = (cue: string): string =>
      tokenize(cue, 80)
        .map((t) => t.folded)
        .join(' ');
    if (!cues.every((cue) => kin.some((phrase) => containsWords(phrase, folded(cue))))) return;
    for (const concept of childConcepts) found.delete(concept);
  }

  /** "15 tuổi", "8t", "11yo", "12 year old": every age said, with where its number stands (see also `ageThen`). */
  private statedAges(tokens: readonly Token[]): Array<{ at: number; age: number }> {
    const ages: Array<{ at: number; age: number }> = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = (tokens[i] as Token).folded;
      // An age is a word that starts with a digit ("15", "8t", "11yo"; Number() reads no other word as one):
      // most words are skipped before any lookup.
      if (!startsWithDigit(word)) {
        // A spelled age counts only told as then ("năm mười tuổi", "lúc em tám tuổi"): "ba", "năm", "sáu" alone are
        // also a father, a year, "after".
        const spelled = spelledAgeAt(tokens, i);
        if (spelled && ageLeadAt(tokens, i) !== null) ages.push({ at: i, age: spelled.age });
        continue;
      }
      const next = tokens[i + 1]?.folded;
      const short = AGE_SUFFIX.exec(word);
      // "mới 13", "em 14", "im 14": an age said without "tuổi", unless a unit follows ("mới 2 giờ").
      const bare =
        (AGE_LEAD.has(tokens[i - 1]?.folded ?? '') || englishAgeLead(tokens, i)) && !NOT_AGE_UNITS.has(next ?? '');
      const age = short
        ? Number(short[1])
        : next === AGE_WORD || (ENGLISH_YEARS.has(next ?? '') && tokens[i + 2]?.folded === 'old') || bare
          ? Number(word)
          : NaN;
      if (Number.isInteger(age) && age >= 0) ages.push({ at: i, age });
    }
    return ages;
  }

  /** What one reading tells of a younger sibling or cousin (see `younger_kin`), with the tokens it was read on; null without the block. */
  private kinIn(kept: readonly Kept[], tokens: readonly Token[]): (KinReading & { tokens: readonly Token[] }) | null {
    const rule = this.file.younger_kin;
    if (!rule || !this.kinWords) return null;
    const ageAt = (t: readonly Token[], at: number) => this.bareAge(t, at);
    const grownAt = (t: readonly Token[], at: number) => this.grownAge(t, at);
    return { ...youngerKinIn(rule, this.kinWords, kept, tokens, ageAt, grownAt), tokens };
  }

  /**
   * The child cue a sibling's sign of youth makes ("my little brother (11)", a parent beating "thằng em", "em gái em
   * còn nhỏ"), or the cue of the sibling doing harm (`younger_kin › doer`), added to `found`.
   */
  private hearKin(kin: KinReading | null, found: Map<string, Set<string>>, childConcept: string): void {
    const rule = this.file.younger_kin;
    if (!rule || !kin) return;
    if (kin.doer) {
      addCue(found, rule.doer, kin.doer.said);
      return;
    }
    if (kin.child) {
      addCue(found, childConcept, kin.child);
      return;
    }
    // An adult's age told of the sibling: a word of youth elsewhere is its past ("bỏ học từ lớp 10"), not a child now.
    if (kin.grown) return;
    const sibling = rule.kin.flatMap((c) => [...(found.get(c) ?? [])]);
    const young = rule.young.flatMap((c) => [...(found.get(c) ?? [])]);
    if (sibling.length > 0 && young.length > 0) addCue(found, childConcept, `${sibling[0]} + ${young[0]}`);
  }

  /** A bare number at `at` read as an age under the child age ("brother 11", "is 9"), or null (a unit follows: "2 ngày"). */
  private bareAge(tokens: readonly Token[], at: number): number | null {
    const age = this.anyBareAge(tokens, at);
    return age !== null && age < this.file.child_age_below ? age : null;
  }

  /** A bare number at `at` read as an age at or above the child age ("năm nay 24 tuổi"), or null. */
  private grownAge(tokens: readonly Token[], at: number): number | null {
    const age = this.anyBareAge(tokens, at);
    return age !== null && age >= this.file.child_age_below ? age : null;
  }

  /** A bare number of one or two digits at `at`, with no unit after it that makes it no age ("2 ngày"), or null. */
  private anyBareAge(tokens: readonly Token[], at: number): number | null {
    const word = tokens[at]?.folded ?? '';
    if (!/^\d{1,2}$/.test(word) || NOT_AGE_UNITS.has(tokens[at + 1]?.folded ?? '')) return null;
    return Number(word);
  }

  /**
   * "20 viên", "30 pills": a count of pills in digits no prescription gives (see `pill_count`), as said, or null. A dose
   * ("uống 2 viên sau ăn") stays below the bar.
   */
  private pillCount(tokens: readonly Token[]): string | null {
    const rule = this.file.pill_count;
    if (!rule) return null;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const word = (tokens[i] as Token).folded;
      // Most words do not start with a digit: they are passed over before the pattern.
      if (!startsWithDigit(word) || !/^\d{1,4}$/.test(word) || Number(word) < rule.at_least) continue;
      const unit = (tokens[i + 1] as Token).folded;
      if (rule.units.includes(unit)) return `${word} ${(tokens[i + 1] as Token).text}`;
    }
    return null;
  }

  /** In an English message, drops child cues that are only English words read as Vietnamese ("be" as "bé"). */
  private dropEnglishLookalikes(found: Map<string, Set<string>>, childConcepts: readonly string[]): void {
    const lookalikes = new Set(this.file.english_not_child);
    for (const concept of childConcepts) {
      const cues = found.get(concept);
      if (!cues) continue;
      for (const cue of [...cues]) if (lookalikes.has(cue)) cues.delete(cue);
      if (cues.size === 0) found.delete(concept);
    }
  }

  /** True for an English function word ("the", "my", "can"), by folded form. */
  isEnglishWord(folded: string): boolean {
    return this.english.has(folded);
  }

  /** English when enough words are English function words and no word carries Vietnamese accents (shared with the answer engine). */
  isEnglish(all: readonly Token[]): boolean {
    // One pass that stops at the first accented word (most Vietnamese messages stop at once), no copy of the tokens.
    let words = 0;
    let hits = 0;
    for (const t of all) {
      if (t === CLAUSE_SEPARATOR) continue;
      if (!t.plain) return false;
      words++;
      if (this.english.has(t.folded)) hits++;
    }
    return hits >= 2 && hits / words >= 0.25;
  }
}

/** A clock time in one word: "7h", "17h30", "5g". */
const CLOCK_WORD = /^\d{1,2}[hg]\d{0,2}$/;
const HOUR_NUMBER = /^\d{1,2}$/;
const PARTS_OF_DAY = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm']);
const PARTS_OF_DAY_FOLDED = new Set(['sang', 'trua', 'chieu', 'toi', 'dem']);

/** True for a part of the day, typed with its accents or with none ("chieu"). */
function isPartOfDay(token: Token | undefined): boolean {
  if (!token) return false;
  return PARTS_OF_DAY.has(token.text) || (token.plain && PARTS_OF_DAY_FOLDED.has(token.folded));
}

/** True for the word after an hour's number that makes it a clock time: "giờ" (or "gio"), "h", "g". */
function isHourWord(token: Token | undefined): boolean {
  if (!token) return false;
  return token.text === 'giờ' || token.text === 'h' || token.text === 'g' || (token.plain && token.folded === 'gio');
}

/**
 * The tokens with every clock time right before a part of the day left out ("7 giờ sáng", "7h30 sáng", "5 giờ 30
 * chiều" → "sáng", "chiều"), or null when there is none. The part of the day stays: it is what the cues name.
 */
function withoutClockTimes(tokens: readonly Token[]): Token[] | null {
  const kept: Token[] = [];
  let dropped = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "7h", "7h30", "5g" before the part of the day.
    if (CLOCK_WORD.test(token.text) && isPartOfDay(tokens[i + 1])) {
      dropped = true;
      continue;
    }
    if (HOUR_NUMBER.test(token.text) && isHourWord(tokens[i + 1])) {
      // "7 giờ sáng", "5 giờ 30 chiều".
      const minutes = HOUR_NUMBER.test(tokens[i + 2]?.text ?? '') ? 1 : 0;
      if (isPartOfDay(tokens[i + 2 + minutes])) {
        dropped = true;
        i += 1 + minutes;
        continue;
      }
    }
    kept.push(token);
  }
  return dropped ? kept : null;
}

/**
 * Tokens of every clause, with a separator that no cue matches between
 * clauses, so "…lâu năm, thuốc cấp phát…" never reads as "năm thuốc".
 */
function clauseTokens(text: string): Token[] {
  const tokens: Token[] = [];
  // Pushed one by one, without a mapped copy and a spread of each clause: a long story has hundreds of clauses.
  for (const clause of text.split(CLAUSE_BREAK)) {
    const part = tokenize(clause, MAX_SAFEGUARDING_CHARS);
    if (part.length === 0) continue;
    if (tokens.length > 0) tokens.push(CLAUSE_SEPARATOR);
    for (const token of part) tokens.push(undoStretching(token));
  }
  return tokens;
}

/**
 * Undoes the letters people stretch or double when upset ("cứuuuu", "chếttt",
 * "emmm"). Typed with accents, any repeated letter becomes one. Typed without,
 * a run of three or more becomes two (folded Vietnamese has real pairs: "cứu"
 * is "cuu"), and a doubled final t, n, m, p, c or h, which no Vietnamese
 * syllable has, becomes one; English words keep their "ll", "ss".
 */
function undoStretching(token: Token): Token {
  // A word with no vowel is an abbreviation ("CCCD", the citizen ID card held by traffickers), never a stretched word.
  if (!repeatsALetter(token.text) || !HAS_VOWEL.test(token.folded)) return token;
  const text = token.plain
    ? token.text.replace(STRETCHED, '$1$1').replace(DOUBLED_FINAL, '$1')
    : // With its accents typed, a syllable never repeats a letter except in "oo" ("xoong").
      token.text.replace(REPEATED, (_run, letter: string) => (letter === 'o' ? 'oo' : letter));
  return text === token.text ? token : makeToken(text);
}

/** True when some character is followed by the same one: the only case `undoStretching` changes. */
function repeatsALetter(text: string): boolean {
  // By UTF-16 codes, without a string per character; a surrogate (an astral character) is compared whole below.
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return repeatsACharacter(text);
    if (code === previous) return true;
    previous = code;
  }
  return false;
}

/** `repeatsALetter` by whole characters (code points). */
function repeatsACharacter(text: string): boolean {
  let previous = '';
  for (const char of text) {
    if (char === previous) return true;
    previous = char;
  }
  return false;
}

/**
 * The folded words from a son, a daughter or a grandchild to the age at `at` ("con gai toi" before "22 tuổi"), when
 * only `OFFSPRING_TO_AGE` words stand between them; null otherwise.
 */
function offspringBefore(tokens: readonly Token[], at: number): string | null {
  for (let j = at - 1; j >= 0 && j >= at - 6; j--) {
    const word = (tokens[j] as Token).folded;
    if (OFFSPRING.has(word))
      return tokens
        .slice(j, at)
        .map((t) => t.folded)
        .join(' ');
    if (!OFFSPRING_TO_AGE.has(word)) return null;
  }
  return null;
}

/** True when every word of `part` appears, in order and together, inside `whole` ("đập đầu" in "hay đập đầu"). */
function containsWords(whole: string, part: string): boolean {
  return ` ${whole} `.includes(` ${part} `);
}

function addCue(found: Map<string, Set<string>>, concept: string, phrase: string): void {
  let set = found.get(concept);
  if (!set) {
    set = new Set();
    found.set(concept, set);
  }
  set.add(phrase);
}

/** Adds the spans of the patterns that match at `start` to a scan, neutral phrases and concept cues apart. */
function addMatches(
  patterns: readonly Pattern[],
  tokens: readonly Token[],
  start: number,
  scan: Scan,
  gap?: (token: Token | undefined) => boolean,
  gapAt?: number,
): void {
  for (const pattern of patterns) {
    if (gapAt !== undefined && !pattern.gappable) continue;
    const end = matchEnd(tokens, start, pattern, pattern.gappable ? gap : undefined, gapAt);
    if (end < 0) continue;
    if (pattern.simile) scan.similes.push({ start, end });
    else if (pattern.concept === null)
      scan.neutral.push(pattern.only ? { start, end, only: pattern.only } : { start, end });
    else
      scan.hits.push(
        end - start > pattern.words.length ? { start, end, pattern, gapped: true } : { start, end, pattern },
      );
  }
}

/**
 * The lexicon's rule, stricter for words written without accents: "con"
 * matches only "con" typed without accents, never "còn", so a cue word that
 * happens to have no diacritics does not swallow its accented neighbours.
 * Returns where the phrase ends in `tokens` (after one gap word, when `gap`
 * allows it), or -1.
 */
function matchEnd(
  tokens: readonly Token[],
  start: number,
  pattern: Pattern,
  gap?: (token: Token | undefined) => boolean,
  gapAt?: number,
): number {
  const { words } = pattern;
  let offset = 0;
  for (let k = 0; k < words.length; k++) {
    // The caller saw a gap word at `gapAt` (right after the first word): the phrase goes on after it.
    if (k === gapAt) offset = 1;
    const token = tokens[start + k + offset];
    if (!token) return -1;
    const word = words[k] as Token;
    if (sameWord(word, token, pattern.exact)) continue;
    // One gap word between two later words of the phrase ("không cho em ăn" for "không cho ăn").
    const next = tokens[start + k + 1];
    if (gap && offset === 0 && k >= 2 && gap(token) && next && sameWord(word, next, pattern.exact)) {
      offset = 1;
      continue;
    }
    return -1;
  }
  // A two-word phrase around a gap, typed without accents, is too often chance ("nha e nghi" is not "nhà nghỉ").
  if (offset === 1 && words.length < 3)
    for (let k = 0; k < words.length; k++) {
      const token = tokens[start + k + (k >= (gapAt ?? 1) ? 1 : 0)] as Token;
      if (token.plain && token.text !== (words[k] as Token).text) return -1;
    }
  return start + words.length + offset;
}

/** True when a message's token is the phrase's word under the matching rule (see `matchEnd`). */
function sameWord(word: Token, token: Token, exact: boolean): boolean {
  const same = exact || word.plain ? word.text === token.text : wordMatches(word, token);
  return same || !(word.plain || token.plain || mergeHoiNga(word.text) !== mergeHoiNga(token.text));
}

/**
 * True when the spans around a concept cue at [start, end) silence it (see `collect`). Loops rather than `some` with
 * closures: every cue of both readings of every message comes here.
 */
function silencedAround(
  start: number,
  end: number,
  concept: string,
  gapped: boolean,
  similes: readonly Span[],
  neutral: readonly NeutralSpan[],
  words: readonly Span[],
): boolean {
  // "như bị điện giật": a comparison, not an event.
  for (const s of similes) if (s.start <= start && start <= s.end && end > s.end) return true;
  // A phrase heard around a gap word is weaker: any neutral phrase touching it silences it.
  if (gapped)
    for (const n of neutral) if (n.start < end && start < n.end && (!n.only || n.only.has(concept))) return true;
  for (const n of neutral)
    if (n.start <= start && end <= n.end && end - start < n.end - n.start && (!n.only || n.only.has(concept)))
      return true;
  // "cứu má" in "tra cứu má số": a cue reaching into a common word without covering it. Not one that starts on the
  // word's syllables typed with their own accents ("sợ lắm" after "tui sợ"): it misreads no letters.
  for (const w of words)
    if (start < w.end && w.start < end && !(start <= w.start && w.end <= end) && !(start >= (w.accentedFrom ?? w.end)))
      return true;
  return false;
}

/**
 * Copies the spans of `source` (in order of their start) from index `k` on that start in [from, to) into `into`,
 * passing over those that start before `from`; returns the index after the last one looked at.
 */
function copySpans<T extends { start: number }>(
  source: readonly T[],
  k: number,
  from: number,
  to: number,
  into: T[],
): number {
  let at = k;
  while (at < source.length && (source[at] as T).start < from) at++;
  for (; at < source.length && (source[at] as T).start < to; at++) into.push(source[at] as T);
  return at;
}

/** A common word's span moved by `by` tokens. */
function shifted(span: Span, by: number): Span {
  const moved: Span = { start: span.start + by, end: span.end + by };
  if (span.accentedFrom !== undefined) moved.accentedFrom = span.accentedFrom + by;
  return moved;
}

/** True when a cue starting at a question opener ("co" in "co … ko") gives it accents it cannot have there. */
function misreadsOpener(pattern: Pattern, reads: readonly Token[] | undefined): boolean {
  const first = pattern.words[0];
  if (!reads || !first || first.plain) return false;
  return !reads.some((r) => mergeHoiNga(r.text) === mergeHoiNga(first.text));
}

const hoiNgaCache = new Map<string, string>();

/**
 * Many people (most of the South and the Centre) do not tell the hỏi and ngã
 * tones apart when typing ("tự tữ", "bị lẩn", "đau đẽ"): both count as one.
 */
function mergeHoiNga(text: string): string {
  let merged = hoiNgaCache.get(text);
  if (merged === undefined) {
    merged = text
      .normalize('NFD')
      .replace(/\u0303/g, '\u0309')
      .normalize('NFC');
    if (hoiNgaCache.size > 50_000) hoiNgaCache.clear();
    hoiNgaCache.set(text, merged);
  }
  return merged;
}

/**
 * An age told as a time gone by ("em bị anh họ hiếp năm 12 tuổi, giờ em 20 rồi", "hồi nó 10t bị bố đánh suốt", "lúc
 * tôi 9 tuổi"): where it is said, for a `past` cue, or null. Only "lúc", "hồi" and "năm" right before the age, or before
 * one word of whose age it was; "từ năm 12 tuổi" (since), "đến năm 18 tuổi" (until) and "khi 6 tuổi" (often a condition
 * to come) are no past, unless "khi" names the writer's own age (`AGE_WHEN_OWN`). Ages may be spelled
 * (`spelledAgeAt`). The harm then befell a child, so the child cue (`statedAges`) stays: a disclosure with 111.
 */
function ageThen(tokens: readonly Token[]): { start: number; end: number; phrase: string } | null {
  const year = schoolYearThen(tokens);
  if (year) return year;
  for (let i = 1; i < tokens.length; i++) {
    const word = (tokens[i] as Token).folded;
    // "8t" reaches here already split as "8 tuổi" (the tokenizer's unit reading); a spelled age ends at its "tuổi".
    const spelled = startsWithDigit(word) ? null : spelledAgeAt(tokens, i);
    if (!spelled && !(startsWithDigit(word) && tokens[i + 1]?.folded === AGE_WORD)) continue;
    const lead = ageLeadAt(tokens, i);
    if (lead === null) continue;
    const end = spelled ? spelled.end : i + 2;
    const phrase = tokens
      .slice(lead, end)
      .map((t) => t.text)
      .join(' ');
    return { start: lead, end, phrase };
  }
  return null;
}

/**
 * A school year told as then, "năm lớp 6" like "hồi lớp 6" (session 42, issue 10): "năm lớp 6 em bị chú hàng xóm sờ,
 * giờ em lớp 9" got a fallback. Only with the year's number after "lớp"; not after "từ", "đến" (a span, maybe still
 * going on); and "Nam" written as a name or unaccented "nam" inside a clause ("bạn Nam lớp 6 mang dây thừng", "học
 * sinh nam lớp 6") is a boy, not a year: unaccented, only where a clause starts or after "hồi", "lúc".
 */
function schoolYearThen(tokens: readonly Token[]): { start: number; end: number; phrase: string } | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const year = tokens[i] as Token;
    if (year.folded !== 'nam' || tokens[i + 1]?.folded !== 'lop') continue;
    const grade = tokens[i + 2] as Token;
    if (!startsWithDigit(grade.folded) && !SPELLED_UNITS.has(grade.folded) && grade.folded !== SPELLED_TEN) continue;
    const before = tokens[i - 1];
    if (AGE_SPAN.has(before?.folded ?? '')) continue;
    const opensClause = before === undefined || before === CLAUSE_SEPARATOR || AGE_THEN.has(before.folded);
    if (year.text === 'Nam' && before !== undefined && before !== CLAUSE_SEPARATOR) continue;
    if (year.text.toLowerCase() !== 'năm' && !opensClause) continue;
    const phrase = tokens
      .slice(i, i + 3)
      .map((t) => t.text)
      .join(' ');
    return { start: i, end: i + 3, phrase };
  }
  return null;
}

/** Where the past word before the age at `at` stands ("hồi", "lúc em", "khi tôi"), or null (see `ageThen`). */
function ageLeadAt(tokens: readonly Token[], at: number): number | null {
  const before = (back: number) => tokens[at - back]?.folded ?? '';
  if (before(2) === AGE_WHEN && AGE_WHEN_OWN.has(before(1)) && !AGE_SPAN.has(before(3))) return at - 2;
  const lead = AGE_WHOSE.has(before(1)) && AGE_THEN.has(before(2)) ? at - 2 : at - 1;
  if (!AGE_THEN.has(tokens[lead]?.folded ?? '') || AGE_SPAN.has(tokens[lead - 1]?.folded ?? '')) return null;
  return lead;
}

/**
 * A spelled age starting at `at` and ending with "tuổi" ("mười", "tám", "mười hai", "hai mươi mốt"): its value and the
 * index after "tuổi", or null. Accented "mười" (ten) after a unit is no tens: "năm mười tuổi" is "the year (I was) ten",
 * read from "mười"; unaccented "nam muoi tuoi" is read as fifty, an adult's age, which raises nothing.
 */
function spelledAgeAt(tokens: readonly Token[], at: number): { age: number; end: number } | null {
  // Most words are neither a unit nor "mười": out before anything else (this runs at every word of a message).
  const first = foldedAt(tokens, at);
  if (first !== SPELLED_TEN && !SPELLED_UNITS.has(first)) return null;
  let age: number;
  let j = at;
  if (first === SPELLED_TEN) {
    // "Mươi" (tens) never starts an age, nor does unaccented "muoi" after a unit ("nam muoi tuoi" may be fifty).
    const typed = tokens[j]?.text.toLowerCase();
    if (typed !== 'mười' && (typed !== SPELLED_TEN || SPELLED_UNITS.has(foldedAt(tokens, j - 1)))) return null;
    age = 10;
    j++;
  } else {
    age = SPELLED_UNITS.get(first) as number;
    j++;
    if (foldedAt(tokens, j) === SPELLED_TEN && tokens[j]?.text.toLowerCase() !== 'mười') {
      age *= 10;
      j++;
    } else if (foldedAt(tokens, j) !== AGE_WORD) return null;
  }
  const after = SPELLED_AFTER_TENS.get(foldedAt(tokens, j));
  if (age >= 10 && after !== undefined) {
    age += after;
    j++;
  }
  return foldedAt(tokens, j) === AGE_WORD ? { age, end: j + 1 } : null;
}

/** The folded word at `k`, or "" past either end (a module function, not a closure made per call: under tsx each one costs a defineProperty). */
function foldedAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.folded ?? '';
}

/** True when every phrase of `said` lies inside one of `inside` (accents folded); false when nothing is said. */
function saidOnlyInside(said: ReadonlySet<string> | undefined, inside: readonly string[]): boolean {
  if (!said || said.size === 0 || inside.length === 0) return false;
  const outer = inside.map((p) => ` ${foldAccents(p)} `);
  return [...said].every((p) => outer.some((o) => o.includes(` ${foldAccents(p)} `)));
}

/** Removes the cues in `cues` from each of `concepts` (a concept left empty goes); the first cue removed, if any. */
function dropCues(
  found: Map<string, Set<string>>,
  concepts: readonly string[],
  cues: readonly string[],
): string | undefined {
  let dropped: string | undefined;
  for (const concept of concepts) {
    const heard = found.get(concept);
    if (!heard) continue;
    const kept = new Set([...heard].filter((cue) => !cues.includes(cue)));
    dropped ??= [...heard].find((cue) => cues.includes(cue));
    if (kept.size === 0) found.delete(concept);
    else found.set(concept, kept);
  }
  return dropped;
}

/** Every concept heard with its phrases, as `ask --json` shows them ("beat: đánh"). */
function cueList(found: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const cues: string[] = [];
  for (const [concept, phrases] of found) for (const p of phrases) cues.push(`${concept}: ${p}`);
  return cues;
}

/** How many separate places of the message the cues name (overlapping or touching cues are one place). */
function childPlaces(cues: readonly Kept[]): number {
  let places = 0;
  let end = -1;
  for (const cue of [...cues].sort((a, b) => a.start - b.start)) {
    if (cue.start >= end) places += 1;
    end = Math.max(end, cue.end);
  }
  return places;
}

/** True when `concept`, or one that stands in for it (`child_bystander › alternatives`), was heard. */
function heardAsIn(
  rule: { alternatives: Readonly<Record<string, readonly string[]>> },
  found: ReadonlyMap<string, ReadonlySet<string>>,
  concept: string,
): boolean {
  return found.has(concept) || (rule.alternatives[concept] ?? []).some((a) => found.has(a));
}
