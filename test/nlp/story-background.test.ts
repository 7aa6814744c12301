import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

// Issues 10 and 11: a past death or a lasting circumstance told as background must not take the question away.
describe('a story told as background keeps its question', () => {
  it('refers a survivor pension after a fatal accident to BHXH, with no disclosure or check-in', () => {
    const r = findAnswer(kb, 'anh trai em qua đời vì tai nạn xe máy, chị dâu hỏi tiền tuất nhận ở đâu');
    expect(r.outcome).toBe('referral');
    expect(r.referral).toBe('bhxh');
    expect(r.safeguarding).toBeNull();
    expect(r.concern).toBeUndefined();
  });

  it('refers a death certificate asked after an accident to the justice officer', () => {
    const r = findAnswer(kb, 'mẹ mất rồi vì tai nạn, em muốn hỏi làm giấy chứng tử ở đâu');
    expect(r.outcome).toBe('referral');
    expect(r.referral).toBe('tu-phap');
  });

  it('answers a care home for a homeless older woman living rough', () => {
    const r = findAnswer(
      kb,
      'bà cụ lang thang không nhà cửa, ngủ gầm cầu mấy tháng nay, xin cho bà vào trung tâm bảo trợ được không',
    );
    expect(r.outcome).toBe('answer');
    expect(r.entryId).toBe('service-residential-care');
    expect(r.safeguarding).toBeNull();
  });
});
