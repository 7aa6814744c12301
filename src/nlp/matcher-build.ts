/**
 * Builds the matcher's index (see matcher.ts) from the entries, pausing
 * between slices of work (see kb/steps.ts) so that a reload can build it
 * between answers.
 */
import { pause, type Steps } from '../kb/steps.ts';
import { DocumentVectors, FeatureNumbers, type PostingLists } from './matcher-index.ts';

/** The text of one entry as the matcher indexes it. */
export interface MatchableEntry {
  id: string;
  title: string;
  questions: readonly string[];
  keywords: readonly string[];
}

/** Turns text into the folded, lexicon-normalised syllables the index uses. */
export type Analyzer = (text: string) => string[];

/** A keyword phrase of an entry, as syllables. */
export interface KeywordPhrase {
  entry: number;
  tokens: string[];
}

/** Everything the matcher ranks with. */
export interface MatcherIndex {
  ids: string[];
  features: FeatureNumbers;
  /** IDF of each feature, by feature number. */
  idf: Float64Array;
  maxIdf: number;
  questionPostings: PostingLists;
  profilePostings: PostingLists;
  /** The entry of each question document. */
  docEntry: Int32Array;
  keywordsByFirst: Map<string, KeywordPhrase[]>;
}

/** TF-IDF weight of a feature seen `tf` times; syllable pairs weigh `pairWeight` of a syllable. */
export function featureWeight(tf: number, idf: number, pair: boolean, pairWeight: number): number {
  return (1 + Math.log(tf)) * idf * (pair ? pairWeight : 1);
}

/** Feature counts of a document's syllable numbers (syllables and pairs, in the order met), numbering new pairs. */
function countFeatures(features: FeatureNumbers, syllables: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < syllables.length; i++) {
    const f = syllables[i] as number;
    counts.set(f, (counts.get(f) ?? 0) + 1);
    if (i + 1 < syllables.length) {
      const pair = features.pair(f, syllables[i + 1] as number, true);
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

/** Builds the index of `entries`; `pairWeight`: a syllable pair's weight relative to a syllable. */
export function* buildMatcherIndex(
  entries: readonly MatchableEntry[],
  analyze: Analyzer,
  pairWeight: number,
): Steps<MatcherIndex> {
  const features = new FeatureNumbers();
  const keywordsByFirst = new Map<string, KeywordPhrase[]>();
  // First every syllable gets its number (in the order met: the typo vocabulary's order), then pairs do.
  const analyzed: Array<{ questions: number[][]; keywords: string[][] }> = [];
  for (const entry of entries) {
    yield* pause();
    const questions = [entry.title, ...entry.questions].map((q) => analyze(q).map((t) => features.addSyllable(t)));
    const keywords = entry.keywords.map(analyze).filter((tokens) => tokens.length > 0);
    for (const tokens of keywords) for (const t of tokens) features.addSyllable(t);
    analyzed.push({ questions, keywords });
  }
  features.closeSyllables();

  const questionDocs: Array<{ entry: number; counts: Map<number, number> }> = [];
  const profiles: Array<Map<number, number>> = [];
  const df: number[] = [];
  for (let index = 0; index < analyzed.length; index++) {
    yield* pause();
    const { questions, keywords } = analyzed[index] as (typeof analyzed)[number];
    const profile = new Map<number, number>();
    const addToProfile = (counts: Map<number, number>, times: number): void => {
      for (const [f, tf] of counts) profile.set(f, (profile.get(f) ?? 0) + tf * times);
    };
    for (const syllables of questions) {
      if (syllables.length === 0) continue;
      const counts = countFeatures(features, syllables);
      questionDocs.push({ entry: index, counts });
      addToProfile(counts, 1);
    }
    for (const tokens of keywords) {
      addToProfile(
        countFeatures(
          features,
          tokens.map((t) => features.syllable(t)),
        ),
        2,
      );
      const first = tokens[0] as string;
      const list = keywordsByFirst.get(first) ?? [];
      list.push({ entry: index, tokens });
      keywordsByFirst.set(first, list);
    }
    profiles.push(profile);
    for (const f of profile.keys()) df[f] = (df[f] ?? 0) + 1;
  }

  const n = Math.max(entries.length, 1);
  const idf = new Float64Array(features.size);
  for (let f = 0; f < df.length; f++) idf[f] = Math.log(1 + n / (df[f] as number));
  yield* pause();

  /** Appends a document's TF-IDF weights, L2-normalised. */
  const addDocument = (vectors: DocumentVectors, counts: ReadonlyMap<number, number>): void => {
    let norm = 0;
    for (const [f, tf] of counts) {
      const w = featureWeight(tf, idf[f] as number, features.isPair(f), pairWeight);
      vectors.push(f, w);
      norm += w * w;
    }
    vectors.endDocument(Math.sqrt(norm));
  };
  const docEntry = new Int32Array(questionDocs.length);
  const questionVectors = new DocumentVectors();
  for (let docIndex = 0; docIndex < questionDocs.length; docIndex++) {
    yield* pause();
    const doc = questionDocs[docIndex] as (typeof questionDocs)[number];
    docEntry[docIndex] = doc.entry;
    addDocument(questionVectors, doc.counts);
  }
  const profileVectors = new DocumentVectors();
  for (const profile of profiles) {
    yield* pause();
    addDocument(profileVectors, profile);
  }
  const questionPostings = yield* questionVectors.toPostings(features.size);
  const profilePostings = yield* profileVectors.toPostings(features.size);
  return {
    ids: entries.map((e) => e.id),
    features,
    idf,
    maxIdf: Math.log(1 + n / 0.5),
    questionPostings,
    profilePostings,
    docEntry,
    keywordsByFirst,
  };
}
