/**
 * Someone who hears another person calling for help and writes in English gets the same witness advice as in
 * Vietnamese: call 113 at once and do not go in alone (session 45; before, the English reply spoke only to the person
 * in danger: "get away from the danger first").
 */
import { describe, expect, it } from 'vitest';
import { ask, realBot } from '../helpers/kb.ts';

const bot = realBot();

describe('the English violence reply speaks to a witness too', () => {
  it.each([
    'she is screaming next door',
    'I can hear a woman screaming for help in the flat next door, what should I do',
    'my neighbour is screaming help, her husband is hitting her right now',
  ])('%s', async (text) => {
    const replies = await ask(bot, text);
    const body = replies.map((r) => r.text).join('\n');
    expect(body.slice(0, 400)).toContain('113');
    expect(body).toMatch(/someone else calling for help, call 113 at once and do not go in alone/);
  });

  it('a Vietnamese message keeps the Vietnamese witness line, not the English one', async () => {
    const replies = await ask(realBot(), 'chị hàng xóm đang bị chồng đánh, la kêu cứu');
    const body = replies.map((r) => r.text).join('\n');
    expect(body).toContain('Nếu nghe thấy nhà khác có người kêu cứu');
    expect(body).not.toContain('do not go in alone');
  });
});
