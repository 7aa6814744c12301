/**
 * Residents' own words for a topic that the entries' questions do not use: a children's
 * home called "mái ấm", weed called "cỏ", a diagnosis named outright ("tâm thần phân
 * liệt", "hoang tưởng"), a separation ("ly thân"), a game addiction. Each keyword makes
 * the one entry that fits the top candidate instead of a fallback or another entry.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe("residents' own words as keywords", () => {
  const cases: Array<[string, string]> = [
    ['cháu tôi mồ côi, có mái ấm nào nhận nuôi cháu không', 'service-residential-care'],
    ['xin cho bé vào mái ấm ở đâu', 'service-residential-care'],
    ['con trai tôi hút cỏ, trung tâm có giúp cai không', 'service-social-evils'],
    ['em gái tôi bị tâm thần phân liệt, gia đình cần được tư vấn chăm sóc', 'service-mental-health'],
    ['bà tôi hay hoang tưởng có người lấy đồ, nhà nên làm gì', 'service-mental-health'],
    ['vợ chồng tôi đang ly thân, con nhỏ bị ảnh hưởng, có ai tư vấn không', 'service-family'],
    ['thằng em tôi nghiện game, bỏ bê mọi thứ, trung tâm có tư vấn không', 'service-family'],
  ];
  for (const [text, id] of cases) {
    it(`puts ${id} first for "${text}"`, () => {
      const result = findAnswer(kb, text);
      expect(['answer', 'did-you-mean']).toContain(result.outcome);
      expect(result.entryId).toBe(id);
    });
  }
});
