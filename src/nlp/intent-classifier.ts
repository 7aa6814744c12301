/**
 * The statistical half of understanding a question: a linear model (one
 * perceptron per entry, plus one for "out of scope", from @nlpjs/neural)
 * over folded syllables and syllable pairs (optionally also character
 * n-grams and accented syllables, see `IntentReading`), trained by
 * `npm run train:intents` from the entries' own wording and a labelled
 * corpus, and stored in knowledge/intent-model.json. The matcher remembers
 * the wording it was given; the classifier learns which words tell entries
 * apart, so a question worded like nobody wrote it still finds its entry, and
 * a near miss learns to look like the out-of-scope lines it resembles.
 * Deterministic, offline, microseconds per message.
 */
import { createHash } from 'node:crypto';
import neural, { type NeuralModel, type TrainingRow } from '@nlpjs/neural';
import type { IntentModel } from '../kb/intent-schema.ts';
import { type NetworkRows, networkRowsInSteps } from '../kb/network-rows.ts';
import { pause, runSteps, type Steps } from '../kb/steps.ts';
import { collectFeature, WordFeatures } from '../kb/word-features.ts';

/** The class of questions no entry answers. */
export const OUT_OF_SCOPE = '__out_of_scope__';

/** Which features the classifier reads; stored with the model, so a question is read the way training read it. */
export interface IntentReading {
  /** Character n-grams of the folded text, of this length (0: none): a misspelt or run-together word still shares most of them. */
  charGrams: number;
  /** Also each syllable as typed with its accents ("từ" and "tu" differ), when it was typed with them. */
  accented: boolean;
}

/** Folded syllables and syllable pairs only: the reading of a model stored without one. */
const PLAIN_READING: IntentReading = { charGrams: 0, accented: false };

/** A question as the classifier reads it: folded syllables, and the accented ones the person typed. */
export interface IntentInput {
  syllables: readonly string[];
  /** Syllables typed with accents, lower case (those typed without have none to add). */
  accented?: readonly string[];
}

function intentFeatures(input: IntentInput, reading: IntentReading): Record<string, number> {
  const features: Record<string, number> = {};
  forEachFeature(input, reading, (feature) => {
    features[feature] = 1;
  });
  return features;
}

function forEachFeature(input: IntentInput, reading: IntentReading, visit: (feature: string) => void): void {
  const { syllables } = input;
  for (let i = 0; i < syllables.length; i++) {
    const word = syllables[i] as string;
    visit(`w:${word}`);
    const next = syllables[i + 1];
    if (next !== undefined) visit(`b:${word}_${next}`);
  }
  forEachOtherFeature(input, reading, visit);
}

/** The features after the words and word pairs, in `forEachFeature`'s order: accented syllables, character n-grams. */
function forEachOtherFeature(input: IntentInput, reading: IntentReading, visit: (feature: string) => void): void {
  const { syllables } = input;
  if (reading.accented) for (const word of input.accented ?? []) visit(`a:${word}`);
  const n = reading.charGrams;
  if (n > 0 && syllables.length > 0) {
    const text = ` ${syllables.join(' ')} `;
    for (let i = 0; i + n <= text.length; i++) visit(`c:${text.slice(i, i + n)}`);
  }
}
/** What the classifier thinks of a question: a probability per class (entries and OUT_OF_SCOPE), summing to 1. */
export interface IntentScores {
  /** Probability of each entry id the model knows (missing: 0). */
  entries: ReadonlyMap<string, number>;
  /** Probability that no entry answers it. */
  outOfScope: number;
}

/** What the classifier builds from its model: the network's weights by feature, and each feature's index. */
interface IntentParts {
  rows: NetworkRows;
  featureIndex: ReadonlyMap<string, number>;
}

/** The classifier's parts, built with pauses between slices of work (see kb/steps.ts). */
function* intentPartsInSteps(model: IntentModel): Steps<IntentParts> {
  const featureIndex = new Map<string, number>();
  const { features } = model.network;
  for (let i = 0; i < features.length; i++) {
    if (i % 1024 === 0) yield* pause();
    featureIndex.set(features[i] as string, i);
  }
  return { rows: yield* networkRowsInSteps(model.network as NeuralModel), featureIndex };
}

/** A classifier built from its model with pauses between slices of work, so a reload with a new model lets answers through. */
export function* intentClassifierInSteps(model: IntentModel): Steps<IntentClassifier> {
  return new IntentClassifier(model, yield* intentPartsInSteps(model));
}

