import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { FakeTelegram, callbackUpdate, textUpdate } from '../fakes/telegram.ts';
import { FakeZaloBot } from '../fakes/zalo-bot.ts';
import { copyKnowledge, realKnowledge } from '../helpers/kb.ts';
import { startOnFakes, stopOnFakes, webhookPoster } from '../helpers/webhooks.ts';

const TELEGRAM_TOKEN = '123456789:AAFakeTokenForHandoffTests_abcdefg';
const ZALO_BOT_TOKEN = '1459232241454765289:FakeZaloBotTokenForHandoff';
const SECRET = 'handoff-test-webhook-secret';
const GROUP = -1001234567;
const STAFF = { id: 9001, is_bot: false, first_name: 'Hoa' };
const kb = realKnowledge();
const ui = kb.ui.handoff;
const firstLine = (text: string): string => text.split('\n')[0] ?? text;
/** Wednesday 25 November 2026, 10:00 in Vietnam: on duty (Monday to Friday, 07:30–17:00). */
const ON_DUTY = new Date('2026-11-25T03:00:00Z');

/** Resolves once `check` holds, or fails after 5 s. */
async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('a handoff through the staff Telegram group, over real HTTP', () => {
  const telegram = new FakeTelegram();
  const zaloBot = new FakeZaloBot(ZALO_BOT_TOKEN);
  const fakes = { telegram, telegramToken: TELEGRAM_TOKEN, zaloBot, zaloBotToken: ZALO_BOT_TOKEN };
  const clock = fixedClock(ON_DUTY);
  let service: Service;

  const post = webhookPoster(() => service, SECRET);
  const postTelegram = post.telegram;
  const postZalo = post.zalo;
  const toGroup = (): string[] =>
    telegram
      .callsOf('sendMessage')
      .filter((c) => String(c.body.chat_id) === String(GROUP))
      .map((c) => String(c.body.text));
  const toTelegramChat = (chat: number): string[] =>
    telegram
      .callsOf('sendMessage')
      .filter((c) => String(c.body.chat_id) === String(chat))
      .map((c) => String(c.body.text));
  /** A staff member's message in the group, replying to one the bot posted there. */
  const staffReply = (text: string, repliedText: string) =>
    textUpdate(text, GROUP, {
      chat: { id: GROUP, type: 'supergroup', title: 'Tư vấn viên' },
      from: STAFF,
      reply_to_message: {
        message_id: 77,
        date: Math.floor(Date.now() / 1000),
        chat: { id: GROUP, type: 'supergroup', title: 'Tư vấn viên' },
        from: telegram.botInfo,
        text: repliedText,
      },
    });
  /** A staff member pressing a button under a message in the group. */
  const staffPress = (data: string) => {
    const update = callbackUpdate(data, GROUP);
    const query = update.callback_query as Record<string, unknown>;
    query.from = STAFF;
    (query.message as Record<string, unknown>).chat = { id: GROUP, type: 'supergroup', title: 'Tư vấn viên' };
    return update;
  };

  beforeAll(async () => {
    const knowledgeDir = copyKnowledge();
    const centerFile = join(knowledgeDir, 'center.yaml');
    writeFileSync(
      centerFile,
      readFileSync(centerFile, 'utf8').replace(
        'duty_hours: []',
        'duty_hours:\n  - days: [1, 2, 3, 4, 5]\n    from: "07:30"\n    to: "17:00"',
      ),
    );
    service = await startOnFakes(
      fakes,
      SECRET,
      {
        KNOWLEDGE_DIR: knowledgeDir,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-handoff-e2e-')),
        STAFF_TELEGRAM_GROUP_ID: String(GROUP),
        HANDOFF_TIMEOUT_MINUTES: '30',
      },
      clock,
    );
  });
  afterAll(() => stopOnFakes(service, fakes));

  it('relays a Zalo Bot resident to the group; a staff reply reaches them on Zalo; the bot waits, except for danger', async () => {
    const chat = 'zb-resident-1';
    await postZalo('cho toi noi chuyen voi nguoi that, sdt em 0912345678', chat);
    expect(zaloBot.textsTo(chat)[0]).toContain(firstLine(ui.opened));

    await until(() => toGroup().some((t) => t.includes('#H')));
    const announce = toGroup().find((t) => t.includes('#H')) as string;
    const id = /#(H\d+)/.exec(announce)?.[1] as string;
    expect(announce).toContain(kb.ui.platform_names['zalo-bot']);
    expect(announce).not.toContain('0912345678');
    const buttons = JSON.stringify(telegram.callsOf('sendMessage').at(-1)?.body.reply_markup);
    expect(buttons).toContain(`h:claim:${id}`);

    await postTelegram(staffPress(`h:claim:${id}`));
    await until(() => toGroup().some((t) => t.includes(`#${id}`) && t.includes('Hoa')));

    await postTelegram(staffReply('Chào bạn, mình là Hoa, tư vấn viên của trung tâm.', announce));
    await until(() => zaloBot.textsTo(chat).length >= 2);
    expect(zaloBot.textsTo(chat)[1]).toBe(`${ui.staff_prefix}\nChào bạn, mình là Hoa, tư vấn viên của trung tâm.`);

    // While the counsellor has the conversation, the bot relays and does not answer…
    const groupBefore = toGroup().length;
    await postZalo('tổng đài miễn phí số mấy', chat);
    expect(zaloBot.textsTo(chat)).toHaveLength(2);
    await until(() => toGroup().length > groupBefore);
    expect(toGroup().at(-1)).toContain('tổng đài miễn phí số mấy');

    // …except for danger, which gets the emergency reply at once, and alerts the group.
    await postZalo('chồng em đang đánh em, cứu em với', chat);
    expect(zaloBot.textsTo(chat)[2]?.startsWith(kb.safeguarding.text.number_lines['113'])).toBe(true);
    await until(() => toGroup().some((t) => t.startsWith('⚠️')));

    // Staff close it: the resident is told, and the bot answers again.
    await postTelegram(staffPress(`h:close:${id}`));
    await until(() => zaloBot.textsTo(chat).some((t) => t.startsWith(firstLine(ui.closed))));
    const told = zaloBot.textsTo(chat).length;
    await postZalo('tổng đài miễn phí số mấy', chat);
    expect(zaloBot.textsTo(chat)[told]).toContain('1800 1769');
    expect(service.core.handoff.list()).toHaveLength(0);
  });

  it('opens from the "a real person" button under an emergency reply on Telegram, carries a staff reply there, and closes itself after the timeout', async () => {
    const chat = 4242;
    await postTelegram(textUpdate('chồng em đang đánh em', chat));
    expect(toTelegramChat(chat)[0]?.startsWith(kb.safeguarding.text.number_lines['113'])).toBe(true);
    await postTelegram(callbackUpdate('sg:human:violence', chat));
    await until(() => toTelegramChat(chat).length >= 3);
    expect(toTelegramChat(chat)[2]).toContain(firstLine(ui.opened));
    const handoff = service.core.handoff.list().find((h) => h.chatKey === `telegram:${chat}`);
    expect(handoff?.reason).toBe('button');
    const announce = toGroup().find((t) => t.includes(`#${handoff?.id}`)) as string;
    await postTelegram(staffReply('Bạn đang ở đâu? Mình gọi hỗ trợ ngay.', announce));
    await until(() => toTelegramChat(chat).length >= 4);
    expect(toTelegramChat(chat)[3]).toBe(`${ui.staff_prefix}\nBạn đang ở đâu? Mình gọi hỗ trợ ngay.`);

    clock.advance(31 * 60_000);
    await service.core.handoff.sweep();
    await until(() => toTelegramChat(chat).some((t) => t.startsWith(firstLine(ui.timed_out))));
    expect(/ctxh_handoffs_total\{event="timed_out"\} 1/.test(await service.metrics.render())).toBe(true);
    clock.set(ON_DUTY);
  });

  it('outside duty hours says when someone is back, with the hotline and emergency numbers, and opens nothing', async () => {
    // Wednesday 22:00 in Vietnam.
    clock.set(new Date('2026-11-25T15:00:00Z'));
    await postTelegram(textUpdate('gặp tư vấn viên', 5151));
    const [reply] = toTelegramChat(5151);
    expect(reply).toContain('lúc 07:30 thứ Năm, ngày 26/11');
    expect(reply).toMatch(/1800 1769/);
    expect(reply).toMatch(/113.*115.*111/s);
    expect(service.core.handoff.list().some((h) => h.chatKey === 'telegram:5151')).toBe(false);
    clock.set(ON_DUTY);
  });

  it('tells staff when a reply names no open request', async () => {
    const before = toGroup().length;
    await postTelegram(staffReply('ai đó?', '🔔 Yêu cầu gặp tư vấn viên #H999'));
    await until(() => toGroup().length > before);
    expect(toGroup().at(-1)).toBe(ui.staff_unknown);
  });
});
