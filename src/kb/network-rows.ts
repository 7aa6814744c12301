/**
 * A trained @nlpjs/neural network's weights kept feature by feature, and its
 * outputs computed from them. The package keeps one weight array per class
 * (17,000 weights each for the intent model); a message has twenty-odd
 * features, and reading one scattered weight per class for each of them
 * missed the processor's cache on nearly every read. Here a message reads
 * one short row per feature. The sums are the package's own
 * (`runInputPerceptron` with every present feature worth 1), in the same
 * order, so the outputs are the same numbers bit for bit.
 */
import type { NeuralNetwork } from '@nlpjs/neural';
import { pause, type Steps } from './steps.ts';

/** The parts of a network the package keeps in plain fields that its outputs depend on. */
interface NetworkInternals {
  perceptrons: { name: string; weights: Float32Array; bias: number }[];
  settings: { alpha: number };
}

/** A network's weights by feature, ready to compute its outputs for a message's features. */
export class NetworkRows {
  /** The classes' names, in the network's order (the order of `outputs`). */
  readonly names: readonly string[];
  private readonly biases: Float64Array;
  private readonly alpha: number;

  private constructor(
    network: NeuralNetwork,
    /** Every class's weight for each feature, feature by feature (feature × classes). */
    private readonly rows: Float32Array,
  ) {
    const { perceptrons, settings } = network as unknown as NetworkInternals;
    this.names = perceptrons.map((p) => p.name);
    this.biases = Float64Array.from(perceptrons, (p) => p.bias);
    this.alpha = settings.alpha;
  }

  /** The rows of a network over `featureCount` features, copied one class per slice of work (see steps.ts). */
  static *of(network: NeuralNetwork, featureCount: number): Steps<NetworkRows> {
    const { perceptrons } = network as unknown as NetworkInternals;
    const width = perceptrons.length;
    const rows = new Float32Array(featureCount * width);
    for (let c = 0; c < width; c++) {
      yield* pause();
      const weights = (perceptrons[c] as NetworkInternals['perceptrons'][number]).weights;
      for (let f = 0; f < featureCount; f++) rows[f * width + c] = weights[f] as number;
    }
    return new NetworkRows(network, rows);
  }

  /** Number of classes. */
  get width(): number {
    return this.biases.length;
  }

  /** Writes each class's output for a message with these features (each once, in the order met) into `outputs`. */
  outputs(features: readonly number[], outputs: Float64Array): void {
    const width = this.biases.length;
    outputs.set(this.biases);
    for (let k = 0; k < features.length; k++) {
      const row = (features[k] as number) * width;
      for (let c = 0; c < width; c++) outputs[c] = (outputs[c] as number) + (this.rows[row + c] as number);
    }
    for (let c = 0; c < width; c++) {
      const sum = outputs[c] as number;
      outputs[c] = sum <= 0 ? 0 : this.alpha * sum;
    }
  }

  /** One class's weight for one feature. */
  weight(feature: number, klass: number): number {
    return this.rows[feature * this.biases.length + klass] as number;
  }
}
