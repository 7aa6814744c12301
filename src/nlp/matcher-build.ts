/**
 * Builds the matcher's index (see matcher.ts) from the entries, pausing
 * between slices of work (see kb/steps.ts) so that a reload can build it
 * between answers.
 */
import { pause, type Steps } from '../kb/steps.ts';
import {
  DocumentVectors,
  FeatureNumbers,
  FlatDocuments,
  type PackedFeatures,
  type PostingLists,
} from './matcher-index.ts';

/** The text of one entry as the matcher indexes it. */
export interface MatchableEntry {
  id: string;
  title: string;
  questions: readonly string[];
  keywords: readonly string[];
}

/** Turns text into the folded, lexicon-normalised syllables the index uses. */
export type Analyzer = (text: string) => string[];

/**
 * The entries' keyword phrases as syllable numbers, grouped by their first
 * syllable (in the order of the entries, then of their keywords): the phrases
 * starting with syllable f are `byFirst[f] … byFirst[f + 1]`.
 */
export interface KeywordPhrases {
  byFirst: Int32Array;
  /** The entry of each phrase. */
  entry: Int32Array;
  /** Where each phrase's syllables start in `syllables`; one more than the phrases. */
  starts: Int32Array;
  syllables: Int32Array;
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
  keywords: KeywordPhrases;
}

/** A matcher's index in flat form, to move from the check worker to the main thread (see `Matcher.packedIndex`). */
export interface PackedMatcherIndex extends Omit<MatcherIndex, 'features'> {
  features: PackedFeatures;
  /** The syllable pairs' weight it was built with: an index built with another is not used. */
  pairWeight: number;
}

