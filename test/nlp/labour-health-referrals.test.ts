import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('out-of-scope referrals residents ask about (session 43)', () => {
  it('sends acupuncture to a health facility', () => {
    expect(referredTo('ông tôi đau vai gáy, muốn đi châm cứu thì đến chỗ nào')).toBe('y-te');
  });

  it('sends probation contracts, Tet bonuses and the trade union to the labour authority', () => {
    expect(referredTo('công ty cho thử việc tới 4 tháng có đúng luật không')).toBe('lao-dong');
    expect(referredTo('cuối năm công ty cắt hết thưởng tết thì khiếu nại ở đâu')).toBe('lao-dong');
    expect(referredTo('công đoàn cơ sở giúp gì được khi công ty cắt phụ cấp')).toBe('lao-dong');
  });

  it('does not read "không biết" (not knowing) as lacking the agency’s thing', () => {
    expect(referredTo('em không biết đi xuất khẩu lao động Hàn Quốc thì nộp hồ sơ ở đâu')).toBe('viec-lam');
    expect(referredTo('chị chưa biết làm hộ chiếu ở đâu cho nhanh')).toBe('cong-an');
  });

  it('still keeps the center’s own questions', () => {
    expect(referredTo('bà không có lương hưu, sống một mình, có được trợ cấp hàng tháng không')).toBeUndefined();
    expect(referredTo('con em bị tự kỷ, trung tâm có lớp can thiệp sớm không')).toBeUndefined();
    expect(referredTo('người khuyết tật nặng được trợ cấp bao nhiêu một tháng')).toBeUndefined();
  });
});
