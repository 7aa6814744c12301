import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NeuralModel } from '@nlpjs/neural';
import { packModel, transferablesOf, unpackModelInSteps } from '../../src/kb/model-transfer.ts';
import { type NetworkRows, networkRowsInSteps } from '../../src/kb/network-rows.ts';
import { runSteps } from '../../src/kb/steps.ts';
import type { ClassifierModel } from '../../src/kb/safeguarding-schema.ts';

const network = (rows: number[][]): ClassifierModel['network'] => ({
  settings: { iterations: 150, learningRate: 0.01 },
  features: ['con', 'con ốm'],
  intents: ['a', 'b'],
  perceptrons: rows,
});

/** A model with both networks and awkward weights (negative zero, the largest number). */
const twoNetworks = (): ClassifierModel => ({
  trainedOn: 'kiểm thử',
  rows: 2,
  network: network([
    [0.1234, -0, 3],
    [1e-9, -2.5, Number.MAX_VALUE],
  ]),
  words: network([[0.5], [-0.25]]),
});

describe('packing a classifier model for the main thread', () => {
  it('unpacks a model equal to the one packed, both networks and every weight', () => {
    const model = twoNetworks();
    const packed = packModel(model);
    expect(packed.json).not.toContain('0.1234');
    expect(runSteps(unpackModelInSteps(packed))).toEqual(model);
  });

  it('lists every weight row as a buffer to move', () => {
    const packed = packModel({ trainedOn: 'x', rows: 1, network: network([[1], [2], [3]]) });
    expect(transferablesOf(packed)).toHaveLength(3);
    expect(runSteps(unpackModelInSteps(packed))).not.toHaveProperty('words');
  });

  it('unpacks thousands of features, sent in several chunks, in their order', () => {
    const features = Array.from({ length: 10_000 }, (_, i) => `từ ${i} "trích"`);
    const model: ClassifierModel = { trainedOn: 'x', rows: 1, network: { ...network([[1]]), features } };
    const packed = packModel(model);
    expect(packed.json).not.toContain('từ 0');
    expect(packed.features.network?.length).toBeGreaterThan(1);
    expect(runSteps(unpackModelInSteps(packed))).toEqual(model);
  });

  it("sends each network's classifier rows, which the main thread takes as they are and which give the same outputs", () => {
    const file = join(import.meta.dirname, '..', '..', 'knowledge', 'safeguarding-model.json');
    const model = JSON.parse(readFileSync(file, 'utf8')) as ClassifierModel;
    const packed = packModel(model, true);
    // Each network's rows and biases move too.
    expect(transferablesOf(packed)).toHaveLength(
      model.network.perceptrons.length + (model.words?.perceptrons.length ?? 0) + 4,
    );
    const unpacked = runSteps(unpackModelInSteps<ClassifierModel>(packed));
    for (const name of ['network', 'words'] as const) {
      const json = unpacked[name] as NeuralModel;
      // Taken, not built: no pause on the way.
      const steps = networkRowsInSteps(json);
      const taken = steps.next();
      expect(taken.done).toBe(true);
      const fresh = runSteps(networkRowsInSteps(structuredClone(json)));
      const features = Array.from({ length: 60 }, (_, i) => (i * 37) % (json.features?.length ?? 1));
      const outputs = (rows: NetworkRows): number[] => {
        const values = new Float64Array(rows.width);
        rows.outputs([...new Set(features)], values);
        return [...values];
      };
      expect(outputs(taken.value as NetworkRows)).toEqual(outputs(fresh));
      expect((taken.value as NetworkRows).names).toEqual(fresh.names);
    }
  });

  it('with the rows sent, still unpacks a model equal to the one packed, its weights built only when read', () => {
    const model = twoNetworks();
    const unpacked = runSteps(unpackModelInSteps<ClassifierModel>(packModel(model, true)));
    expect(unpacked).toEqual(model);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(model));
    expect(unpacked.network.perceptrons).toBe(unpacked.network.perceptrons);
    unpacked.network.perceptrons = [[1]];
    expect(unpacked.network.perceptrons).toEqual([[1]]);
  });
});
