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
    ])
      expect(asksMarketPrice(tokenize(question)), question).toBe(false);
    expect(asksMarketPrice(tokenize('xe lan cu gia re o dau'))).toBe(true);
  });

  it('keeps answering an in-scope question about an old person’s allowance typed without accents', () => {
    expect(findAnswer(kb, 'tro cap nguoi gia bao nhieu mot thang').entryId).not.toBeNull();
  });
});
