import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

// Session 30 (issue 11): agency business that a center topic's words came near, or that nothing answered.
describe('a land-use certificate, an enterprise to found, a screening, a resistance medal', () => {
  it('refers the land-use certificate by its official name, even for a poor household helped to build', () => {
    for (const question of [
      'nhà em hộ nghèo, được hỗ trợ xây nhà, giờ muốn xin cấp giấy chứng nhận quyền sử dụng đất thì làm sao',
      'sổ đỏ là giấy chứng nhận quyền sử dụng đất phải không, hộ nghèo có được miễn lệ phí không',
    ])
      expect(referredTo(question), question).toBe('dat-dai');
  });

  it('refers founding an enterprise, a social one included, to business registration', () => {
    for (const question of [
      'nhờ trung tâm tư vấn: thành lập một doanh nghiệp xã hội cho người khiếm thị thì đăng ký ở đâu',
      'em muốn lập một doanh nghiệp nhỏ thuê người khuyết tật thì thủ tục sao',
      'em muốn lập một công ty nhỏ giúp người già thì đăng ký ở đâu',
    ])
      expect(referredTo(question), question).toBe('kinh-doanh-thue');
  });

  it('refers newborn and prenatal screening to the health facilities', () => {
    expect(referredTo('bé mới sinh cần làm sàng lọc sơ sinh ở đâu, có mất tiền không')).toBe('y-te');
    expect(referredTo('mang thai 12 tuần đi sàng lọc trước sinh ở đâu')).toBe('y-te');
  });

  it('refers a resistance medal as it refers a resistance order, with or without accents', () => {
    expect(referredTo('ông tôi có kỷ niệm chương kháng chiến thì được chế độ gì không')).toBe('nguoi-co-cong');
    expect(referredTo('ong noi e co huy chuong khang chien, co dc tien gi ko')).toBe('nguoi-co-cong');
  });

  it('refers a marriage to register and job fairs asked in English', () => {
    expect(referredTo('We want to register the marriage, where do we go?')).toBe('tu-phap');
    expect(referredTo('Are there any job fairs in Quang Ninh next month?')).toBe('viec-lam');
  });

  it("keeps the center's own counselling for a child whose parents fight over custody", () => {
    const r = findAnswer(kb, 'quyền nuôi con sau ly hôn, con bị trầm cảm, trung tâm có tư vấn tâm lý cho con không');
    expect(r).toMatchObject({ outcome: 'answer', entryId: 'service-mental-health' });
  });
});
