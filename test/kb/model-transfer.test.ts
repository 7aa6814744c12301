import { describe, expect, it } from 'vitest';
import { packModel, transferablesOf, unpackModelInSteps } from '../../src/kb/model-transfer.ts';
import { runSteps } from '../../src/kb/steps.ts';
import type { ClassifierModel } from '../../src/kb/safeguarding-schema.ts';

const network = (rows: number[][]): ClassifierModel['network'] => ({
  settings: { iterations: 150, learningRate: 0.01 },
  features: ['con', 'con ốm'],
  intents: ['a', 'b'],
  perceptrons: rows,
});

describe('packing a classifier model for the main thread', () => {
  it('unpacks a model equal to the one packed, both networks and every weight', () => {
    const model: ClassifierModel = {
      trainedOn: 'kiểm thử',
      rows: 2,
      network: network([
        [0.1234, -0, 3],
        [1e-9, -2.5, Number.MAX_VALUE],
      ]),
      words: network([[0.5], [-0.25]]),
    };
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
});
