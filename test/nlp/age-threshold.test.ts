import { describe, expect, it } from 'vitest';
import type { Entry, KnowledgeSource } from '../../src/kb/load.ts';
import { hearAgesAsThreshold, highestStatedAge, highestStatedAgeInSteps } from '../../src/nlp/age-threshold.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { checkKnowledgeFolder } from '../../src/knowledge-worker.ts';
import { compileReceived, loadKnowledge } from '../../src/knowledge.ts';
import { KNOWLEDGE_DIR, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (question: string): string => {
  const r = findAnswer(kb, question);
  return `${r.outcome} ${r.entryId ?? '-'}`;
};

describe('an older person’s age heard as the threshold the entries state', () => {
  it('takes the highest age the entries name as a keyword alone (the elderly allowance’s "80 tuổi")', () => {
    expect(highestStatedAge(kb.entries.values())).toBe(80);
  });

  it('reads many entries in slices, and an entry kept from the served snapshot only once (issue 17: a reload of 10,000 entries read them in one 7–40 ms slice)', () => {
    let reads = 0;
    const entry = (i: number): Entry => {
      const keywords = [`${60 + (i % 30)} tuổi`, 'trợ cấp', ' 95 TUỔI x'];
      return {
        get keywords() {
          reads++;
          // Each entry costs a few microseconds, as a real one does, so a pause is due well before the end.
          const until = performance.now() + 0.005;
          while (performance.now() < until);
          return keywords;
        },
      } as unknown as Entry;
    };
    const entries = Array.from({ length: 4000 }, (_, i) => entry(i));
    const steps = highestStatedAgeInSteps(entries);
    let slices = 1;
    let step = steps.next();
    while (!step.done) {
      slices++;
      step = steps.next();
    }
    expect(step.value).toBe(89);
    expect(slices).toBeGreaterThan(1);
    expect(reads).toBe(4000);
    // A reload with one entry edited: the others are the same objects, read before.
    const edited = entry(1_000);
    expect(highestStatedAge([...entries.slice(1), edited])).toBe(89);
    expect(reads).toBe(4001);
  });

  it('travels with the indexes the check worker sends, and the main thread takes it as sent: both paths agree', async () => {
    const now = new Date();
    const checked = (): Extract<ReturnType<typeof checkKnowledgeFolder>, { ok: true }> => {
      const result = checkKnowledgeFolder({ dir: KNOWLEDGE_DIR, now: now.toISOString() });
      if (!result.ok) throw new Error('the knowledge folder did not pass its check');
      return result;
    };
    const received = (nlp: ReturnType<typeof checked>['nlp']) => {
      const { source, entryChunks, models } = checked();
      // Checked against no served snapshot: no section is kept, the source is whole.
      return compileReceived({ source: source as KnowledgeSource, entryChunks, models, nlp }, { now }, {});
    };
    const sent = checked().nlp;
    expect(sent.thresholdAge).toBe(80);
    const inThread = loadKnowledge(KNOWLEDGE_DIR, { now });
    expect((await received(sent)).personAsks.thresholdAge).toBe(inThread.personAsks.thresholdAge);
    // Taken as sent, not read from the entries again on the main thread: a threshold sent is the reader's, and none
    // sent is none (the worker found no age stated alone).
    expect((await received({ ...sent, thresholdAge: 85 })).personAsks.thresholdAge).toBe(85);
    const { thresholdAge: _dropped, ...without } = sent;
    expect((await received(without)).personAsks.thresholdAge).toBeUndefined();
  });

  it('hears an age at or past it as it, and leaves a younger age as written', () => {
    const heard = (text: string): string => hearAgesAsThreshold(text.split(' '), 80, 2026).join(' ');
    expect(heard('bo em 82 tuoi co duoc tro cap khong')).toBe('bo em 80 tuoi co duoc tro cap khong');
    expect(heard('ong u90 roi')).toBe('ong 80 tuoi roi');
    expect(heard('ba sinh nam 1941')).toBe('ba sinh nam 80 tuoi');
    expect(heard('me em 76 tuoi')).toBe('me em 76 tuoi');
  });

  it('answers a money question about a relative past 80 with the elderly allowance, however the age is written', () => {
    for (const question of [
      'bố em 82 tuổi có được trợ cấp không',
      'bà ngoại sinh năm 1941 có được lãnh trợ cấp không ạ',
      'ông tui 81 tuổi sống một mình, có được nhận tiền gì ko',
      'bà nội em chín mươi tuổi có được hưởng tiền trợ cấp không',
      'bac em 87t roi co dc tro cap ko ad',
      'ông già nhà em 89 tuổi, có được nhận tiền trợ cấp không',
      'mẹ chồng em 91 tuổi, ở quê một mình, có được tiền trợ cấp không',
      'bố tôi sn 1939 có được trợ cấp không',
      'ong em gan 90 tuoi co dc huong tro cap ko a',
    ])
      expect(reply(question), question).toBe('answer elderly-allowance');
  });

  it('leaves an age under 80, another aspect, another service and a second group to the engine as before', () => {
    expect(reply('mẹ em 76 tuổi sống một mình có được trợ cấp không')).toBe(
      'did-you-mean eligibility-social-allowance',
    );
    expect(reply('ông em 85 tuổi muốn vào viện dưỡng lão thì làm sao')).toBe('answer service-residential-care');
    expect(reply('bố em 82 tuổi cần giấy tờ gì để làm trợ cấp')).toBe('did-you-mean apply-social-allowance');
    expect(reply('bà em 83 tuổi bị mù có được trợ cấp không')).toBe('answer eligibility-social-allowance');
    expect(reply('con em 5 tuổi bị tự kỷ có được trợ cấp không')).toBe('did-you-mean eligibility-social-allowance');
  });
});
