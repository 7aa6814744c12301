/**
 * Session 47 (issue 11, tune34): an adult whose intimate images an ex or a partner posted or threatens to spread, afraid
 * and asking what to do, is disclosing: the threat is to spread the images ("đe dọa" no threat to kill, "dọa" no
 * force, the fear the images'), so the sexual-assault disclosure answers with the service. A minor (child abuse, 111),
 * a threat to kill, a weapon at the door, a blow or a time of today keeps danger now.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe("an adult's intimate images threatened by an ex, what to do asked, is a disclosure", () => {
  it.each([
    'chồng cũ dọa tung clip nóng của tôi lên facebook, tôi sợ quá, tôi phải làm sao',
    'người yêu cũ của em đe dọa phát tán ảnh riêng tư, em lo lắm, em nên làm gì',
    'ex của mình dọa gửi ảnh khỏa thân cho sếp mình, mình sợ lắm, mình nên làm gì',
    'bạn trai cũ của chị tung ảnh nóng của chị lên mạng rồi còn đe dọa, chị sợ lắm, chị phải làm sao',
    'vợ cũ dọa gửi clip nhạy cảm của anh cho cơ quan, anh sợ lắm, anh nên làm gì',
  ])('"%s" is a sexual-assault disclosure with the service answer', (text) => {
    const r = reply(text);
    expect([r.outcome, r.crisis, r.safeguarding?.situation, r.safeguarding?.outcome]).toEqual([
      'disclosure',
      false,
      'sexual-assault',
      'disclosure',
    ]);
  });
  it('how such a revenge post is punished, asked of nobody, stays a question, not a disclosure', () => {
    const r = reply('phát tán ảnh nóng của người yêu cũ để trả thù thì bị xử lý ra sao');
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.outcome).not.toBe('disclosure');
  });
  itRepliesDangerNow(
    reply,
    [
      'bạn trai cũ dọa tung ảnh nóng, giờ nó đang đứng trước cửa cầm dao, em sợ lắm, phải làm sao',
      'chồng cũ dọa tung clip nóng, còn dọa giết em, em sợ lắm, em nên làm gì',
      'bạn trai cũ dọa tung ảnh nhạy cảm, vừa đánh em chảy máu, em nên làm gì',
      'chồng cũ dọa tung clip nóng của tôi, tối nay hắn sẽ qua nhà, tôi sợ lắm, tôi nên làm gì',
      'nó dọa giết em nếu em không gửi thêm ảnh nhạy cảm',
    ],
    'sexual-assault',
  );
  it.each([
    'em 14 tuổi bị dọa tung ảnh',
    'con gái tôi 15 tuổi bị người lạ dọa phát tán ảnh nhạy cảm, nó sợ lắm, tôi nên làm gì',
    'em học lớp 8, bạn trai cũ dọa tung ảnh nóng của em, em sợ lắm, em nên làm gì',
  ])("a minor's images threatened stay child abuse, danger now, 111 first: %s", (text) => {
    const r = reply(text);
    expect([r.outcome, r.safeguarding?.situation, r.safeguarding?.outcome]).toEqual([
      'crisis',
      'child-abuse',
      'danger-now',
    ]);
    expect(r.safeguarding?.numbers[0]).toBe('111');
  });
});
