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
import type { NeuralModel, NeuralNetwork } from '@nlpjs/neural';
import { networkFromJsonInSteps } from './network-steps.ts';
import { pause, type Steps } from './steps.ts';

/** The parts of a network the package keeps in plain fields that its outputs depend on. */
interface NetworkInternals {
  perceptrons: { name: string; weights: Float32Array; bias: number }[];
  settings: { alpha: number };
}

/** A network's rows as posted between threads: the arrays are moved (transferred), not copied. */
export interface PackedNetworkRows {
  names: string[];
  biases: Float64Array;
  alpha: number;
  rows: Float32Array;
}

/** A network's weights by feature, ready to compute its outputs for a message's features. */
export class NetworkRows {
  private constructor(
    /** The classes' names, in the network's order (the order of `outputs`). */
    readonly names: readonly string[],
    private readonly biases: Float64Array,
    private readonly alpha: number,
    /** Every class's weight for each feature, feature by feature (feature × classes). */
    private readonly rows: Float32Array,
  ) {}

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
    const { settings } = network as unknown as NetworkInternals;
    const biases = Float64Array.from(perceptrons, (p) => p.bias);
    return new NetworkRows(
      perceptrons.map((p) => p.name),
      biases,
      settings.alpha,
      rows,
    );
  }

  /** The rows again from `pack()`'s arrays, taken as they are (no copy). */
  static fromPacked(packed: PackedNetworkRows): NetworkRows {
    return new NetworkRows(packed.names, packed.biases, packed.alpha, packed.rows);
  }

  /** Copies of the rows' arrays, to post to another thread (these rows stay usable here). */
  pack(): PackedNetworkRows {
    return { names: [...this.names], biases: this.biases.slice(), alpha: this.alpha, rows: this.rows.slice() };
  }

  /** The buffers of packed rows, to move rather than copy. */
  static transferablesOf(packed: PackedNetworkRows): ArrayBuffer[] {
    return [packed.biases.buffer as ArrayBuffer, packed.rows.buffer as ArrayBuffer];
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

/**
 * The rows built for each network JSON object: a parsed model is never
 * changed, so its rows are built once, and a model the check worker sent
 * comes with the rows the worker built (see model-transfer.ts).
 */
const rowsOfNetwork = new WeakMap<NeuralModel, NetworkRows>();

/** The rows of a trained network's JSON: those already built for this very object, else built in slices. */
export function* networkRowsInSteps(json: NeuralModel): Steps<NetworkRows> {
  const known = rowsOfNetwork.get(json);
  if (known) return known;
  const rows = yield* NetworkRows.of(yield* networkFromJsonInSteps(json), json.features?.length ?? 0);
  rowsOfNetwork.set(json, rows);
  return rows;
}

/** Takes rows built elsewhere (the check worker) as those of this network JSON object. */
export function adoptNetworkRows(json: NeuralModel, rows: NetworkRows): void {
  rowsOfNetwork.set(json, rows);
}
