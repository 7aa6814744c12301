import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const answersElderly = (question: string): void => {
  expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'answer', entryId: 'elderly-allowance' });
};

// Session 28 (issue 11): a story about an older person (age, family, money, place) asking vaguely for money is read as
// a social worker reads it, as the short question was: the person described and the money asked name the elderly
// allowance. Stories of up to 70 syllables are read so (before, 30).
describe('an older person’s story asking for money', () => {
  it.each([
    'Bà nội em năm nay 83 tuổi, sống ở thôn Đồng Tâm với chú út, cả đời làm ruộng nên không có đồng lương nào. Dạo này bà yếu, hay ốm vặt, chú em cũng nghèo. Bà có được nhận tiền hàng tháng của nhà nước không ạ?',
    'Dì tôi 77 tuổi, chồng mất sớm, không có con, đang ở nhờ nhà cháu ở Vân Đồn. Dì hay than già rồi mà không có đồng nào trong túi. Có khoản tiền gì cho người già như dì không ạ?',
  ])('answers with the elderly allowance: %s', answersElderly);

  it('still reads a story that asks for another business (a place to live) by its words', () => {
    const r = findAnswer(
      kb,
      'Ông em 82 tuổi, nằm một chỗ đã lâu, các con đi làm cả ngày. Gia đình muốn gửi ông vào trung tâm bảo trợ để được chăm sóc, vậy ông có được nhận tiền gì không?',
    );
    expect(r.entryId).toBe('service-residential-care');
  });
});

describe('money asked in the words residents use', () => {
  it.each([
    // "lĩnh tiền": the northern "lãnh tiền"
    'bà em 85 tuổi ở Thái Bình, bà có được lĩnh tiền của xã không ạ',
    // "có tiền gì", "cái tiền gì", "khoản tiền gì": which money there is for the person
    'bác tôi 79 tuổi sống một mình, có tiền gì cho bác không',
  ])('answers with the elderly allowance: %s', answersElderly);

  it('hears "hưu trí xã hội" as the elderly allowance itself', () => {
    answersElderly(
      'Bố tôi 76 tuổi, trước làm thợ may tự do nên chưa bao giờ có sổ lương, nhà ở Móng Cái, mấy anh em đều khó khăn. Bố tôi có được nhận tiền hưu trí xã hội không?',
    );
  });
});
