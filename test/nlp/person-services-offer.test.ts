import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a person described by a group and help asked for offers the group’s services', () => {
  it('offers the service entry ranked first just under the offer bar instead of a fallback', () => {
    for (const [question, entry] of [
      ['ông em 82 tuổi dạo này hay quên, lẫn lộn, trung tâm có hỗ trợ gì không ạ', 'service-elderly'],
      ['con gai em 8 tuoi bi bai nao bam sinh, trung tam co ho tro gi ko', 'service-disability'],
      ['nhà em nghèo, mẹ đau ốm suốt, có ai giúp ko', 'service-poverty'],
    ] as const) {
      const r = findAnswer(kb, question);
      expect({ outcome: r.outcome, entryId: r.entryId }, question).toEqual({ outcome: 'did-you-mean', entryId: entry });
    }
  });

  it('leaves a price, papers or a place asked, and danger, as they were', () => {
    for (const [question, outcome] of [
      ['thuê người giúp việc chăm ông 80 tuổi giá bao nhiêu', 'fallback'],
      ['em trai em bị thiểu năng, 14 tuổi, có chỗ nào giúp không', 'fallback'],
      ['mẹ em bị tai biến ngay bây giờ, méo miệng, phải làm sao', 'crisis'],
    ] as const) {
      expect(findAnswer(kb, question).outcome, question).toBe(outcome);
    }
  });
});
