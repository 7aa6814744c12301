/**
 * A classifier model on its way from the check worker to the main thread.
 * Posted as is, its hundreds of thousands of weights are cloned number by
 * number and taken in as one task of 30–100 ms; packed, each network's weight
 * rows travel as transferred Float64Arrays (moved, not copied), its features
 * as JSON texts of a few thousand each (17,000 features parsed at once take
 * about 2.5 ms) and the rest as one small JSON text, and the main thread
 * unpacks one row or feature chunk per slice. The check worker also sends
 * each network's rows as its classifier reads them (`NetworkRows`, built
 * there while it checked the folder), so the main thread does not build the
 * package's network again (17,000 features in a lookup, every weight copied
 * twice: 10–25 ms of work and megabytes of garbage for the intent model).
 */
import type { NeuralModel } from '@nlpjs/neural';
import { adoptNetworkRows, NetworkRows, networkRowsInSteps, type PackedNetworkRows } from './network-rows.ts';
import type { ClassifierModel } from './safeguarding-schema.ts';
import { pause, runSteps, type Steps } from './steps.ts';

/** The networks of a model whose weights are packed. */
type NetworkName = 'network' | 'words';

/** A model packed for posting: the model as JSON without its weights, and the weight rows of each network. */
export interface PackedModel {
  /** The model as JSON, each network's `features` and `perceptrons` left empty. */
  json: string;
  /** The weight rows taken out, by network. */
  rows: Partial<Record<NetworkName, Float64Array[]>>;
  /** The features taken out, by network, as JSON arrays in order. */
  features: Partial<Record<NetworkName, string[]>>;
  /** Each network's rows as its classifier reads them, when packed `withRows`. */
  built?: Partial<Record<NetworkName, PackedNetworkRows>>;
}

/** Features per JSON chunk: one parses in about half a millisecond. */
const FEATURES_PER_CHUNK = 4096;

const NETWORKS: readonly NetworkName[] = ['network', 'words'];

/**
 * Packs a model for `postMessage`; pass `transferablesOf` the result as the
 * transfer list. `withRows`: with each network's classifier rows (those
 * already built for this model object, as the check worker's compile did).
 */
export function packModel<M extends ClassifierModel>(model: M, withRows = false): PackedModel {
  const rows: PackedModel['rows'] = {};
  const features: PackedModel['features'] = {};
  const built: NonNullable<PackedModel['built']> = {};
  const withoutWeights: Record<string, unknown> = { ...model };
  for (const name of NETWORKS) {
    const network = model[name];
    if (!network) continue;
    rows[name] = network.perceptrons.map((weights) => Float64Array.from(weights));
    const chunks: string[] = [];
    for (let i = 0; i < network.features.length; i += FEATURES_PER_CHUNK)
      chunks.push(JSON.stringify(network.features.slice(i, i + FEATURES_PER_CHUNK)));
    features[name] = chunks;
    if (withRows) built[name] = runSteps(networkRowsInSteps(network as NeuralModel)).pack();
    withoutWeights[name] = { ...network, features: [], perceptrons: [] };
  }
  return { json: JSON.stringify(withoutWeights), rows, features, ...(withRows ? { built } : {}) };
}

/** The buffers of a packed model, to move rather than copy. */
export function transferablesOf(packed: PackedModel): ArrayBuffer[] {
  return NETWORKS.flatMap((name) => {
    const built = packed.built?.[name];
    const rows = (packed.rows[name] ?? []).map((row) => row.buffer as ArrayBuffer);
    return built ? [...rows, ...NetworkRows.transferablesOf(built)] : rows;
  });
}

/** The model again, equal to the one packed, unpacked one weight row or feature chunk per slice (see steps.ts); with rows sent, each network's weight arrays are built only when read. */
export function* unpackModelInSteps<M extends ClassifierModel>(packed: PackedModel): Steps<M> {
  const model = JSON.parse(packed.json) as M;
  for (const name of NETWORKS) {
    const network = model[name];
    if (!network) continue;
    for (const chunk of packed.features[name] ?? []) {
      yield* pause();
      for (const feature of JSON.parse(chunk) as string[]) network.features.push(feature);
    }
    const rows = packed.rows[name] ?? [];
    const built = packed.built?.[name];
    if (built) {
      // The classifier reads the rows sent: the plain weight arrays (5 MB for the intent model) would only feed the
      // garbage collector, whose final pause (5–9 ms, a task of its own between slices) blocked answers.
      perceptronsWhenRead(network, rows);
      adoptNetworkRows(network as NeuralModel, NetworkRows.fromPacked(built));
      continue;
    }
    for (const row of rows) {
      yield* pause();
      network.perceptrons.push(numbersOf(row));
    }
  }
  return model;
}

/** Makes `network.perceptrons` the rows as plain arrays, built the first time something reads them. */
function perceptronsWhenRead(network: { perceptrons: number[][] }, rows: readonly Float64Array[]): void {
  let numbers: number[][] | undefined;
  Object.defineProperty(network, 'perceptrons', {
    enumerable: true,
    configurable: true,
    get: () => {
      numbers ??= rows.map(numbersOf);
      return numbers;
    },
    set: (value: number[][]) => {
      numbers = value;
    },
  });
}

/** The row as a plain array: a loop, since `Array.from` on a typed array runs five times slower (0.6 ms for 17,000 weights). */
function numbersOf(row: Float64Array): number[] {
  const numbers: number[] = new Array(row.length);
  for (let i = 0; i < row.length; i++) numbers[i] = row[i] as number;
  return numbers;
}
