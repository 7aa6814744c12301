/**
 * Session 37 (issue 11): a payment not yet received is the paying agency's business, the unemployment benefit's file
 * goes to BHXH, and vaccines, methadone doses, a father acknowledging his child and a lost union card are referred.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('referrals added in session 37', () => {
  it('refers a late payment ("chưa nhận", "chưa lãnh") to the agency that pays it', () => {
    expect(referredTo('Chị tôi sinh con đã ba tháng mà vẫn chưa nhận được tiền thai sản')).toBe('bhxh');
    expect(referredTo('me toi chua lanh luong huu thang nay, hoi o dau')).toBe('bhxh');
  });

  it('keeps a pension the person lacks the center’s question', () => {
    const result = findAnswer(kb, 'bà tôi không nhận lương hưu, có được trợ cấp hằng tháng không');
    expect(result.referral).toBeUndefined();
    expect(result.entryId).toBe('elderly-allowance');
  });

  it('sends the unemployment benefit’s file to BHXH', () => {
    expect(referredTo('công ty cắt giảm, tôi muốn làm hồ sơ trợ cấp thất nghiệp thì tới đâu')).toBe('bhxh');
    expect(referredTo('nghi viec roi, ho so huong tro cap that nghiep nop cho ai')).toBe('bhxh');
  });

  it('refers vaccines, methadone and medicine doses to the health services', () => {
    expect(referredTo('vắc xin HPV cho bé gái tiêm mấy mũi, tiêm chỗ nào')).toBe('y-te');
    expect(referredTo('chong toi dang uong methadone, muon giam lieu thi hoi ai')).toBe('y-te');
    expect(referredTo('con bị tăng động thì có thuốc gì uống được không')).toBe('y-te');
  });

  it('refers a father who wants to acknowledge his child to the justice officer', () => {
    expect(referredTo('bố nó muốn nhận con thì ra đâu làm')).toBe('tu-phap');
    expect(referredTo('cha muốn nhận con, mẹ đồng ý rồi, đi đâu làm')).toBe('tu-phap');
  });

  it('refers a lost union membership card to the Youth Union', () => {
    expect(referredTo('the doan vien bi rach, xin cap lai o dau')).toBe('doan-thanh-nien');
  });
});
