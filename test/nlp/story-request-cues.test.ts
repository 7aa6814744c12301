import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

// Session 28 (issue 11): a story tells who and what happened (a hospital stay, a temporary residence), the sentence
// that asks says what is wanted. Another agency's word told only in the story is no referral when the asking
// sentence names the center topic the whole message ranks first.
describe('an agency’s word told only in the story', () => {
  it.each([
    [
      'Mẹ em đang nằm viện ở tỉnh vì gãy chân, chưa biết bao giờ về. Em muốn làm hồ sơ xin trợ cấp người cao tuổi cho mẹ em 81 tuổi thì cần những giấy tờ gì ạ?',
      'apply-social-allowance',
    ],
    [
      'Vợ chồng em đã đăng ký tạm trú ở Uông Bí, con em 3 tuổi chậm nói, không chơi với bạn. Em muốn đưa con đi đánh giá tự kỷ ở trung tâm thì đăng ký thế nào ạ?',
      'service-autism',
    ],
    [
      'My son was diagnosed with autism at a hospital in Ho Chi Minh City last year, and we have just moved to Quang Ninh for work. Does the center run early intervention classes here?',
      'service-autism',
    ],
  ])('keeps the center topic the request names: %s', (question, entry) => {
    const r = findAnswer(kb, question);
    expect(r.outcome).not.toBe('referral');
    expect(r.entryId).toBe(entry);
  });

  it.each([
    [
      'Con em sinh ở bệnh viện huyện được 2 tháng, bố mẹ chưa đăng ký kết hôn. Giờ em muốn làm giấy khai sinh cho con thì làm thế nào?',
      'tu-phap',
    ],
    ['Mẹ em bị mất thẻ bảo hiểm y tế khi đi chợ hôm qua, mẹ năm nay 78 tuổi. Giờ em phải làm sao ạ?', 'bhxh'],
    [
      'Bố em nằm viện ở Bãi Cháy đã một tuần, chi phí nhiều quá mà nhà em khó khăn. Em muốn hỏi thẻ bảo hiểm y tế của bố có được thanh toán hết tiền viện không?',
      'bhxh',
    ],
  ])('still refers a story whose request is the agency’s business: %s', (question, agency) => {
    expect(findAnswer(kb, question).referral).toBe(agency);
  });
});
