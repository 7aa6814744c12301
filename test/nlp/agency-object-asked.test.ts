import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('the health insurance card itself asked to be renewed or replaced (issue 11)', () => {
  it('refers renewing the card to BHXH, though the entry on the group speaks of the card', () => {
    for (const question of [
      'Bố tôi hưởng trợ cấp khuyết tật, thẻ bảo hiểm y tế sắp hết hạn thì gia hạn ở đâu',
      'Bà nội tôi nhận tiền người cao tuổi hằng tháng, thẻ bảo hiểm y tế của bà có phải tự gia hạn không',
      'Ông tôi 81 tuổi đang hưởng trợ cấp, thẻ bhyt năm nay có tự động gia hạn không ạ',
    ])
      expect(referredTo(question), question).toBe('bhxh');
  });

  it('refers replacing or exchanging the card to BHXH', () => {
    for (const question of [
      'Người cao tuổi được cấp thẻ bảo hiểm y tế miễn phí, giờ đổi thẻ mẫu mới ở đâu',
      'Mẹ tôi 83 tuổi hưởng lương hưu, thẻ bảo hiểm y tế rách rồi thì cấp lại chỗ nào',
      'Bà tôi hưởng trợ cấp người cao tuổi, thẻ bảo hiểm y tế bao giờ có thẻ mới',
    ])
      expect(referredTo(question), question).toBe('bhxh');
  });

  it('keeps the group’s question with the center when the card is only named', () => {
    for (const question of [
      'Trẻ mồ côi có được miễn học phí và cấp thẻ bảo hiểm y tế không',
      'Hộ cận nghèo được hưởng những gì, có được giảm học phí cho con không',
      'Hộ nghèo có được miễn học phí cho con không ạ',
    ])
      expect(referredTo(question), question).toBeUndefined();
  });

  it('keeps a request for the center’s own help after the card or a pension with the center', () => {
    for (const question of [
      'Mẹ tôi có thẻ bảo hiểm y tế rồi, muốn xin trợ cấp người cao tuổi thì làm đơn ở đâu',
      'Bố mẹ tôi có lương hưu, tôi muốn xin cho ông nội trợ cấp người cao tuổi thì làm đơn ở đâu',
      'Con tôi khuyết tật nặng đã được miễn học phí rồi, giờ xin trợ cấp hằng tháng thì làm đơn gửi ai',
      'Mẹ tôi có lương hưu, muốn vào viện dưỡng lão thì làm đơn thế nào',
    ])
      expect(referredTo(question), question).toBeUndefined();
  });

  it('still answers the school fee exemption for a poor household with the center’s entry (an application is not a card)', () => {
    // Applications ("nộp đơn") after "miễn học phí" were tried and cost a blind set an in-scope question (session 45).
    expect(findAnswer(kb, 'Hộ nghèo có được miễn học phí cho con không ạ').entryId).toBe('service-poverty');
  });
});
