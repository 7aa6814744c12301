import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('referrals for medicine, tap water, a land line and English land and wage questions (session 47)', () => {
  it('sends fetching medicine, tap water gone, land built over and unpaid wages to their agencies', () => {
    expect(referredTo('thuốc huyết áp của ông hết rồi, đi lấy thuốc ở đâu')).toBe('y-te');
    expect(referredTo('nước máy mất từ sáng tới giờ, báo ai')).toBe('dien-nuoc-vien-thong');
    expect(referredTo('nhà bên cạnh xây tường lấn qua đất nhà em, hỏi ai')).toBe('dat-dai');
    expect(referredTo('Can I buy land here as a foreigner?')).toBe('dat-dai');
    expect(referredTo('The factory has not paid my salary since March. What can I do?')).toBe('lao-dong');
  });

  it('still keeps the center’s own questions', () => {
    expect(referredTo('bố tôi 82 tuổi, không có lương hưu, có được trợ cấp hàng tháng không')).toBeUndefined();
    expect(referredTo('chị ơi tưới nước mấy lần một ngày thì rau không héo')).toBeUndefined();
    expect(referredTo('bot nhắc em lịch sự kiện được không')).toBeUndefined();
    expect(referredTo('ba em bị tai biến nằm một chỗ, trung tâm có chăm sóc tại nhà không')).toBeUndefined();
  });
});
