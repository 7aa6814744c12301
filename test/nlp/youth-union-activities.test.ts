/**
 * What the Youth Union runs itself (a blood drive, a team or club "của Đoàn phường/xã/trường") is referred to it,
 * even when the center's volunteer entry is close; a union that wants to work with the center keeps the center.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('the Youth Union’s own activities', () => {
  it('refers a blood drive and a team or club that belongs to the union', () => {
    expect(referredTo('Đoàn xã có tổ chức đợt hiến máu nhân đạo nào sắp tới không?')).toBe('doan-thanh-nien');
    expect(referredTo('Mình muốn vào câu lạc bộ tiếng Anh của Đoàn trường thì đăng ký với ai?')).toBe(
      'doan-thanh-nien',
    );
    expect(referredTo('doi sinh vien tinh nguyen cua doan thanh nien phuong co tuyen them nguoi ko')).toBe(
      'doan-thanh-nien',
    );
  });

  it('keeps volunteering with the center', () => {
    expect(referredTo('Đoàn phường muốn phối hợp với trung tâm làm tình nguyện thăm người già neo đơn')).toBe(
      undefined,
    );
    expect(findAnswer(kb, 'em muốn làm tình nguyện viên ở trung tâm thì đăng ký thế nào').entryId).toBe('volunteer');
  });
});
