import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

// Session 33 (issue 11): another agency's business asked in an order its cues did not list fell back to "no
// information"; a vehicle impounded is the police's, a divorce petition the court's, a school's discipline the school's.
describe('another agency asked in other words', () => {
  it.each([
    ['xe em bị công an giữ, làm sao lấy lại', 'cong-an'],
    ['xe em bi cong an giu, lam sao lay lai', 'cong-an'],
    ['xe máy của ba bị công an giam 2 bữa nay, lấy ra sao', 'cong-an'],
    ['công an giữ xe của tui vì không có bằng, giờ sao', 'cong-an'],
    ['muốn ly hôn thì nộp đơn ở đâu', 'phap-ly'],
    ['muon ly hon thi nop don o dau', 'phap-ly'],
    ['tui muốn đơn phương ly hôn mà không biết nộp ở mô', 'phap-ly'],
    ['con em đánh nhau với bạn ở trường, cô giáo mời phụ huynh', 'giao-duc'],
    ['con em danh nhau voi ban o truong, co giao moi phu huynh', 'giao-duc'],
    ['con em bị hạ hạnh kiểm vì trốn học, xin lại được không', 'giao-duc'],
  ])('refers %s to %s', (question, agency) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'referral', referral: agency });
  });

  it.each([
    // Bullying stays with the safeguarding layer and the children's service.
    'con em bị các bạn bắt nạt, đánh hội đồng ở trường',
    'con tui bị tụi bạn trong lớp đánh hoài, cô mời phụ huynh mà không giải quyết',
    // Violence at home before a divorce is a danger first.
    'chồng đánh em, em muốn ly hôn có được không',
  ])('keeps %s with safeguarding', (question) => {
    const r = findAnswer(kb, question);
    expect(r.referral).toBeUndefined();
    expect(r.safeguarding).not.toBeNull();
  });
});
