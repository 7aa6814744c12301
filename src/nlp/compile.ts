/**
 * The language section of a knowledge snapshot: the lexicon, the matcher
 * over the entries' questions (with its typo index), the English index and
 * the recogniser of other agencies' cues. Built once per snapshot.
 */
import type { Agency, Knowledge } from '../kb/load.ts';
import type { LexiconFile } from '../kb/schema.ts';
import { analyzeEnglish, ENGLISH_WEIGHTS, englishMatchables } from './english.ts';
import { Lexicon } from '../text/lexicon.ts';
import {
  type Analyzer,
  buildMatcher,
  DEFAULT_WEIGHTS,
  type Matcher,
  matcherFromPackedIndex,
  type MatcherWeights,
} from './matcher.ts';
import { indexTransferables, type MatchableEntry, type PackedMatcherIndex } from './matcher-build.ts';
import { named, pause, type Steps } from '../kb/steps.ts';
import { tokenize } from '../text/normalize.ts';
import { type AgencyMatcher, agencyMatcherInSteps } from './referral.ts';
import { BrandContactReader } from './other-brand.ts';
import { PersonAskReader } from './person-asked.ts';
import { highestStatedAgeInSteps } from './age-threshold.ts';
import { type IntentClassifier, intentClassifierInSteps } from './intent-classifier.ts';
import { entriesDigestInSteps, entryDigest } from '../kb/intent-schema.ts';

/** The agencies file, compiled: each agency by id, and the recogniser of their cues. */
interface Agencies {
  byId: ReadonlyMap<string, Agency>;
  matcher: AgencyMatcher;
  /**
   * The agency cue phrases each entry's own questions, title or keywords use:
   * an entry that speaks of "thẻ bảo hiểm y tế" may answer such a question;
   * one that never does is only a near miss.
   */
  entryCues: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether a question asks for a company's contact (`other_brands`, an agency's `brands`), which the center's is not. */
  brandContact: BrandContactReader;
}

/** The trained intent classifier, and how it stands against the current entries. */
export interface IntentSection {
  classifier: IntentClassifier;
  /** False when the entries' wording changed since training (`npm run train:intents` brings it up to date). */
  current: boolean;
  /** Entries added since training: the matcher alone answers them until the model is retrained. */
  unknownEntries: readonly string[];
  /**
   * Entries added or reworded since training (a phrasing added in the console): the classifier's opinion of
   * them is out of date, so the matcher alone scores them and no agreement is asked, until retrained.
   */
  changedEntries: ReadonlySet<string>;
}

/** A classifier already built, and the model object it was built from. */
export interface ReusableIntents {
  model: NonNullable<Knowledge['source']['intentModel']>;
  classifier: IntentClassifier;
}

/** What the answer engine reads besides the data: the compiled language section. */
export interface NlpSection {
  lexicon: Lexicon;
  matcher: Matcher;
  /** The index of the entries' English questions (`questions_en`), consulted only for messages written in English. */
  englishMatcher: Matcher;
  /** Other agencies out-of-scope questions are referred to (agencies.yaml); absent when the file is. */
  agencies?: Agencies;
  /** The intent classifier (intent-model.json); absent when the file is: the matcher alone decides. */
  intents?: IntentSection;
  /** A person described and a money ask (lexicon.yaml's `person_asks`): the entries they name. */
  personAsks: PersonAskReader;
}

/**
 * The section's indexes as the check worker built them, to move to the main
 * thread (typed arrays, transferred), so that a reload does not build them
 * again between answers.
 */
export interface PackedNlpIndexes {
  matcher: PackedMatcherIndex;
  englishMatcher: PackedMatcherIndex;
  /** The agency cues of each entry that uses any (see `Agencies.entryCues`). */
  entryCues?: [string, string[]][];
  /** How the intent model stands against the entries (hashing 10,000 entries takes about 40 ms). */
  intents?: { current: boolean; changedEntries: string[] };
  /**
   * The highest older age the entries' keywords name alone (see age-threshold.ts), that the person-ask reader hears
   * a higher age as; absent when none does. Read from the same entries, so the main thread does not read them again.
   */
  thresholdAge?: number;
}

