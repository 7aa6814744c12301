import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe("another organisation's number, address or hours", () => {
  it("never answers with the center's hotline or address when a company, bank or lawyer is named", () => {
    for (const q of [
      'số tổng đài ngân hàng agribank là số mấy',
      'hotline lazada bao nhiêu',
      'tổng đài của grab là số mấy',
    ]) {
      const r = findAnswer(kb, q);
      expect(r, q).toMatchObject({ outcome: 'fallback', entryId: null });
      // The hotline entry was close enough to be offered at least: the named organisation is what kept it out.
      expect(r.score, q).toBeGreaterThanOrEqual(0.29);
    }
  });

  it("refers a provider's number to the agency that lists it (telecom, power)", () => {
    expect(findAnswer(kb, 'tổng đài vinaphone là số mấy vậy')).toMatchObject({
      outcome: 'referral',
      referral: 'dien-nuoc-vien-thong',
    });
  });

  it("keeps the center's hotline when the provider is only the line the person calls from", () => {
    for (const q of [
      'gọi tổng đài bằng sim mobifone có mất tiền không',
      'gọi từ sim vinaphone tới tổng đài có tốn tiền không',
    ]) {
      expect(findAnswer(kb, q), q).toMatchObject({ outcome: 'answer', entryId: 'hotline' });
    }
  });

  it('keeps the hotline when the message names the center, whatever else it mentions', () => {
    expect(
      findAnswer(kb, 'cho xin số tổng đài của trung tâm, nhà tôi không có mạng internet chỉ gọi được thôi'),
    ).toMatchObject({ outcome: 'answer', entryId: 'hotline' });
    // "trung tâm y tế" is a hospital's name, not the center's.
    expect(findAnswer(kb, 'số điện thoại trung tâm y tế huyện là bao nhiêu').entryId).toBeNull();
  });

  it("reads an agency cue the center's own entries use as the center's word (chuyên viên is no hospital transfer)", () => {
    const r = findAnswer(kb, 'cho em xin so dien thoai trung tam de hen gap chuyen vien');
    expect(r.referral).toBeUndefined();
    expect(r.entryId).toBe('center-contact');
  });

  it("keeps answering questions about the center's own number and address", () => {
    expect(findAnswer(kb, 'số tổng đài của trung tâm là bao nhiêu')).toMatchObject({
      outcome: 'answer',
      entryId: 'hotline',
    });
    expect(findAnswer(kb, 'địa chỉ trung tâm ở đâu')).toMatchObject({ outcome: 'answer', entryId: 'center-contact' });
  });
});

describe('a topic the center does not handle, sharing a word with one it does', () => {
  it('falls back honestly instead of answering with the entry that shares the word', () => {
    for (const q of ['có bộ phim nào hay về người khuyết tật không', 'thuốc bổ nào tốt cho người khuyết tật']) {
      expect(findAnswer(kb, q), q).toMatchObject({ outcome: 'fallback', entryId: null });
    }
  });

  it('falls back on a birthday party, a land title or a student summer campaign', () => {
    for (const q of [
      'trung tâm có tổ chức sinh nhật cho các bé không',
      'thủ tục làm sổ đỏ cho bố mẹ già ở đâu',
      'đăng ký đi mùa hè xanh ở đâu',
    ]) {
      expect(findAnswer(kb, q), q).toMatchObject({ outcome: 'fallback', entryId: null });
    }
  });

  it('matches a whole phrase, so a key typed without accents is no film ("bàn phím" is not "phim")', () => {
    expect(findAnswer(kb, 'điện thoại bàn phím gọi tổng đài được không')).toMatchObject({
      outcome: 'answer',
      entryId: 'hotline',
    });
  });
});

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
  it("refers a lawyer's or a legal hotline's number to the state legal aid center, not the center's hotline", () => {
    for (const q of ['tổng đài 1900 tư vấn luật số mấy', 'cho xin địa chỉ văn phòng luật sư gần nhất']) {
      expect(findAnswer(kb, q), q).toMatchObject({ outcome: 'referral', referral: 'phap-ly', entryId: null });
    }
  });
});