/** The buffers of a packed index, to move rather than copy. */
export function indexTransferables(index: PackedMatcherIndex): ArrayBuffer[] {
  const { questionPostings: q, profilePostings: p, keywords: k, features: f } = index;
  const arrays = [index.idf, index.docEntry, q.offsets, q.docs, q.weights, p.offsets, p.docs, p.weights];
  arrays.push(k.byFirst, k.entry, k.starts, k.syllables, f.pairKeys, f.pairIds);
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** Groups the keyword phrases (each entry's, as syllable numbers) by their first syllable, keeping their order. */
function keywordPhrases(byEntry: readonly number[][][], syllableCount: number): KeywordPhrases {
  let phrases = 0;
  let total = 0;
  const byFirst = new Int32Array(syllableCount + 1);
  for (const keywords of byEntry)
    for (const phrase of keywords) {
      phrases++;
      total += phrase.length;
      const first = phrase[0] as number;
      byFirst[first + 1] = (byFirst[first + 1] as number) + 1;
    }
  for (let f = 0; f < syllableCount; f++) byFirst[f + 1] = (byFirst[f + 1] as number) + (byFirst[f] as number);
  const next = byFirst.slice(0, syllableCount);
  const entry = new Int32Array(phrases);
  const lengths = new Int32Array(phrases);
  const placed: number[][] = new Array(phrases);
  byEntry.forEach((keywords, index) => {
    for (const phrase of keywords) {
      const at = next[phrase[0] as number] as number;
      next[phrase[0] as number] = at + 1;
      entry[at] = index;
      lengths[at] = phrase.length;
      placed[at] = phrase;
    }
  });
  const starts = new Int32Array(phrases + 1);
  const syllables = new Int32Array(total);
  for (let p = 0; p < phrases; p++) {
    starts[p + 1] = (starts[p] as number) + (lengths[p] as number);
    syllables.set(placed[p] as number[], starts[p] as number);
  }
  return { byFirst, entry, starts, syllables };
}

/** TF-IDF weight of a feature seen `tf` times; syllable pairs weigh `pairWeight` of a syllable. */
export function featureWeight(tf: number, idf: number, pair: boolean, pairWeight: number): number {
  return (1 + Math.log(tf)) * idf * (pair ? pairWeight : 1);
}

/** Counts into `counts` (emptied first) a document's features: syllables and pairs, in the order met, numbering new pairs. */
function countFeatures(features: FeatureNumbers, syllables: ArrayLike<number>, counts: Map<number, number>): void {
  counts.clear();
  for (let i = 0; i < syllables.length; i++) {
    const f = syllables[i] as number;
    counts.set(f, (counts.get(f) ?? 0) + 1);
    if (i + 1 < syllables.length) {
      const pair = features.pair(f, syllables[i + 1] as number, true);
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
}

/** Builds the index of `entries`; `pairWeight`: a syllable pair's weight relative to a syllable. */
export function* buildMatcherIndex(
  entries: readonly MatchableEntry[],
  analyze: Analyzer,
  pairWeight: number,
): Steps<MatcherIndex> {
  const features = new FeatureNumbers();
  const keywordSyllables: number[][][] = [];
  // First every syllable gets its number (in the order met: the typo vocabulary's order), then pairs do.
  const questionSyllables = new FlatDocuments();
  /** The first question document of each entry; one more than the entries. */
  const firstQuestion: number[] = [0];
  const keywordTokens: string[][][] = [];
  for (const entry of entries) {
    yield* pause();
    for (const question of [entry.title, ...entry.questions]) {
      const syllables = analyze(question);
      if (syllables.length === 0) continue;
      for (const t of syllables) questionSyllables.push(features.addSyllable(t), 0);
      questionSyllables.end();
    }
    firstQuestion.push(questionSyllables.count);
    const keywords = entry.keywords.map(analyze).filter((tokens) => tokens.length > 0);
    for (const tokens of keywords) for (const t of tokens) features.addSyllable(t);
    keywordTokens.push(keywords);
  }
  features.closeSyllables();

  const questionCounts = new FlatDocuments();
  const profileCounts = new FlatDocuments();
  const docEntry = new Int32Array(questionSyllables.count);
  const df: number[] = [];
  const counts = new Map<number, number>();
  const profile = new Map<number, number>();
  const addToProfile = (times: number): void => {
    for (const [f, tf] of counts) profile.set(f, (profile.get(f) ?? 0) + tf * times);
  };
  for (let index = 0; index < entries.length; index++) {
    yield* pause();
    profile.clear();
    for (let doc = firstQuestion[index] as number; doc < (firstQuestion[index + 1] as number); doc++) {
      const start = questionSyllables.starts[doc] as number;
      const end = questionSyllables.starts[doc + 1] as number;
      countFeatures(features, questionSyllables.features.subarray(start, end), counts);
      for (const [f, tf] of counts) questionCounts.push(f, tf);
      questionCounts.end();
      docEntry[doc] = index;
      addToProfile(1);
    }
    const phrases: number[][] = [];
    for (const tokens of keywordTokens[index] as string[][]) {
      const syllables = tokens.map((t) => features.syllable(t));
      countFeatures(features, syllables, counts);
      addToProfile(2);
      phrases.push(syllables);
    }
    keywordSyllables.push(phrases);
    for (const [f, tf] of profile) profileCounts.push(f, tf);
    profileCounts.end();
    for (const f of profile.keys()) df[f] = (df[f] ?? 0) + 1;
  }

  const n = Math.max(entries.length, 1);
  const idf = new Float64Array(features.size);
  for (let f = 0; f < df.length; f++) {
    if (f % 65_536 === 0) yield* pause();
    idf[f] = Math.log(1 + n / (df[f] as number));
  }
  yield* pause();

  /** Appends document `doc` of `counted`, as TF-IDF weights L2-normalised, to `vectors`. */
  const addDocument = (vectors: DocumentVectors, counted: FlatDocuments, doc: number): void => {
    let norm = 0;
    for (let i = counted.starts[doc] as number; i < (counted.starts[doc + 1] as number); i++) {
      const f = counted.features[i] as number;
      const w = featureWeight(counted.values[i] as number, idf[f] as number, features.isPair(f), pairWeight);
      vectors.push(f, w);
      norm += w * w;
    }
    vectors.endDocument(Math.sqrt(norm));
  };
  const questionVectors = new DocumentVectors();
  for (let doc = 0; doc < questionCounts.count; doc++) {
    if (doc % 64 === 0) yield* pause();
    addDocument(questionVectors, questionCounts, doc);
  }
  const profileVectors = new DocumentVectors();
  for (let doc = 0; doc < profileCounts.count; doc++) {
    if (doc % 64 === 0) yield* pause();
    addDocument(profileVectors, profileCounts, doc);
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
    keywords: keywordPhrases(keywordSyllables, features.syllableTotal),
  };
}
