/**
 * Safeguarding floors on the labelled corpora (written independently of the
 * detector's data): the levels reached, so a change that misses more people
 * in danger, or alarms more people who are not, fails here. train*.jsonl
 * were used to widen the concepts, and train to train7 teach the classifier;
 * tune.jsonl set the classifier's threshold; holdout.jsonl, holdout2.jsonl and
 * holdout3.jsonl (each written after the tuning before it) are never used for
 * either. train11.jsonl (hard cases) was measured before it was used.
 * Raise the floors when the detector improves; never lower them to go green.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Incoming } from '../../src/core/message.ts';
import { enginePredictor, evaluate, parseEvalLines } from '../../src/eval.ts';
import { evaluateSafeguarding, parseSafeguardingLines, safeguardingPredictor } from '../../src/safeguarding/eval.ts';
import { realBot, realKnowledge, testUser } from '../helpers/kb.ts';

interface Floor {
  crisisRecall: number;
  /** Highest share of hard negatives (informational mentions, ordinary messages) given the emergency reply. */
  falseCrisis: number;
  disclosureHandled: number;
}

const FLOORS: Record<string, Floor> = {
  'train.jsonl': { crisisRecall: 0.986, falseCrisis: 0.016, disclosureHandled: 0.92 },
  'train2.jsonl': { crisisRecall: 0.994, falseCrisis: 0.024, disclosureHandled: 0.84 },
  'train3.jsonl': { crisisRecall: 0.968, falseCrisis: 0.02, disclosureHandled: 0.96 },
  'train4.jsonl': { crisisRecall: 0.905, falseCrisis: 0.015, disclosureHandled: 0.92 },
  'train5.jsonl': { crisisRecall: 0.962, falseCrisis: 0.034, disclosureHandled: 0.76 },
  'train6.jsonl': { crisisRecall: 0.98, falseCrisis: 0.006, disclosureHandled: 1 },
  'train7.jsonl': { crisisRecall: 0.924, falseCrisis: 0.046, disclosureHandled: 0.94 },
  'train8.jsonl': { crisisRecall: 1, falseCrisis: 0.131, disclosureHandled: 0.8 },
  'train9.jsonl': { crisisRecall: 0.9, falseCrisis: 0.059, disclosureHandled: 0.69 },
  'train10.jsonl': { crisisRecall: 0.935, falseCrisis: 0.1, disclosureHandled: 0.79 },
  'tune.jsonl': { crisisRecall: 1, falseCrisis: 0.007, disclosureHandled: 0.93 },
  'holdout2.jsonl': { crisisRecall: 0.923, falseCrisis: 0.067, disclosureHandled: 0.88 },
  'holdout.jsonl': { crisisRecall: 0.923, falseCrisis: 0.061, disclosureHandled: 0.96 },
  'holdout3.jsonl': { crisisRecall: 0.892, falseCrisis: 0.085, disclosureHandled: 0.742 },
  'train11.jsonl': { crisisRecall: 0.933, falseCrisis: 0.045, disclosureHandled: 0.725 },
};

const kb = realKnowledge();
const read = (file: string): string => readFileSync(resolve(import.meta.dirname, file), 'utf8');

describe('safeguarding on the labelled corpora', () => {
  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`${file}: recall, false alarms and disclosures stay at the levels reached`, () => {
      const report = evaluateSafeguarding(parseSafeguardingLines(read(file), file), safeguardingPredictor(kb));
      expect(report.crisisRecall.rate).toBeGreaterThanOrEqual(floor.crisisRecall);
      expect(report.falseCrisis.rate).toBeLessThanOrEqual(floor.falseCrisis);
      expect(report.disclosureHandled.rate).toBeGreaterThanOrEqual(floor.disclosureHandled);
    });
  }

  it('raises almost no false crisis on ordinary questions (at most 0.5%)', () => {
    const predict = enginePredictor(kb);
    let total = 0;
    let falseAlarms = 0;
    for (const file of ['dev', 'extra', 'tune', 'holdout', 'referral', 'tune2', 'holdout2']) {
      const name = `../eval/${file}.jsonl`;
      const report = evaluate(parseEvalLines(read(name), name), predict);
      total += report.inScope.total + report.outOfScope.total - report.crisis.total;
      falseAlarms += report.crisis.falseAlarms;
    }
    expect(falseAlarms / total).toBeLessThanOrEqual(0.005);
  });

  it('every emergency reply shows 111/113/114/115 in its first 400 characters, and 111 whenever a child is involved', async () => {
    const bot = realBot();
    const user = testUser('telegram');
    for (const file of Object.keys(FLOORS)) {
      for (const row of parseSafeguardingLines(read(file), file)) {
        const result = kb.safeguarding.detector.detect(row.text);
        if (result?.outcome !== 'danger-now') continue;
        const incoming: Incoming = { kind: 'text', user, text: row.text };
        const head = (await bot.handle(incoming))[0]?.text.slice(0, 400) ?? '';
        expect(head, row.text).toMatch(/\b11[1345]\b/);
        if (result.child) expect(head, row.text).toContain('111');
      }
    }
  });
});
