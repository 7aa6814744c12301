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
 * Fuse.js does what it is best at: mapping a misspelt syllable ("hvi", "tổng
 * đìa") to the closest one the knowledge base knows.
 */
import Fuse from 'fuse.js';

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

/** Weights tuned on the evaluation sets in test/eval (see `npm run eval`). */
export const DEFAULT_WEIGHTS: MatcherWeights = {
  question: 0.3,
  profile: 0.3,
  keywords: 0.15,
  coverage: 0.1,
  unknownWord: 0.5,
  bigram: 0.8,
  typoThreshold: 0.34,
};

interface Posting {
  doc: number;
  weight: number;
}

interface KeywordPhrase {
  entry: number;
  tokens: string[];
}

const TYPO_CACHE_LIMIT = 10_000;
const MIN_TYPO_LENGTH = 3;

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

/** An inverted index over the knowledge base, rebuilt whenever the knowledge base reloads. */
export class Matcher {
  private readonly ids: string[];
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  private readonly questionPostings = new Map<string, Posting[]>();
  private readonly profilePostings = new Map<string, Posting[]>();
  private readonly docEntry: Int32Array;
  private readonly keywordsByFirst = new Map<string, KeywordPhrase[]>();
  private readonly vocabulary: Set<string>;
  private readonly fuzzyVocabulary: Fuse<string>;
  private readonly typoCache = new Map<string, string | null>();
  // Scratch buffers reused across queries (one query runs at a time in Node).
  private readonly docScores: Float64Array;
  private readonly profileScores: Float64Array;

  constructor(
    entries: readonly MatchableEntry[],
    private readonly analyze: Analyzer,
    private readonly weights: MatcherWeights = DEFAULT_WEIGHTS,
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
    questionDocs.forEach((doc, docIndex) => {
      this.docEntry[docIndex] = doc.entry;
      this.addDocument(this.questionPostings, docIndex, doc.counts);
    });
    profiles.forEach((profile, entryIndex) => this.addDocument(this.profilePostings, entryIndex, profile));

    this.docScores = new Float64Array(questionDocs.length);
    this.profileScores = new Float64Array(entries.length);
    this.vocabulary = vocabulary;
    const fuzzyWords = [...vocabulary].filter((w) => w.length >= MIN_TYPO_LENGTH - 1 && !/^\d+$/.test(w));
    this.fuzzyVocabulary = new Fuse(fuzzyWords, {
      includeScore: true,
      threshold: weights.typoThreshold,
      ignoreLocation: true,
      isCaseSensitive: true,
    });
  }

  /** Number of indexed entries. */
  get size(): number {
    return this.ids.length;
  }

  /** Analyzes a question and ranks entries; see `rankTokens`. */
  rank(question: string, limit = 5): Candidate[] {
    return this.rankTokens(this.analyze(question), limit);
  }

  /** Ranks entries for already-analysed syllables, best first, at most `limit` of them. */
  rankTokens(rawTokens: readonly string[], limit = 5): Candidate[] {
    const tokens = rawTokens.map((t) => this.correctTypo(t));
    if (tokens.length === 0) return [];
    const query = this.weightedVector(countFeatures(features(tokens)), true);
    if (query.size === 0) return [];

    const touchedDocs: number[] = [];
    const touchedEntries = new Set<number>();
    const unigramMass = this.unigramMass(tokens);
    const cover = new Map<number, number>();
    for (const [t, mass] of unigramMass.byToken) {
      for (const p of this.profilePostings.get(t) ?? []) cover.set(p.doc, (cover.get(p.doc) ?? 0) + mass);
    }
    for (const [f, w] of query) {
      for (const p of this.questionPostings.get(f) ?? []) {
        const before = this.docScores[p.doc] as number;
        if (before === 0) touchedDocs.push(p.doc);
        this.docScores[p.doc] = before + w * p.weight;
      }
      for (const p of this.profilePostings.get(f) ?? []) {
        const before = this.profileScores[p.doc] as number;
        if (before === 0) touchedEntries.add(p.doc);
        this.profileScores[p.doc] = before + w * p.weight;
      }
    }

    const bestQuestion = new Map<number, number>();
    for (const doc of touchedDocs) {
      const entry = this.docEntry[doc] as number;
      const score = this.docScores[doc] as number;
      if (score > (bestQuestion.get(entry) ?? 0)) bestQuestion.set(entry, score);
      this.docScores[doc] = 0;
      touchedEntries.add(entry);
    }

    const keywordCover = this.keywordCoverage(tokens);
    const { question, profile, keywords, coverage } = this.weights;
    const ranked: Candidate[] = [];
    for (const entry of touchedEntries) {
      const score =
        question * (bestQuestion.get(entry) ?? 0) +
        profile * (this.profileScores[entry] as number) +
        keywords * (keywordCover.get(entry) ?? 0) +
        coverage * ((cover.get(entry) ?? 0) / unigramMass.total);
      this.profileScores[entry] = 0;
      ranked.push({ id: this.ids[entry] as string, score: Math.min(1, score) });
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

  /** Replaces a syllable the knowledge base has never seen with its closest known spelling, if one is close. */
  private correctTypo(token: string): string {
    if (this.vocabulary.has(token) || token.length < MIN_TYPO_LENGTH || /\d/.test(token)) return token;
    const cached = this.typoCache.get(token);
    if (cached !== undefined) return cached ?? token;
    const [best] = this.fuzzyVocabulary.search(token, { limit: 1 });
    const correction =
      best && (best.score ?? 1) <= this.weights.typoThreshold && Math.abs(best.item.length - token.length) <= 1
        ? best.item
        : null;
    if (this.typoCache.size >= TYPO_CACHE_LIMIT) this.typoCache.clear();
    this.typoCache.set(token, correction);
    return correction ?? token;
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

  private addDocument(postings: Map<string, Posting[]>, doc: number, counts: Map<string, number>): void {
    for (const [f, w] of this.weightedVector(counts, false)) {
      const list = postings.get(f) ?? [];
      list.push({ doc, weight: w });
      postings.set(f, list);
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
