import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { asksMarketPrice } from '../../src/nlp/price-question.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a market price is something sold elsewhere', () => {
  it('falls back honestly instead of answering with the closest entry', () => {
    for (const question of [
      'Nhà dưỡng lão tư nhân ở Thủ Đức giá bao nhiêu một tháng vậy ad?',
      'khung tập đi cho người già giá bao nhiêu',
      'mua máy đo huyết áp cho ông nội giá khoảng nhiêu thì tốt',
      'chỗ nào bán sữa hỗ trợ giá rẻ cho người già',
      'How much does a private nursing home in Hanoi charge?',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('still refers a price that belongs to an agency’s trade', () => {
    expect(findAnswer(kb, 'giá tiền điện bậc thang cho hộ nghèo tính sao')).toMatchObject({
      outcome: 'referral',
      referral: 'dien-nuoc-vien-thong',
    });
  });

  it('reads "đánh giá", "trợ giá", "giảm giá", age and the center’s own terms as no market price', () => {
    for (const question of [
      'con em 3 tuổi chậm nói, trung tâm có đánh giá không',
      'trợ giá vé xe buýt',
      'mã giảm giá',
      'tro cap nguoi gia bao nhieu',
      'tien tuoi gia bao nhieu mot thang',
      'ba toi gia khoang 80 tuoi',
      'vào trung tâm bảo trợ ở thì giá bao nhiêu',
      'How much is the allowance for my grandmother?',
      'Is what I tell the hotline kept private?',
    ])
      expect(asksMarketPrice(tokenize(question)), question).toBe(false);
    expect(asksMarketPrice(tokenize('xe lan cu gia re o dau'))).toBe(true);
  });

  it('falls back when asked whether the center sells something: it sells nothing', () => {
    for (const question of [
      'Trung tâm có bán lịch Tết gây quỹ từ thiện không?',
      'ở đây có bán xe lăn không',
      'trung tâm có bán quần áo cũ không',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('reads "cơ bản" typed without accents and a person sold as no sale', () => {
    for (const question of [
      'ky nang co ban cua nhan vien cong tac xa hoi',
      'nghe nói có bán người qua biên giới, báo ở đâu',
      'chị ấy có bán dâm không thì trung tâm vẫn giúp chứ',
    ])
      expect(asksMarketPrice(tokenize(question)), question).toBe(false);
  });

  it('falls back on a wage: what a job pays is no benefit an entry explains', () => {
    for (const question of [
      'lương cán bộ xã hội ở phường một tháng bao nhiêu',
      'làm nhân viên công tác xã hội lương khởi điểm bao nhiêu',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('reads a pension, the base figure and a wage told in a story as no wage asked', () => {
    for (const question of [
      'lương hưu của ba tôi bao nhiêu',
      'mức lương cơ sở năm nay bao nhiêu',
      'chồng lương 5 triệu thì được trợ cấp bao nhiêu',
      'em làm công nhân lương thấp, mẹ em 82 tuổi, con cái đông, mẹ nhận trợ cấp được bao nhiêu',
      'nghe cải lương cả ngày tốn bao nhiêu tiền điện',
    ])
      expect(asksMarketPrice(tokenize(question)), question).toBe(false);
    expect(findAnswer(kb, 'bà tôi không có lương hưu thì được trợ cấp bao nhiêu')).toMatchObject({
      outcome: 'answer',
      entryId: 'elderly-allowance',
    });
  });

  it('keeps answering an in-scope question about an old person’s allowance typed without accents', () => {
    expect(findAnswer(kb, 'tro cap nguoi gia bao nhieu mot thang').entryId).not.toBeNull();
  });
});

describe("stocks, shares and profit are the market's, session 32", () => {
  it('falls back honestly instead of answering with the entry of the business named', () => {
    for (const question of [
      'mở trung tâm dưỡng lão tư nhân thì lợi nhuận một năm được bao nhiêu',
      'người cao tuổi có nên chơi cổ phiếu không',
      'mẹ tôi lớn tuổi rảnh rỗi muốn đầu tư chứng khoán thì bắt đầu từ đâu',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('reads a non-profit, "cổ" alone and "chung" alone as no market question', () => {
    for (const question of [
      'trung tâm công tác xã hội có phải tổ chức phi lợi nhuận không',
      'cổ của bà tôi bị đau, có chỗ nào chăm sóc tại nhà không',
      'nhà chung cư có được xét hộ nghèo không',
    ])
      expect(asksMarketPrice(tokenize(question)), question).toBe(false);
  });
});
