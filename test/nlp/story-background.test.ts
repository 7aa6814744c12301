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

describe('a medical disclosure leads to the disability papers asked about', () => {
  // A stroke or an accident survived often leaves a disability: the disclosure used to lead to the emergency entry
  // (first aid) in place of the disability-level answer the person asked for (`also` of the medical situation).
  it.each([
    'mẹ em bị tai biến hồi năm ngoái, giờ liệt nửa người, nói ngọng, em muốn làm hồ sơ xác định mức độ khuyết tật cho mẹ thì cần giấy tờ gì',
    'năm ngoái ba tôi bị tai nạn giao thông, giờ đi lại khó khăn, nói ngọng, muốn xác định mức độ khuyết tật thì làm sao',
  ])('"%s" leads to disability-registration', (question) => {
    const r = findAnswer(kb, question);
    expect(r.outcome).toBe('disclosure');
    expect(r.entryId).toBe('disability-registration');
  });
});
