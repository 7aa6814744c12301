/**
 * The answer engine: the safeguarding check first, then fuzzy matching, then
 * the decision between answering, offering close candidates, and falling
 * back to the hotline.
 */
import { ENTRY_IDS } from '../kb/entry-ids.ts';
import type { Knowledge } from '../kb/load.ts';
import type { Safeguarding } from '../safeguarding/compile.ts';
import type { Outcome } from '../core/message.ts';
import type { EmergencyNumber, SituationId } from '../kb/safeguarding-schema.ts';
import type { ConcernResult, Hearing, SafeguardingResult } from '../safeguarding/detector.ts';
import { readsAsEnglish } from '../safeguarding/reply-language.ts';
import { AnswerCache } from './answer-cache.ts';
import { emergencyNumberEntry } from './number-asked.ts';
import { asksEnglishSpoken } from './english-spoken.ts';
import { analyzeEnglish, englishNames, englishWords, isEnglishStopWord, withoutEnglishGreetings } from './english.ts';
import type { NlpSection } from './compile.ts';
import type { Candidate } from './matcher.ts';
import type { AgencyMatch } from './referral.ts';
import type { Aspect } from './followup-cues.ts';
import type { PersonAsked } from './person-asked.ts';
import { isDistressEmojiOnly, MAX_INPUT_CHARS, tokenize, type Token } from '../text/normalize.ts';
import { FOCUS_CHARS, readMessage } from './sentences.ts';
import { englishQuestionSentence, requestSentence } from './request-sentence.ts';
import { asksForNoService } from './no-service.ts';
import { asksAboutPet } from './pet-question.ts';
import { dangerCallEntry } from './danger-call.ts';
import { readAllowanceAsked } from './allowance-asked.ts';
import { readSmallTalk, type SmallTalk } from './small-talk.ts';
import { type BlendConfig, type BlendEvidence, blendRanking, DEFAULT_BLEND } from './blend.ts';

/** What the engine answers from: the data, its language section, and the safeguarding layer. */
export type AnswerKnowledge = Knowledge & NlpSection & { safeguarding: Safeguarding };

/** Thresholds on the matcher's blended score, tuned with `npm run eval`. */
export interface EngineConfig {
  /** At or above: answer with the best entry. */
  answerThreshold: number;
  /** At or above (and below answerThreshold): offer the closest entries as "did you mean". */
  suggestThreshold: number;
  /** How many entries a "did you mean" reply offers. */
  maxSuggestions: number;
  /**
   * Long messages (a story with the question inside) dilute every similarity;
   * past this many syllables the score is scaled up by (syllables / this) ^ longMessageBoost.
   */
  longMessageSyllables: number;
  longMessageBoost: number;
  /** How the intent classifier's probabilities blend with the matcher's score (DEFAULT_BLEND when absent). */
  blend?: BlendConfig;
  /**
   * False: a life situation told outright (`person_asks › situations`) never turns a did-you-mean offering its entry
   * first into an answer of that entry (`decideTold`). Tests compare with it.
   */
  situations?: boolean;
}

/** Defaults tuned on test/eval (dev + tune sets; holdout never used); override in config. */
export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  answerThreshold: 0.4,
  suggestThreshold: 0.29,
  maxSuggestions: 3,
  longMessageSyllables: 10,
  longMessageBoost: 0.3,
};

/** The engine's decision, with the evidence behind it. */
export interface AnswerResult {
  outcome: Outcome;
  /**
   * The entry that answers (crisis → "emergency"; disclosure → the situation's
   * service entry; did-you-mean → the closest one); null on fallback.
   */
  entryId: string | null;
  score: number;
  /** True when someone may be in danger now: the emergency numbers come first. */
  crisis: boolean;
  /** What the safeguarding layer recognised (also for informational mentions), or null. */
  safeguarding: SafeguardingResult | null;
  /** The next-best entries (for crisis: the best non-emergency entries). */
  alternatives: Candidate[];
  /** True when the message was longer than the engine reads. */
  truncated: boolean;
  /** On a referral: the id of the agency (agencies.yaml) that handles the question. */
  referral?: string;
  /**
   * On a did-you-mean of a long story that reached the answer bar (`storyReachedBar`): the agency whose cue it told
   * as a detail. The offer is not turned into an answer by the story's request sentence or a situation told.
   */
  storyAgency?: string;
  /** True when the message is written in English (the reply then says so in English). */
  english: boolean;
  /**
   * On a did-you-mean or fallback that nothing else raised (or only as an
   * informational mention): the weaker danger signal heard, so the reply
   * opens with a safety check-in.
   */
  concern?: ConcernResult;
  /** True when the message is only crying or heartbroken emoji ("😭😭"): it deserves a gentle word, not a topic. */
  distressEmojiOnly: boolean;
  /** On the greeting entry's answer: a thanks, goodbye or bare "ok" gets a short reply of its kind (small-talk.ts). */
  smallTalk?: SmallTalk;
  /** When the intent classifier took part: the matcher's score and the classifier's probabilities behind the best entry. */
  blend?: BlendEvidence;
  /**
   * On an answer a life situation told outright confirmed (`person_asks › situations`): the decision the engine would
   * have made without that reading (a did-you-mean offering the same entry first). A conversation decides from it,
   * and leaves the context it would leave, so that no later turn is read differently (handlers/followup.ts).
   */
  situationTold?: AnswerResult;
  /** On a fallback: true when the message asks what the center does not offer (another organisation's line, a product, a price). */
  asksNoService?: boolean;
  /**
   * Set by the conversation (handlers/followup.ts) on an answer to a message that
   * asks one aspect the entry has a line for: the reply opens with that line; when
   * `brief`, the entry's whole answer was the previous reply, so the line and a
   * pointer to the whole answer are sent instead of it again.
   */
  aspectLead?: { aspect: Aspect; brief: boolean };
  /** On the mental-health answer to despair told (see `despairAnswer`): the reply opens with a warm line. */
  despairLead?: boolean;
  /**
   * Set by the conversation (handlers/followup.ts) on a check-in for a new concern right after an emergency reply:
   * that emergency's first number and language, reminded before the check-in when it does not name the number.
   */
  dangerStill?: { number: EmergencyNumber; english: boolean };
}

/** Share of a question's syllables an agency's cues must cover to override a confident answer. */
const REFERRAL_OVER_ANSWER_SHARE = 0.5;

/** Settings of an answer engine. */
export interface AnswerEngineOptions {
  /** Recent decisions remembered per knowledge snapshot and settings; 0 turns the cache off (5,000 when absent). */
  cacheSize?: number;
}

/** Decides how to answer messages, remembering its recent decisions. */
export interface AnswerEngine {
  /** Decides how to answer one message. */
  find(kb: AnswerKnowledge, text: string, config?: EngineConfig): AnswerResult;
  /** The cache of decisions for one snapshot and settings (created on first use). */
  cacheFor(kb: AnswerKnowledge, config?: EngineConfig): AnswerCache<AnswerResult>;
}

/**
 * Creates an answer engine with its own cache. Residents ask the same few
 * questions again and again, and a decision depends only on the text, the
 * snapshot and the settings; a reload makes a new snapshot, so stale
 * decisions are never served. The cache holds no message text (see
 * answer-cache.ts).
 */
export function createAnswerEngine(options: AnswerEngineOptions = {}): AnswerEngine {
  const cacheSize = options.cacheSize ?? 5_000;
  const caches = new WeakMap<AnswerKnowledge, WeakMap<EngineConfig, AnswerCache<AnswerResult>>>();
  const cacheFor = (kb: AnswerKnowledge, config: EngineConfig = DEFAULT_ENGINE_CONFIG): AnswerCache<AnswerResult> => {
    let byConfig = caches.get(kb);
    if (!byConfig) {
      byConfig = new WeakMap();
      caches.set(kb, byConfig);
    }
    let cache = byConfig.get(config);
    if (!cache) {
      cache = new AnswerCache(cacheSize);
      byConfig.set(config, cache);
    }
    return cache;
  };
  const find = (kb: AnswerKnowledge, text: string, config: EngineConfig = DEFAULT_ENGINE_CONFIG): AnswerResult => {
    if (cacheSize === 0 || text.length > 200) return decideTold(kb, text, config);
    return cacheFor(kb, config).recall(text, () => decideTold(kb, text, config));
  };
  return { find, cacheFor };
}

/** Each settings' copy without the situations reading, made once so that its cache of decisions is kept. */
const withoutSituationsOf = new WeakMap<EngineConfig, EngineConfig>();

/** The same settings with the situations reading off (`EngineConfig.situations`). */
export function withoutSituations(config: EngineConfig): EngineConfig {
  let off = withoutSituationsOf.get(config);
  if (!off) {
    off = { ...config, situations: false };
    withoutSituationsOf.set(config, off);
  }
  return off;
}

/** The engine one-shot tools and tests share (the default cache size). */
const sharedEngine = createAnswerEngine();

/** Decides how to answer one message with the shared engine. */
export function findAnswer(
  kb: AnswerKnowledge,
  text: string,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): AnswerResult {
  return sharedEngine.find(kb, text, config);
}

/** The shared engine's cache of decisions for one snapshot and settings. */
export function answerCacheFor(
  kb: AnswerKnowledge,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): AnswerCache<AnswerResult> {
  return sharedEngine.cacheFor(kb, config);
}

/** Folded syllables of every Vietnamese answer, per snapshot: what Vietnamese typed without accents looks like. */
const vietnameseSyllables = new WeakMap<AnswerKnowledge, ReadonlySet<string>>();

