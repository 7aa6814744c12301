/**
 * The candidate filter of typo correction: an index, built once per
 * vocabulary, that finds the few known words a misspelt syllable could be a
 * typo of without looking at the others.
 *
 * Fuse.js's bitap accepts a word when the pattern lines up with some part of
 * it in at most k edits (insertions, deletions, substitutions, counted in
 * UTF-16 code units), k being the most errors its threshold allows for the
 * pattern's length. Each edit removes at most one of the pattern's letters
 * and at most two of its letter pairs from that alignment, and what survives
 * is found, in order, in the word. So every word Fuse can accept shares with
 * the pattern at least m − k letters and m − 1 − 2k letter pairs (counted with
 * repeats; m = the pattern's length). The index lists, for each letter and
 * letter pair, the words holding it at least once, twice, …, so those shared
 * counts are added up over the words that share anything, and the words below
 * either bound are dropped. No word Fuse would accept is ever dropped.
 */

/** Words holding a gram (a letter or a letter pair): `byCount[c - 1]` lists those holding it at least c times, ascending. */
type GramPostings = Int32Array[];

/** Counts of each gram in `text` (grams of `size` code units). */
function gramCounts(text: string, size: 1 | 2): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= text.length; i++) {
    const gram = text.slice(i, i + size);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** How many of `word`'s letters (with repeats) the pattern also has. */
function sharedLetters(word: string, patternLetters: ReadonlyMap<string, number>): number {
  const left = new Map(patternLetters);
  let shared = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word[i] as string;
    const count = left.get(letter);
    if (count) {
      shared++;
      left.set(letter, count - 1);
    }
  }
  return shared;
}

/** Inverted lists from each gram to the words holding it, built from a fixed list of words. */
function buildPostings(words: readonly string[], size: 1 | 2): Map<string, GramPostings> {
  const lists = new Map<string, number[][]>();
  words.forEach((word, index) => {
    for (const [gram, count] of gramCounts(word, size)) {
      let byCount = lists.get(gram);
      if (!byCount) {
        byCount = [];
        lists.set(gram, byCount);
      }
      for (let c = 0; c < count; c++) {
        if (byCount.length <= c) byCount.push([]);
        (byCount[c] as number[]).push(index);
      }
    }
  });
  const postings = new Map<string, GramPostings>();
  for (const [gram, byCount] of lists)
    postings.set(
      gram,
      byCount.map((list) => Int32Array.from(list)),
    );
  return postings;
}

/** Finds the words of a vocabulary that could be within k edits of a pattern, by shared letters and letter pairs. */
export class TypoCandidateIndex {
  private readonly letters: Map<string, GramPostings>;
  private readonly pairs: Map<string, GramPostings>;
  /** Scratch counters, one per word, left at zero between calls. */
  private readonly sharedLetters: Uint16Array;
  private readonly sharedPairs: Uint16Array;

  /** `words`: the vocabulary, in the order candidates are returned in. */
  constructor(private readonly words: readonly string[]) {
    this.letters = buildPostings(words, 1);
    this.pairs = buildPostings(words, 2);
    this.sharedLetters = new Uint16Array(words.length);
    this.sharedPairs = new Uint16Array(words.length);
  }

  /** Indices (ascending) of the words that could match `pattern` within `maxEdits` edits; every word Fuse could accept is among them. */
  candidates(pattern: string, maxEdits: number): number[] {
    const neededLetters = pattern.length - maxEdits;
    const neededPairs = pattern.length - 1 - 2 * maxEdits;
    const patternLetters = gramCounts(pattern, 1);
    const close: number[] = [];
    if (neededPairs > 0) {
      // Letter pairs are rarer than letters: start from the words sharing enough of them.
      for (const word of this.count(this.pairs, gramCounts(pattern, 2), this.sharedPairs)) {
        if (
          (this.sharedPairs[word] as number) >= neededPairs &&
          sharedLetters(this.words[word] as string, patternLetters) >= neededLetters
        )
          close.push(word);
        this.sharedPairs[word] = 0;
      }
    } else {
      for (const word of this.count(this.letters, patternLetters, this.sharedLetters)) {
        if ((this.sharedLetters[word] as number) >= neededLetters) close.push(word);
        this.sharedLetters[word] = 0;
      }
    }
    return close.sort((a, b) => a - b);
  }

  /** Adds up, into `shared`, how many of the pattern's grams each word holds; returns the words touched. */
  private count(index: Map<string, GramPostings>, grams: Map<string, number>, shared: Uint16Array): number[] {
    const touched: number[] = [];
    for (const [gram, count] of grams) {
      const byCount = index.get(gram);
      if (!byCount) continue;
      for (let c = 0; c < count && c < byCount.length; c++) {
        const list = byCount[c] as Int32Array;
        for (let i = 0; i < list.length; i++) {
          const word = list[i] as number;
          const before = shared[word] as number;
          if (before === 0) touched.push(word);
          shared[word] = before + 1;
        }
      }
    }
    return touched;
  }
}
