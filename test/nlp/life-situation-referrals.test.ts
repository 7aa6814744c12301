import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('life situations whose agency cue must fit the story (issue 11)', () => {
  it('refers the debts a dead relative left to legal aid: who must pay them is a legal question', () => {
    expect(referredTo('ba mất để lại khoản nợ ngân hàng, mấy anh em có phải trả không')).toBe('phap-ly');
    expect(referredTo('vợ tôi qua đời để lại món nợ hụi, người ta bắt tôi trả')).toBe('phap-ly');
    expect(referredTo('nhà có phải trả nợ thay cho người đã mất không')).toBe('phap-ly');
    expect(referredTo('chong em mat de lai khoan no, em co phai tra khong')).toBe('phap-ly');
  });

  it('does not read a child left with relatives as a debt ("để lại nó" folds like "để lại nợ")', () => {
    expect(referredTo('mẹ nó bỏ đi, để lại nó cho bà ngoại nuôi, có ai giúp không')).not.toBe('phap-ly');
  });

  it('does not send a mother grieving a miscarriage to social insurance', () => {
    expect(referredTo('em vừa bị sẩy thai, cứ khóc hoài, không ai hiểu em')).not.toBe('bhxh');
    expect(referredTo('chị bị sảy thai lần hai, buồn quá')).not.toBe('bhxh');
  });

  it('still refers the miscarriage leave and benefit to social insurance', () => {
    expect(referredTo('sẩy thai được nghỉ bao nhiêu ngày')).toBe('bhxh');
    expect(referredTo('bị sảy thai thì được hưởng chế độ gì')).toBe('bhxh');
    expect(referredTo('chế độ sẩy thai của công nhân nhận ở đâu')).toBe('bhxh');
  });
});