function vietnameseSyllablesOf(kb: AnswerKnowledge): ReadonlySet<string> {
  let syllables = vietnameseSyllables.get(kb);
  if (!syllables) {
    const set = new Set<string>();
    for (const entry of kb.entries.values()) for (const t of tokenize(entry.answer)) set.add(t.folded);
    // The short replies to thanks and goodbyes are Vietnamese the bot says too ("ạ", "đâu"), as the greeting once did.
    const { goodbye, thanks, ack } = kb.ui.small_talk;
    for (const reply of [goodbye.reply, thanks.reply, ack.reply]) for (const t of tokenize(reply)) set.add(t.folded);
    syllables = set;
    vietnameseSyllables.set(kb, syllables);
  }
  return syllables;
}

/** Words of the entries' English questions, per snapshot, less those that are also Vietnamese syllables. */
const englishOnlyWords = new WeakMap<AnswerKnowledge, ReadonlySet<string>>();

function englishOnlyWordsOf(kb: AnswerKnowledge): ReadonlySet<string> {
  let words = englishOnlyWords.get(kb);
  if (!words) {
    const syllables = vietnameseSyllablesOf(kb);
    const set = new Set<string>();
    for (const entry of kb.entries.values()) {
      for (const question of entry.questions_en ?? [])
        for (const w of englishWords(question)) if (!syllables.has(w)) set.add(w);
    }
    words = set;
    englishOnlyWords.set(kb, words);
  }
  return words;
}

/**
 * A short message the function-word test misses ("hi there", "thank you",
 * "When is Vietnam Social Work Day?"): two words or more, every one English (a function word, a word
 * of the English questions, or a word of five letters or more that is no Vietnamese syllable: "release"),
 * and at least one of the English questions' words is never a Vietnamese syllable.
 * One unaccented Vietnamese syllable that is not also English ("cam", "giup")
 * keeps the message Vietnamese.
 */
function isShortEnglish(kb: AnswerKnowledge, tokens: readonly Token[]): boolean {
  // One word ("hi", "hello", "ok") is as often Vietnamese chat as English: it keeps the Vietnamese reply.
  if (tokens.length < 2 || tokens.length > SHORT_ENGLISH_WORDS || tokens.some((t) => !t.plain)) return false;
  const onlyEnglish = englishOnlyWordsOf(kb);
  const syllables = vietnameseSyllablesOf(kb);
  let distinctive = 0;
  for (const t of tokens) {
    if (onlyEnglish.has(t.folded)) distinctive++;
    else if (t.folded.length >= UNKNOWN_ENGLISH_LETTERS && !syllables.has(t.folded)) continue;
    else if (
      !isEnglishStopWord(t.folded) &&
      !kb.safeguarding.detector.isEnglishWord(t.folded) &&
      !(syllables.has(t.folded) && englishVocabularyHas(kb, t.folded))
    )
      return false;
  }
  return distinctive > 0;
}

/** A word this long that no entry uses and that is no Vietnamese syllable ("release") does not make a message Vietnamese. */
const UNKNOWN_ENGLISH_LETTERS = 5;

/** At most this many words for the short-message English test. */
const SHORT_ENGLISH_WORDS = 8;

/** Every word of the entries' English questions, per snapshot (Vietnamese syllables included: "day", "can"). */
const englishVocabulary = new WeakMap<AnswerKnowledge, ReadonlySet<string>>();

function englishVocabularyHas(kb: AnswerKnowledge, word: string): boolean {
  let words = englishVocabulary.get(kb);
  if (!words) {
    const set = new Set<string>();
    for (const entry of kb.entries.values())
      for (const question of entry.questions_en ?? []) for (const w of englishWords(question)) set.add(w);
    words = set;
    englishVocabulary.set(kb, words);
  }
  return words.has(word);
}

/**
 * English by the detector's function-word test, and not Vietnamese typed
 * without accents: "to can giup do a" has four English function words, but
 * each is also a Vietnamese syllable of the knowledge base's answers, so it
 * is Vietnamese; so is any message with more such syllables than English
 * words.
 */
/** True when a message is written in English (the same test the engine uses to answer in English). */
export function isEnglishText(kb: AnswerKnowledge, text: string): boolean {
  return isEnglishMessage(kb, tokenize(text));
}

function isEnglishMessage(kb: AnswerKnowledge, tokens: readonly Token[]): boolean {
  const { detector } = kb.safeguarding;
  if (!detector.isEnglish(tokens)) return isShortEnglish(kb, tokens);
  const syllables = vietnameseSyllablesOf(kb);
  const questionWords = englishOnlyWordsOf(kb);
  let english = 0;
  // English words that are not also Vietnamese syllables ("what", "you"; not "to", "do", "can"); a word of the
  // English questions counts too ("homeless", "elderly"), so a question whose function words are all also
  // Vietnamese syllables ("can a … be … to a …") is still read as English.
  let onlyEnglish = 0;
  let vietnamese = 0;
  for (const t of tokens) {
    const known = syllables.has(t.folded);
    if (detector.isEnglishWord(t.folded)) {
      english++;
      if (!known) onlyEnglish++;
    } else if (known) vietnamese++;
    else if (questionWords.has(t.folded)) onlyEnglish++;
  }
  return onlyEnglish > 0 && vietnamese <= english;
}

/**
 * An English sentence that names a Vietnamese place or person ("Where is the social work center in Hạ Long?",
 * "My grandmother in Đà Nẵng is 82, can she get an allowance?", issue 11): the engine's own test takes any accented
 * word as Vietnamese, so whoever wrote it got a Vietnamese reply they may not read. The safety layer's reading
 * (`readsAsEnglish`: names and quotes set aside, English function words against the other accented words) decides
 * only the reply's language here. The ranking and the classifier's vote keep the engine's stricter test: switching
 * them too (session 39) lost questions the classifier had answered ("Hạ Long", "Đà Nẵng" are words it learnt).
 */
function readsAsEnglishWithNames(kb: AnswerKnowledge, text: string): boolean {
  const { detector } = kb.safeguarding;
  return readsAsEnglish(text.slice(0, MAX_INPUT_CHARS), (folded) => detector.isEnglishWord(folded));
}

/**
 * An English message ranked by the entries' English questions as well: each
 * entry keeps the better of its two scores, so an English question that
 * names a Vietnamese term ("Đề án 32") still finds it.
 */
function withEnglishRanking(
  kb: AnswerKnowledge,
  focus: string,
  vietnamese: readonly Candidate[],
  config: EngineConfig,
): Candidate[] {
  const analyzed = analyzeEnglish(focus);
  const asked = withoutEnglishGreetings(analyzed);
  // "Hello, …" around a real question: the greeting entry is not what is asked, whichever index found it.
  const greetedQuestion = asked.length < analyzed.length;
  // "…we live in Hanoi. I am British": names the English index never saw tell who asks, not what (see englishNames).
  const names = englishNames(focus);
  const unnamed = names.size === 0 ? asked : asked.filter((w) => !names.has(w) || kb.englishMatcher.knows(w));
  const words = unnamed.length >= TOPIC_WORDS_WITHOUT_NAMES ? unnamed : asked;
  const boost =
    words.length > config.longMessageSyllables
      ? (words.length / config.longMessageSyllables) ** config.longMessageBoost
      : 1;
  const best = new Map<string, number>();
  for (const c of vietnamese) if (!(greetedQuestion && c.id === ENTRY_IDS.greeting)) best.set(c.id, c.score);
  for (const c of kb.englishMatcher.rankTokens(words, config.maxSuggestions + 2)) {
    const score = Math.min(1, c.score * boost);
    if (score > (best.get(c.id) ?? 0)) best.set(c.id, score);
  }
  return [...best]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, config.maxSuggestions + 2);
}

/** Names are dropped from an English message only when at least this many other words remain to name a topic. */
const TOPIC_WORDS_WITHOUT_NAMES = 2;

/** A message as the matcher and the classifier read it. */
interface QuestionReading {
  /** The part of the message that asks (a long story is read by its question sentences). */
  focus: string;
  tokens: readonly Token[];
  /** Folded syllables, lexicon applied, greetings and fillers dropped. */
  syllables: string[];
  /** The same syllables that were typed with accents, as typed (lower case). */
  accented: string[];
  /** How many syllables the message has once (a story's question sentences are in `syllables` twice). */
  length: number;
  /** The words read once, lexicon applied, greetings and fillers dropped. */
  words: readonly Token[];
}

/*
 * The helpers below are module functions rather than named closures made inside `readQuestion` and `decide`: under tsx
 * (esbuild's keepNames, which the service and the benchmarks run under) each named closure made costs a
 * defineProperty, about 0.5 µs, and calls to it cost more than to an unnamed one; these run for every message decided
 * afresh. The production build keeps no names and pays nothing either way.
 */

/** The words read, lexicon applied, greetings and fillers dropped. */
function keptWords(lexicon: AnswerKnowledge['lexicon'], read: readonly Token[]): Token[] {
  return lexicon.dropFillers(lexicon.dropGreetings(lexicon.rewrite(read)));
}

/**
 * True when a story read by its sentences (past FOCUS_CHARS) reached the answer bar with a center entry that the blend
 * only capped under it (two center entries about as close, `blend.ts`), and an agency's cue, none of its own
 * procedures, is one detail of it: "…tuần sau em phải nằm viện để mổ… Cho em hỏi trung tâm có chỗ nào nhận chăm sóc bé
 * tạm thời không?" The story is about the center's topic and is offered it; the cue alone does not send the person
 * away (issue 11). A procedure of the agency's own is its business, and a topic under the bar is referred as before.
 */
function storyReachedBar(text: string, agency: AgencyMatch, best: Candidate, config: EngineConfig): boolean {
  return (
    text.length > FOCUS_CHARS &&
    agency.procedures.length === 0 &&
    best.score >= config.answerThreshold * NEIGHBOUR_BELOW
  );
}

