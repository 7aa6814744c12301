/**
 * /xoadulieu while a notice is being sent, on Telegram, Zalo Bot and Zalo OA
 * at once, through the running service and fake platform servers over HTTP.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import type { Subscriber } from '../../src/store/types.ts';
import { FakeTelegram, textUpdate } from '../fakes/telegram.ts';
import { FakeZaloBot, zaloBotText } from '../fakes/zalo-bot.ts';
import { FakeZaloOa, oaTextEvent, signEvent } from '../fakes/zalo-oa.ts';
import { KNOWLEDGE_DIR, realKnowledge } from '../helpers/kb.ts';

const TELEGRAM_TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const TELEGRAM_SECRET = 'webhook-secret-123';
const ZALO_BOT_TOKEN = '1459232241454765289:FakeZaloBotTokenForTests';
const ZALO_BOT_SECRET = 'zalo-bot-webhook-secret';
const APP_ID = '1234567890123456789';
const APP_SECRET = 'app-secret-abcdef123';
const OA_SECRET = 'oa-secret-key-xyz789';
const NOTICE = 'Thông báo: sáng thứ Bảy trung tâm tư vấn miễn phí tại nhà văn hóa.';
const PER_PLATFORM = 12;
const kb = realKnowledge();

/** Ids no timestamp or counter in DATA_DIR could contain by chance; the last of each platform asks for deletion. */
const telegramIds = Array.from({ length: PER_PLATFORM }, (_, i) => String(7320100 + i));
const zaloBotIds = Array.from({ length: PER_PLATFORM }, (_, i) => `zb-${7330100 + i}`);
const zaloOaIds = Array.from({ length: PER_PLATFORM }, (_, i) => String(7340000100 + i));
const leaving = {
  telegram: telegramIds.at(-1) as string,
  'zalo-bot': zaloBotIds.at(-1) as string,
  'zalo-oa': zaloOaIds.at(-1) as string,
};
const leavingName = (platform: string): string => `Người Xin Xóa ${platform}`;
/** Withdraws consent with /huydangky at the same moment. */
const unsubscribing = telegramIds.at(-2) as string;

function subscribers(): Subscriber[] {
  const at = new Date().toISOString();
  const make = (platform: Subscriber['platform'], chatId: string): Subscriber => ({
    key: `${platform}:${chatId}`,
    platform,
    chatId,
    userId: chatId,
    displayName: Object.values(leaving).includes(chatId) ? leavingName(platform) : `Người ${chatId}`,
    topics: [],
    area: 'Phường Hồng Gai',
    consentAt: at,
    status: 'active',
    updatedAt: at,
  });
  return [
    ...telegramIds.map((id) => make('telegram', id)),
    ...zaloBotIds.map((id) => make('zalo-bot', id)),
    ...zaloOaIds.map((id) => make('zalo-oa', id)),
  ];
}

/** Every file under `dir`, at any depth, that contains `text`. */
function filesContaining(dir: string, text: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (readFileSync(path, 'utf8').includes(text)) found.push(path);
  }
  return found;
}

