/**
 * Safeguarding floors on the labelled corpora (written independently of the
 * detector's data): the levels reached, so a change that misses more people
 * in danger, or alarms more people who are not, fails here. train*.jsonl
 * were used to widen the concepts, and all of them teach the classifier;
 * tune.jsonl set the classifier's threshold; holdout.jsonl to holdout5.jsonl
 * (each written after the tuning before it) are never used for either.
 * train11.jsonl (hard cases), train12.jsonl and train13.jsonl were measured before they were used.
 * Raise the floors when the detector improves; never lower them to go green.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Incoming } from '../../src/core/message.ts';
import { enginePredictor, evaluate, parseEvalLines } from '../../src/eval.ts';
import { evaluateSafeguarding, parseSafeguardingLines, safeguardingPredictor } from '../../src/eval-safeguarding.ts';
import { realBot, realKnowledge, testUser } from '../helpers/kb.ts';

interface Floor {
  crisisRecall: number;
  /** Highest share of hard negatives (informational mentions, ordinary messages) given the emergency reply. */
  falseCrisis: number;
  disclosureHandled: number;
}

const FLOORS: Record<string, Floor> = {
  'train.jsonl': { crisisRecall: 1, falseCrisis: 0.003, disclosureHandled: 0.933 },
  'train2.jsonl': { crisisRecall: 1, falseCrisis: 0, disclosureHandled: 0.9 },
  'train3.jsonl': { crisisRecall: 0.987, falseCrisis: 0.01, disclosureHandled: 0.966 },
  'train4.jsonl': { crisisRecall: 0.968, falseCrisis: 0, disclosureHandled: 0.933 },
  'train5.jsonl': { crisisRecall: 0.993, falseCrisis: 0.005, disclosureHandled: 0.933 },
  'train6.jsonl': { crisisRecall: 0.993, falseCrisis: 0.005, disclosureHandled: 1 },
  'train7.jsonl': { crisisRecall: 0.95, falseCrisis: 0.025, disclosureHandled: 1 },
  'train8.jsonl': { crisisRecall: 1, falseCrisis: 0.017, disclosureHandled: 0.8 },
  'train9.jsonl': { crisisRecall: 0.987, falseCrisis: 0.009, disclosureHandled: 0.85 },
  'train10.jsonl': { crisisRecall: 0.98, falseCrisis: 0.029, disclosureHandled: 0.866 },
  'tune.jsonl': { crisisRecall: 1, falseCrisis: 0.007, disclosureHandled: 0.942 },
  'holdout2.jsonl': { crisisRecall: 0.953, falseCrisis: 0.055, disclosureHandled: 0.914 },
  'holdout.jsonl': { crisisRecall: 0.946, falseCrisis: 0.049, disclosureHandled: 0.971 },
  'holdout3.jsonl': { crisisRecall: 0.93, falseCrisis: 0.067, disclosureHandled: 0.828 },
  'train11.jsonl': { crisisRecall: 1, falseCrisis: 0.012, disclosureHandled: 0.9 },
  // train12: 90.0% recall, 10.0% false crisis when it arrived, before any cue was learnt from it.
  'train12.jsonl': { crisisRecall: 1, falseCrisis: 0, disclosureHandled: 0.95 },
  // train13: 84.3% recall, 6.7% false crisis, 55.0% disclosures handled when it arrived, before any cue was learnt from it.
  'train13.jsonl': { crisisRecall: 0.992, falseCrisis: 0.042, disclosureHandled: 0.9 },
  // holdout4: written blind, never tuned on; its misses are never printed.
  'holdout4.jsonl': { crisisRecall: 0.853, falseCrisis: 0.073, disclosureHandled: 0.9 },
  // holdout5: written blind after train13, never tuned on; its misses are never printed.
  'holdout5.jsonl': { crisisRecall: 0.771, falseCrisis: 0.084, disclosureHandled: 0.75 },
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
    for (const file of ['dev', 'extra', 'tune', 'holdout', 'referral', 'tune2', 'tune3', 'holdout2']) {
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
