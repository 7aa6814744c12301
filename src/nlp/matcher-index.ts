/**
 * The matcher's index in flat arrays: every syllable and syllable pair of the
 * knowledge base gets a number, and the documents holding each feature sit in
 * one shared typed array (compressed rows), not in a map of small arrays. At
 * 10,000 entries that is about a million postings in four arrays instead of a
 * million objects, which is what made the build slow and heavy.
 */
import { pause, type Steps } from '../kb/steps.ts';

/** The documents holding feature f: `docs[offsets[f] … offsets[f + 1])`, with their weights at the same places. */
export interface PostingLists {
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

/** The features' numbering in flat form, as built in the check worker and moved to the main thread (see `FeatureNumbers.packed`). */
export interface PackedFeatures {
  /** Every syllable, by number. */
  syllables: string[];
  /** How many features are numbered (syllables, then pairs). */
  total: number;
  /** The pair table: two slots (first, second syllable) per bucket, −1 when empty. */
  pairKeys: Int32Array;
  /** The pair number in each bucket. */
  pairIds: Int32Array;
}

/** Buckets of a new pair table; it doubles when half full. */
const FIRST_PAIR_BUCKETS = 1024;

/** The bucket a pair hashes to, in a table of `mask + 1` buckets. */
function pairBucket(first: number, second: number, mask: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
}

/**
 * Numbers of the features: syllables first (0 … syllables − 1, once all are
 * known), then syllable pairs, numbered as they are met. Pairs sit in an
 * open-addressing table of typed arrays, not a Map: at 10,000 entries there
 * are hundreds of thousands of them, and typed arrays can be moved from the
 * check worker to the main thread instead of being rebuilt there.
 */
export class FeatureNumbers {
  private pairKeys: Int32Array = new Int32Array(2 * FIRST_PAIR_BUCKETS).fill(-1);
  private pairIds: Int32Array = new Int32Array(FIRST_PAIR_BUCKETS);
  private pairCount = 0;
  private syllableCount = -1;
  private total = 0;

  /** `syllableIds` and `syllableList` start empty, or are another numbering's, closed, shared and never added to again. */
  constructor(
    private readonly syllableIds = new Map<string, number>(),
    private readonly syllableList: string[] = [],
  ) {}

  /** True when this numbering holds exactly `syllables`, in this order; pausing between slices of work. */
  *sameSyllables(syllables: readonly string[]): Steps<boolean> {
    if (syllables.length !== this.syllableList.length) return false;
    for (let i = 0; i < syllables.length; i++) {
      if (i % 4096 === 0) yield* pause();
      if (syllables[i] !== this.syllableList[i]) return false;
    }
    return true;
  }

  /**
   * The numbering packed by `packed`, taken in with pauses between slices of work; with `same`, a numbering
   * of the very same syllables (see `sameSyllables`), whose syllable table is shared instead of built again.
   */
  static *fromPacked(packed: PackedFeatures, same?: FeatureNumbers): Steps<FeatureNumbers> {
    const numbers = same ? new FeatureNumbers(same.syllableIds, same.syllableList) : new FeatureNumbers(new Map(), []);
    if (!same)
      for (let i = 0; i < packed.syllables.length; i++) {
        if (i % 1024 === 0) yield* pause();
        numbers.addSyllable(packed.syllables[i] as string);
      }
    numbers.closeSyllables();
    numbers.total = packed.total;
    numbers.pairKeys = packed.pairKeys;
    numbers.pairIds = packed.pairIds;
    numbers.pairCount = packed.total - numbers.syllableCount;
    return numbers;
  }

  /** The numbering in flat form, to move to another thread (its arrays are shared, not copied). */
  packed(): PackedFeatures {
    return { syllables: this.syllableList, total: this.total, pairKeys: this.pairKeys, pairIds: this.pairIds };
  }

  /** The number of a syllable, given a new one while syllables are still being added. */
  addSyllable(syllable: string): number {
    let id = this.syllableIds.get(syllable);
    if (id === undefined) {
      if (this.syllableCount >= 0) throw new Error('syllables are closed');
      id = this.syllableIds.size;
      this.syllableIds.set(syllable, id);
      this.syllableList.push(syllable);
    }
    return id;
  }

  /** Ends the syllables; pairs can be numbered from now on. */
  closeSyllables(): void {
    this.syllableCount = this.syllableIds.size;
    this.total = this.syllableCount;
  }

