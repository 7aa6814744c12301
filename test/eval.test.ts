/**
 * Accuracy floors: the levels reached on the labelled sets. A change to the
 * matcher, the lexicon or the knowledge base that makes answers worse fails here.
 * Raise the floors when accuracy improves; never lower them to go green.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enginePredictor, evaluate, parseEvalLines } from '../src/eval.ts';
import { realKnowledge } from './helpers/kb.ts';

interface Floor {
  inScope: number;
  outOfScope: number;
  noAccents: number;
  teencode: number;
}

// dev: the project's dev set. extra, tune: written independently, used for
// curation (extra) and for tuning weights and thresholds (tune). holdout: written
// independently and never used for curation or tuning: the honest estimate.
const FLOORS: Record<string, Floor> = {
  'dev.jsonl': { inScope: 1, outOfScope: 1, noAccents: 1, teencode: 1 },
  'extra.jsonl': { inScope: 0.988, outOfScope: 0.942, noAccents: 0.992, teencode: 0.978 },
  'tune.jsonl': { inScope: 0.943, outOfScope: 0.857, noAccents: 0.945, teencode: 0.916 },
  'holdout.jsonl': { inScope: 0.931, outOfScope: 0.92, noAccents: 0.895, teencode: 0.892 },
};

describe('answer accuracy on the labelled question sets', () => {
  const predict = enginePredictor(realKnowledge());
  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`${file}: stays at or above the accuracy reached`, () => {
      const rows = parseEvalLines(readFileSync(resolve(import.meta.dirname, 'eval', file), 'utf8'), file);
      const report = evaluate(rows, predict);
      expect(report.inScope.accuracy).toBeGreaterThanOrEqual(floor.inScope);
      expect(report.outOfScope.rate).toBeGreaterThanOrEqual(floor.outOfScope);
      expect(report.byTag.nodiacritics?.accuracy ?? 1).toBeGreaterThanOrEqual(floor.noAccents);
      expect(report.byTag.teencode?.accuracy ?? 1).toBeGreaterThanOrEqual(floor.teencode);
      // Every crisis message must get the emergency reply.
      expect(report.crisis.recall).toBe(1);
    });
  }
});