/** The indexes of a compiled section, packed for `postMessage`; pass `nlpTransferables` of it as the transfer list. */
export function packNlpIndexes(section: NlpSection): PackedNlpIndexes {
  return {
    matcher: section.matcher.packedIndex(),
    englishMatcher: section.englishMatcher.packedIndex(),
    ...(section.agencies
      ? { entryCues: [...section.agencies.entryCues].map(([id, cues]): [string, string[]] => [id, [...cues]]) }
      : {}),
    ...(section.intents
      ? { intents: { current: section.intents.current, changedEntries: [...section.intents.changedEntries] } }
      : {}),
    ...(section.personAsks.thresholdAge === undefined ? {} : { thresholdAge: section.personAsks.thresholdAge }),
  };
}

/** The buffers of packed indexes, to move rather than copy. */
export function nlpTransferables(packed: PackedNlpIndexes): ArrayBuffer[] {
  return [...indexTransferables(packed.matcher), ...indexTransferables(packed.englishMatcher)];
}

/** The matcher of `packed` when there is one built with these weights (sharing what it can of `served`'s), else one built from `entries`. */
function* matcherInSteps(
  packed: PackedMatcherIndex | undefined,
  entries: () => MatchableEntry[],
  analyze: Analyzer,
  weights: MatcherWeights,
  served?: Matcher,
): Steps<Matcher> {
  const taken = packed ? yield* matcherFromPackedIndex(packed, analyze, weights, served) : undefined;
  return taken ?? (yield* buildMatcher(entries(), analyze, weights));
}

/** Builds the lexicon (spelling variants, fillers, greetings) from lexicon.yaml. */
export function compileLexicon(file: LexiconFile): Lexicon {
  return new Lexicon(file.replacements, file.fillers, file.end_particles, {
    greetings: file.greetings,
    questionWords: file.question_words,
    notQuestions: file.not_questions,
    residence: file.residence,
  });
}

/**
 * `analyze` remembering each text while the section is built (the matcher and
 * the agency cues read the same questions), then, after `stop`, forgetting
 * them: questions asked later are not kept. The syllables kept are one string
 * each however often they occur: 10,000 entries hold half a million syllables
 * of a few thousand kinds, and copies that survive make every young-generation
 * collection of the build slow.
 */
function analyzeEachTextOnce(analyze: Analyzer): { analyze: Analyzer; stop: () => void } {
  let seen: Map<string, string[]> | undefined = new Map();
  let syllables: Map<string, string> | undefined = new Map();
  return {
    analyze: (text) => {
      if (!seen || !syllables) return analyze(text);
      let tokens = seen.get(text);
      if (!tokens) {
        tokens = analyze(text);
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i] as string;
          const kept = syllables.get(token);
          if (kept === undefined) syllables.set(token, token);
          else tokens[i] = kept;
        }
        seen.set(text, tokens);
      }
      return tokens;
    },
    stop: () => {
      seen = undefined;
      syllables = undefined;
    },
  };
}

/** What a reload may share with the language section of the snapshot being served. */
export interface ServedNlp {
  /** The served matchers: one taken in over the same vocabulary shares their syllable tables and typo correctors. */
  matchers: Pick<NlpSection, 'matcher' | 'englishMatcher'>;
  /** The served agencies' recognisers, kept when what they are built from (agencies.yaml, lexicon.yaml, center.yaml, ui.yaml) is unchanged. */
  agencies?: Pick<Agencies, 'matcher' | 'brandContact'>;
  /** The served person-ask reader, kept when built from the same parsed lists, year and threshold age (see `PersonAskReader.builtFrom`). */
  personAsks?: PersonAskReader;
}

/**
 * Builds the matchers and the agency recogniser for a checked snapshot,
 * pausing between slices of work (see kb/steps.ts); `prebuilt`: the indexes
 * the check worker built from the same files, taken in instead; `year`: the
 * current year (the snapshot's clock), that a birth year is read against.
 */
