/**
 * The statistical classifier on its own: what a model learns from a handful
 * of made-up rows, and how its verdict names the features that weighed most.
 */
import { describe, expect, it } from 'vitest';
import {
  type ClassifierInput,
  SafeguardingClassifier,
  type TrainingMessage,
  trainClassifier,
} from '../../src/safeguarding/classifier.ts';
import { CLAUSE_SEPARATOR } from '../../src/safeguarding/clause-separator.ts';

/** Made-up words only, split on spaces; "|" ends a clause. */
function read(text: string): ClassifierInput {
  const tokens = text.split(' ').map((w) => (w === '|' ? CLAUSE_SEPARATOR : { text: w, folded: w, plain: true }));
  return { tokens, concepts: [] };
}

const corpus: TrainingMessage[] = [
  { text: 'zzgrip zzthe zzblade', situation: 'violence', outcome: 'danger-now' },
  { text: 'zzgrip zzthe zzcup', situation: null, outcome: 'none' },
  { text: 'zzblade zzshop', situation: null, outcome: 'none' },
  { text: 'zzcalm', situation: null, outcome: 'none' },
];

describe('safeguarding classifier', () => {
  it('with a window, learns a pair of words with a word between them and names it "first … second"', () => {
    const model = trainClassifier(corpus, read, 'fixture', {
      iterations: 300,
      learningRate: 0.2,
      minCorpora: 1,
      minCorporaWords: 1,
      featureSet: { window: 2 },
    });
    const classifier = new SafeguardingClassifier(model);
    const verdict = classifier.score(read('zzgrip zzbig zzblade'), 0);
    expect(verdict?.situation).toBe('violence');
    expect(verdict?.features).toContain('zzgrip … zzblade');
    // A pair never spans two clauses.
    expect(classifier.score(read('zzgrip | zzblade'), 0)?.features ?? []).not.toContain('zzgrip … zzblade');
  });

  it('without a window, builds no such pair', () => {
    const model = trainClassifier(corpus, read, 'fixture');
    expect(model.network.features.some((f) => f.startsWith('s:'))).toBe(false);
  });
});
