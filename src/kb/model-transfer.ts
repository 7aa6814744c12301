/**
 * A classifier model on its way from the check worker to the main thread.
 * Posted as is, its hundreds of thousands of weights are cloned number by
 * number and taken in as one task of 30–100 ms; packed, each network's weight
 * rows travel as transferred Float64Arrays (moved, not copied) and the rest as
 * one JSON text, and the main thread unpacks one row per slice.
 */
import type { ClassifierModel } from './safeguarding-schema.ts';
import { pause, type Steps } from './steps.ts';

/** The networks of a model whose weights are packed. */
type NetworkName = 'network' | 'words';

/** A model packed for posting: the model as JSON without its weights, and the weight rows of each network. */
export interface PackedModel {
  /** The model as JSON, each network's `perceptrons` left empty. */
  json: string;
  /** The weight rows taken out, by network. */
  rows: Partial<Record<NetworkName, Float64Array[]>>;
}

const NETWORKS: readonly NetworkName[] = ['network', 'words'];

/** Packs a model for `postMessage`; pass `transferablesOf` the result as the transfer list. */
export function packModel<M extends ClassifierModel>(model: M): PackedModel {
  const rows: PackedModel['rows'] = {};
  const withoutWeights: Record<string, unknown> = { ...model };
  for (const name of NETWORKS) {
    const network = model[name];
    if (!network) continue;
    rows[name] = network.perceptrons.map((weights) => Float64Array.from(weights));
    withoutWeights[name] = { ...network, perceptrons: [] };
  }
  return { json: JSON.stringify(withoutWeights), rows };
}

/** The buffers of a packed model, to move rather than copy. */
export function transferablesOf(packed: PackedModel): ArrayBuffer[] {
  return NETWORKS.flatMap((name) => (packed.rows[name] ?? []).map((row) => row.buffer as ArrayBuffer));
}

/** The model again, equal to the one packed, unpacked one weight row per slice (see steps.ts). */
export function* unpackModelInSteps<M extends ClassifierModel>(packed: PackedModel): Steps<M> {
  const model = JSON.parse(packed.json) as M;
  for (const name of NETWORKS) {
    const network = model[name];
    const rows = packed.rows[name];
    if (!network || !rows) continue;
    for (const row of rows) {
      yield* pause();
      network.perceptrons.push(numbersOf(row));
    }
  }
  return model;
}

/** The row as a plain array: a loop, since `Array.from` on a typed array runs five times slower (0.6 ms for 17,000 weights). */
function numbersOf(row: Float64Array): number[] {
  const numbers: number[] = new Array(row.length);
  for (let i = 0; i < row.length; i++) numbers[i] = row[i] as number;
  return numbers;
}
