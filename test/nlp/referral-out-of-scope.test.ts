import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

// Session 28 (issue 11): an agency's cue beside a confident answer the classifier half places out of scope is that
// agency's question (a pension not paid, a school place, a hospital), not the center entry its words matched.
describe('an agency cue takes a confident answer the classifier finds likely out of scope', () => {
  it.each([
    ['Mẹ 76 tuổi có lương hưu, tháng này tiền lương hưu chưa về, hỏi ai', 'bhxh'],
    [
      'Tôi 62 tuổi, trước rút bảo hiểm xã hội một lần, giờ đóng tiếp để có lương hưu được không hay chờ 75 tuổi lãnh hưu trí xã hội?',
      'bhxh',
    ],
    [
      'Con trai tôi khuyết tật, học hòa nhập lớp 6 thì đăng ký ở trường nào, có phải nộp giấy xác nhận khuyết tật không ạ?',
      'giao-duc',
    ],
    ['Ba em muốn khám sức khỏe tâm thần, bệnh viện tâm thần tỉnh ở chỗ nào ạ', 'y-te'],
  ])('refers %s', (question, agency) => {
    const r = findAnswer(kb, question);
    expect({ outcome: r.outcome, referral: r.referral }).toEqual({ outcome: 'referral', referral: agency });
    expect(r.blend?.outOfScope ?? 0).toBeGreaterThanOrEqual(0.4);
  });

  it.each([
    ['Hồ sơ xin trợ cấp có cần sổ hộ khẩu không hay căn cước là đủ?', 'apply-social-allowance'],
    ['Hộ cận nghèo được hỗ trợ bảo hiểm y tế không, còn được gì nữa?', 'service-poverty'],
    ['Muốn làm giấy xác nhận khuyết tật cho ba thì có phải đi khám ở bệnh viện không?', 'disability-registration'],
    ['Hộ nghèo được miễn học phí cho con không?', 'service-poverty'],
  ])('keeps the answer when the classifier expects an entry: %s', (question, entry) => {
    // The cue is heard, but the classifier places the question in scope: the center's entry answers.
    expect(kb.agencies?.matcher.match(readQuestion(kb, question).syllables)).not.toBeNull();
    const r = findAnswer(kb, question);
    expect({ outcome: r.outcome, entryId: r.entryId }).toEqual({ outcome: 'answer', entryId: entry });
  });
});
