import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe("an agency's own procedure", () => {
  it('is referred even when an entry of the center scores as an answer and never speaks of it', () => {
    for (const q of [
      'chứng thực bản sao sổ hộ nghèo ở đâu',
      'đăng ký khai tử cho bà rồi mới cắt trợ cấp người cao tuổi à',
    ]) {
      const r = findAnswer(kb, q);
      expect(r.score, q).toBeGreaterThanOrEqual(0.4);
      expect(r, q).toMatchObject({ outcome: 'referral', referral: 'tu-phap', entryId: null });
    }
  });

  it('is only a paper the center asks for when it follows "cần"', () => {
    expect(findAnswer(kb, 'xác định mức độ khuyết tật có cần giấy ra viện không')).toMatchObject({
      outcome: 'answer',
      entryId: 'disability-registration',
    });
  });
});

describe('health facilities residents name', () => {
  it('refers the psychiatric hospital and ARV treatment to the health facilities', () => {
    for (const q of ['bệnh viện tâm thần tỉnh ở chỗ nào', 'dieu tri ARV mien phi o dau']) {
      expect(findAnswer(kb, q), q).toMatchObject({ outcome: 'referral', referral: 'y-te' });
    }
  });
});

describe('benefits for people with merit (người có công)', () => {
  it('refers them to the commune, where the province handles them', () => {
    expect(findAnswer(kb, 'trợ cấp thương binh hạng 2/4 năm nay bao nhiêu')).toMatchObject({
      outcome: 'referral',
      referral: 'nguoi-co-cong',
    });
  });
});

describe('legal aid and the courts', () => {
  it('refers lawyers, legal aid and divorce filings to the state legal aid center and the courts', () => {
    for (const q of [
      'cho xin địa chỉ văn phòng luật sư gần nhất',
      'vợ chồng tôi ly hôn thì nộp đơn ở tòa án nào',
      'muốn được trợ giúp pháp lý miễn phí thì hỏi ai',
    ]) {
      expect(findAnswer(kb, q), q).toMatchObject({ outcome: 'referral', referral: 'phap-ly', entryId: null });
    }
  });
});

describe("session 32: custody, tax relief, a pharmacy and ARV collected in the South's word", () => {
  it('refers each to its agency even beside the entry of the people it is asked for', () => {
    for (const [q, agency] of [
      ['chồng tôi đòi ly hôn, vậy ai được nuôi con hả mọi người', 'phap-ly'],
      ['vợ chồng bỏ nhau rồi thì ai được nuôi con nhỏ vậy', 'phap-ly'],
      ['hộ nghèo bán tạp hóa nhỏ có được miễn thuế không', 'kinh-doanh-thue'],
      ['nhà thuốc nào gần chợ bán thuốc tiểu đường cho người già', 'y-te'],
      ['thuốc ARV hết rồi, lãnh thuốc ARV chỗ nào vậy', 'y-te'],
    ] as const)
      expect(findAnswer(kb, q), q).toMatchObject({ outcome: 'referral', referral: agency });
  });

  it('reads "nha thuoc ho ngheo" typed without accents as a poor household, no pharmacy', () => {
    expect(findAnswer(kb, 'nha thuoc ho ngheo, me e gia yeu co dc tro cap j ko')).not.toMatchObject({
      referral: 'y-te',
    });
  });
});
