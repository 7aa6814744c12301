/**
 * A person of a group (a condition, an older age) and what help the center gives them, asked in a question whose
 * story kept every entry under the offer bar: the group's service entry answers. Money, papers, another agency's
 * business, one's own stroke (the safeguarding layer's medical advice) or no group named keep the engine's reading.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('help asked for a person of a group', () => {
  it("answers the group's services where the question fell back before session 27", () => {
    const answered = new Map<string, string>([
      ['thằng cháu tui 9 tuổi bị bại não, đi đứng khó khăn, bên trung tâm có giúp được không', 'service-disability'],
      ['ông cụ nhà bên 91 tuổi, mắt kém tai nghễnh ngãng, bên mình giúp gì được cho ông không', 'service-elderly'],
      ['em gái mình bị down, năm nay 10 tuổi, trung tâm có hỗ trợ không ạ', 'service-disability'],
      ['anh trai em bị mù từ nhỏ, giờ 30 tuổi, bên mình hỗ trợ được những gì ạ', 'service-disability'],
    ]);
    for (const [text, id] of answered) {
      const result = findAnswer(kb, text);
      expect([result.outcome, result.entryId], text).toEqual(['answer', id]);
    }
  });

  it('reads "hỗ trợ được gì" as help, not as the money ask "được gì"', () => {
    const help = findAnswer(kb, 'thằng em tui 20 tuổi bị bại não bẩm sinh, ở nhà suốt, bên mình hỗ trợ được gì cho nó');
    expect(help).toMatchObject({ outcome: 'answer', entryId: 'service-disability' });
  });

  it('keeps the reading it had when money, papers, another business, one’s own stroke or no group is asked', () => {
    const kept: Array<[string, string | null]> = [
      ['bé nhà em 5 tuổi bị bại não, có được hỗ trợ tiền gì không', null],
      ['bà nội em 85 tuổi, làm hồ sơ trợ cấp thì hỗ trợ gì', 'apply-social-allowance'],
      ['tôi bị tai biến, đi lại khó, có ai giúp gì không', null],
      ['em 16 tuổi, trung tâm hỗ trợ gì cho em không', 'services-overview'],
    ];
    for (const [text, id] of kept) expect(findAnswer(kb, text).entryId, text).toBe(id);
    expect(findAnswer(kb, 'mẹ em 80 tuổi, trung tâm hỗ trợ gì về bảo hiểm y tế').outcome).toBe('referral');
  });
});