/** A trained classifier, ready to score questions. */
export class IntentClassifier {
  /** The network's weights, read feature by feature. */
  private readonly rows: NetworkRows;
  /** Each known feature's index in the model, so a question's features are looked up once, in a Map. */
  private readonly featureIndex: ReadonlyMap<string, number>;
  /** The same features by word and word pair, so that no `w:`/`b:` name is built per question. */
  private readonly words: WordFeatures;
  /** Scratch marks of the features already met in the question being scored (one question at a time in Node). */
  private readonly seen: Uint8Array;
  /** Scratch outputs of the network, by its class order. */
  private readonly outputs: Float64Array;
  /** For each class, the index of its output (a class the network lacks reads as 0). */
  private readonly classOutput: Int32Array;
  private readonly classes: readonly string[];
  /** The entry ids the model was trained on. */
  readonly entryIds: ReadonlySet<string>;
  private readonly reading: IntentReading;

  constructor(model: IntentModel, parts: IntentParts = runSteps(intentPartsInSteps(model))) {
    this.rows = parts.rows;
    this.featureIndex = parts.featureIndex;
    this.words = new WordFeatures(parts.featureIndex);
    const { features, intents } = model.network;
    this.seen = new Uint8Array(features.length);
    this.outputs = new Float64Array(this.rows.width);
    const byName = new Map(this.rows.names.map((name, i) => [name, i]));
    this.classOutput = Int32Array.from(intents, (id) => byName.get(id) ?? -1);
    this.classes = intents;
    this.entryIds = new Set(intents.filter((id) => id !== OUT_OF_SCOPE));
    this.reading = model.reading ?? PLAIN_READING;
  }

  /** Scores a question's folded syllables (as the engine reads them), and its accented ones. */
  classify(syllables: readonly string[], accented: readonly string[] = []): IntentScores {
    const outputs = this.outputs;
    this.rows.outputs(this.featureKeys(syllables, accented), outputs);
    let total = 0;
    for (let c = 0; c < this.classOutput.length; c++) total += outputs[this.classOutput[c] as number] ?? 0;
    const entries = new Map<string, number>();
    // No class fires: the classifier has no opinion, and the matcher alone decides.
    if (total <= 0) return { entries, outOfScope: 0 };
    // Outputs are trained towards 1 for the right class; shares of their sum read as probabilities.
    const norm = Math.max(total, 1);
    let outOfScope = 0;
    for (let c = 0; c < this.classes.length; c++) {
      const id = this.classes[c] as string;
      const value = outputs[this.classOutput[c] as number] ?? 0;
      if (id === OUT_OF_SCOPE) outOfScope = value;
      else if (value > 0) entries.set(id, Math.min(1, value / norm));
    }
    return { entries, outOfScope: Math.min(1, outOfScope / norm) };
  }

  /** The indexes of a question's known features, each once, in the order they are met (the order the network sums them). */
  private featureKeys(syllables: readonly string[], accented: readonly string[]): number[] {
    const keys: number[] = [];
    const seen = this.seen;
    const add = collectFeature(seen, keys);
    // forEachFeature's words and pairs, looked up by their words.
    const words = this.words;
    for (let i = 0; i < syllables.length; i++) {
      const word = syllables[i] as string;
      add(words.word(word));
      const next = syllables[i + 1];
      if (next !== undefined) add(words.pair(word, next));
    }
    forEachOtherFeature({ syllables, accented }, this.reading, (feature) => add(this.featureIndex.get(feature)));
    for (const index of keys) seen[index] = 0;
    return keys;
  }
}

/** One labelled question for training: an entry id, or null when no entry answers it. */
export interface IntentExample extends IntentInput {
  intent: string | null;
  /** Where it comes from (a training file, the entries, the agencies): a feature must recur across sources (see `minSources`). */
  source?: string;
}

/** How the classifier is trained; the defaults are what cross-validation on the training corpus chose. */
export interface IntentTraining extends IntentReading {
  /** Passes over the rows (training usually settles earlier). */
  iterations: number;
  /** The network's step size. */
  learningRate: number;
  /**
   * A feature seen in fewer sources than this is dropped (when every example names its source); the
   * entries' own wording is always kept, so a new entry is learnt from its file alone.
   */
  minSources: number;
  /** Repeat the examples of small classes, up to this many times, towards the size of the median class (1: off). */
  balance: number;
}

