import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('a martyr’s relative named by kinship (session 42)', () => {
  it('refers the survivor allowance of a martyr’s family to the office for people with merit, not BHXH', () => {
    expect(referredTo('mẹ liệt sĩ thì tiền tuất hằng tháng nhận ở đâu')).toBe('nguoi-co-cong');
    expect(referredTo('con liệt sĩ có được hưởng tiền tuất không')).toBe('nguoi-co-cong');
    expect(referredTo('vợ liệt sĩ có được nhận tiền tuất hằng tháng không')).toBe('nguoi-co-cong');
  });

  it('still refers an ordinary survivor allowance to BHXH', () => {
    expect(referredTo('chồng tôi đóng bảo hiểm 20 năm mất rồi, tiền tuất nhận ở đâu')).toBe('bhxh');
  });
});
