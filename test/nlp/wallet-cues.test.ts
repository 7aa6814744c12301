import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

// "mất ví" (a lost wallet) and "mất vì" (died of) fold to the same syllables, as do "rớt ví" and "rớt vì" (failed
// because): the police's wallet cues name the wallet so that a death told in a story is not a police matter.
describe('a lost wallet is the police’s, a death "mất vì" is not', () => {
  it('does not refer a story of a death to the police', () => {
    expect(
      findAnswer(kb, 'Chồng tôi mất vì bệnh năm ngoái, tôi nuôi hai con nhỏ, mẹ con tôi có được trợ cấp gì không')
        .referral,
    ).toBeUndefined();
    expect(findAnswer(kb, 'ba cháu mất vì tai nạn, mẹ bỏ đi, cháu có được hưởng trợ cấp không').referral).toBeUndefined();
    expect(findAnswer(kb, 'con tôi thi rớt vì ốm, có được học lại không').referral).not.toBe('cong-an');
  });

  it('still refers a lost or stolen wallet to the police', () => {
    expect(findAnswer(kb, 'hôm qua tôi đánh rơi ví ngoài chợ thì báo ai').referral).toBe('cong-an');
    expect(findAnswer(kb, 'bị móc ví trên xe buýt thì trình báo ở đâu').referral).toBe('cong-an');
    expect(findAnswer(kb, 'em bị mất ví tiền ở chợ, trong đó có căn cước, báo ở đâu').referral).toBe('cong-an');
  });
});