/**
 * The library's default learning rate (0.6) learns the training questions by
 * heart; 0.01 generalised best on a held-out half of the training corpus
 * (80% top-1 against 63%; 0.005 to 0.02 all did about as well).
 */
export const DEFAULT_INTENT_TRAINING: IntentTraining = {
  iterations: 150,
  learningRate: 0.01,
  charGrams: 0,
  accented: false,
  minSources: 1,
  balance: 1,
};

/** The source name of the entries' own wording. */
export const ENTRIES_SOURCE = 'entries';

/** Trains a classifier: each entry id is a class, and every out-of-scope question teaches OUT_OF_SCOPE. */
export function trainIntentModel(
  examples: readonly IntentExample[],
  meta: { trainedOn: string; entriesDigest: string; entryDigests: Record<string, string> },
  training: IntentTraining = DEFAULT_INTENT_TRAINING,
): IntentModel {
  const reading: IntentReading = { charGrams: training.charGrams, accented: training.accented };
  const used = examples.filter((e) => e.syllables.length > 0);
  const inputs = used.map((e) => intentFeatures(e, reading));
  const kept = recurringFeatures(inputs, used, training.minSources);
  const rows: TrainingRow[] = used.map((e, i) => ({
    input: Object.fromEntries(Object.entries(inputs[i] as Record<string, number>).filter(([f]) => kept(f))),
    output: { [e.intent ?? OUT_OF_SCOPE]: 1 },
  }));
  const network = new neural.NeuralNetwork({
    iterations: training.iterations,
    learningRate: training.learningRate,
    log: false,
  });
  network.train(mixed(balanced(rows, training.balance)));
  const json = network.toJSON();
  // Four decimals keep the file small and byte-for-byte reproducible.
  const perceptrons = (json.perceptrons ?? []).map((weights) => weights.map((w) => Math.round(w * 1e4) / 1e4));
  const plain = reading.charGrams === 0 && !reading.accented;
  return {
    trainedOn: meta.trainedOn,
    rows: rows.length,
    entriesDigest: meta.entriesDigest,
    entryDigests: meta.entryDigests,
    ...(plain ? {} : { reading }),
    network: {
      settings: json.settings as Record<string, unknown>,
      features: json.features ?? [],
      intents: json.intents ?? [],
      perceptrons,
    },
  };
}

/** Which features to keep: those of the entries' wording, and those seen in at least `minSources` sources. */
function recurringFeatures(
  inputs: readonly Record<string, number>[],
  examples: readonly IntentExample[],
  minSources: number,
): (feature: string) => boolean {
  if (minSources <= 1 || examples.some((e) => e.source === undefined)) return () => true;
  const sources = new Map<string, Set<string>>();
  const always = new Set<string>();
  inputs.forEach((input, i) => {
    const source = examples[i]?.source ?? '';
    for (const f of Object.keys(input)) {
      if (source === ENTRIES_SOURCE) always.add(f);
      sources.set(f, (sources.get(f) ?? new Set()).add(source));
    }
  });
  return (feature) => always.has(feature) || (sources.get(feature)?.size ?? 0) >= minSources;
}

/** Repeats the rows of classes smaller than the median class, at most `times` over, so few examples still weigh. */
function balanced(rows: readonly TrainingRow[], times: number): TrainingRow[] {
  if (times <= 1) return [...rows];
  const byClass = new Map<string, TrainingRow[]>();
  for (const row of rows) {
    const label = Object.keys(row.output)[0] ?? '';
    byClass.set(label, [...(byClass.get(label) ?? []), row]);
  }
  const sizes = [...byClass.values()].map((r) => r.length).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 1;
  return [...byClass.values()].flatMap((group) => {
    const repeat = Math.min(times, Math.max(1, Math.round(median / group.length)));
    return Array.from({ length: repeat }, () => group).flat();
  });
}

/**
 * The rows in a fixed, well-mixed order: the network learns one row at a
 * time, so rows grouped by entry would let the last entry's wording weigh
 * most. Sorting by a hash of each row mixes them the same way on every run.
 */
function mixed(rows: readonly TrainingRow[]): TrainingRow[] {
  // A repeated row (see `balanced`) gets its own key, so its copies spread out too.
  const copies = new Map<string, number>();
  const keyed = rows.map((row) => {
    const text = JSON.stringify(row);
    const copy = copies.get(text) ?? 0;
    copies.set(text, copy + 1);
    const key = createHash('sha256')
      .update(copy === 0 ? text : `${text}#${copy}`)
      .digest('hex');
    return { row, key };
  });
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.row);
}