export function* compileNlpInSteps(
  kb: Knowledge,
  lexicon: Lexicon,
  weights: MatcherWeights = DEFAULT_WEIGHTS,
  reuseIntents?: ReusableIntents,
  prebuilt?: PackedNlpIndexes,
  served?: ServedNlp,
  year?: number,
): Steps<NlpSection> {
  const { entries } = kb;
  const once = analyzeEachTextOnce((text) => lexicon.dropFillers(lexicon.rewrite(tokenize(text))).map((t) => t.folded));
  const { analyze } = once;
  const matcher = yield* named(
    'matcher',
    matcherInSteps(prebuilt?.matcher, () => [...entries.values()], analyze, weights, served?.matchers.matcher),
  );
  const englishMatcher = yield* named(
    'english matcher',
    matcherInSteps(
      prebuilt?.englishMatcher,
      () => englishMatchables(entries.values()),
      analyzeEnglish,
      ENGLISH_WEIGHTS,
      served?.matchers.englishMatcher,
    ),
  );
  let agencies: Agencies | undefined;
  if (kb.agencyList) {
    const kept = served?.agencies;
    const agencyMatcher = kept ? kept.matcher : yield* agencyMatcherInSteps([...kb.agencyList.values()], analyze);
    const entryCues = new Map<string, Set<string>>();
    if (prebuilt?.entryCues)
      for (const [id, cues] of prebuilt.entryCues) {
        yield* pause();
        entryCues.set(id, new Set(cues));
      }
    else
      for (const entry of entries.values()) {
        yield* pause();
        const cues = new Set<string>();
        for (const text of [entry.title, ...entry.questions, ...entry.keywords])
          for (const cue of agencyMatcher.cuesIn(analyze(text))) cues.add(cue);
        if (cues.size > 0) entryCues.set(entry.id, cues);
      }
    yield* pause();
    const brandContact = kept
      ? kept.brandContact
      : new BrandContactReader(kb.source.agencies?.other_brands ?? [], [...kb.agencyList.values()], analyze);
    agencies = { byId: kb.agencyList, matcher: agencyMatcher, entryCues, brandContact };
  }
  once.stop();
  yield* pause();
  const intents = kb.source.intentModel
    ? yield* named('intents', compileIntents(kb, kb.source.intentModel, reuseIntents, prebuilt?.intents))
    : undefined;
  // The check worker read the same entries: its threshold is taken as it sent it (absent there: none is stated).
  const thresholdAge = prebuilt
    ? prebuilt.thresholdAge
    : yield* named('stated ages', highestStatedAgeInSteps(entries.values()));
  yield* pause();
  const askOptions = {
    ...(year === undefined ? {} : { year }),
    ...(thresholdAge === undefined ? {} : { thresholdAge }),
  };
  const lists = kb.source.lexicon.person_asks;
  const personAsks = served?.personAsks?.builtFrom(lists, askOptions)
    ? served.personAsks
    : new PersonAskReader(lists, askOptions);
  return {
    lexicon,
    matcher,
    englishMatcher,
    personAsks,
    ...(agencies ? { agencies } : {}),
    ...(intents ? { intents } : {}),
  };
}

/** `standing`: how the model stands against the same entries, as the check worker found (the model file being the same). */
function* compileIntents(
  kb: Knowledge,
  model: NonNullable<Knowledge['source']['intentModel']>,
  reuse?: ReusableIntents,
  standing?: PackedNlpIndexes['intents'],
): Steps<IntentSection> {
  // A reload with the same model keeps the classifier; a new one is built in slices.
  const classifier = reuse?.model === model ? reuse.classifier : yield* intentClassifierInSteps(model);
  const unknownEntries: string[] = [];
  let looked = 0;
  for (const id of kb.entries.keys()) {
    if (++looked % 1024 === 0) yield* pause();
    if (!classifier.entryIds.has(id)) unknownEntries.push(id);
  }
  if (standing)
    return { classifier, current: standing.current, unknownEntries, changedEntries: new Set(standing.changedEntries) };
  const digest = yield* entriesDigestInSteps(kb.entries.values());
  const current = model.entriesDigest === digest;
  const changedEntries = new Set(unknownEntries);
  if (!current)
    for (const entry of kb.entries.values()) {
      yield* pause();
      // A model from before per-entry digests: every entry counts as changed once the whole digest differs.
      if (model.entryDigests?.[entry.id] !== entryDigest(entry)) changedEntries.add(entry.id);
    }
  return { classifier, current, unknownEntries, changedEntries };
}
