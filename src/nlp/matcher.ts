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
import { DEFAULT_MAX_FUZZY_CHARS, TypoCorrector } from './typos.ts';

/** The text of one entry as the matcher indexes it. */
export interface MatchableEntry {
  id: string;
  title: string;
  questions: readonly string[];
  keywords: readonly string[];
}

/** A ranked entry with its blended score (0…1, higher is closer). */
export interface Candidate {
  id: string;
  score: number;
}

/** Turns text into the folded, lexicon-normalised syllables the index uses. */
export type Analyzer = (text: string) => string[];

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

/** The documents containing one feature, and the feature's weight in each (parallel arrays). */
interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

/** Postings under construction. */
interface PostingsBuilder {
  docs: number[];
  weights: number[];
}

interface KeywordPhrase {
  entry: number;
  tokens: string[];
}

/** Syllables and syllable bigrams of a token list. */
function features(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push(tokens[i] as string);
    if (i + 1 < tokens.length) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  }
  return out;
}

function countFeatures(feats: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

function freezePostings(builder: Map<string, PostingsBuilder>): Map<string, Postings> {
  const frozen = new Map<string, Postings>();
  for (const [f, list] of builder)
    frozen.set(f, { docs: Int32Array.from(list.docs), weights: Float32Array.from(list.weights) });
  return frozen;
}

/** An inverted index over the knowledge base, rebuilt whenever the knowledge base reloads. */
export class Matcher {
  private readonly ids: string[];
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  private readonly questionPostings: Map<string, Postings>;
  private readonly profilePostings: Map<string, Postings>;
  private readonly docEntry: Int32Array;
  private readonly keywordsByFirst = new Map<string, KeywordPhrase[]>();
  private readonly typos: TypoCorrector;
  // Scratch buffers reused across queries (one query runs at a time in Node).
  private readonly docScores: Float64Array;
  private readonly profileScores: Float64Array;
  private readonly bestQuestion: Float64Array;
  private readonly coverScores: Float64Array;
  private readonly seen: Uint8Array;

  constructor(
    entries: readonly MatchableEntry[],
    private readonly analyze: Analyzer,
    private readonly weights: MatcherWeights = DEFAULT_WEIGHTS,
    maxFuzzyChars = DEFAULT_MAX_FUZZY_CHARS,
  ) {
    this.ids = entries.map((e) => e.id);
    const questionDocs: Array<{ entry: number; counts: Map<string, number> }> = [];
    const profiles: Array<Map<string, number>> = [];
    const df = new Map<string, number>();
    const vocabulary = new Set<string>();

    entries.forEach((entry, index) => {
      const profile = new Map<string, number>();
      const addToProfile = (tokens: string[], times: number): void => {
        for (const f of features(tokens)) profile.set(f, (profile.get(f) ?? 0) + times);
        for (const t of tokens) vocabulary.add(t);
      };
      for (const question of [entry.title, ...entry.questions]) {
        const tokens = analyze(question);
        if (tokens.length === 0) continue;
        questionDocs.push({ entry: index, counts: countFeatures(features(tokens)) });
        addToProfile(tokens, 1);
      }
      for (const keyword of entry.keywords) {
        const tokens = analyze(keyword);
        if (tokens.length === 0) continue;
        addToProfile(tokens, 2);
        const first = tokens[0] as string;
        const list = this.keywordsByFirst.get(first) ?? [];
        list.push({ entry: index, tokens });
        this.keywordsByFirst.set(first, list);
      }
      profiles.push(profile);
      for (const f of profile.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    });

    const n = Math.max(entries.length, 1);
    for (const [f, count] of df) this.idf.set(f, Math.log(1 + n / count));
    this.maxIdf = Math.log(1 + n / 0.5);

    this.docEntry = new Int32Array(questionDocs.length);
    const questionBuilder = new Map<string, PostingsBuilder>();
    questionDocs.forEach((doc, docIndex) => {
      this.docEntry[docIndex] = doc.entry;
      this.addDocument(questionBuilder, docIndex, doc.counts);
    });
    const profileBuilder = new Map<string, PostingsBuilder>();
    profiles.forEach((profile, entryIndex) => this.addDocument(profileBuilder, entryIndex, profile));
    this.questionPostings = freezePostings(questionBuilder);
    this.profilePostings = freezePostings(profileBuilder);

    this.docScores = new Float64Array(questionDocs.length);
    this.profileScores = new Float64Array(entries.length);
    this.bestQuestion = new Float64Array(entries.length);
    this.coverScores = new Float64Array(entries.length);
    this.seen = new Uint8Array(entries.length);
    this.typos = new TypoCorrector(vocabulary, { threshold: weights.typoThreshold, maxFuzzyChars });
  }

  /** Number of indexed entries. */
  get size(): number {
    return this.ids.length;
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
    const tokens = this.typos.correctAll(rawTokens);
    if (tokens.length === 0) return [];
    const query = this.weightedVector(countFeatures(features(tokens)), true);
    if (query.size === 0) return [];

    const touchedDocs: number[] = [];
    const touchedEntries: number[] = [];
    const touch = (entry: number): void => {
      if (this.seen[entry] === 0) {
        this.seen[entry] = 1;
        touchedEntries.push(entry);
      }
    };
    const unigramMass = this.unigramMass(tokens);
    for (const [t, mass] of unigramMass.byToken) {
      const postings = this.profilePostings.get(t);
      if (!postings) continue;
      const { docs } = postings;
      for (let i = 0; i < docs.length; i++) {
        const entry = docs[i] as number;
        touch(entry);
        this.coverScores[entry] = (this.coverScores[entry] as number) + mass;
      }
    }
    for (const [f, w] of query) {
      const questions = this.questionPostings.get(f);
      if (questions) {
        const { docs, weights } = questions;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          const before = this.docScores[doc] as number;
          if (before === 0) touchedDocs.push(doc);
          this.docScores[doc] = before + w * (weights[i] as number);
        }
      }
      const profiles = this.profilePostings.get(f);
      if (profiles) {
        const { docs, weights } = profiles;
        for (let i = 0; i < docs.length; i++) {
          const entry = docs[i] as number;
          touch(entry);
          this.profileScores[entry] = (this.profileScores[entry] as number) + w * (weights[i] as number);
        }
      }
    }

    for (const doc of touchedDocs) {
      const entry = this.docEntry[doc] as number;
      const score = this.docScores[doc] as number;
      if (score > (this.bestQuestion[entry] as number)) this.bestQuestion[entry] = score;
      this.docScores[doc] = 0;
    }

    const keywordCover = this.keywordCoverage(tokens);
    const { question, profile, keywords, coverage } = this.weights;
    // Keep only the best `limit` without sorting every touched entry.
    const ranked: Candidate[] = [];
    let floor = -1;
    for (const entry of touchedEntries) {
      const score =
        question * (this.bestQuestion[entry] as number) +
        profile * (this.profileScores[entry] as number) +
        keywords * (keywordCover.get(entry) ?? 0) +
        coverage * ((this.coverScores[entry] as number) / unigramMass.total);
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
    ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return ranked.slice(0, limit);
  }

  /** IDF mass of each distinct syllable of a question, and the total (unknown syllables weigh in too). */
  private unigramMass(tokens: readonly string[]): { byToken: Map<string, number>; total: number } {
    const byToken = new Map<string, number>();
    let total = 0;
    for (const t of new Set(tokens)) {
      const mass = this.idf.get(t) ?? this.maxIdf * this.weights.unknownWord;
      byToken.set(t, mass);
      total += mass;
    }
    return { byToken, total: total || 1 };
  }

  /**
   * TF-IDF weights, L2-normalised. For a question, unknown syllables keep the
   * highest weight so that a question mostly about something the knowledge
   * base does not cover scores low; unknown bigrams are left out (any two
   * words make a new bigram, which says little).
   */
  private weightedVector(counts: Map<string, number>, isQuery: boolean): Map<string, number> {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [f, tf] of counts) {
      const bigram = f.includes(' ');
      let idf = this.idf.get(f);
      if (idf === undefined) {
        if (!isQuery || bigram) continue;
        idf = this.maxIdf * this.weights.unknownWord;
      }
      const w = (1 + Math.log(tf)) * idf * (bigram ? this.weights.bigram : 1);
      vector.set(f, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) return new Map();
    for (const [f, w] of vector) vector.set(f, w / norm);
    // Unknown features only count towards the norm of a question.
    if (isQuery) for (const f of vector.keys()) if (!this.idf.has(f)) vector.delete(f);
    return vector;
  }

  private addDocument(postings: Map<string, PostingsBuilder>, doc: number, counts: Map<string, number>): void {
    for (const [f, w] of this.weightedVector(counts, false)) {
      let list = postings.get(f);
      if (!list) {
        list = { docs: [], weights: [] };
        postings.set(f, list);
      }
      list.docs.push(doc);
      list.weights.push(w);
    }
  }

  /** For each entry, the share of the question's syllable weight that its keyword phrases cover. */
  private keywordCoverage(tokens: readonly string[]): Map<number, number> {
    const tokenWeight = tokens.map((t) => this.idf.get(t) ?? this.maxIdf * this.weights.unknownWord);
    const total = tokenWeight.reduce((a, b) => a + b, 0);
    const covered = new Map<number, Set<number>>();
    tokens.forEach((token, start) => {
      for (const phrase of this.keywordsByFirst.get(token) ?? []) {
        const len = phrase.tokens.length;
        if (start + len > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < len; k++) if (tokens[start + k] !== phrase.tokens[k]) ok = false;
        if (!ok) continue;
        const set = covered.get(phrase.entry) ?? new Set<number>();
        for (let k = 0; k < len; k++) set.add(start + k);
        covered.set(phrase.entry, set);
      }
    });
    const coverage = new Map<number, number>();
    for (const [entry, positions] of covered) {
      let mass = 0;
      for (const p of positions) mass += tokenWeight[p] as number;
      coverage.set(entry, total > 0 ? mass / total : 0);
    }
    return coverage;
  }
}