/**
 * The candidates that may be offered: the emergency entry answers questions about the numbers; as a mere "did you
 * mean" it would turn a figure of speech ("mệt muốn chết") into an alarm, so it is only ever a confident answer.
 */
function answerableIn(list: readonly Candidate[], config: EngineConfig): Candidate[] {
  return list.filter((c, i) => c.id !== ENTRY_IDS.emergency || (i === 0 && c.score >= config.answerThreshold));
}

/** True when the entry `id` itself speaks of one of an agency's `cues` (the center's BHYT or tuition advice). */
function entrySpeaksOf(kb: AnswerKnowledge, id: string, cues: readonly string[]): boolean {
  return cues.some((cue) => kb.agencies?.entryCues.get(id)?.has(cue));
}

/**
 * A confident entry that still yields to the agency: its cues are most of the question and the entry never speaks of
 * them, or a question read whole asks to renew or replace the agency's card itself (`objectAsked`: the health insurance
 * card), which the entry on the group may mention but does not issue. Not in a story read by its sentences:
 * there the cue and the request may be far apart in what it tells.
 */
function nearMiss(kb: AnswerKnowledge, agency: AgencyMatch, id: string, text: string): boolean {
  return (
    (agency.objectAsked && text.length <= FOCUS_CHARS) ||
    (agency.share >= REFERRAL_OVER_ANSWER_SHARE && !entrySpeaksOf(kb, id, agency.cues)) ||
    (agency.procedures.length > 0 && !entrySpeaksOf(kb, id, agency.procedures))
  );
}

/** What a decision reports of how the message was read, beside its outcome. */
interface MessageRead {
  truncated: boolean;
  english: boolean;
  distressEmojiOnly: boolean;
}

/**
 * Despair told and nothing else (session 32 probe18, issue 10): "em thấy mình vô dụng, không ai cần em", "sống như vầy
 * hoài chắc em điên mất". Such a message used to reach the check-in and a fallback, or "chưa có thông tin": a dead end
 * for someone who said how they feel. When every cue of the check-in is one of these concepts (no act, no means, no
 * death wish, no situation the classifier leant to) and no situation was raised, the mental-health service answers,
 * led by a warm line. Only where the engine would fall back or offer a did-you-mean; a danger sign keeps its screen.
 * English despair too (session 38): "nobody understands me" used to be skipped and got a bare fallback; it gets the
 * entry's English answer (answer_en, with the hotline) through the English reply path.
 */
const DESPAIR_CONCEPTS: ReadonlySet<string> = new Set(['hopeless', 'despair_self']);
/** The concept that says the despair is the writer's own (not a machine's or the weather's): one cue of it is needed. */
const DESPAIR_OWN = 'despair_self';
const DESPAIR_ENTRY = 'service-mental-health';

function despairAnswer(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult | null,
  checkIn: { concern?: ConcernResult },
): Omit<AnswerResult, 'alternatives' | 'score' | 'truncated' | 'english' | 'distressEmojiOnly'> | undefined {
  const concern = checkIn.concern;
  if (safeguarding !== null || !concern || concern.situation !== null) return undefined;
  if (concern.cues.length === 0 || !kb.entries.has(DESPAIR_ENTRY)) return undefined;
  const concepts = concern.cues.map((cue) => cue.slice(0, cue.indexOf(':')));
  if (!concepts.includes(DESPAIR_OWN) || !concepts.every((c) => DESPAIR_CONCEPTS.has(c))) return undefined;
  return {
    outcome: 'answer',
    entryId: DESPAIR_ENTRY,
    crisis: false,
    safeguarding,
    despairLead: true,
  };
}

/**
 * The check-in for a message a reading leaves unanswered (see `decide`): the concern already heard, else one asked
 * only now, when nothing the safeguarding layer raised speaks instead. Made here, unnamed (see the note above).
 */
function concernWhenUnanswered(
  kb: AnswerKnowledge,
  heard: Hearing | null,
  safeguarding: SafeguardingResult | null,
  concernHeard: ConcernResult | null,
  concern: { concern?: ConcernResult },
  best: Candidate | undefined,
  tokens: readonly Token[],
  config: EngineConfig,
): () => { concern?: ConcernResult } {
  return () => {
    if (concernHeard) return concern;
    if (safeguarding !== null && safeguarding.outcome !== 'informational') return {};
    // A pet's own troubles ("mèo đi lạc", "chó bị bỏ rơi") are the animal's, not a person's.
    if (!best || best.score < config.answerThreshold || asksAboutPet(tokens)) return {};
    const heardNow = kb.safeguarding.detector.concernIn(heard, safeguarding);
    return heardNow ? { concern: heardNow } : {};
  };
}

/**
 * The neighbour the question sentence names offered first, the entry about to answer beside it (see `decide`), or
 * null when it names none. Made here, unnamed (see the note above).
 */
function neighbourOffer(
  kb: AnswerKnowledge,
  words: readonly Token[],
  concernUnanswered: () => { concern?: ConcernResult },
  safeguarding: SafeguardingResult | null,
  config: EngineConfig,
  messageRead: MessageRead,
  evidence: { blend?: BlendEvidence },
): (first: Candidate, others: readonly Candidate[]) => AnswerResult | null {
  return (first, others) => {
    const neighbourId = kb.personAsks.neighbourAsked(words, first.id);
    if (neighbourId === undefined || neighbourId === first.id || !kb.entries.has(neighbourId)) return null;
    return {
      ...concernUnanswered(),
      outcome: 'did-you-mean',
      entryId: neighbourId,
      score: Math.min(first.score, config.answerThreshold * NEIGHBOUR_BELOW),
      crisis: false,
      safeguarding,
      alternatives: [first, ...others.filter((c) => c.id !== neighbourId && c.id !== first.id)].slice(
        0,
        config.maxSuggestions - 1,
      ),
      ...messageRead,
      ...evidence,
    };
  };
}

/** Reads a message the way the engine does; training reads its examples the same way. */
export function readQuestion(kb: AnswerKnowledge, text: string): QuestionReading {
  const { focus: asked, question } = readMessage(text.slice(0, MAX_INPUT_CHARS), kb.lexicon);
  // Where the person lives ("em ở phường 5") does not change the answer; its names would dilute it.
  const { text: focus, tokens } = kb.lexicon.dropResidence(asked, tokenize(asked));
  // "Chào bạn, …" or "…, cảm ơn ạ" around a real question: the question is what to answer.
  const kept = keptWords(kb.lexicon, tokens);
  // A story's question sentences count twice, so its other topics cannot outvote what is asked.
  const again =
    question === '' ? [] : keptWords(kb.lexicon, kb.lexicon.dropResidence(question, tokenize(question)).tokens);
  const syllables = [...kept, ...again].map((t) => t.folded);
  const accented = kept.filter((t) => !t.plain && t.text !== t.folded).map((t) => t.text);
  return { focus, tokens, syllables, accented, length: kept.length, words: kept };
}

/** True when the safeguarding layer heard a safety topic named ("bạo lực gia đình", "buôn người") in the message. */
function hearsTopic(kb: AnswerKnowledge, heard: Hearing | null): boolean {
  return heard !== null && kb.safeguarding.text.modifiers.topic.some((concept) => heard.found.has(concept));
}

/**
 * True when the safeguarding layer heard a safety topic named, other than a relative's condition ("mẹ em bị tai
 * biến"): someone telling of their own stroke keeps the reply they had.
 */
function hearsOtherTopic(kb: AnswerKnowledge, heard: Hearing | null, words: readonly Token[]): boolean {
  if (!hearsTopic(kb, heard) || heard === null) return false;
  if (!kb.personAsks.namesRelative(words)) return true;
  return kb.safeguarding.text.modifiers.topic.some((concept) =>
    [...(heard.found.get(concept) ?? [])].some((cue) => !kb.personAsks.isGroupWord(cue)),
  );
}

/** True when either entry lists the other as related: neighbouring topics staff placed side by side. */
function areRelated(kb: AnswerKnowledge, a: string, b: string): boolean {
  return (kb.entries.get(a)?.related.includes(b) ?? false) || (kb.entries.get(b)?.related.includes(a) ?? false);
}

/** The longest question (syllables read once) a person described and an ask are read in (see `person-asked.ts`). */
const PERSON_ASK_SYLLABLES = 30;

/** Share of the offer bar the entry a person described names must reach to answer (see `person-asked.ts`). */
const PERSON_ASK_NEAR = 0.5;

/**
 * Share of the first candidate's score the group's own entry must reach to answer in its place when the first is the
 * entry every group shares (who qualifies) and the message is English. A Vietnamese message hears an older age as the
 * entries' own ("82 tuổi" → "80 tuổi", `hearAge`), which lifts the older person's allowance above who qualifies; the
 * English index has no such reading, and its who-qualifies questions ("Can an old woman … get monthly support…?")
 * share every word of "can my 78 year old mother get an allowance", which then only offered who qualifies.
 */
const SHARED_GIVES_WAY_NEAR = 0.9;

/**
 * Share of the first candidate's score an aspect's entry (the amount asked) must reach to answer in place of a first
 * that answers no money question (see `personAskedEntry`).
 */
const ASPECT_NEAR = 0.9;

/**
 * The candidate a person described and a money ask name: the engine's own first when it is offered (the reading
 * never puts another entry before it, but for the group's service entry, which tells what the center does and not
 * what money the person may have), or on a fallback one the engine finds near the offer bar.
 */
