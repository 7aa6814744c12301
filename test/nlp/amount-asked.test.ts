/**
 * Issue 11: how much a (severely, especially severely) disabled person receives is the allowance amount, though the
 * degree's words ("đặc biệt nặng") rank the disability certificate first: the amount asked (`person_asks › aspects`)
 * answers in place of a first that answers no money question, when the engine ranks it about as high.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('the amount asked for a group answers with the allowance amount', () => {
  it.each([
    'nguoi khuyet tat dac biet nang dc bao nhieu tien',
    'người khuyết tật đặc biệt nặng được bao nhiêu tiền',
    'người khuyết tật nặng nhận bao nhiêu',
    'nguoi khuyet tat nang nhan bao nhieu',
    'tro cap cho nguoi khuyet tat nang la bao nhieu 1 thang',
    'hệ số trợ cấp của người khuyết tật đặc biệt nặng bằng mấy',
  ])('“%s”', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'answer', entryId: 'allowance-amount', crisis: false });
  });
});

describe('the certificate’s own questions keep it', () => {
  it.each([
    'làm giấy xác nhận khuyết tật đặc biệt nặng mất bao nhiêu tiền',
    'lam giay xac nhan khuyet tat dac biet nang mat bao nhieu tien',
    'khuyết tật đặc biệt nặng là thế nào',
  ])('“%s” is not the allowance amount', (question) => {
    expect(findAnswer(kb, question).entryId).not.toBe('allowance-amount');
  });
});

/**
 * Issue 11: the entry every group shares (who qualifies) lists groups, not amounts. When it ranks level with the
 * allowance amount for an amount asked about a group, the amount answers instead of a did-you-mean over both.
 */
describe('the amount asked answers in place of who qualifies', () => {
  it.each([
    'trẻ mồ côi dưới 16 tuổi được trợ cấp hàng tháng bao nhiêu tiền',
    'người nhiễm HIV nhà nghèo được trợ cấp hàng tháng bao nhiêu tiền',
    'nguoi nhiem hiv ho ngheo dc tro cap hang thang bao nhieu tien',
  ])('“%s”', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'answer', entryId: 'allowance-amount', crisis: false });
  });

  it.each(['trẻ mồ côi có được trợ cấp hàng tháng không', 'người bị ung thư nhà nghèo có được trợ cấp không'])(
    '“%s” (no amount asked) keeps who qualifies',
    (question) => {
      expect(findAnswer(kb, question)).toMatchObject({ entryId: 'eligibility-social-allowance' });
    },
  );
});
