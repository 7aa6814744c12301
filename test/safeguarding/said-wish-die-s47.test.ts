/**
 * Session 47 (issue 10): "muốn chết" said out loud by someone and relayed by the writer is heard whatever the message's
 * length. "làm sao giúp bạn tôi, nó nói muốn chết" was a plain fallback with no safeguarding at all: the bare wish
 * ("muốn chết") only counted in a message of six words or fewer. Asked how to help, the mental-health answer follows
 * (115 and the hotline at its end); told as happening, the emergency screen. Figures of speech stay calm.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a wish to die said and relayed (session 47)', () => {
  it.each([
    'làm sao giúp bạn tôi, nó nói muốn chết',
    'lam sao giup ban toi, no noi muon chet',
    'làm sao để giúp em gái tôi, con bé cứ bảo muốn chết',
    'cách nào giúp bạn thân em, nó nhắn là muốn chết',
    'lam sao giup chong toi, anh ay cu than muon chet',
  ])('"%s" is about suicide and never the plain fallback', (text) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding?.situation).toBe('suicide');
    const helped = r.crisis || (r.outcome === 'answer' && r.entryId === 'service-mental-health');
    expect(helped).toBe(true);
  });

  it.each([
    'mẹ tôi nói muốn chết cho xong, giờ bà đang ngồi ngoài ban công tầng 9',
    'con tôi vừa nhắn là muốn chết, giờ gọi không nghe máy',
    'ban toi noi muon chet, dang cam dao lam',
    'chồng tôi cứ bảo muốn chết, tối nay anh ấy uống rượu rồi cầm dây thừng ra vườn',
    'bạn cùng phòng nói muốn chết rồi khóa cửa nhà tắm, gọi không trả lời',
  ])('"%s" is danger now, 115 first', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(true);
    expect(r.safeguarding?.situation).toBe('suicide');
  });

  it.each([
    'nó nói mệt muốn chết, có được nghỉ phép không',
    'chồng tôi nói muốn chết với nó luôn vì cái xe hỏng hoài',
    'sếp nói muốn chết cười với cái slide của em',
    'bạn tôi nói đói muốn chết, quanh trung tâm có quán ăn nào không',
    'con bé nói nóng muốn chết, phòng chờ có máy lạnh không ạ',
  ])('"%s" stays calm: a figure of speech', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.outcome ?? 'none').not.toBe('danger-now');
  });
});
