/**
 * Finds the knowledge-base entries closest to a question.
 *
 * Vietnamese words are mostly two or more syllables ("trợ cấp", "công tác xã
 * hội"), so the index holds syllables and syllable bigrams with IDF weights,
 * computed per entry so that words every entry shares count for little. Four
 * signals are blended into one score per entry:
 * - the best cosine between the question and one of the entry's questions,
 * - the cosine against the entry's whole profile (questions, title, keywords),
 * - how much of the question's weight the entry's keywords cover,
 * - how much of the question's weight the entry's vocabulary explains at all
 *   (so a generic entry loses when the question names a specific topic).
 * Misspelt syllables are first mapped to known ones (see typos.ts).
 */
import { runSteps, type Steps } from '../kb/steps.ts';
import {
  type Analyzer,
  buildMatcherIndex,
  featureWeight,
  type KeywordPhrases,
  type MatchableEntry,
  type MatcherIndex,
  type PackedMatcherIndex,
} from './matcher-build.ts';
import { FeatureNumbers, type PostingLists } from './matcher-index.ts';

export type { Analyzer, MatchableEntry } from './matcher-build.ts';
import { DEFAULT_MAX_FUZZY_CHARS, TypoCorrector } from './typos.ts';

/** A ranked entry with its blended score (0…1, higher is closer). */
export interface Candidate {
  id: string;
  score: number;
}

/** Weights of the three signals (they should sum to about 1). */
export interface MatcherWeights {
  /** Best single-question cosine. */
  question: number;
  /** Whole-entry profile cosine. */
  profile: number;
  /** Share of the question's weight covered by the entry's keywords. */
  keywords: number;
  /** Share of the question's syllable weight found anywhere in the entry. */
  coverage: number;
  /** Weight of a syllable the knowledge base has never seen, relative to the rarest known one. */
  unknownWord: number;
  /** Weight of a syllable bigram relative to a single syllable. */
  bigram: number;
  /** Fuse.js score (0 = exact) under which a misspelt syllable is replaced by a known one. */
  typoThreshold: number;
}

/** Weights tuned by grid search on test/eval/dev.jsonl + tune.jsonl (holdout.jsonl is never used for tuning). */
export const DEFAULT_WEIGHTS: MatcherWeights = {
  question: 0.2,
  profile: 0.4,
  keywords: 0.25,
  coverage: 0.2,
  unknownWord: 0.5,
  bigram: 0.6,
  typoThreshold: 0.34,
};

/** A question's known features in the order met, each with its normalised weight. */
interface QueryVector {
  features: number[];
  weights: number[];
}

/** An inverted index over the knowledge base, rebuilt whenever the knowledge base reloads. */
export class Matcher {
  private readonly ids: string[];
  private readonly features: FeatureNumbers;
  private readonly idf: Float64Array;
  private readonly maxIdf: number;
  private readonly questionPostings: PostingLists;
  private readonly profilePostings: PostingLists;
  private readonly docEntry: Int32Array;
  private readonly keywords: KeywordPhrases;
  private readonly typos: TypoCorrector;
  // Scratch buffers reused across queries (one query runs at a time in Node).
  private readonly docScores: Float64Array;
  private readonly profileScores: Float64Array;
  private readonly bestQuestion: Float64Array;
  private readonly coverScores: Float64Array;
  private readonly keywordScores: Float64Array;
  private readonly seen: Uint8Array;
  /**
   * The question documents a query has scored, in the order met. A document whose score is still 0
   * (a feature of weight 0) is listed again, so the room is one per posting, not per document.
   */
  private readonly touchedDocs: Int32Array;
  private readonly touchedEntries: Int32Array;

