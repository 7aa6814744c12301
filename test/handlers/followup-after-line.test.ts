import { describe, expect, it } from 'vitest';
import { conversationDecisions, type TurnDecision } from '../helpers/kb.ts';

/** The decision on the last message of one conversation over the real knowledge base. */
async function lastTurn(...messages: string[]): Promise<TurnDecision | undefined> {
  return (await conversationDecisions(...messages)).at(-1);
}

const reported = 'tổng đài bảo vệ trẻ em số mấy, con bé hàng xóm bị mẹ kế đánh suốt';
const line = 'số 111 là tổng đài gì vậy';

describe('follow-ups after the child protection line (session 44, issue 11)', () => {
  it("reads giving one's name when reporting as the line's anonymity, and the center's help afterwards as its service", async () => {
    // conversations-train27 #16, then follow-ups of our own wording.
    expect(
      await lastTurn(
        'tổng đài bảo vệ trẻ em là số mấy vậy ạ, mình muốn báo chuyện thằng bé nhà bên hay bị bố nó đánh bầm tím',
        'gọi có phải khai tên mình ra không, mình sợ nhà đó biết',
      ),
    ).toEqual({ outcome: 'answer', id: 'child-protection-hotline' });
    expect(
      await lastTurn(
        'tổng đài bảo vệ trẻ em là số mấy vậy ạ, mình muốn báo chuyện thằng bé nhà bên hay bị bố nó đánh bầm tím',
        'gọi có phải khai tên mình ra không, mình sợ nhà đó biết',
        'còn trung tâm thì sau đó có hỗ trợ gì cho cháu không',
      ),
    ).toEqual({ outcome: 'answer', id: 'service-children' });
    const fixed: Array<[string, string, string]> = [
      [reported, 'gọi báo có phải khai tên không', 'child-protection-hotline'],
      [line, 'báo thì có phải xưng tên không ạ', 'child-protection-hotline'],
      ['mình muốn báo vụ bạo hành trẻ em thì gọi số nào', 'có cần để lại tên không bạn', 'child-protection-hotline'],
      [reported, 'thế trung tâm bên mình có hỗ trợ gì cho bé đó không', 'service-children'],
      [
        'mình muốn báo vụ bạo hành trẻ em thì gọi số nào',
        'còn trung tâm sau đó giúp gì cho cháu không',
        'service-children',
      ],
    ];
    for (const [first, second, id] of fixed)
      expect(await lastTurn(first, second), second).toEqual({ outcome: 'answer', id });
  });

  it("leaves the center's card, its work, the line's cost, other agencies' papers and other topics as they were", async () => {
    const unchanged: Array<[string, string, { outcome: string; id: string | null }]> = [
      [line, 'trung tâm ở đâu', { outcome: 'answer', id: 'center-contact' }],
      [line, 'trung tâm làm gì', { outcome: 'answer', id: 'services-overview' }],
      [line, 'gọi có mất tiền không', { outcome: 'answer', id: 'child-protection-hotline' }],
      [line, 'trung tâm có hỗ trợ làm giấy khai sinh cho bé không', { outcome: 'referral', id: null }],
      [line, 'còn đăng ký tạm trú cho cháu thì trung tâm có giúp không', { outcome: 'referral', id: null }],
      [
        'tổng đài của trung tâm số mấy',
        'trung tâm có hỗ trợ gì cho người già không',
        { outcome: 'answer', id: 'service-elderly' },
      ],
      [
        'cách làm hồ sơ trợ cấp xã hội',
        'đơn có phải khai tên người giám hộ không',
        { outcome: 'did-you-mean', id: 'apply-social-allowance' },
      ],
    ];
    for (const [first, second, decision] of unchanged) expect(await lastTurn(first, second), second).toEqual(decision);
  });
});