  /** The number of the pair of two syllable numbers, given a new one when `add`. */
  pair(first: number, second: number, add: boolean): number {
    const keys = this.pairKeys;
    const mask = this.pairIds.length - 1;
    let bucket = pairBucket(first, second, mask);
    for (;;) {
      const at = keys[2 * bucket] as number;
      if (at === -1) break;
      if (at === first && keys[2 * bucket + 1] === second) return this.pairIds[bucket] as number;
      bucket = (bucket + 1) & mask;
    }
    if (!add) return -1;
    const id = this.total++;
    keys[2 * bucket] = first;
    keys[2 * bucket + 1] = second;
    this.pairIds[bucket] = id;
    if (++this.pairCount * 2 > this.pairIds.length) this.growPairs();
    return id;
  }

  /** Doubles the pair table. */
  private growPairs(): void {
    const oldKeys = this.pairKeys;
    const oldIds = this.pairIds;
    const buckets = oldIds.length * 2;
    const mask = buckets - 1;
    this.pairKeys = new Int32Array(2 * buckets).fill(-1);
    this.pairIds = new Int32Array(buckets);
    for (let b = 0; b < oldIds.length; b++) {
      const first = oldKeys[2 * b] as number;
      if (first === -1) continue;
      const second = oldKeys[2 * b + 1] as number;
      let bucket = pairBucket(first, second, mask);
      while (this.pairKeys[2 * bucket] !== -1) bucket = (bucket + 1) & mask;
      this.pairKeys[2 * bucket] = first;
      this.pairKeys[2 * bucket + 1] = second;
      this.pairIds[bucket] = oldIds[b] as number;
    }
  }

  /** The number of a known syllable, or −1. */
  syllable(syllable: string): number {
    return this.syllableIds.get(syllable) ?? -1;
  }

  /** True for pair numbers. */
  isPair(feature: number): boolean {
    return feature >= this.syllableCount;
  }

  /** Every known syllable. */
  syllables(): IterableIterator<string> {
    return this.syllableIds.keys();
  }

  /** How many syllables are numbered. */
  get syllableTotal(): number {
    return this.syllableCount;
  }

  /** How many features are numbered. */
  get size(): number {
    return this.total;
  }
}

/** Documents of (feature, value) pairs, one after another in flat arrays: a few large arrays instead of a map per document. */
export class FlatDocuments {
  /** The features of every document, the first `length` in use; typed, since a million boxed numbers pushed one by one took a fifth of a 10,000-entry build. */
  features = new Int32Array(1024);
  /** Each feature's value (a count, or a weight once divided by its norm), exactly as a number holds it. */
  values = new Float64Array(1024);
  /** Where each document's features start, the first `count + 1` in use. */
  starts = new Int32Array(1024);
  /** The features (and values) in use. */
  length = 0;
  /** How many documents have ended. */
  count = 0;

  /** Appends a feature of the current document. */
  push(feature: number, value: number): void {
    if (this.length === this.features.length) {
      const features = new Int32Array(this.length * 2);
      features.set(this.features);
      this.features = features;
      const values = new Float64Array(this.length * 2);
      values.set(this.values);
      this.values = values;
    }
    this.features[this.length] = feature;
    this.values[this.length++] = value;
  }

  /** Ends the current document. */
  end(): void {
    if (this.count + 1 === this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    this.starts[++this.count] = this.length;
  }
}

/** Weighted documents, being collected for `toPostings`. */
export class DocumentVectors extends FlatDocuments {
  /** Ends the current document, dividing its weights by `norm` (a document of norm 0 is left empty). */
  endDocument(norm: number): void {
    const start = this.starts[this.count] as number;
    if (norm === 0) this.length = start;
    else for (let i = start; i < this.length; i++) this.values[i] = (this.values[i] as number) / norm;
    this.end();
  }

  /** The postings of every feature, documents ascending (in two passes: count, then place), pausing between documents. */
  *toPostings(featureCount: number): Steps<PostingLists> {
    const offsets = new Int32Array(featureCount + 1);
    // A million postings at 10,000 entries: each pass pauses too.
    for (let i = 0; i < this.length; i++) {
      if (i % 65_536 === 0) yield* pause();
      const feature = this.features[i] as number;
      offsets[feature + 1] = (offsets[feature + 1] as number) + 1;
    }
    for (let f = 0; f < featureCount; f++) {
      if (f % 65_536 === 0) yield* pause();
      offsets[f + 1] = (offsets[f + 1] as number) + (offsets[f] as number);
    }
    const next = offsets.slice(0, featureCount);
    const docs = new Int32Array(this.length);
    const weights = new Float32Array(this.length);
    for (let doc = 0; doc < this.count; doc++) {
      if (doc % 256 === 0) yield* pause();
      for (let i = this.starts[doc] as number; i < (this.starts[doc + 1] as number); i++) {
        const feature = this.features[i] as number;
        const at = next[feature] as number;
        next[feature] = at + 1;
        docs[at] = doc;
        weights[at] = this.values[i] as number;
      }
    }
    return { offsets, docs, weights };
  }
}