  /** Builds the index of `entries` at once (`buildMatcher` builds it in steps). */
  constructor(
    entries: readonly MatchableEntry[] | MatcherIndex,
    private readonly analyze: Analyzer,
    private readonly weights: MatcherWeights = DEFAULT_WEIGHTS,
    private readonly maxFuzzyChars = DEFAULT_MAX_FUZZY_CHARS,
    typos?: TypoCorrector,
  ) {
    const index = Array.isArray(entries)
      ? runSteps(buildMatcherIndex(entries, analyze, weights.bigram))
      : (entries as MatcherIndex);
    this.ids = index.ids;
    this.features = index.features;
    this.idf = index.idf;
    this.maxIdf = index.maxIdf;
    this.questionPostings = index.questionPostings;
    this.profilePostings = index.profilePostings;
    this.docEntry = index.docEntry;
    this.keywords = index.keywords;
    this.docScores = new Float64Array(index.docEntry.length);
    this.profileScores = new Float64Array(index.ids.length);
    this.bestQuestion = new Float64Array(index.ids.length);
    this.coverScores = new Float64Array(index.ids.length);
    this.keywordScores = new Float64Array(index.ids.length);
    this.seen = new Uint8Array(index.ids.length);
    this.touchedDocs = new Int32Array(index.questionPostings.docs.length);
    this.touchedEntries = new Int32Array(index.ids.length);
    this.typos =
      typos ??
      new TypoCorrector(new Set(index.features.syllables()), {
        threshold: weights.typoThreshold,
        maxFuzzyChars,
      });
  }

  /**
   * This matcher's syllable numbering and typo corrector, when a matcher with `weights` over exactly `syllables`
   * may share them: both depend on nothing else, and rebuilding them on each reload made most of what the
   * main thread kept alive from an edit that added no word (see docs/measurements.md, session 23).
   */
  *vocabularyFor(
    syllables: readonly string[],
    weights: MatcherWeights,
  ): Steps<{ features: FeatureNumbers; typos: TypoCorrector } | undefined> {
    if (weights.typoThreshold !== this.weights.typoThreshold || this.maxFuzzyChars !== DEFAULT_MAX_FUZZY_CHARS)
      return undefined;
    return (yield* this.features.sameSyllables(syllables)) ? { features: this.features, typos: this.typos } : undefined;
  }

  /** The index in flat form, for the main thread to take in with `matcherFromPackedIndex` (its arrays are shared, not copied). */
  packedIndex(): PackedMatcherIndex {
    const { ids, features, idf, maxIdf, questionPostings, profilePostings, docEntry, keywords } = this;
    const packed = { ids, idf, maxIdf, questionPostings, profilePostings, docEntry, keywords };
    return { ...packed, features: features.packed(), pairWeight: this.weights.bigram };
  }

  /** Number of indexed entries. */
  get size(): number {
    return this.ids.length;
  }

  /** True when some entry's text holds `syllable` (as analysed). */
  knows(syllable: string): boolean {
    return this.features.syllable(syllable) !== -1;
  }

  /** Syllables with misspellings mapped to known ones, as `rankTokens` reads them (the intent classifier reads them too). */
  correct(tokens: readonly string[]): string[] {
    return this.typos.correctAll(tokens);
  }

  /** Analyzes a question and ranks entries; see `rankTokens`. */
  rank(question: string, limit = 5): Candidate[] {
    return this.rankTokens(this.analyze(question), limit);
  }

  /** Ranks entries for already-analysed syllables, best first, at most `limit` of them. */
  rankTokens(rawTokens: readonly string[], limit = 5): Candidate[] {
    return this.rankCorrected(this.typos.correctAll(rawTokens), limit);
  }

