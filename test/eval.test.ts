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

const FLOORS: Record<string, Floor> = {
  'dev.jsonl': { inScope: 0.976, outOfScope: 0.75, noAccents: 0.95, teencode: 0.99 },
  'extra.jsonl': { inScope: 0.87, outOfScope: 0.97, noAccents: 0.85, teencode: 0.86 },
  'holdout.jsonl': { inScope: 0.876, outOfScope: 0.96, noAccents: 0.89, teencode: 0.89 },
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