function personAskedEntry(
  asked: PersonAsked,
  candidates: readonly Candidate[],
  config: EngineConfig,
  moneyEntry: (entryId: string) => boolean,
  sharedGivesWay?: string,
  sharedMoney?: string,
): Candidate | undefined {
  const [first] = candidates;
  if (!first) return undefined;
  if (first.score >= config.suggestThreshold && !asked.services.includes(first.id)) {
    if (asked.entryIds.includes(first.id)) return first;
    // "Người khuyết tật đặc biệt nặng được bao nhiêu tiền": the amount asked for a group, where the group's words
    // ("đặc biệt nặng" is also the disability certificate's degree) put an entry first that answers no money question
    // at all. The aspect names what is asked; the group only who. Its entry answers when the engine ranks it about as
    // high (issue 11), never in place of a group's own allowance the engine chose (the older person's allowance
    // states its amount). The entry every group shares (who qualifies) lists groups and no amount or papers: "trẻ mồ
    // côi dưới 4 tuổi được trợ cấp bao nhiêu tiền" ranked it level with the amount and only offered both (issue 11).
    const aspectNear = asked.aspect && (!moneyEntry(first.id) || first.id === sharedMoney);
    const near = aspectNear ? ASPECT_NEAR : first.id === sharedGivesWay ? SHARED_GIVES_WAY_NEAR : 0;
    if (near === 0) return undefined;
    return candidates.find((c) => asked.entryIds.includes(c.id) && c.score >= first.score * near);
  }
  return candidates.find((c) => asked.entryIds.includes(c.id) && c.score >= config.suggestThreshold * PERSON_ASK_NEAR);
}

/**
 * True when a story's agency cue lies only in the story, not in the sentence that asks (`requestSentence`), and that
 * sentence alone names an entry the whole message offers: "Ba mình bệnh nằm viện, không tự ký được. Muốn làm giấy đề
 * nghị hưởng trợ cấp cho ba thì ký thay được không?" tells of a hospital stay and asks about the center's allowance.
 * The story says who and what happened; the request says what is wanted. A request that names no entry of its own
 * ("Giờ em phải làm sao ạ?", read with the sentence before it when short) leaves the story's cue as what is asked, and
 * so does one whose own first entry is not the whole message's: "…nhà mạng sắp tắt sóng 2G. Có chương trình hỗ trợ
 * đổi máy cho người già không?" reads as the poor's or the elderly's help by its words, but asks the phone company.
 */
function cueOnlyInStory(
  kb: AnswerKnowledge,
  text: string,
  english: boolean,
  best: Candidate,
  config: EngineConfig,
): boolean {
  const request = requestSentence(text.slice(0, MAX_INPUT_CHARS));
  if (request === null) return false;
  const { focus, syllables } = readQuestion(kb, request);
  if (kb.agencies?.matcher.hasCue(syllables)) return false;
  const ranked = kb.matcher.rankCorrected(readAllowanceAsked(kb.matcher.correct(syllables)), config.maxSuggestions);
  const [first] = english ? withEnglishRanking(kb, focus, ranked, config) : ranked;
  return first !== undefined && first.score >= config.suggestThreshold && first.id === best.id;
}

/** A neighbour offered in place of a confident answer scores just under the answer bar: an offer, not an answer. */
const NEIGHBOUR_BELOW = 0.999;
/** A runner-up is offered beside the first entry when it reaches this share of the offer bar. */
const CLOSE_TO_BEST = 0.75;

/** Candidates the matcher ranks when the classifier also votes: enough to know its score for the classifier's picks. */
const BLEND_MATCHER_CANDIDATES = 12;

/** The score a long message's request sentence alone must reach for its answer to replace the whole message's offer. */
const REQUEST_ANSWER_SCORE = 0.44;

/**
 * "Nhà em hết gạo, mấy mẹ con đói 2 ngày rồi", "chồng tôi đi tù, tôi nuôi 3 con một mình, có được hỗ trợ gì không":
 * a resident tells what is happening rather than asking in an entry's words, so the matcher is not confident and
 * only offers the entry that covers it ("có phải bạn muốn hỏi…"), which makes a person in hardship answer "có" once
 * more before reading anything (issue 11). A life situation told outright (`person_asks › situations`) confirms the
 * offer: where the engine's first choice is already the situation's entry, that entry is answered directly.
 * Narrowest by construction, after an attempt that also answered fallbacks gained a confident wrong answer on a
 * blind set: consulted only after the whole decision is made, only on a did-you-mean whose FIRST choice is the told
 * entry (never another entry; a fallback only for a household out of food, see `toldEntry`), and only when nothing
 * else was raised (no safeguarding, no check-in, no referral, not English, not another organisation's service). The
 * engine's own decision rides along (`situationTold`): the conversation decides from it and keeps the context it
 * leaves (handlers/followup.ts).
 */
function decideTold(kb: AnswerKnowledge, text: string, config: EngineConfig): AnswerResult {
  const main = decideReadingRequest(kb, text, config);
  if (config.situations === false) return main;
  if (main.outcome !== 'did-you-mean' && main.outcome !== 'fallback') return main;
  if (main.storyAgency !== undefined) return main;
  if (main.safeguarding !== null || main.concern !== undefined || main.english || main.asksNoService) return main;
  if (main.referral !== undefined || main.smallTalk !== undefined || main.distressEmojiOnly || main.crisis) return main;
  const { words } = readQuestion(kb, text);
  const entryId = toldEntry(kb, words, main);
  if (entryId === undefined || kb.personAsks.asksElsewhere(words, entryId)) return main;
  return {
    ...main,
    outcome: 'answer',
    entryId,
    score: config.answerThreshold,
    alternatives: main.outcome === 'fallback' ? [] : main.alternatives.filter((c) => c.id !== entryId),
    situationTold: main,
  };
}

/**
 * The entry a told situation answers over `main` (see `decideTold`): on a did-you-mean, its first choice when the
 * situation told is that entry's; on a fallback, "nhà em hết gạo, mấy mẹ con đói 2 ngày rồi", a household out of food
 * where the engine found nothing to offer, the one entry of the situations marked `on_fallback` in lexicon.yaml
 * (words that cannot be anything else), so it gets the emergency aid's rice relief rather than "chưa có thông tin".
 */
function toldEntry(kb: AnswerKnowledge, words: readonly Token[], main: AnswerResult): string | undefined {
  if (main.outcome === 'fallback') {
    const told = [...new Set(kb.personAsks.situationsTold(words, true))];
    const only = told.length === 1 ? told[0] : undefined;
    return only !== undefined && kb.entries.has(only) ? only : undefined;
  }
  const entryId = main.entryId;
  if (entryId === null || entryId === ENTRY_IDS.emergency) return undefined;
  return kb.personAsks.situationsTold(words).includes(entryId) ? entryId : undefined;
}

/**
 * Decides on the whole message, and for a long one that names no entry confidently, on its request sentence too:
 * the story says who, the request what. The request's answer is taken only when it is confident and nothing was
 * heard by the safeguarding layer in either reading; a referral or any answer of the whole message stands.
 */
function decideReadingRequest(kb: AnswerKnowledge, text: string, config: EngineConfig): AnswerResult {
  const whole = withSmallTalk(kb, text, decide(kb, text, config), config);
  if (whole.outcome === 'disclosure') return disclosureWithRequest(kb, text, whole, config);
  if (whole.outcome !== 'fallback' && whole.outcome !== 'did-you-mean') return whole;
  if (whole.safeguarding !== null || whole.concern !== undefined || whole.storyAgency !== undefined) return whole;
  if (whole.english) return decideEnglishQuestion(kb, text, whole, config);
  const request = requestSentence(text.slice(0, MAX_INPUT_CHARS));
  if (request === null) return whole;
  const asked = decide(kb, request, config);
  if (asked.outcome !== 'answer' || asked.safeguarding !== null || asked.concern !== undefined) return whole;
  if (asked.score < REQUEST_ANSWER_SCORE || asked.entryId === null) return whole;
  // The story says who: the request's entry must be one the whole message offers, and the whole message's first
  // must not still be a live reading of the request itself.
  const offered = [
    whole.entryId,
    ...whole.alternatives.filter((c) => c.score >= config.suggestThreshold).map((c) => c.id),
  ];
  if (!offered.includes(asked.entryId)) return whole;
  const wholeFirst = asked.alternatives.find((c) => c.id === whole.entryId);
  if (whole.entryId !== asked.entryId && wholeFirst && wholeFirst.score >= config.suggestThreshold) return whole;
  return { ...asked, truncated: whole.truncated };
}

/**
 * A disclosure told as a story's background, with a request the story leads up to: "…từ hôm đó cháu xấu hổ, có lúc
 * nói muốn bỏ nhà đi… Trung tâm có dịch vụ hỗ trợ cho trẻ vị thành niên vi phạm pháp luật không?" The safeguarding
 * layer reads the whole message and its disclosure stands: the warm acknowledgement, the numbers and the buttons come
 * first whatever is asked. What follows it is the entry of "how to get help", the situation's service by default;
 * when the request sentence alone (`requestSentence`) is answered confidently and the safeguarding layer hears
 * nothing in it, the danger lies only in the background and the request names the help the person came for, so that
 * entry follows the acknowledgement instead. A request in which the layer hears the matter itself keeps the
 * situation's service, and so does a short message (no request sentence) and an English one.
 */
function disclosureWithRequest(
  kb: AnswerKnowledge,
  text: string,
  whole: AnswerResult,
  config: EngineConfig,
): AnswerResult {
  if (whole.english) return whole;
  const request = requestSentence(text.slice(0, MAX_INPUT_CHARS));
  if (request === null) return whole;
  const asked = decide(kb, request, config);
  if (asked.outcome !== 'answer' || asked.safeguarding !== null || asked.concern !== undefined) return whole;
  if (asked.score < REQUEST_ANSWER_SCORE || asked.entryId === null || asked.entryId === ENTRY_IDS.emergency) {
    return whole;
  }
  if (asked.entryId === whole.entryId) return whole;
  const situationEntry = whole.entryId === null ? [] : [{ id: whole.entryId, score: asked.score }];
  return {
    ...whole,
    entryId: asked.entryId,
    alternatives: [...situationEntry, ...whole.alternatives.filter((c) => c.id !== asked.entryId)],
  };
}

