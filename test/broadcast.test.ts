/**
 * A staff notice end to end, as the staff member and residents see it: typed to the bot over the Telegram
 * webhook, previewed, sent to an audience on Telegram and Zalo through the platforms' APIs (fakes), and
 * reported back. The handler's rules (drafts, audiences, cancel, restart) are in test/handlers/subscribe.test.ts,
 * a double tap in test/channels/broadcast-double-tap.test.ts, a crash mid-way in test/e2e/broadcast-crash.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { auditLogIn } from '../src/store/audit-log.ts';
import { callbackUpdate, FakeTelegram, textUpdate } from './fakes/telegram.ts';
import { FakeZaloBot } from './fakes/zalo-bot.ts';
import { KNOWLEDGE_DIR, realKnowledge } from './helpers/kb.ts';
import { quietDaytimeClock, until } from './helpers/real-io.ts';
import { telegramSubscriber } from './helpers/subscribers.ts';

const TELEGRAM_TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const SECRET = 'broadcast-webhook-secret';
const ZALO_TOKEN = '1459232241454765289:FakeZaloBotTokenForTests';
const STAFF = 5000;
const kb = realKnowledge();

describe('a staff notice from the Telegram chat to residents on Telegram and Zalo', () => {
  const telegram = new FakeTelegram();
  const zalo = new FakeZaloBot(ZALO_TOKEN);
  let service: Service;
  let dataDir: string;
  let url: string;

  const post = (update: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
  /** What the staff member's chat shows, in order. */
  const staffChat = () =>
    telegram
      .callsOf('sendMessage')
      .filter((c) => String(c.body.chat_id) === String(STAFF))
      .map((c) => ({ text: String(c.body.text), keyboard: JSON.stringify(c.body.reply_markup ?? '') }));

  beforeAll(async () => {
    await Promise.all([telegram.start(), zalo.start()]);
    dataDir = mkdtempSync(join(tmpdir(), 'ctxh-broadcast-'));
    const config = loadConfig({
      KNOWLEDGE_DIR,
      KB_WATCH: 'off',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      STAFF_TELEGRAM_IDS: String(STAFF),
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      // Zalo Bot by polling: it still sends through its API.
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_BOT_API_ROOT: zalo.apiRoot,
    });
    service = await startService(config, silentLogger(), { clock: quietDaytimeClock() });
    url = `http://127.0.0.1:${service.server?.port}/webhooks/telegram`;
    await service.store.upsertSubscribers([
      telegramSubscriber('601', { topics: ['tre-em'] }),
      telegramSubscriber('602', { topics: ['nguoi-cao-tuoi'] }),
      telegramSubscriber('603'),
      { ...telegramSubscriber('zl-1', { topics: ['tre-em'] }), key: 'zalo-bot:zl-1', platform: 'zalo-bot' },
      { ...telegramSubscriber('zl-2', { topics: ['nguoi-cao-tuoi'] }), key: 'zalo-bot:zl-2', platform: 'zalo-bot' },
    ]);
  });
  afterAll(async () => {
    await service.stop();
    await Promise.all([telegram.stop(), zalo.stop()]);
  });

  it('previews, confirms the count, delivers once on each platform, and reports to the staff member', async () => {
    const notice = 'Sáng Chủ nhật 7/12: tư vấn miễn phí về trợ cấp cho trẻ em <dưới 6 tuổi> tại nhà văn hóa.';
    await post(textUpdate(`/thongbao ${notice}`, STAFF));
    const [intro, preview, audience] = staffChat();
    expect(intro?.text).toBe(kb.ui.broadcast_preview);
    // The preview is the notice exactly as a Telegram resident gets it (escaped for HTML), then the audiences.
    expect(preview?.text).toBe(notice.replace('<', '&lt;').replace('>', '&gt;'));
    expect(audience?.text).toBe(kb.ui.broadcast_choose_audience);
    for (const payload of ['t:a', 't:p:telegram', 't:p:zalo-bot', 't:t:tre-em', 't:x'])
      expect(audience?.keyboard).toContain(`"callback_data":"${payload}"`);

    // "Trẻ em": the two who chose it, and the one who takes every topic.
    await post(callbackUpdate('t:t:tre-em', STAFF));
    const confirm = staffChat().at(-1);
    expect(confirm?.text).toContain('3 người');
    expect(confirm?.keyboard).toContain('"callback_data":"t:go"');
    expect(telegram.callsOf('sendMessage').filter((c) => String(c.body.chat_id) !== String(STAFF))).toEqual([]);

    await post(callbackUpdate('t:go', STAFF));
    await until(() => staffChat().some((m) => m.text.startsWith('✅')));
    const toTelegram = telegram.callsOf('sendMessage').filter((c) => String(c.body.chat_id) !== String(STAFF));
    expect(toTelegram.map((c) => String(c.body.chat_id)).sort()).toEqual(['601', '603']);
    expect(toTelegram.every((c) => c.body.text === preview?.text)).toBe(true);
    // Zalo gets the same words, as plain text.
    expect(zalo.textsTo('zl-1')).toEqual([notice]);
    expect(zalo.textsTo('zl-2')).toEqual([]);
    expect(staffChat().at(-1)?.text).toMatch(/gửi được 3\/3, lỗi 0/);
    expect(auditLogIn(dataDir).jobs()).toMatchObject([
      {
        kind: 'broadcast',
        createdBy: `staff:telegram:${STAFF}`,
        audience: { topic: 'tre-em' },
        recipients: 3,
        results: { sent: 3, failed: 0, blocked: 0 },
      },
    ]);
  });
});
