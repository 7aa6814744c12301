import { describe, expect, it } from 'vitest';
import { asksForPerson } from '../../handlers/handoff.ts';
import { ask, realBot, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('asking for a person', () => {
  it('is recognised with or without accents, anywhere in the message', () => {
    for (const text of [
      'cho tôi nói chuyện với người thật',
      'cho toi noi chuyen voi nguoi that',
      'gặp tư vấn viên',
      'gap tu van vien dc ko ad',
      'cho gặp nhân viên',
      'Chào ad, em kể hơi dài… cho em gặp nhân viên được không ạ?',
    ])
      expect(asksForPerson(kb, text), text).toBe(true);
  });

  it('is not read into questions that only mention staff or real people', () => {
    for (const text of [
      'đang chat với người thật hay bot vậy',
      'Mạ tui muốn lên trung tâm gặp cán bộ tận nơi thì đi mô?',
      'em cần người thật sự hiểu mình',
      'em đã nói chuyện với nhân viên xã rồi mà chưa được',
      'tổng đài miễn phí số mấy',
    ])
      expect(asksForPerson(kb, text), text).toBe(false);
  });

  it('without a staff group, gets the "a real person" answer: the bot is automatic, the hotline, the emergency numbers', async () => {
    const [reply] = await ask(realBot(), 'cho toi noi chuyen voi nguoi that');
    expect(reply?.text).toBe(kb.safeguarding.text.human_reply);
    expect(reply?.buttons?.flatMap((b) => (b.kind === 'call' ? [b.phone] : []))).toEqual(
      expect.arrayContaining([kb.center.hotline_tel, '113', '115', '111']),
    );
  });
});