/** How far the whole English message's first entry must lead the next one offered for its question to confirm it. */
const ENGLISH_QUESTION_LEAD = 1.15;

/**
 * An English message of several sentences that the whole reading only offers, decided on its question sentence too
 * (`englishQuestionSentence`): "My daughter was born deaf. We moved to Cam Pha last year. How do we get a disability
 * certificate for her?" English is read by the English index alone, without the classifier, so the story around the
 * question dilutes its score under the answer bar however plainly the question names the entry. The question's answer
 * is taken only when it confirms the entry the whole message put first: the question changes how surely that entry is
 * given, never which entry nor whether one is. So
 * - only a did-you-mean, or a fallback whose first candidate is near the offer bar and well ahead of the rest, is read
 *   again (out of scope must not fall: a story that names nothing clearly is not made an answer by one of its
 *   sentences); a referral or an answer stands;
 * - a did-you-mean the whole message chose deliberately keeps it: an entry scored over the answer bar but only
 *   described (a group named beside another matter), or a neighbour put first;
 * - two entries about as close on the whole message (a deaf man's job training: the disability services or the
 *   vocational ones) are a choice the story must make: the question alone has lost the story, so it does not pick;
 * - anything the safeguarding layer hears in either reading keeps the whole message's reply.
 */
function decideEnglishQuestion(
  kb: AnswerKnowledge,
  text: string,
  whole: AnswerResult,
  config: EngineConfig,
): AnswerResult {
  const first = englishFirstEntry(kb, whole, config);
  if (first === undefined) return whole;
  const question = englishQuestionSentence(text.slice(0, MAX_INPUT_CHARS));
  if (question === null) return whole;
  const asked = decide(kb, question, config);
  if (asked.outcome !== 'answer' || asked.safeguarding !== null || asked.concern !== undefined) return whole;
  if (!asked.english || asked.entryId !== first) return whole;
  return { ...asked, truncated: whole.truncated };
}

/**
 * A fallback's first candidate counts as the entry the whole English message puts first from this share of the offer
 * bar: an English story told at length ("Is there any free counselling for stress and anxiety? I'm an expat teacher in
 * Hanoi and I've been struggling a lot lately.") spreads its score over words that tell who asks, and fell just under
 * the bar with the one entry it names well ahead of the rest. (0.75 of the bar with a lead of 1.2 lowered two blind
 * floors: session 46.)
 */
const ENGLISH_FALLBACK_NEAR = 0.85;

/**
 * How far a fallback's first candidate must lead the next for its question to confirm it: further than a
 * did-you-mean's (`ENGLISH_QUESTION_LEAD`), as a fallback is the weaker reading. "I'm an exchange student writing a
 * report. What exactly is social work in Vietnam?" put Social Work Day barely ahead of the rest, and its question
 * alone, by "social work" and "Vietnam", answers the day; a lead of 1.5 keeps a story the next entry also fits.
 */
const ENGLISH_FALLBACK_LEAD = 1.5;

/**
 * The entry the whole English message puts first, clearly ahead of the next, that its question sentence may confirm:
 * a did-you-mean's entry, or a fallback's first candidate near the offer bar; undefined when there is none or the
 * whole message is not to be read again. A fallback's first that is the entry every group shares (who qualifies) is
 * not confirmed: the story says which group ("My mother-in-law is 82 … no pension. Is she eligible for any monthly
 * support?"), and the question alone, which loses it, would answer who qualifies in place of the group's allowance.
 */
function englishFirstEntry(kb: AnswerKnowledge, whole: AnswerResult, config: EngineConfig): string | undefined {
  if (whole.outcome === 'did-you-mean') {
    if (whole.entryId === null || whole.score >= config.answerThreshold * NEIGHBOUR_BELOW) return undefined;
    const [second] = whole.alternatives;
    if (second !== undefined && whole.score < second.score * ENGLISH_QUESTION_LEAD) return undefined;
    return whole.entryId;
  }
  const [first, second] = whole.alternatives;
  if (whole.outcome !== 'fallback' || first === undefined || first.id === kb.personAsks.sharedMoney) return undefined;
  // Only a fallback for want of score: one that asks for no service of the center (an essay to write, a bus
  // timetable) or that scored over the offer bar fell back deliberately, and its question alone may lose why.
  if (whole.asksNoService === true || first.score >= config.suggestThreshold) return undefined;
  if (first.score < config.suggestThreshold * ENGLISH_FALLBACK_NEAR) return undefined;
  if (second !== undefined && first.score < second.score * ENGLISH_FALLBACK_LEAD) return undefined;
  return first.id;
}

/**
 * The first of the ranked candidates that the situation the safeguarding layer recognised allows (its `entry` and
 * `also` in safeguarding.yaml) and that reaches the offer bar: the service entry closest to what was asked.
 */
function situationEntryOffered(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult,
  ranked: readonly Candidate[],
  config: EngineConfig,
): Candidate | undefined {
  const situation = kb.safeguarding.text.situations[safeguarding.situation];
  const allowed = new Set([situation?.entry, ...(situation?.also ?? [])]);
  return ranked.find((c) => allowed.has(c.id) && c.score >= config.suggestThreshold);
}

/** The safeguarding concept of forgetfulness and dementia ("bị lẫn", "lú lẫn", "mất trí nhớ"), mostly an older person's. */
const MEMORY_LOSS = 'memory_loss';

/**
 * The entry a disclosure gets when no candidate the situation allows came near: the situation's own `entry`, or, when
 * the story is about an older person and no child, the older people's service among the situation's `also`. A
 * missing-person story's own entry is the children's service, so "bà em bị lẫn, tối qua đi lạc nhưng công an đã đưa
 * về rồi" was answered with what the center does for children; a grandmother with dementia and the family looking
 * after her belong with the older people's service (issue 11). An older person is one the person-asks reading names
 * (an age of 60 or more, "người già", "cụ") or forgetfulness the detector heard: "bố", "mẹ", "bà" alone are also the
 * detector's elder words, but a parent who left home is not an older person's story by that alone.
 */
function situationDefaultEntry(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult,
  heard: Hearing | null,
  words: readonly Token[],
): string | undefined {
  const situation = kb.safeguarding.text.situations[safeguarding.situation];
  if (!situation) return undefined;
  if (!safeguarding.child && (heard?.found.has(MEMORY_LOSS) || kb.personAsks.namesOlderPerson(words))) {
    const older = (situation.also ?? []).find((id) => kb.personAsks.forOlderPeople(id) && kb.entries.has(id));
    if (older !== undefined) return older;
  }
  return situation.entry;
}

/**
 * The service a disclosure of an emergency long past asks about, where the situation's own entry is the emergency
 * screen (`situations.medical.entry`): "ba tôi bị tai biến tháng trước, giờ liệt nửa người, xin trợ cấp được không",
 * "con tôi bị đuối nước hồi hè, được cứu sống nhưng giờ chậm nói, có chỗ nào can thiệp không" got the numbers to call
 * for a danger now; a disclosure is never danger now, and what is asked is the lasting condition's service (issue 10:
 * "the matched service answer with how to get help"; issue 11). The matcher's first entry other than the emergency
 * one answers, when it is
 * - no other danger's service (the other situations' `entry` and `also`: a drowning survivor's counselling whose
 *   words rank the trafficking service first keeps the emergency entry), and
 * - offered (at the offer bar), or an allowance entry where a paper or a benefit is asked (`modifiers.asked` but
 *   `modifiers.service`): the allowance's own words are then all the story has of what it asks.
 * Otherwise the emergency entry stays.
 */
function aftermathEntry(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult,
  heard: Hearing | null,
  ranked: readonly Candidate[],
  config: EngineConfig,
): string | undefined {
  const { situations, modifiers } = kb.safeguarding.text;
  const first = ranked.find((c) => c.id !== ENTRY_IDS.emergency);
  if (first === undefined || !kb.entries.has(first.id)) return undefined;
  const own = situations[safeguarding.situation]?.also ?? [];
  const otherDanger = Object.entries(situations).some(
    ([id, s]) => id !== safeguarding.situation && (s?.entry === first.id || (s?.also ?? []).includes(first.id)),
  );
  if (otherDanger && !own.includes(first.id)) return undefined;
  if (first.score >= config.suggestThreshold) return first.id;
  const paperAsked =
    heard !== null &&
    modifiers.asked.some((concept) => !modifiers.service.includes(concept) && heard.found.has(concept));
  return paperAsked && kb.personAsks.isMoneyEntry(first.id) ? first.id : undefined;
}

/**
 * The entry that answers a question about a danger topic the engine would only offer (issue 10: "a message about
 * suicide, violence, abuse or a medical emergency must never get a did-you-mean"): the closest of the offered entries
 * that the recognised situation allows, as a disclosure picks its entry. Only
 * - an informational mention (danger now and disclosures have their own replies; nothing heard keeps the offer);
 * - an entry the engine itself offered: a fallback is left alone, because with no entry near the offer bar the
 *   situation's reading is all there is, and on the readable corpora that reading was mostly a joke, a film or a word
 *   that spells a danger ("chống gậy", "bán cho bên quảng cáo"), which the situation's entry would answer wrongly;
 * - no question about papers or benefits (`modifiers.ordinary` in safeguarding.yaml: "có được trợ cấp gì
 *   không"): the center's benefit entries answer those, and the offer lets the person choose (session 29: the one
 *   readable question this rule would have answered wrongly asked for an adopted foundling's allowance).
 * The caller keeps the safety check-in's did-you-mean where a concern is heard.
 */
