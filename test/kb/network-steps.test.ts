import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neural, { type NeuralModel } from '@nlpjs/neural';
import { describe, expect, it } from 'vitest';
import { networkFromJsonInSteps } from '../../src/kb/network-steps.ts';
import { runSteps } from '../../src/kb/steps.ts';

const knowledgeDir = join(import.meta.dirname, '..', '..', 'knowledge');
const readModel = (file: string): Record<string, NeuralModel> =>
  JSON.parse(readFileSync(join(knowledgeDir, file), 'utf8')) as Record<string, NeuralModel>;

/** The shipped models' networks: the intent model's, and the safeguarding model's two. */
const networks: [string, NeuralModel][] = [
  ['intent', readModel('intent-model.json').network as NeuralModel],
  ['safeguarding pairs', readModel('safeguarding-model.json').network as NeuralModel],
  ['safeguarding words', readModel('safeguarding-model.json').words as NeuralModel],
];

/** Every field of a network, typed arrays as their bytes, in order (Vitest's deep compare takes seconds on 17,000 features). */
const fields = (network: object): string =>
  JSON.stringify(network, (_, value: unknown) =>
    value instanceof Float32Array ? Buffer.from(value.buffer).toString('base64') : value,
  );

describe('a network built from its JSON in slices', () => {
  it.each(networks)('is field for field the network fromJSON builds (%s model)', (_, json) => {
    const direct = new neural.NeuralNetwork();
    direct.fromJSON(json);
    expect(fields(runSteps(networkFromJsonInSteps(json)))).toBe(fields(direct));
  });

  it('gives the same outputs for a question, through the lookup and by feature index', () => {
    const [, json] = networks[0] as [string, NeuralModel];
    const direct = new neural.NeuralNetwork();
    direct.fromJSON(json);
    const stepped = runSteps(networkFromJsonInSteps(json));
    const input = Object.fromEntries((json.features ?? []).slice(0, 40).map((f) => [f, 1]));
    expect(stepped.run(input)).toEqual(direct.run(input));
  });

  it('builds an untrained network (no features) as fromJSON does', () => {
    const json: NeuralModel = { settings: { learningRate: 0.1 } };
    const direct = new neural.NeuralNetwork();
    direct.fromJSON(json);
    expect(runSteps(networkFromJsonInSteps(json))).toEqual(direct);
  });
});