  /** `rankTokens` for syllables `correct` has already corrected (the engine corrects a question once for both readers). */
  rankCorrected(tokens: readonly string[], limit = 5): Candidate[] {
    if (tokens.length === 0) return [];
    const query = this.queryVector(tokens);
    if (query.features.length === 0) return [];

    // The documents and entries scored, in the order first met, in scratch arrays (no garbage per question).
    const touchedDocs = this.touchedDocs;
    const touchedEntries = this.touchedEntries;
    let docsTouched = 0;
    let entriesTouched = 0;
    const unigramTotal = this.unigramTotal(tokens);
    const profiles = this.profilePostings;
    const questions = this.questionPostings;
    // Query features come in the order the question meets them, a pair after its first syllable, so a pair's
    // entries (which hold that syllable) are already touched: one pass over the profile postings does both
    // the profile cosine and, for syllables, the share of the question's IDF mass each entry covers.
    for (let q = 0; q < query.features.length; q++) {
      const f = query.features[q] as number;
      const w = query.weights[q] as number;
      for (let i = questions.offsets[f] as number, end = questions.offsets[f + 1] as number; i < end; i++) {
        const doc = questions.docs[i] as number;
        const before = this.docScores[doc] as number;
        if (before === 0) touchedDocs[docsTouched++] = doc;
        this.docScores[doc] = before + w * (questions.weights[i] as number);
      }
      const mass = this.features.isPair(f) ? 0 : (this.idf[f] as number);
      for (let i = profiles.offsets[f] as number, end = profiles.offsets[f + 1] as number; i < end; i++) {
        const entry = profiles.docs[i] as number;
        if (this.seen[entry] === 0) {
          this.seen[entry] = 1;
          touchedEntries[entriesTouched++] = entry;
        }
        if (mass !== 0) this.coverScores[entry] = (this.coverScores[entry] as number) + mass;
        this.profileScores[entry] = (this.profileScores[entry] as number) + w * (profiles.weights[i] as number);
      }
    }

    for (let d = 0; d < docsTouched; d++) {
      const doc = touchedDocs[d] as number;
      const entry = this.docEntry[doc] as number;
      const score = this.docScores[doc] as number;
      if (score > (this.bestQuestion[entry] as number)) this.bestQuestion[entry] = score;
      this.docScores[doc] = 0;
    }

    const keywordCovered = this.keywordCoverage(tokens);
    const { question, profile, keywords, coverage } = this.weights;
    // Keep only the best `limit` without sorting every touched entry.
    const ranked: Candidate[] = [];
    let floor = -1;
    for (let e = 0; e < entriesTouched; e++) {
      const entry = touchedEntries[e] as number;
      const score =
        question * (this.bestQuestion[entry] as number) +
        profile * (this.profileScores[entry] as number) +
        keywords * (this.keywordScores[entry] as number) +
        coverage * ((this.coverScores[entry] as number) / unigramTotal);
      this.bestQuestion[entry] = 0;
      this.profileScores[entry] = 0;
      this.coverScores[entry] = 0;
      this.seen[entry] = 0;
      if (ranked.length >= limit && score <= floor) continue;
      ranked.push({ id: this.ids[entry] as string, score: Math.min(1, score) });
      if (ranked.length > limit * 4) {
        ranked.sort((a, b) => b.score - a.score);
        ranked.length = limit;
        floor = (ranked[limit - 1] as Candidate).score;
      }
    }
    for (const entry of keywordCovered) this.keywordScores[entry] = 0;
    ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return ranked.slice(0, limit);
  }

  /** IDF of a syllable; unknown syllables weigh as `unknownWord` of the rarest possible one. */
  private syllableIdf(token: string): number {
    const f = this.features.syllable(token);
    return f < 0 ? this.maxIdf * this.weights.unknownWord : (this.idf[f] as number);
  }

  /** The IDF mass of the distinct syllables of a question (unknown syllables weigh in too). */
  private unigramTotal(tokens: readonly string[]): number {
    let total = 0;
    for (const t of new Set(tokens)) total += this.syllableIdf(t);
    return total || 1;
  }

  /**
   * A question's TF-IDF weights over the known features, L2-normalised.
   * Unknown syllables keep the highest weight in the norm, so that a question
   * mostly about something the knowledge base does not cover scores low;
   * unknown pairs are left out (any two words make a new pair, which says little).
   */
  private queryVector(tokens: readonly string[]): QueryVector {
    // Counted in the order met: a known syllable or pair by its number, an unknown syllable by its text
    // (it still weighs in the norm). An unknown pair is not counted: it would weigh nothing anyway.
    const counts: SlotCounts = { slots: new Map(), tfs: [], slotFeatures: [], slotPairs: [] };
    const { tfs, slotFeatures, slotPairs } = counts;
    const syllables = tokens.map((t) => this.features.syllable(t));
    for (let i = 0; i < tokens.length; i++) {
      const first = syllables[i] as number;
      countSlot(counts, first < 0 ? (tokens[i] as string) : first, first, false);
      if (i + 1 < tokens.length) {
        const second = syllables[i + 1] as number;
        const pair = first < 0 || second < 0 ? -1 : this.features.pair(first, second, false);
        if (pair >= 0) countSlot(counts, pair, pair, true);
      }
    }
    // Each known feature has one slot (syllable and pair numbers never meet), so the lists hold each once.
    const features: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (let slot = 0; slot < tfs.length; slot++) {
      const tf = tfs[slot] as number;
      const feature = slotFeatures[slot] as number;
      const pair = slotPairs[slot] as boolean;
      const idf = feature < 0 ? this.maxIdf * this.weights.unknownWord : (this.idf[feature] as number);
      const w = featureWeight(tf, idf, pair, this.weights.bigram);
      norm += w * w;
      if (feature >= 0) {
        features.push(feature);
        weights.push(w);
      }
    }
    norm = Math.sqrt(norm);
    if (norm === 0) return { features: [], weights: [] };
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
    return { features, weights };
  }

