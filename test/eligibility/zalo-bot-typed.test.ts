/**
 * /kiemtra and /dangky over the Zalo Bot fake, where nothing can be pressed:
 * every answer is typed, and the options arrive as numbered lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZaloBotChannel } from '../../src/channels/zalo-bot/channel.ts';
import type { EligibilityRules } from '../../src/eligibility/rules.ts';
import { silentLogger } from '../../src/log.ts';
import { BACK_NUMBER, STOP_NUMBER } from '../../src/nlp/typed-choice.ts';
import { FakeZaloBot, zaloBotText } from '../fakes/zalo-bot.ts';
import { realBot, realKnowledge } from '../helpers/kb.ts';

const TOKEN = '1459232241454765289:FakeZaloBotTokenForTests';
const kb = realKnowledge();
const rules = kb.eligibility as EligibilityRules;

describe('typed answers over Zalo Bot', () => {
  const fake = new FakeZaloBot(TOKEN);
  let channel: ZaloBotChannel;
  beforeAll(async () => {
    await fake.start();
    channel = new ZaloBotChannel({
      token: TOKEN,
      apiRoot: fake.apiRoot,
      bot: realBot(),
      optionsHint: () => kb.ui.options_hint,
      logger: silentLogger(),
      pollTimeoutSeconds: 1,
    });
    await channel.start();
  });
  afterAll(async () => {
    await channel.stop();
    await fake.stop();
  });

  /** Types one line and waits until the bot's new messages contain `expected`; returns them. */
  async function type(chat: string, text: string, expected: string): Promise<string> {
    const before = fake.textsTo(chat).length;
    fake.pushUpdate(zaloBotText(text, chat));
    const deadline = Date.now() + 5000;
    for (;;) {
      const fresh = fake.textsTo(chat).slice(before).join('\n');
      if (fresh.includes(expected)) return fresh;
      if (Date.now() > deadline) throw new Error(`after "${text}" expected "${expected}", got:\n${fresh}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('runs a whole check typed the way an older person types', async () => {
    const chat = 'zb-typed-1';
    const first = await type(chat, '/kiemtra', 'Câu 1.');
    expect(first).toContain(`${BACK_NUMBER}. ${rules.texts.back_button}`);
    expect(first).toContain(`${STOP_NUMBER}. ${rules.texts.stop_button}`);
    // The age question lists its ranges unnumbered: "82" or "10" is the age.
    expect(await type(chat, 'cho ba noi toi', 'Câu 2.')).toContain('• Dưới 3 tuổi');
    const back = await type(chat, 'quay lai', 'Câu 1.');
    expect(back).not.toContain('Câu 2.');
    await type(chat, 'so 2', 'Câu 2.');
    await type(chat, '82', 'Câu 3.');
    await type(chat, 'ko', 'Câu 4.');
    await type(chat, 'ho ngheo', 'Câu 5.');
    await type(chat, 'ko', 'Câu 6.');
    await type(chat, 'hong', 'Câu 7.');
    await type(chat, 'ko co ai', 'Câu 8.');
    const result = await type(chat, 'khong', 'Kết quả kiểm tra nhanh');
    expect(result).toContain('Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng');
    expect(result).toContain('Trợ cấp hưu trí xã hội (người từ đủ 75 tuổi)');
  });

  it('stops with the stop number on a later question', async () => {
    const chat = 'zb-typed-2';
    await type(chat, '/kiemtra', 'Câu 1.');
    await type(chat, 'toi', 'Câu 2.');
    await type(chat, '30 tuoi', 'Câu 3.');
    const stopped = await type(chat, String(STOP_NUMBER), rules.texts.stopped.slice(0, 40));
    expect(stopped).not.toContain('Câu 4.');
  });
});