function informationalAnswer(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult | null,
  heard: Hearing | null,
  offered: readonly Candidate[],
  config: EngineConfig,
): Candidate | undefined {
  if (!asksAboutDangerTopic(kb, safeguarding, heard)) return undefined;
  return situationEntryOffered(kb, safeguarding, offered, config);
}

/** True for an informational mention that asks nothing about papers or benefits (`modifiers.ordinary`). */
function asksAboutDangerTopic(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult | null,
  heard: Hearing | null,
): safeguarding is SafeguardingResult {
  if (safeguarding?.outcome !== 'informational' || heard === null) return false;
  return !kb.safeguarding.text.modifiers.ordinary.some((concept) => heard.found.has(concept));
}

/** A situation's own service entry (`situations.*.entry` in safeguarding.yaml), when the knowledge base has it. */
function ownServiceEntry(kb: AnswerKnowledge, situation: SituationId): string | undefined {
  const entry = kb.safeguarding.text.situations[situation]?.entry;
  return entry !== undefined && kb.entries.has(entry) ? entry : undefined;
}

/**
 * The situation's own service entry for a question about a danger topic in general that no entry comes near
 * (`modifiers.topic_asked`: "vì sao có người muốn tự tử"): a message about suicide, violence or abuse must never end at
 * "chưa có thông tin" (issue 10), and unlike a bare danger word (see `informationalAnswer`, which leaves a fallback
 * alone), the question's own shape says the topic is what is asked about. Papers and benefits (`modifiers.ordinary`)
 * keep their reply.
 */
function topicAnswer(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult | null,
  heard: Hearing | null,
): string | undefined {
  if (!asksAboutDangerTopic(kb, safeguarding, heard)) return undefined;
  if (!kb.safeguarding.text.modifiers.topic_asked.some((concept) => heard?.found.has(concept))) return undefined;
  return ownServiceEntry(kb, safeguarding.situation);
}

/**
 * The situation's own service entry for how to help, support or talk to someone who wants to die, asked of nobody in
 * particular (`wish_help_asked` in knowledge/safeguarding.yaml: "làm sao để giúp một người bạn đang muốn tự tử", "what
 * should I say to someone thinking about suicide"; session 46, issue 10). The wish heard raised a check-in that kept
 * `topicAnswer` silent, so the person asking how to help got a fallback or an unrelated did-you-mean; the mental-health
 * answer says what to do (115, stay with them, the hotline). Told of someone of the writer's own ("bạn tôi"), or with
 * a means, a place or a time beside it (`now`), the check-in and its emergency numbers stay: that person may be in
 * danger as the writer asks. Only ever on an informational reading.
 */
function wishHelpEntry(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult | null,
  heard: Hearing | null,
): string | undefined {
  const { wish_help_asked: rule, modifiers } = kb.safeguarding.text;
  if (!rule || safeguarding?.outcome !== 'informational' || heard === null) return undefined;
  if (!rule.situations.includes(safeguarding.situation)) return undefined;
  const has = (concepts: readonly string[]) => concepts.some((concept) => heard.found.has(concept));
  if (!has(rule.acts) || !has(rule.asks) || has(rule.unless) || has(rule.now) || has(modifiers.personal))
    return undefined;
  return ownServiceEntry(kb, safeguarding.situation);
}

/** Situations a message must never leave with only "no information" when the safeguarding layer names them. */
const NEVER_BARE_FALLBACK: ReadonlySet<string> = new Set(['suicide']);

/**
 * The situation's own service entry for a message the safeguarding layer read as about suicide (any outcome short of
 * danger now, which never reaches here) that would otherwise fall back with no check-in: "lam sao giup ban toi muon tu
 * tu" got the plain "Xin lỗi, mình chưa có thông tin này" (session 46, issue 10). The mental-health answer says what to
 * do and ends with 115 and the hotline; a message with a check-in keeps it (the check-in names the numbers). Only where
 * suicide or self-harm itself is named (`wish_help_asked.acts`) and none of its `unless` (the past, a joke, an essay, a
 * screen) nor of its `not_a_wish` (a pretence, a game, a laugh) is heard: "deadline dí quá chắc em nhảy lầu mất =))"
 * keeps its calm fallback.
 */
function suicideFallbackEntry(
  kb: AnswerKnowledge,
  safeguarding: SafeguardingResult | null,
  heard: Hearing | null,
): string | undefined {
  const rule = kb.safeguarding.text.wish_help_asked;
  if (!rule || heard === null || safeguarding === null || !NEVER_BARE_FALLBACK.has(safeguarding.situation))
    return undefined;
  const has = (concepts: readonly string[]) => concepts.some((concept) => heard.found.has(concept));
  if (!has(rule.acts) || has(rule.unless) || has(rule.not_a_wish)) return undefined;
  return ownServiceEntry(kb, safeguarding.situation);
}

/**
 * An answer `decide` chose for a reason of its own (a person's entry, a call asked, a situation's service, an
 * informational question), given the answer bar's score: the one shape each of those places returns.
 */
function chosenAnswer(
  entryId: string,
  config: EngineConfig,
  safeguarding: SafeguardingResult | null,
  alternatives: Candidate[],
  messageRead: Pick<AnswerResult, 'truncated' | 'english' | 'distressEmojiOnly'>,
  evidence: Pick<AnswerResult, 'blend'>,
): AnswerResult {
  return {
    outcome: 'answer',
    entryId,
    score: config.answerThreshold,
    crisis: false,
    safeguarding,
    alternatives,
    ...messageRead,
    ...evidence,
  };
}

/**
 * The greeting entry's answer marked with the kind of small talk said, if any ("cảm ơn nhiều nha" → thanks). A hail
 * that asks nothing yet ("ad ơi cho em hỏi chút", "có ai trực không", issue 11) is greeted whatever the ranking made of
 * it: its words are the greeting's or no entry's, so it came out as a did-you-mean on the greeting or "chưa có thông
 * tin", and a person about to ask heard neither that the bot is there nor to go on. Only where nothing was heard by
 * the safeguarding layer (no check-in either: "ai đó trả lời giúp em với" keeps the plea's check-in) and no referral
 * was made; a question after the hail has words of its own and is no hail (`readSmallTalk`).
 */
function withSmallTalk(kb: AnswerKnowledge, text: string, result: AnswerResult, config: EngineConfig): AnswerResult {
  if (result.outcome === 'answer' && result.entryId === ENTRY_IDS.greeting) {
    const smallTalk = readSmallTalk(kb, text);
    return smallTalk === undefined ? result : { ...result, smallTalk };
  }
  if (result.outcome !== 'did-you-mean' && result.outcome !== 'fallback') return result;
  if (result.safeguarding !== null || result.concern !== undefined || result.referral !== undefined) return result;
  if (!kb.entries.has(ENTRY_IDS.greeting) || readSmallTalk(kb, text) !== 'hail') return result;
  return {
    ...result,
    outcome: 'answer',
    entryId: ENTRY_IDS.greeting,
    score: config.answerThreshold,
    alternatives: [],
    smallTalk: 'hail',
  };
}