  /** Sets, in `keywordScores`, the share of the question's syllable weight each entry's keyword phrases cover; returns the entries set. */
  private keywordCoverage(tokens: readonly string[]): number[] {
    const tokenWeight = tokens.map((t) => this.syllableIdf(t));
    const total = tokenWeight.reduce((a, b) => a + b, 0);
    const syllables = tokens.map((t) => this.features.syllable(t));
    const { byFirst, entry, starts, syllables: phraseSyllables } = this.keywords;
    const covered = new Map<number, Set<number>>();
    for (let start = 0; start < tokens.length; start++) {
      const first = syllables[start] as number;
      if (first < 0) continue;
      for (let p = byFirst[first] as number; p < (byFirst[first + 1] as number); p++) {
        const from = starts[p] as number;
        const len = (starts[p + 1] as number) - from;
        if (start + len > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < len; k++) if (syllables[start + k] !== phraseSyllables[from + k]) ok = false;
        if (!ok) continue;
        const set = covered.get(entry[p] as number) ?? new Set<number>();
        for (let k = 0; k < len; k++) set.add(start + k);
        covered.set(entry[p] as number, set);
      }
    }
    for (const [phraseEntry, positions] of covered) {
      let mass = 0;
      for (const p of positions) mass += tokenWeight[p] as number;
      this.keywordScores[phraseEntry] = total > 0 ? mass / total : 0;
    }
    return [...covered.keys()];
  }
}

/** A query's features counted in the order met: each one's slot, its count, its feature number and whether it is a pair. */
interface SlotCounts {
  slots: Map<number | string, number>;
  tfs: number[];
  slotFeatures: number[];
  slotPairs: boolean[];
}

/**
 * Counts one occurrence of `key` (see `queryVector`). A module function rather than a named closure made per query:
 * under tsx (esbuild's keepNames) each named closure made costs a defineProperty, about 0.5 µs.
 */
function countSlot(counts: SlotCounts, key: number | string, feature: number, pair: boolean): void {
  const slot = counts.slots.get(key);
  if (slot !== undefined) counts.tfs[slot] = (counts.tfs[slot] as number) + 1;
  else {
    counts.slots.set(key, counts.tfs.length);
    counts.tfs.push(1);
    counts.slotFeatures.push(feature);
    counts.slotPairs.push(pair);
  }
}

/** Builds a matcher over `entries`, pausing between slices of work (see kb/steps.ts). */
export function* buildMatcher(
  entries: readonly MatchableEntry[],
  analyze: Analyzer,
  weights: MatcherWeights = DEFAULT_WEIGHTS,
): Steps<Matcher> {
  const index = yield* buildMatcherIndex(entries, analyze, weights.bigram);
  return new Matcher(index, analyze, weights);
}

/**
 * The matcher whose index `Matcher.packedIndex` packed (in the check worker), or undefined when it was built with
 * other weights; sharing `served`'s syllable numbering and typo corrector when its vocabulary is the same.
 */
export function* matcherFromPackedIndex(
  packed: PackedMatcherIndex,
  analyze: Analyzer,
  weights: MatcherWeights = DEFAULT_WEIGHTS,
  served?: Matcher,
): Steps<Matcher | undefined> {
  if (packed.pairWeight !== weights.bigram) return undefined;
  const { pairWeight: _, ...index } = packed;
  const shared = served ? yield* served.vocabularyFor(packed.features.syllables, weights) : undefined;
  const features = yield* FeatureNumbers.fromPacked(packed.features, shared?.features);
  return new Matcher({ ...index, features }, analyze, weights, DEFAULT_MAX_FUZZY_CHARS, shared?.typos);
}
