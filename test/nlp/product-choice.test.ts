import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { asksToChooseProduct } from '../../src/nlp/product-choice.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a product, provider or pastime to choose is no service of the center', () => {
  it('falls back honestly instead of answering with the entry for the people the thing is for', () => {
    for (const question of [
      'chỉ giúp em app nào gọi xe cho người ngồi xe lăn',
      'tour nào cho ông bà đi biển nhẹ nhàng',
      'ghế massage loại nào tốt cho người già',
      'cho xin vài bộ phim hay về người khuyết tật',
      'Phim nào kể về trẻ em đường phố vậy ad?',
      'gợi ý trò chơi team building cho đoàn thanh niên',
      'Which hotel in Hue is good for tourists with a wheelchair?',
    ]) {
      expect(asksToChooseProduct(tokenize(question)), question).toBe(true);
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
    }
  });

  it('still refers a choice that names an agency’s business', () => {
    expect(findAnswer(kb, 'xem quá trình đóng bảo hiểm xã hội trên ứng dụng nào')).toMatchObject({
      outcome: 'referral',
      referral: 'bhxh',
    });
  });

  it('reads no choice in a thing only named, a key pressed, a kind without a quality, or the center’s own app', () => {
    for (const question of [
      'tai app vssid tra cuu bhxh',
      'bam phim gi de gap tu van vien',
      'phim chup x quang co can mang theo khong',
      'khuyết tật loại nào thì được trợ cấp',
      'hang nao cung duoc tro cap a',
      'trung tâm có app nào để nhận thông báo không',
      'con em 13 tuổi hay xem phim người lớn, em phải làm sao',
    ])
      expect(asksToChooseProduct(tokenize(question)), question).toBe(false);
    expect(findAnswer(kb, 'trung tâm có app nào để nhận thông báo không')).toMatchObject({ outcome: 'answer' });
  });
});

// Session 27: a book, a song, a music show or a game to pick got the entry of the people it is for (autism, the
// elderly, Social Work Day) as an answer or an offer.
describe('a book, a song, a music show or a game to choose', () => {
  it.each([
    'có cuốn sách nào viết về chăm sóc người bị sa sút trí tuệ không',
    'sách hay cho cha mẹ có con khuyết tật trí tuệ',
    'xin bài hát về người cao tuổi để các cụ hát trong hội',
    'bài hát nào hợp để biểu diễn ngày quốc tế người khuyết tật',
    'đêm 1/6 có ca nhạc gì cho thiếu nhi không',
    'trò chơi dân gian nào hợp với trẻ tự kỷ 5 tuổi',
  ])('falls back honestly: %s', (question) => {
    expect(asksToChooseProduct(tokenize(question)), question).toBe(true);
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it.each([
    'chính sách nào cho người khuyết tật nặng',
    'danh sách nào có tên mẹ em được nhận trợ cấp',
    'trung tâm có hỗ trợ sách vở nào cho trẻ mồ côi không',
    'con em bị dụ qua trò chơi gì trên mạng, giờ làm sao',
    'trung tâm có sách hay về tự kỷ cho phụ huynh mượn không',
    'bà tôi thích ca hát, trung tâm có câu lạc bộ nào không',
  ])('reads no media choice in a policy, a list, school supplies, a lure or the center’s own: %s', (question) => {
    expect(asksToChooseProduct(tokenize(question)), question).toBe(false);
  });
});

describe("a diet is a doctor's advice, never the center's, session 32", () => {
  it('falls back honestly instead of answering with the entry of the people the diet is for', () => {
    for (const question of [
      'ông bà lớn tuổi nên ăn gì cho khỏe xương',
      'người bị huyết áp cao nên ăn gì',
      'trẻ tự kỷ ăn gì để tăng cân vậy mọi người',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('reads hunger and a meal only mentioned as no diet asked', () => {
    for (const question of [
      'hết tiền rồi, không biết mai nên ăn gì cho qua bữa',
      'nhà đói quá, bọn nhỏ không biết ăn gì cho no',
      'mẹ em buồn, không muốn ăn gì, cứ nằm suốt',
    ])
      expect(asksToChooseProduct(tokenize(question)), question).toBe(false);
  });
});