describe('/xoadulieu during a running notice', () => {
  const telegram = new FakeTelegram();
  const zaloBot = new FakeZaloBot(ZALO_BOT_TOKEN);
  const zaloOa = new FakeZaloOa(APP_ID, APP_SECRET);
  const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-deletion-'));
  const crashDir = mkdtempSync(join(tmpdir(), 'ctxh-deletion-crash-'));
  const env = (dir: string): NodeJS.ProcessEnv => ({
    KNOWLEDGE_DIR,
    KB_WATCH: 'off',
    DATA_DIR: dir,
    HOST: '127.0.0.1',
    PORT: '0',
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    ZALO_BOT_TOKEN,
    ZALO_BOT_API_ROOT: zaloBot.apiRoot,
    ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
    ZALO_BOT_WEBHOOK_SECRET: ZALO_BOT_SECRET,
    ZALO_OA_APP_ID: APP_ID,
    ZALO_OA_APP_SECRET: APP_SECRET,
    ZALO_OA_SECRET_KEY: OA_SECRET,
    ZALO_OA_REFRESH_TOKEN: 'refresh-0-abcdefghij',
    ZALO_OA_API_ROOT: zaloOa.root,
    ZALO_OAUTH_ROOT: zaloOa.root,
    // Slow enough that the notice is still going out when the deletions arrive: at 10 a second the last in line was
    // reached about 1.1 s after the first, and once (session 36, a fresh-clone CI run with both cores busy) a deletion's
    // webhook was handled later than that; at 4 a second the last is reached about 2.75 s after the first.
    BROADCAST_TELEGRAM_PER_SECOND: '4',
    BROADCAST_ZALO_PER_SECOND: '4',
  });

  /** The notices each platform received, by chat, with when they arrived. */
  const notices = () => ({
    telegram: telegram
      .callsOf('sendMessage')
      .filter((c) => c.body.text === NOTICE)
      .map((c) => ({ chat: String(c.body.chat_id), at: c.at })),
    'zalo-bot': zaloBot
      .callsOf('sendMessage')
      .filter((c) => c.body.text === NOTICE)
      .map((c) => ({ chat: String(c.body.chat_id), at: c.at })),
    'zalo-oa': zaloOa.sends
      .filter((c) => (c.body.message as { text?: string }).text === NOTICE)
      .map((c) => ({ chat: String((c.body.recipient as { user_id: string }).user_id), at: c.at })),
  });

  async function startOn(dir: string): Promise<Service> {
    const service = await startService(loadConfig(env(dir)), silentLogger());
    const deadline = Date.now() + 5000;
    while (service.channels.get('zalo-oa')?.status !== 'ready' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    return service;
  }

  /** Sends /xoadulieu on each platform and resolves with when each answer reached the platform. */
  async function deleteOnEveryPlatform(
    service: Service,
  ): Promise<Record<keyof typeof leaving | 'unsubscribed', number>> {
    const port = service.server?.port;
    const deleted = kb.ui.data_deleted;
    const post = (path: string, headers: Record<string, string>, body: string) =>
      fetch(`http://127.0.0.1:${port}/webhooks/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const signed = signEvent(oaTextEvent(APP_ID, leaving['zalo-oa'], '/xoadulieu'), APP_ID, OA_SECRET);
    await Promise.all([
      post(
        'telegram',
        { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET },
        JSON.stringify(textUpdate('/xoadulieu', Number(leaving.telegram))),
      ),
      post(
        'telegram',
        { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET },
        JSON.stringify(textUpdate('/huydangky', Number(unsubscribing))),
      ),
      post(
        'zalo-bot',
        { 'x-bot-api-secret-token': ZALO_BOT_SECRET },
        JSON.stringify(zaloBotText('/xoadulieu', leaving['zalo-bot'])),
      ),
      post('zalo-oa', { 'x-zevent-signature': signed.signature }, signed.raw),
    ]);
    const answers = {
      telegram: () =>
        telegram
          .callsOf('sendMessage')
          .find((c) => String(c.body.chat_id) === leaving.telegram && c.body.text === deleted),
      'zalo-bot': () =>
        zaloBot
          .callsOf('sendMessage')
          .find((c) => c.body.chat_id === leaving['zalo-bot'] && String(c.body.text).startsWith(deleted)),
      'zalo-oa': () =>
        zaloOa.sends.find(
          (c) =>
            (c.body.recipient as { user_id: string }).user_id === leaving['zalo-oa'] &&
            String((c.body.message as { text?: string }).text).startsWith(deleted),
        ),
      unsubscribed: () =>
        telegram
          .callsOf('sendMessage')
          .find((c) => String(c.body.chat_id) === unsubscribing && c.body.text === kb.ui.unsubscribed),
    };
    const deadline = Date.now() + 5000;
    while (Object.values(answers).some((answer) => !answer()) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    const at = (answer: () => { at: number } | undefined): number => answer()?.at ?? NaN;
    return {
      telegram: at(answers.telegram),
      'zalo-bot': at(answers['zalo-bot']),
      'zalo-oa': at(answers['zalo-oa']),
      unsubscribed: at(answers.unsubscribed),
    };
  }

  beforeAll(async () => {
    await Promise.all([telegram.start(), zaloBot.start(), zaloOa.start()]);
  });
  afterAll(async () => {
    await Promise.all([telegram.stop(), zaloBot.stop(), zaloOa.stop()]);
  });

  it('reaches nobody who asked after the answer, leaves their chat id in no file, and a restart does not resend to them', async () => {
    const service = await startOn(dataDir);
    let jobId: string;
    try {
      await service.store.upsertSubscribers(subscribers());
      jobId = await service.core.delivery.enqueue({
        kind: 'broadcast',
        key: 'deletion-test',
        replies: [{ text: NOTICE }],
        audience: {},
        createdBy: 'cli',
        summary: NOTICE,
      });
      while (notices().telegram.length === 0) await new Promise((r) => setTimeout(r, 10));

      const answeredAt = await deleteOnEveryPlatform(service);
      for (const at of Object.values(answeredAt)) expect(at).not.toBeNaN();
      // The notice really was under way when the answers went out.
      expect(service.core.delivery.progress(jobId)?.pending).toBeGreaterThan(0);
      // What a kill -9 right after the answers would leave on disk.
      // The copy stands for the folder after a crash: the crashed engine's job leases die with its process.
      cpSync(dataDir, crashDir, { recursive: true, filter: (path) => !/\.lease\.\d+$/.test(path) });

      const result = await service.core.delivery.whenDone(jobId);
      expect(result).toMatchObject({
        total: 3 * PER_PLATFORM,
        sent: 3 * PER_PLATFORM - 4,
        removed: 4,
        failed: 0,
        blocked: 0,
      });
      const received = notices();
      // Withdrawn consent stops the notice too.
      expect(received.telegram.filter((n) => n.chat === unsubscribing)).toEqual([]);
      expect(answeredAt.unsubscribed).not.toBeNaN();
      for (const platform of ['telegram', 'zalo-bot', 'zalo-oa'] as const) {
        const toThem = received[platform].filter((n) => n.chat === leaving[platform]);
        expect(
          toThem.filter((n) => n.at >= answeredAt[platform]),
          platform,
        ).toEqual([]);
        // They were last in line, so they got nothing at all.
        expect(toThem, platform).toEqual([]);
        // Everyone else got it once.
        const others = PER_PLATFORM - (platform === 'telegram' ? 2 : 1);
        expect(received[platform].length, platform).toBe(others);
        expect(new Set(received[platform].map((n) => n.chat)).size, platform).toBe(others);
      }
      // Sends went on after the answers: the job was running, not finished.
      expect(
        received.telegram.some((n) => n.at > answeredAt.telegram) ||
          received['zalo-bot'].some((n) => n.at > answeredAt['zalo-bot']),
      ).toBe(true);

      for (const [platform, id] of Object.entries(leaving)) {
        expect(filesContaining(dataDir, id), `${platform} chat id`).toEqual([]);
        expect(filesContaining(dataDir, leavingName(platform)), `${platform} name`).toEqual([]);
        expect(filesContaining(crashDir, id), `${platform} chat id after the crash`).toEqual([]);
      }
      // The others are still there (the search would find them).
      expect(filesContaining(dataDir, telegramIds[0] as string).length).toBeGreaterThan(0);
      expect(await service.store.getSubscriber(`telegram:${leaving.telegram}`)).toBeUndefined();
    } finally {
      await service.stop();
    }

    // A restart from the state at the moment of the answers resumes the notice without them.
    telegram.reset();
    zaloBot.calls.length = 0;
    zaloOa.calls.length = 0;
    const restarted = await startOn(crashDir);
    try {
      expect(restarted.core.delivery.progress(jobId)).toBeDefined();
      const resumed = await restarted.core.delivery.whenDone(jobId);
      expect(resumed.pending).toBe(0);
      expect(resumed.removed).toBe(4);
      const received = notices();
      expect(received.telegram.length + received['zalo-bot'].length + received['zalo-oa'].length).toBeGreaterThan(0);
      for (const platform of ['telegram', 'zalo-bot', 'zalo-oa'] as const) {
        expect(
          received[platform].filter((n) => n.chat === leaving[platform]),
          platform,
        ).toEqual([]);
      }
      expect(received.telegram.filter((n) => n.chat === unsubscribing)).toEqual([]);
      for (const id of Object.values(leaving)) expect(filesContaining(crashDir, id)).toEqual([]);
    } finally {
      await restarted.stop();
    }
  }, 30_000);
});
