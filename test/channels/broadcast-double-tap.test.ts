import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import type { Subscriber } from '../../src/store/types.ts';
import { callbackUpdate, FakeTelegram, textUpdate } from '../fakes/telegram.ts';
import { KNOWLEDGE_DIR, realKnowledge } from '../helpers/kb.ts';
import { quietDaytimeClock } from '../helpers/real-io.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const SECRET = 'webhook-secret-123';
const STAFF = 5000;
const SUBSCRIBERS = 1000;
const kb = realKnowledge();

function subscriber(n: number): Subscriber {
  return {
    key: `telegram:${n}`,
    platform: 'telegram',
    chatId: String(n),
    userId: String(n),
    topics: [],
    consentAt: '2026-11-01T00:00:00.000Z',
    status: 'active',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

describe('a double tap on "Gửi" over the Telegram webhook', () => {
  const fake = new FakeTelegram();
  let service: Service;
  let url: string;

  const post = (body: unknown): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(body),
    });
  const toStaff = () => fake.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === String(STAFF));

  beforeAll(async () => {
    await fake.start();
    const config = loadConfig({
      KNOWLEDGE_DIR,
      KB_WATCH: 'off',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-tap-')),
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      STAFF_TELEGRAM_IDS: String(STAFF),
      FLOOD_BURST: '100',
      BROADCAST_TELEGRAM_PER_SECOND: '1000',
      BROADCAST_TELEGRAM_PER_CHAT_PER_SECOND: '30',
    });
    service = await startService(config, silentLogger(), { clock: quietDaytimeClock() });
    url = `http://127.0.0.1:${service.server?.port}/webhooks/telegram`;
    await service.store.upsertSubscribers(Array.from({ length: SUBSCRIBERS }, (_, i) => subscriber(i + 1)));
  });
  afterAll(async () => {
    await service.stop();
    await fake.stop();
  });

  it.each([0, 30, 100])(
    'sends once to every subscriber when the second tap comes %i ms after the first',
    async (gapMs) => {
      fake.reset();
      const notice = `Thông báo thử, lần chạm cách ${gapMs} ms`;
      await post(textUpdate(`/thongbao ${notice}`, STAFF));
      await post(callbackUpdate('t:a', STAFF));
      const first = post(callbackUpdate('t:go', STAFF));
      // The gap between the two taps is the scenario itself, not a wait for a result.
      if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
      const second = post(callbackUpdate('t:go', STAFF));
      await Promise.all([first, second]);

      const jobs = service.core.delivery.running();
      await Promise.all(jobs.map((j) => service.core.delivery.whenDone(j.jobId)));
      const perChat = new Map<string, number>();
      for (const call of fake.callsOf('sendMessage')) {
        const chat = String(call.body.chat_id);
        // The staff member's own preview carries the same text.
        if (call.body.text !== notice || chat === String(STAFF)) continue;
        perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
      }
      expect(perChat.size).toBe(SUBSCRIBERS);
      expect([...perChat.values()].filter((n) => n !== 1)).toEqual([]);
      const answers = toStaff().map((c) => String(c.body.text));
      expect(answers.filter((t) => t.startsWith('📤 Đang gửi tới'))).toHaveLength(1);
      expect(answers).toContain(kb.ui.broadcast_already_sending);
    },
    60_000,
  );
});
