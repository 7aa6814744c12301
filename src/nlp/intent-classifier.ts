/**
 * The statistical half of understanding a question: a linear model (one
 * perceptron per entry, plus one for "out of scope", from @nlpjs/neural)
 * over folded syllables, syllable pairs and character trigrams, trained by
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

/** The class of questions no entry answers. */
export const OUT_OF_SCOPE = '__out_of_scope__';

/**
 * Word and word-pair features of a question's folded syllables. Character
 * trigrams were tried for typos: on a held-out half of the training corpus
 * they cost 4 points of accuracy, and the matcher's typo index covers typos.
 */
function intentFeatures(syllables: readonly string[]): Record<string, number> {
  const features: Record<string, number> = {};
  forEachFeature(syllables, (feature) => {
    features[feature] = 1;
  });
  return features;
}

function forEachFeature(syllables: readonly string[], visit: (feature: string) => void): void {
  for (let i = 0; i < syllables.length; i++) {
    const word = syllables[i] as string;
    visit(`w:${word}`);
    const next = syllables[i + 1];
    if (next !== undefined) visit(`b:${word}_${next}`);
  }
}

/** What the classifier thinks of a question: a probability per class (entries and OUT_OF_SCOPE), summing to 1. */
export interface IntentScores {
  /** Probability of each entry id the model knows (missing: 0). */
  entries: ReadonlyMap<string, number>;
  /** Probability that no entry answers it. */
  outOfScope: number;
}

/** A trained classifier, ready to score questions. */
export class IntentClassifier {
  private readonly network: InstanceType<typeof neural.NeuralNetwork>;
  /** Each known feature's index in the model, so a question's features are looked up once, in a Map. */
  private readonly featureIndex: ReadonlyMap<string, number>;
  /** Every feature is present or absent: the value of a present one is always 1. */
  private readonly ones: Float32Array;
  private readonly classes: readonly string[];
  /** The entry ids the model was trained on. */
  readonly entryIds: ReadonlySet<string>;

  constructor(model: IntentModel) {
    this.network = new neural.NeuralNetwork();
    this.network.fromJSON(model.network as NeuralModel);
    const { features, intents } = model.network;
    this.featureIndex = new Map(features.map((f, i) => [f, i]));
    this.ones = new Float32Array(features.length).fill(1);
    this.classes = intents;
    this.entryIds = new Set(intents.filter((id) => id !== OUT_OF_SCOPE));
  }

  /** Scores a question's folded syllables (as the engine reads them). */
  classify(syllables: readonly string[]): IntentScores {
    const keys: number[] = [];
    const seen = new Set<number>();
    forEachFeature(syllables, (feature) => {
      const index = this.featureIndex.get(feature);
      if (index !== undefined && !seen.has(index)) {
        seen.add(index);
        keys.push(index);
      }
    });
    const outputs = this.network.runInput({ keys, data: this.ones });
    let total = 0;
    for (const id of this.classes) total += outputs[id] ?? 0;
    const entries = new Map<string, number>();
    // No class fires: the classifier has no opinion, and the matcher alone decides.
    if (total <= 0) return { entries, outOfScope: 0 };
    // Outputs are trained towards 1 for the right class; shares of their sum read as probabilities.
    const norm = Math.max(total, 1);
    for (const id of this.classes) {
      const value = outputs[id] ?? 0;
      if (id !== OUT_OF_SCOPE && value > 0) entries.set(id, Math.min(1, value / norm));
    }
    return { entries, outOfScope: Math.min(1, (outputs[OUT_OF_SCOPE] ?? 0) / norm) };
  }
}

/** One labelled question for training: an entry id, or null when no entry answers it. */
export interface IntentExample {
  syllables: readonly string[];
  intent: string | null;
}

/** Training passes over the rows (training usually settles earlier). */
const TRAINING_ITERATIONS = 150;
/**
 * The library's default (0.6) learns the training questions by heart; this
 * slower rate generalised best on a held-out half of the training corpus
 * (80% top-1 against 63%; 0.005 to 0.02 all did about as well).
 */
const LEARNING_RATE = 0.01;

/** Trains a classifier: each entry id is a class, and every out-of-scope question teaches OUT_OF_SCOPE. */
export function trainIntentModel(
  examples: readonly IntentExample[],
  meta: { trainedOn: string; entriesDigest: string; entryDigests: Record<string, string> },
): IntentModel {
  const rows: TrainingRow[] = examples
    .filter((e) => e.syllables.length > 0)
    .map((e) => ({ input: intentFeatures(e.syllables), output: { [e.intent ?? OUT_OF_SCOPE]: 1 } }));
  const network = new neural.NeuralNetwork({
    iterations: TRAINING_ITERATIONS,
    learningRate: LEARNING_RATE,
    log: false,
  });
  network.train(mixed(rows));
  const json = network.toJSON();
  // Four decimals keep the file small and byte-for-byte reproducible.
  const perceptrons = (json.perceptrons ?? []).map((weights) => weights.map((w) => Math.round(w * 1e4) / 1e4));
  return {
    trainedOn: meta.trainedOn,
    rows: rows.length,
    entriesDigest: meta.entriesDigest,
    entryDigests: meta.entryDigests,
    network: {
      settings: json.settings as Record<string, unknown>,
      features: json.features ?? [],
      intents: json.intents ?? [],
      perceptrons,
    },
  };
}

/**
 * The rows in a fixed, well-mixed order: the network learns one row at a
 * time, so rows grouped by entry would let the last entry's wording weigh
 * most. Sorting by a hash of each row mixes them the same way on every run.
 */
function mixed(rows: readonly TrainingRow[]): TrainingRow[] {
  const keyed = rows.map((row) => ({
    row,
    key: createHash('sha256').update(JSON.stringify(row)).digest('hex'),
  }));
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.row);
}
