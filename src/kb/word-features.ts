/**
 * A trained model's word (`w:…`) and word-pair (`b:…_…`) features looked up
 * by the words themselves. Building `w:${word}` and `b:${first}_${second}`
 * for every word of every message made two new strings per word, each hashed
 * and looked up among 17,000 keys: the classifiers' largest cost after their
 * sums. Here a feature found once is remembered under its words, whose
 * strings the message's other readers have already hashed, in maps that hold
 * only the features the message met. Only features the model knows are
 * remembered, so no word a resident wrote is kept that the model did not
 * already hold; any other is looked up by its full name every time, as
 * before. The index returned is the model's own, so nothing read changes.
 */

/** A model's feature numbers, looked up by word and by word pair. */
export class WordFeatures {
  private readonly words = new Map<string, number>();
  private readonly pairs = new Map<string, Map<string, number>>();

  constructor(
    /** The model's features by full name (`w:…`, `b:…_…`, any others). */
    private readonly features: ReadonlyMap<string, number>,
  ) {}

  /** The number of feature `w:${word}`, or undefined when the model does not know it. */
  word(word: string): number | undefined {
    const known = this.words.get(word);
    if (known !== undefined) return known;
    const index = this.features.get(`w:${word}`);
    if (index !== undefined) this.words.set(word, index);
    return index;
  }

  /** The number of feature `b:${first}_${second}`, or undefined when the model does not know it. */
  pair(first: string, second: string): number | undefined {
    const after = this.pairs.get(first);
    const known = after?.get(second);
    if (known !== undefined) return known;
    const index = this.features.get(`b:${first}_${second}`);
    if (index === undefined) return undefined;
    if (after) after.set(second, index);
    else this.pairs.set(first, new Map([[second, index]]));
    return index;
  }
}

/**
 * A visitor that adds each known feature to `features` once, marking it in `seen`. Made by a module function, not
 * as a named closure inside the method: under tsx (esbuild's keepNames) each named closure made costs a
 * defineProperty, about 0.5 µs, and its calls cost more than an unnamed one's; this runs for every message.
 */
export function collectFeature(seen: Uint8Array, features: number[]): (index: number | undefined) => void {
  return (index) => {
    if (index !== undefined && seen[index] === 0) {
      seen[index] = 1;
      features.push(index);
    }
  };
}
