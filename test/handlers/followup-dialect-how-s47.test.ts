/**
 * Session 47 (issue 11): "nếu em muốn ly hôn thì mần răng" after the violence service was offered the violence
 * service again: the follow-up reader reads raw syllables, so the central "mần răng" ("làm sao", how) asked no
 * aspect, and the divorce, the legal aid office's business, was never referred there. "Mần răng" asks how, as
 * "làm sao" does.
 */
import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/nlp/followup.ts';
import { ask, realBot, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

/** Sends one message in a conversation with the bot and returns its replies' text. */
const said = async (bot: ReturnType<typeof realBot>, text: string): Promise<string> =>
  (await ask(bot, text)).map((r) => r.text).join('\n');

const VIOLENCE = 'Bạo lực không phải chuyện riêng trong nhà';
const LEGAL_AID = 'Trợ giúp pháp lý';

describe('the central "mần răng" asks how', () => {
  it.each(['nếu em muốn ly hôn thì mần răng', 'giờ mần răng đây', 'đăng ký thì mần răng', 'man rang rua'])(
    '"%s" asks how to apply',
    (text) => {
      expect(readFollowUp(kb, text).aspect).toBe('apply');
    },
  );

  it.each([
    ['chồng em hay đánh em, em phải làm sao', 'nếu em muốn ly hôn thì mần răng'],
    ['chồng em hay đánh đập em, trung tâm giúp gì được không', 'nếu em muốn ly hôn thì mần răng'],
  ])('after "%s", "%s" is referred to legal aid', async (first, second) => {
    const bot = realBot();
    expect(await said(bot, first)).toContain(VIOLENCE);
    const reply = await said(bot, second);
    expect(reply).toContain(LEGAL_AID);
    expect(reply).not.toContain(VIOLENCE);
  });
});
