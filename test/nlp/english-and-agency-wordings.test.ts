/**
 * Issue 11 (session 31): wordings residents use for other agencies' business that no cue had. In English: a school
 * place, an online shop's tax, job openings. In Vietnamese, typed the way people type it: "xklđ", land compensation,
 * a neighbour encroaching, joining the Students' Association, maintenance not paid, weak tap water, changing class,
 * registering an adoption, asking the school to waive its fee, the land-use fee. Renaming the center is no
 * civil-status name change.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

/** One test per question: it is referred to the agency given beside it. */
function refersEach(referred: ReadonlyArray<[string, string]>): void {
  for (const [text, agency] of referred) {
    it(`refers "${text}" to ${agency}`, () => {
      expect(findAnswer(kb, text)).toMatchObject({ outcome: 'referral', referral: agency });
    });
  }
}

describe('other agencies’ business, in English', () => {
  const referred: Array<[string, string]> = [
    ['We’d like to enrol him in a public primary school near our house, how?', 'giao-duc'],
    ['I sell clothes through an online shop, do I have to pay tax?', 'kinh-doanh-thue'],
    ['Any job openings for drivers in Ha Long?', 'viec-lam'],
  ];
  refersEach(referred);
});

describe('other agencies’ business, in Vietnamese', () => {
  const referred: Array<[string, string]> = [
    // "xklđ" is labour export, as the lexicon now spells it out
    ['anh tôi muốn đi xklđ Hàn Quốc thì hỏi ở đâu', 'viec-lam'],
    ['nhà nước lấy đất làm khu công nghiệp, tiền đền bù bao giờ có', 'dat-dai'],
    ['hàng xóm lấn qua vườn nhà tôi nửa mét, báo ai', 'dat-dai'],
    ['em muốn vào hội sinh viên của trường thì làm sao', 'doan-thanh-nien'],
    ['quỹ hỗ trợ sinh viên khó khăn của trường đăng ký ở đâu', 'doan-thanh-nien'],
    ['chồng cũ không chu cấp nuôi con từ khi ly hôn, tôi phải làm gì', 'phap-ly'],
    ['nước máy yếu mấy hôm nay, gọi ai', 'dien-nuoc-vien-thong'],
    ['con tôi muốn chuyển lớp vì không hợp cô chủ nhiệm, xin ở đâu', 'giao-duc'],
    // registering an adoption is civil status, even beside the foster-care entry's words
    ['thủ tục nhận con nuôi cho đứa cháu ruột làm ở xã nào', 'tu-phap'],
    // a person's name change still is
    ['tôi muốn đổi tên cho con trai vì tên xấu', 'tu-phap'],
    // asking the school to waive the fee, and the land-use fee, even for a poor household the poverty entry speaks of
    ['con em thuộc hộ nghèo học lớp 8, muốn xin miễn học phí thì làm sao', 'giao-duc'],
    ['gia đình tôi nghèo, nộp tiền sử dụng đất có được giảm không', 'dat-dai'],
  ];
  refersEach(referred);

  it('keeps the poverty entry for the tuition policy itself', () => {
    expect(findAnswer(kb, 'hộ nghèo thì con đi học được chính sách miễn giảm học phí gì')).toMatchObject({
      outcome: 'answer',
      entryId: 'service-poverty',
    });
  });

  it('does not send a question about the center’s new name to civil status', () => {
    const result = findAnswer(kb, 'trung tâm có đổi tên thành trung tâm trợ giúp xã hội chưa');
    expect(result.referral).toBeUndefined();
  });
});
