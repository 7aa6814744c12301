import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginLinks, loginUrl } from '../../src/admin/login-links.ts';
import type { Service } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { FakeTelegram, textUpdate } from '../fakes/telegram.ts';
import { FakeZaloBot } from '../fakes/zalo-bot.ts';
import { copyKnowledge, realKnowledge } from '../helpers/kb.ts';
import { startOnFakes, stopOnFakes, webhookPoster } from '../helpers/webhooks.ts';
import { ConsoleClient, overHttp } from './console-client.ts';

const TELEGRAM_TOKEN = '123456789:AAFakeTokenForHandoffPage_abcdefgh';
const ZALO_BOT_TOKEN = '1459232241454765289:FakeZaloBotTokenForHandoffPage';
const SECRET = 'handoff-page-webhook-secret';
const STAFF = '5560001';
const PUBLIC_URL = 'https://bot.example.vn';
const ui = realKnowledge().ui.handoff;
const firstLine = (text: string): string => text.split('\n')[0] ?? text;
const PAGE = '/admin/chuyen-can-bo';

/** The message a console action redirected with. */
const flash = (response: Response, kind: 'ok' | 'loi'): string =>
  new URL(response.headers.get('location') ?? '', 'http://x').searchParams.get(kind) ?? '';

describe('the handoff page of the staff console, with no staff Telegram group, over real HTTP', () => {
  const telegram = new FakeTelegram();
  const zaloBot = new FakeZaloBot(ZALO_BOT_TOKEN);
  const fakes = { telegram, telegramToken: TELEGRAM_TOKEN, zaloBot, zaloBotToken: ZALO_BOT_TOKEN };
  const clock = fixedClock(new Date('2026-11-25T03:00:00Z'));
  let service: Service;

  const post = webhookPoster(() => service, SECRET);
  const postZalo = post.zalo;
  const postTelegram = (text: string, chat: number) => post.telegram(textUpdate(text, chat));
  const telegramTexts = (chat: number): string[] =>
    telegram
      .callsOf('sendMessage')
      .filter((c) => String(c.body.chat_id) === String(chat))
      .map((c) => String(c.body.text));
  /** A signed-in console session of `userId` (a staff member unless said otherwise). */
  const signedIn = async (userId = STAFF): Promise<{ browser: ConsoleClient; status: number }> => {
    const token = new LoginLinks(service.config.dataDir, () => clock.now().getTime()).issue({
      platform: 'telegram',
      userId,
    });
    const browser = new ConsoleClient(overHttp(`http://127.0.0.1:${service.server?.port}`));
    const response = await browser.signIn(loginUrl(PUBLIC_URL, token));
    return { browser, status: response.status };
  };
  /** The code of the newest handoff of a chat. */
  const codeOf = (chatKey: string): string =>
    service.core.handoff.list().find((h) => h.chatKey === chatKey)?.id ?? 'none';

  beforeAll(async () => {
    service = await startOnFakes(
      fakes,
      SECRET,
      {
        KNOWLEDGE_DIR: copyKnowledge(),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-handoff-page-')),
        ADMIN_ENABLED: 'on',
        PUBLIC_URL,
        STAFF_TELEGRAM_IDS: STAFF,
      },
      clock,
    );
  });
  afterAll(() => stopOnFakes(service, fakes));

  it('lists a Zalo Bot request, claims it, replies to the resident on Zalo, and closes it', async () => {
    const chat = 'zb-page-1';
    await postZalo('cho toi noi chuyen voi nguoi that, sdt em 0912345678', chat);
    expect(zaloBot.textsTo(chat)[0]).toContain(firstLine(ui.opened_unknown_hours));
    const id = codeOf(`zalo-bot:${chat}`);

    const { browser } = await signedIn();
    const overview = await (await browser.get('/admin')).text();
    expect(overview).toMatch(/Chuyển cán bộ<span class="badge"[^>]*>1</);
    expect(overview).toContain('Chuyển cán bộ 1');
    const list = await (await browser.get(PAGE)).text();
    expect(list).toContain(`#${id}`);
    expect(list).toContain('Đang chờ');
    expect(list).toContain('Zalo (bot)');
    expect(list).not.toContain('0912345678');

    const csrf = await browser.csrf(`${PAGE}/${id}`);
    const claimed = await browser.post(`${PAGE}/${id}/nhan`, { _csrf: csrf });
    expect(flash(claimed, 'ok')).toBe('Bạn đã nhận yêu cầu này.');
    expect(await (await browser.get(PAGE)).text()).not.toContain('class="badge"');

    const replied = await browser.post(`${PAGE}/${id}/tra-loi`, { _csrf: csrf, text: 'Chào bạn, mình là cán bộ Lan.' });
    expect(flash(replied, 'ok')).toBe('Đã gửi cho người dân.');
    expect(zaloBot.textsTo(chat).at(-1)).toBe(`${ui.staff_prefix}\nChào bạn, mình là cán bộ Lan.`);
    // The bot stays silent while staff have the conversation; the console shows what the resident wrote.
    const before = zaloBot.textsTo(chat).length;
    await postZalo('dạ em cảm ơn, CCCD em 012345678901', chat);
    expect(zaloBot.textsTo(chat)).toHaveLength(before);
    const conversation = await (await browser.get(`${PAGE}/${id}`)).text();
    expect(conversation).toContain('Chào bạn, mình là cán bộ Lan.');
    expect(conversation).toContain('dạ em cảm ơn');
    expect(conversation).not.toContain('012345678901');

    const closed = await browser.post(`${PAGE}/${id}/dong`, { _csrf: csrf });
    expect(flash(closed, 'ok')).toContain('Đã đóng');
    expect(zaloBot.textsTo(chat).at(-1)?.startsWith(firstLine(ui.closed))).toBe(true);
    expect(service.core.handoff.list()).toHaveLength(0);

    const audit = auditLogIn(service.config.dataDir).read();
    const handoffLines = audit.filter((l) => l.type === 'handoff' && l.handoffId === id);
    expect(handoffLines.map((l) => (l.type === 'handoff' ? l.action : ''))).toEqual([
      'opened',
      'claimed',
      'replied',
      'closed',
    ]);
    expect(handoffLines.slice(1).every((l) => l.type === 'handoff' && l.by === `staff:telegram:${STAFF}`)).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/cán bộ Lan|0912345678|zb-page-1/);
  });

  it('carries a console reply to a Telegram resident', async () => {
    const chat = 4343;
    await postTelegram('gặp tư vấn viên', chat);
    const id = codeOf(`telegram:${chat}`);
    const { browser } = await signedIn();
    const csrf = await browser.csrf(`${PAGE}/${id}`);
    const replied = await browser.post(`${PAGE}/${id}/tra-loi`, { _csrf: csrf, text: 'Mình nghe đây, bạn cứ kể.' });
    expect(flash(replied, 'ok')).toBe('Đã gửi cho người dân.');
    expect(telegramTexts(chat).at(-1)).toBe(`${ui.staff_prefix}\nMình nghe đây, bạn cứ kể.`);
    await browser.post(`${PAGE}/${id}/dong`, { _csrf: csrf });
  });

  it('refuses a post without the CSRF token, and sends nothing', async () => {
    const chat = 'zb-page-2';
    await postZalo('cho tôi nói chuyện với người thật', chat);
    const id = codeOf(`zalo-bot:${chat}`);
    const { browser } = await signedIn();
    const sent = zaloBot.textsTo(chat).length;
    const refused = await browser.post(`${PAGE}/${id}/tra-loi`, { text: 'không có mã' });
    expect(refused.status).toBe(403);
    expect((await browser.post(`${PAGE}/${id}/dong`, { _csrf: 'sai' })).status).toBe(403);
    expect(zaloBot.textsTo(chat)).toHaveLength(sent);
    expect(service.core.handoff.get(id)?.state).toBe('open');
  });

  it('refuses someone who is not staff, and a visitor without a session', async () => {
    const { browser, status } = await signedIn('5569999');
    expect(status).toBe(403);
    const page = await browser.get(PAGE);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/admin/dangnhap');
  });
});
