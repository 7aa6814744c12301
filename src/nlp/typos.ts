/**
 * Typo correction: maps a syllable the knowledge base has never seen ("hvi",
 * "tổng đìa" folded to "dia") to the closest one it knows, with Fuse.js.
 *
 * Fuse's bitap search costs time in proportion to the vocabulary and to the
 * word's length, and anyone can send words nobody has seen, so the work is
 * bounded three ways, none of which changes a correction Fuse would make:
 * - a word longer than every known word by more than one letter, or with too
 *   many letters no known word uses, cannot be within the edit threshold of
 *   any known word, so Fuse is not asked;
 * - before Fuse scores a word, the vocabulary is narrowed, through an index
 *   built with it, to the words sharing enough letters and letter pairs with
 *   it to be within the threshold (see typo-index.ts): Fuse then scores only
 *   those, and the corrections are the ones it makes over the whole vocabulary;
 * - each message may spend at most `maxFuzzyChars` letters on fuzzy search;
 *   unseen words past that budget are left as they are.
 */
import Fuse from 'fuse.js';
import { TypoCandidateIndex } from './typo-index.ts';

/** How a `TypoCorrector` decides and how much work it may do. */
export interface TypoOptions {
  /** Fuse.js score (0 = exact) under which a misspelt syllable is replaced by a known one. */
  threshold: number;
  /**
   * Letters of unseen words a single message may send to fuzzy search (a word
   * of n letters costs n, whether or not its correction is cached, so that
   * a message is always read the same way).
   */
  maxFuzzyChars: number;
}

/** Letters per message sent to fuzzy search by default: far above what real questions need (see `npm run bench:worst`). */
export const DEFAULT_MAX_FUZZY_CHARS = 160;

const CACHE_LIMIT = 10_000;
/** Shortest word worth correcting. */
const MIN_TYPO_LENGTH = 3;
const SHORT_TOKEN_LENGTH = 3;
/** Fuse.js splits longer patterns into chunks, each searched over the whole vocabulary. */
const FUSE_MAX_PATTERN_LENGTH = 32;
const DIGIT = /\d/;
const ALL_DIGITS = /^\d+$/;

/** True when two words are made of the same letters (a transposition typo). */
function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

/** The most edits Fuse tolerates in a word of `length` letters at `threshold` (its score is edits / length). */
function maxEdits(length: number, threshold: number): number {
  let edits = 0;
  while ((edits + 1) / length <= threshold) edits++;
  return edits;
}

/** Corrects misspelt syllables against a fixed vocabulary, within a per-message budget. */
export class TypoCorrector {
  private readonly words: string[];
  private readonly fuse: Fuse<string>;
  private readonly fuseOptions;
  private readonly cache = new Map<string, string | null>();
  /** Every letter the vocabulary uses. */
  private readonly alphabet = new Set<string>();
  private readonly index: TypoCandidateIndex;
  private readonly longestWord: number;

  /** `vocabulary`: every syllable the knowledge base knows; a typo may be corrected to any but numbers and single letters. */
  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    private readonly options: TypoOptions,
  ) {
    this.words = [...vocabulary].filter((w) => w.length >= MIN_TYPO_LENGTH - 1 && !ALL_DIGITS.test(w));
    this.fuseOptions = {
      includeScore: true,
      threshold: options.threshold,
      ignoreLocation: true,
      isCaseSensitive: true,
    } as const;
    this.fuse = new Fuse(this.words, this.fuseOptions);
    for (const word of this.words) for (const letter of word) this.alphabet.add(letter);
    this.index = new TypoCandidateIndex(this.words);
    this.longestWord = this.words.reduce((max, w) => Math.max(max, w.length), 0);
  }

  /** Corrects the syllables of one message, spending at most `maxFuzzyChars` letters on fuzzy search. */
  correctAll(tokens: readonly string[]): string[] {
    let budget = this.options.maxFuzzyChars;
    return tokens.map((token) => {
      if (!this.worthSearching(token) || token.length > budget) return token;
      budget -= token.length;
      return this.correct(token);
    });
  }

  /** False for words that are known, too short, numbers, or that no known word could be a typo of. */
  private worthSearching(token: string): boolean {
    if (this.vocabulary.has(token) || token.length < MIN_TYPO_LENGTH || DIGIT.test(token)) return false;
    // A correction is at most one letter longer or shorter.
    if (token.length > Math.min(this.longestWord + 1, FUSE_MAX_PATTERN_LENGTH)) return false;
    let foreign = 0;
    for (const letter of token) if (!this.alphabet.has(letter)) foreign++;
    return foreign <= maxEdits(token.length, this.options.threshold);
  }

  /** The closest known spelling of an unseen syllable, or the syllable itself when none is close. */
  private correct(token: string): string {
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached ?? token;
    // Three-letter syllables are one edit away from dozens of others, so for them
    // only swapped letters count as a typo ("hvi" → "hiv").
    const short = token.length <= SHORT_TOKEN_LENGTH;
    const candidates = this.search(token, short ? 10 : 1);
    const best = short
      ? candidates.find((c) => c.item.length === token.length && sameLetters(c.item, token))
      : candidates[0];
    const correction =
      best && (best.score ?? 1) <= this.options.threshold && Math.abs(best.item.length - token.length) <= 1
        ? best.item
        : null;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, correction);
    return correction ?? token;
  }

  /**
   * Fuse's results over the whole vocabulary, computed over only the words the
   * index says could be within the threshold: the others cannot match, and Fuse
   * scores each word on its own, so the results (and their order, which follows
   * the vocabulary's on ties) are the same.
   */
  private search(token: string, limit: number): Array<{ item: string; score?: number }> {
    const close = this.index.candidates(token, maxEdits(token.length, this.options.threshold));
    if (close.length === 0) return [];
    const fuse =
      close.length === this.words.length
        ? this.fuse
        : new Fuse(
            close.map((w) => this.words[w] as string),
            this.fuseOptions,
          );
    return fuse.search(token, { limit });
  }
}