function decide(kb: AnswerKnowledge, text: string, config: EngineConfig): AnswerResult {
  const truncated = text.length > MAX_INPUT_CHARS;
  // A long story is read by its question sentences; the safeguarding detector still reads all of it.
  const { focus, tokens, syllables, accented, length, words } = readQuestion(kb, text);
  if (tokens.length === 0) {
    return {
      outcome: 'empty',
      entryId: null,
      score: 0,
      crisis: false,
      safeguarding: null,
      alternatives: [],
      truncated,
      english: false,
      distressEmojiOnly: false,
    };
  }
  const english = isEnglishMessage(kb, tokens);
  const distressEmojiOnly = text.length <= 200 && isDistressEmojiOnly(text);
  /** How the message was read: every decision below reports it beside its outcome. */
  const messageRead = { truncated, english: english || readsAsEnglishWithNames(kb, text), distressEmojiOnly };
  const blending = kb.intents !== undefined && !english;
  const boost =
    length > config.longMessageSyllables ? (length / config.longMessageSyllables) ** config.longMessageBoost : 1;
  // Corrected once: the matcher and the classifier read the same syllables. "Bố em 82 tuổi có được trợ cấp không":
  // the age is heard as the entries' highest ("80 tuổi"), in a short money question about an older person (read
  // before the typo correction, which takes "chín mươi" for "chính người").
  const heardAge = length <= PERSON_ASK_SYLLABLES ? kb.personAsks.hearAge(words, syllables) : syllables;
  const corrected = kb.matcher.correct(heardAge);
  // The matcher reads "nhận tiền gì" as the allowance asked for; the classifier learnt the words as typed.
  const allowanceRead = readAllowanceAsked(corrected);
  const matched = kb.matcher
    .rankCorrected(allowanceRead, blending ? BLEND_MATCHER_CANDIDATES : config.maxSuggestions + 2)
    .map((c) => ({ id: c.id, score: Math.min(1, c.score * boost) }));
  const vietnameseRanked = matched.slice(0, config.maxSuggestions + 2);
  const matcherRanked = english ? withEnglishRanking(kb, focus, vietnameseRanked, config) : vietnameseRanked;
  // The emergency entry is only ever a confident answer (see `answerableIn`).
  // Safety before any answer, on the whole message (the detector reads far more than the matcher).
  // With nothing to answer with, the detector listens for danger with a lower bar; that bar is the
  // matcher's alone, so the classifier never changes what the safeguarding layer hears.
  const matcherBest = answerableIn(matcherRanked, config)[0];
  const unanswered = !matcherBest || matcherBest.score < config.answerThreshold;
  // Heard once: the weaker concern below judges the same reading.
  const heard = kb.safeguarding.detector.hear(text);
  const safeguarding = kb.safeguarding.detector.detectHeard(text, heard, { unanswered });
  if (safeguarding?.outcome === 'danger-now') {
    const others = matcherRanked.filter((c) => c.id !== ENTRY_IDS.emergency && c.score >= config.suggestThreshold);
    return {
      outcome: 'crisis',
      entryId: ENTRY_IDS.emergency,
      score: 1,
      crisis: true,
      safeguarding,
      alternatives: others,
      ...messageRead,
    };
  }
  if (safeguarding?.outcome === 'disclosure') {
    // The service entry closest to what they asked ("…where do I report it?"), else the situation's own.
    const closest = situationEntryOffered(kb, safeguarding, matcherRanked, config);
    const own = situationDefaultEntry(kb, safeguarding, heard, words);
    const situationEntry = kb.safeguarding.text.situations[safeguarding.situation]?.entry;
    // The situation's own entry offered by the words is no closer than its older people's choice (see above).
    const chosen = (closest && closest.id !== situationEntry ? closest.id : own) ?? ENTRY_IDS.emergency;
    const entryId =
      chosen === ENTRY_IDS.emergency && situationEntry === ENTRY_IDS.emergency
        ? (aftermathEntry(kb, safeguarding, heard, matcherRanked, config) ?? chosen)
        : chosen;
    const others = matcherRanked.filter(
      (c) => c.id !== entryId && c.id !== ENTRY_IDS.emergency && c.score >= config.suggestThreshold,
    );
    return {
      outcome: 'disclosure',
      entryId,
      score: 1,
      crisis: false,
      safeguarding,
      alternatives: others,
      ...messageRead,
    };
  }

  // "Số gọi cấp cứu là số mấy", "what number do I call for an ambulance": an emergency service's number asked gets
  // the national numbers (see number-asked.ts), before any ranking: its few words are the hotline's own ("number",
  // "call", "số"), and the counselling line alone or a fallback is the wrong reply to someone asking for 115.
  const numberFor = emergencyNumberEntry(tokens);
  if (numberFor && kb.entries.has(numberFor)) {
    return {
      outcome: 'answer',
      entryId: numberFor,
      score: config.answerThreshold,
      crisis: false,
      safeguarding,
      alternatives: matcherRanked.filter((c) => c.id !== numberFor && c.score >= config.suggestThreshold),
      ...messageRead,
    };
  }

  // "Do you speak English": the bot's own entry in English, read by the question's shape (see english-spoken.ts).
  if (english && asksEnglishSpoken(tokens) && kb.entries.has(ENTRY_IDS.botHelp)) {
    return {
      outcome: 'answer',
      entryId: ENTRY_IDS.botHelp,
      score: config.answerThreshold,
      crisis: false,
      safeguarding,
      alternatives: [],
      ...messageRead,
    };
  }

  // The classifier's vote is asked only now: a crisis or a disclosure is answered from the matcher's ranking alone.
  const blended =
    blending && kb.intents
      ? blendRanking(
          kb.intents,
          { syllables: corrected, accented },
          matched,
          (id) => kb.entries.has(id),
          config.blend ?? DEFAULT_BLEND,
          { answer: config.answerThreshold, suggest: config.suggestThreshold },
        )
      : null;
  const ranked = blended ? blended.ranked.slice(0, config.maxSuggestions + 2) : matcherRanked;
  // "Ba em 50 tuổi có được nhận tiền trợ cấp gì không": an age under 60 told for the person vetoes the older people's
  // own entries, however the words score them ("ba", "trợ cấp", "không có lương hưu" are the older father's questions'
  // words, and the allowance was answered for a man of 50). Of 610 readable labelled questions that tell such an age and
  // no older one, none expects those entries. Asked after the safeguarding layer, whose bar stays the matcher's alone.
  // The age is read at most once per message, and only when an older people's entry is among the candidates.
  let younger: boolean | undefined;
  const candidates = answerableIn(ranked, config).filter(
    (c) => !(kb.personAsks.forOlderPeople(c.id) && (younger ??= kb.personAsks.toldYounger(words))),
  );
  const [best, ...rest] = candidates;
  // Entries close enough to the first to be offered beside it.
  const closeToBest = rest.filter((c) => c.score >= config.suggestThreshold * CLOSE_TO_BEST);
  const evidence = blended ? { blend: blended.evidence } : {};

  // A did-you-mean, a referral or "not found" must never be all a person in danger gets: a weaker signal earns
  // a check-in. A confident answer (the matcher's, or the matcher's and the classifier's together) needs none.
  const concernHeard =
    (safeguarding === null || safeguarding.outcome === 'informational') &&
    (!best || best.score < config.answerThreshold)
      ? kb.safeguarding.detector.concernIn(heard, safeguarding)
      : null;
  const concern = concernHeard ? { concern: concernHeard } : {};
  // The same check-in where a reading turns a confident answer into a fallback, an offer or a referral (a product or
  // a provider to choose, the weather, a near miss): whatever it is asked about, a worrying message never leaves with
  // only "no information". Asked only then, so answers cost nothing more.
  const concernUnanswered = concernWhenUnanswered(kb, heard, safeguarding, concernHeard, concern, best, tokens, config);

  // Another organisation's number ("hotline của shopee") is not the center's: the honest "no information" reply,
  // with the hotline and the menu, rather than the center's own contact as if it answered; a company of an
  // agency's trade ("tổng đài Viettel") is referred to that agency.
  const line = kb.agencies?.brandContact.lineAsked(syllables);
  const brand = line?.brand ?? null;
  const otherBrand = brand !== null && brand.agency === null;

  // A question that names another agency's business goes there unless an entry answers it confidently.
  // A confident entry still yields when the agency's cues are most of the question and the entry never
  // speaks of them (a near miss); an entry that does (the center's BHYT or tuition advice) keeps it.
  const agency = kb.agencies?.matcher.match(syllables);
  // A center topic offered keeps the question when the agency's cues only tell the person's circumstances ("mẹ em mới
  // chuyển hộ khẩu vào đây, trợ cấp phải làm lại hồ sơ không", "tui về hưu rồi, muốn phụ trung tâm thăm các cụ"): the
  // agency's words are the setting, not what is asked. An agency's own procedure ("làm căn cước") is always its business.
  // So does a story whose cue is told before the sentence that asks, when that sentence names a center topic offered,
  // even when the cue is the agency's own procedure: "…bệnh viện cho giấy ra viện là đủ rồi. Vậy thủ tục xác định mức
  // độ khuyết tật làm ở đâu?" tells of a paper the hospital gave and asks for the disability certificate (issue 11).
  const offeredTopic = best !== undefined && best.score >= config.suggestThreshold;
  const setting =
    agency !== null &&
    agency !== undefined &&
    offeredTopic &&
    ((agency.procedures.length === 0 && agency.context) || cueOnlyInStory(kb, text, english, best, config));
  const referral =
    brand?.agency ??
    (agency &&
    !otherBrand &&
    !setting &&
    (!best || best.score < config.answerThreshold || nearMiss(kb, agency, best.id, text))
      ? agency.id
      : null);
  if (referral !== null && referral === agency?.id && best && storyReachedBar(text, agency, best, config)) {
    return {
      ...concernUnanswered(),
      outcome: 'did-you-mean',
      entryId: best.id,
      score: best.score,
      crisis: false,
      safeguarding,
      alternatives: closeToBest.slice(0, config.maxSuggestions - 1),
      ...messageRead,
      storyAgency: agency.id,
      ...evidence,
    };
  }
  if (referral) {
    return {
      ...concernUnanswered(),
      outcome: 'referral',
      entryId: null,
      score: best?.score ?? 0,
      crisis: false,
      safeguarding,
      alternatives: candidates.slice(0, config.maxSuggestions),
      ...messageRead,
      referral,
      ...evidence,
    };
  }

  // Read only once no agency took the question: an agency it names still gets the referral above.
  // The line of an organisation of another kind ("tổng đài của hãng bảo hiểm", a paid 1900 number) is no more the
  // center's to give than a brand's; a market price ("viện dưỡng lão tư nhân giá bao nhiêu") is something sold
  // elsewhere, and a text to write or translate, a kept pet, a product to choose or another organisation's own course is
  // no service of the center: no entry answers them.
  const notOffered =
    (line?.otherLine ?? false) ||
    asksForNoService(tokens) ||
    (kb.agencies?.brandContact.asksOfOtherOrganisation(syllables) ?? false);

  // A did-you-mean the classifier is sure of (its likeliest entry far ahead of every other and of out of scope)
  // is answered with that entry. Another agency's question was referred above; a message the safeguarding layer
  // heard anything in keeps its did-you-mean and check-in.
  const pick = blended?.pick;
  const gates = config.blend ?? DEFAULT_BLEND;
  // Neighbouring entries (one lists the other as related: the allowance's amount and who may have it, the disability
  // certificate and the disability services) differ by the few words the classifier learnt to tell them apart, while
  // the matcher sees mostly the words they share; when the classifier puts the first entry's neighbour far ahead, the
  // question names what sets the neighbour apart, so the neighbour answers at a lower lead than any other entry would.
  const neighbour =
    pick !== undefined &&
    pick !== null &&
    best !== undefined &&
    pick.id !== best.id &&
    areRelated(kb, pick.id, best.id) &&
    pick.margin >= gates.siblingAnswer;
  // One entry offered alone, the classifier's own likeliest by a wide lead, and out of scope unlikely: the matcher
  // only scored it under the answer threshold because the question's other words (a situation, a place, a detail)
  // dilute its similarity, while the classifier, which weighs the words that tell entries apart, has no rival and
  // no near miss in view. Out of scope must be low as well as behind: near misses (a volunteer trip for tourists,
  // a school's summer volunteering) are exactly the single offers the classifier still puts somewhat out of scope.
  const alone =
    pick !== undefined &&
    pick !== null &&
    best !== undefined &&
    pick.id === best.id &&
    closeToBest.length === 0 &&
    pick.margin >= gates.singleAnswer &&
    pick.evidence.outOfScope < gates.singleAnswerOutOfScope;
  // The matcher sure of an entry by its words alone keeps it first, at least offered (blend.ts); when the classifier
  // puts another entry, no neighbour of it, far ahead instead, the sure entry's score fell to the offer bar and the
  // classifier's entry sits beside it. The words the two share are the group or the paper named ("người khuyết tật
  // đặc biệt nặng", "công tác xã hội"), the words that tell them apart are what is asked ("bao nhiêu 1 tháng", "làm
  // cộng tác viên"), and the classifier learnt those. Neighbours are the sibling gate's (above), which may prefer
  // either. Chosen on the readable question sets (session 30, see `overruledAnswer`).
  const [matcherFirst] = matched;
  const overruled =
    pick !== undefined &&
    pick !== null &&
    best !== undefined &&
    matcherFirst !== undefined &&
    pick.id !== best.id &&
    matcherFirst.id === best.id &&
    matcherFirst.score >= config.answerThreshold &&
    !areRelated(kb, pick.id, best.id) &&
    pick.margin >= gates.overruledAnswer;
  // "Hộ nghèo có được giảm tiền điện không": a group named beside another agency's business. The group's own entry
  // ranked first is offered, never answered as if it were asked, on every path that would answer it (`kb.personAsks.asksElsewhere`).
  // "Trung tâm có nhận nuôi dưỡng ông không", "ngoài tiền ra còn hỗ trợ gì", "đang nhận 360 nghìn": what the question
  // sentence asks names a neighbour of the entry about to answer (a place rather than care at home, help besides the
  // money, the amount). The neighbour is offered first and that entry beside it: a choice, never the first entry's
  // answer given as if it were asked.
  const offerNeighbour = neighbourOffer(kb, words, concernUnanswered, safeguarding, config, messageRead, evidence);
  if (
    pick &&
    best &&
    !otherBrand &&
    !notOffered &&
    best.score >= config.suggestThreshold &&
    best.score < config.answerThreshold &&
    safeguarding === null &&
    concernHeard === null &&
    !hearsTopic(kb, heard) &&
    pick.id !== ENTRY_IDS.emergency &&
    !kb.personAsks.asksElsewhere(words, pick.id) &&
    (pick.margin >= gates.classifierAnswer || neighbour || alone || overruled) &&
    candidates.some((c) => c.id === pick.id)
  ) {
    const picked = candidates.find((c) => c.id === pick.id) ?? best;
    const neighbourOfPick = offerNeighbour(picked, candidates);
    if (neighbourOfPick) return neighbourOfPick;
    return {
      outcome: 'answer',
      entryId: pick.id,
      score: config.answerThreshold,
      crisis: false,
      safeguarding,
      alternatives: candidates.filter((c) => c.id !== pick.id),
      ...messageRead,
      blend: pick.evidence,
    };
  }

  // "Bố em 82 tuổi có được trợ cấp không": a person described and the money asked for them name the entry a social
  // worker would answer with, where the words' scores alone made it an offer or a fallback. Only a short question
  // is read so, only when nothing else was heard in it, and only with an entry the engine itself finds near the
  // offer bar (as close as an entry offered beside the first).
  const personAsked =
    (!best || best.score < config.answerThreshold) &&
    length <= PERSON_ASK_SYLLABLES &&
    !otherBrand &&
    !notOffered &&
    safeguarding === null &&
    concernHeard === null &&
    !hearsOtherTopic(kb, heard, words)
      ? kb.personAsks.read(words)
      : null;
  const personEntry = personAsked
    ? personAskedEntry(
        personAsked,
        candidates,
        config,
        (id) => kb.personAsks.isMoneyEntry(id),
        english ? kb.personAsks.sharedMoney : undefined,
        kb.personAsks.sharedMoney,
      )
    : undefined;
  if (personEntry && !kb.personAsks.asksElsewhere(words, personEntry.id)) {
    const neighbourOfPerson = offerNeighbour(personEntry, candidates);
    if (neighbourOfPerson) return neighbourOfPerson;
    return chosenAnswer(
      personEntry.id,
      config,
      safeguarding,
      candidates.filter((c) => c !== personEntry),
      messageRead,
      evidence,
    );
  }

  // "Lỡ ổng đập phá thì em gọi ai": whom to call for a danger told as a possibility, where no entry answers
  // confidently, is answered with the numbers (see danger-call.ts), never a did-you-mean or "no information".
  const callFor =
    !best || best.score < config.answerThreshold ? dangerCallEntry(tokens, heard, safeguarding) : undefined;
  if (callFor && kb.entries.has(callFor)) {
    return chosenAnswer(
      callFor,
      config,
      safeguarding,
      candidates.filter((c) => c.id !== callFor),
      messageRead,
      evidence,
    );
  }
  // How to help someone who wants to die, asked of nobody in particular: the situation's entry, never a check-in alone.
  const helpEntry =
    (!best || best.score < config.answerThreshold) && !otherBrand && !notOffered
      ? wishHelpEntry(kb, safeguarding, heard)
      : undefined;
  if (helpEntry) {
    return chosenAnswer(
      helpEntry,
      config,
      safeguarding,
      candidates.filter((c) => c.id !== helpEntry).slice(0, config.maxSuggestions),
      messageRead,
      evidence,
    );
  }
  const fallsBack = !best || best.score < config.suggestThreshold || otherBrand || notOffered;
  const topicEntry = fallsBack && !otherBrand && !notOffered ? topicAnswer(kb, safeguarding, heard) : undefined;
  if (topicEntry && concernUnanswered().concern === undefined) {
    return chosenAnswer(
      topicEntry,
      config,
      safeguarding,
      candidates.filter((c) => c.id !== topicEntry).slice(0, config.maxSuggestions),
      messageRead,
      evidence,
    );
  }
  if (fallsBack) {
    const unanswered = concernUnanswered();
    const despair = otherBrand || notOffered ? undefined : despairAnswer(kb, safeguarding, unanswered);
    if (despair) {
      const alternatives = candidates.filter((c) => c.id !== DESPAIR_ENTRY).slice(0, config.maxSuggestions);
      return { ...despair, score: best?.score ?? 0, alternatives, ...messageRead, ...evidence };
    }
    const suicideEntry = unanswered.concern === undefined ? suicideFallbackEntry(kb, safeguarding, heard) : undefined;
    if (suicideEntry) {
      return chosenAnswer(
        suicideEntry,
        config,
        safeguarding,
        candidates.filter((c) => c.id !== suicideEntry).slice(0, config.maxSuggestions),
        messageRead,
        evidence,
      );
    }
    return {
      ...unanswered,
      ...(otherBrand || notOffered ? { asksNoService: true } : {}),
      outcome: 'fallback',
      entryId: null,
      score: best?.score ?? 0,
      crisis: false,
      safeguarding,
      alternatives: candidates.slice(0, config.maxSuggestions),
      ...messageRead,
      ...evidence,
    };
  }
  const neighbourFirst = offerNeighbour(best, closeToBest);
  if (neighbourFirst) return neighbourFirst;
  // A group's own entry ranked first only because the group is named in a question about something else ("người già
  // 80 tuổi nên uống sữa gì", another agency's business) is offered; a bare description ("người 80 tuổi") may still
  // name it, as a reply.
  const onlyDescribed =
    kb.personAsks.asksElsewhere(words, best.id) ||
    (kb.lexicon.asks(tokens) && kb.personAsks.onlyDescribes(words, best.id));
  if (best.score >= config.answerThreshold && !onlyDescribed) {
    return {
      outcome: 'answer',
      entryId: best.id,
      score: best.score,
      crisis: false,
      safeguarding,
      alternatives: rest,
      ...messageRead,
      ...evidence,
    };
  }
  const close = closeToBest.slice(0, config.maxSuggestions - 1);
  const checkIn = concernUnanswered();
  // "Làm sao để biết trẻ bị xâm hại": a question about a danger topic that the engine itself offers one of the
  // situation's service entries for is answered with it, never left at a did-you-mean (issue 10). See
  // `informationalAnswer` for what keeps the did-you-mean.
  const informational =
    checkIn.concern === undefined ? informationalAnswer(kb, safeguarding, heard, [best, ...close], config) : undefined;
  if (informational) {
    return chosenAnswer(
      informational.id,
      config,
      safeguarding,
      [best, ...close].filter((c) => c.id !== informational.id),
      messageRead,
      evidence,
    );
  }
  const despair = despairAnswer(kb, safeguarding, checkIn);
  if (despair) {
    const alternatives = [best, ...close].filter((c) => c.id !== DESPAIR_ENTRY);
    return { ...despair, score: best.score, alternatives, ...messageRead, ...evidence };
  }
  // Nor, told of someone of the writer's own, a did-you-mean about something else (session 47): "làm sao để giúp em gái
  // tôi, con bé cứ bảo muốn chết" was offered the violence service. A question about suicide in general (a volunteer
  // line, an essay's figures) keeps its did-you-mean.
  const suicideEntry =
    checkIn.concern === undefined && kb.safeguarding.text.modifiers.personal.some((c) => heard?.found.has(c))
      ? suicideFallbackEntry(kb, safeguarding, heard)
      : undefined;
  if (suicideEntry) {
    return chosenAnswer(
      suicideEntry,
      config,
      safeguarding,
      [best, ...close].filter((c) => c.id !== suicideEntry),
      messageRead,
      evidence,
    );
  }
  return {
    ...checkIn,
    outcome: 'did-you-mean',
    entryId: best.id,
    score: best.score,
    crisis: false,
    safeguarding,
    alternatives: close,
    ...messageRead,
    ...evidence,
  };
}
