/**
 * A trained @nlpjs/neural network rebuilt from its JSON a slice at a time:
 * `NeuralNetwork.fromJSON` fills a lookup of every feature and copies every
 * weight in one task (12–23 ms for the intent model's 17,000 features), which
 * a reload with a changed model must not do between two answers.
 */
import neural, { type NeuralModel, type NeuralNetwork } from '@nlpjs/neural';
import { pause, type Steps } from './steps.ts';

/** The parts of a network `fromJSON` fills, which the package keeps in plain fields. */
interface NetworkInternals {
  lookup: { numInputs: number; inputLookup: { add(key: string): void } };
  perceptrons: { weights: Float32Array; changes: Float32Array }[];
}

/** Features added to the lookup between two pauses (well under a millisecond). */
const FEATURES_PER_STEP = 1024;

/** The network `fromJSON(json)` builds, field for field, built with pauses between slices of work. */
export function* networkFromJsonInSteps(json: NeuralModel): Steps<NeuralNetwork> {
  const network = new neural.NeuralNetwork();
  const features = json.features;
  if (!features) {
    network.fromJSON(json);
    return network;
  }
  const rows = json.perceptrons ?? [];
  // With no features, fromJSON applies the settings and makes the classes' lookup and perceptrons, bias only.
  network.fromJSON({ ...json, features: [], perceptrons: rows.map((row) => row.slice(-1)) });
  const internals = network as unknown as NetworkInternals;
  for (let i = 0; i < features.length; i++) {
    if (i % FEATURES_PER_STEP === 0) yield* pause();
    internals.lookup.inputLookup.add(features[i] as string);
  }
  internals.lookup.numInputs = features.length;
  for (let i = 0; i < internals.perceptrons.length; i++) {
    yield* pause();
    const perceptron = internals.perceptrons[i] as NetworkInternals['perceptrons'][number];
    const row = rows[i] as number[];
    perceptron.weights = new Float32Array(features.length);
    perceptron.changes = new Float32Array(features.length);
    for (let j = 0; j < features.length; j++) perceptron.weights[j] = row[j] as number;
  }
  return network;
}
