import { appendFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/app.ts';
import { SEEN_UPDATES_TTL_MS, SeenUpdates } from '../../src/channels/seen-updates.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeTelegram, textUpdate } from '../fakes/telegram.ts';
import { FakeZaloBot, zaloBotText } from '../fakes/zalo-bot.ts';
import { FakeZaloOa, oaTextEvent, signEvent } from '../fakes/zalo-oa.ts';
import { KNOWLEDGE_DIR } from '../helpers/kb.ts';

const TELEGRAM_TOKEN = '123456789:AAFakeTokenForReplayTests_abcdefgh';
const ZALO_BOT_TOKEN = '1459232241454765289:FakeZaloBotTokenForReplays';
const SECRET = 'replay-test-webhook-secret';
const OA = {
  appId: '1234567890123456789',
  appSecret: 'app-secret-replays',
  secretKey: 'oa-secret-key-replays',
  refresh: 'refresh-0-replays-abc',
};
const QUESTION = 'tổng đài miễn phí số mấy';

/**
 * Runs the service on one DATA_DIR, stops it, and runs it again on the same
 * folder, as a restart does; `post` sends the same raw request each time.
 */
async function acrossRestart(
  env: Record<string, string>,
  post: (base: string) => Promise<Response>,
  afterRestart: Record<string, string> = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-replay-'));
  const outcomes: unknown[] = [];
  for (let run = 0; run < 2; run++) {
    const config = loadConfig({
      KNOWLEDGE_DIR,
      KB_WATCH: 'off',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
      ...(run > 0 ? afterRestart : {}),
    });
    const service: Service = await startService(config, silentLogger());
    try {
      const res = await post(`http://127.0.0.1:${service.server?.port}`);
      expect(res.status).toBe(200);
      outcomes.push(((await res.json()) as { outcome: unknown }).outcome);
    } finally {
      await service.stop();
    }
  }
  return { outcomes, dataDir };
}

/** Every file under a folder, read as text. */
function filesUnder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('an update replayed after a restart is refused, not answered again', () => {
  let stopFake: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stopFake?.();
    stopFake = undefined;
  });

  /** Posts a Telegram update, again while the channel is still starting (503). */
  const postTelegram =
    (fake: FakeTelegram, update: string) =>
    async (base: string): Promise<Response> => {
      await fake.waitFor('getMe');
      for (;;) {
        const res = await fetch(`${base}/webhooks/telegram`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
          body: update,
        });
        if (res.status !== 503) return res;
        await new Promise((r) => setImmediate(r));
      }
    };
  const telegramEnv = (fake: FakeTelegram) => ({
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  });

  it('Telegram: the same update_id', async () => {
    const fake = new FakeTelegram();
    await fake.start();
    stopFake = () => fake.stop();
    const update = JSON.stringify(textUpdate(QUESTION, 5151));
    const { outcomes, dataDir } = await acrossRestart(telegramEnv(fake), postTelegram(fake, update));
    expect(outcomes).toEqual(['processed', 'duplicate']);
    expect(fake.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === '5151').length).toBe(1);
    // Ids only: neither the text nor the chat is kept.
    expect(filesUnder(join(dataDir, 'seen-updates'))).not.toMatch(/tổng đài|5151/);
  });

  it('Telegram: another bot on the same DATA_DIR answers its own update with the same number', async () => {
    const fake = new FakeTelegram();
    await fake.start();
    stopFake = () => fake.stop();
    const { outcomes } = await acrossRestart(
      telegramEnv(fake),
      postTelegram(fake, JSON.stringify(textUpdate(QUESTION, 5252))),
      {
        TELEGRAM_BOT_TOKEN: '987654321:AAAnotherBotTokenForReplayTests_xyz',
      },
    );
    expect(outcomes).toEqual(['processed', 'processed']);
  });

  it('Zalo Bot: the same message_id', async () => {
    const fake = new FakeZaloBot(ZALO_BOT_TOKEN);
    await fake.start();
    stopFake = () => fake.stop();
    const update = JSON.stringify({ ok: true, result: zaloBotText(QUESTION, 'chat-replay-1') });
    const { outcomes } = await acrossRestart(
      {
        ZALO_BOT_TOKEN,
        ZALO_BOT_API_ROOT: fake.apiRoot,
        ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
        ZALO_BOT_WEBHOOK_SECRET: SECRET,
      },
      (base) =>
        fetch(`${base}/webhooks/zalo-bot`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET },
          body: update,
        }),
    );
    expect(outcomes).toEqual(['processed', 'duplicate']);
    expect(fake.textsTo('chat-replay-1').length).toBe(1);
  });

  it('Zalo OA: the same msg_id', async () => {
    const fake = new FakeZaloOa(OA.appId, OA.appSecret, OA.refresh);
    await fake.start();
    stopFake = () => fake.stop();
    const signed = signEvent(oaTextEvent(OA.appId, '8400000077', QUESTION), OA.appId, OA.secretKey);
    const sentBefore: number[] = [];
    const { outcomes } = await acrossRestart(
      {
        ZALO_OA_APP_ID: OA.appId,
        ZALO_OA_APP_SECRET: OA.appSecret,
        ZALO_OA_SECRET_KEY: OA.secretKey,
        ZALO_OA_REFRESH_TOKEN: OA.refresh,
        ZALO_OA_API_ROOT: fake.root,
        ZALO_OAUTH_ROOT: fake.root,
      },
      (base) => {
        sentBefore.push(fake.messagesTo('8400000077').length);
        return fetch(`${base}/webhooks/zalo-oa`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-zevent-signature': signed.signature },
          body: signed.raw,
        });
      },
    );
    expect(outcomes).toEqual(['processed', 'duplicate']);
    const [beforeFirst, beforeReplay] = sentBefore;
    expect(beforeFirst).toBe(0);
    expect(beforeReplay).toBeGreaterThan(0);
    expect(fake.messagesTo('8400000077').length).toBe(beforeReplay);
  });
});

describe('SeenUpdates', () => {
  const file = (): string => join(mkdtempSync(join(tmpdir(), 'ctxh-seen-')), 'seen', 'test.log');

  it('forgets ids after a day, and drops them from the file', () => {
    const path = file();
    let now = Date.UTC(2026, 10, 25, 8);
    const first = new SeenUpdates({ file: path, now: () => now });
    expect(first.claim('101')).toBe(false);
    first.record('101');
    now += SEEN_UPDATES_TTL_MS - 1000;
    first.record('102');
    expect(new SeenUpdates({ file: path, now: () => now }).claim('101')).toBe(true);

    now += 2000;
    const later = new SeenUpdates({ file: path, now: () => now });
    expect(later.claim('101')).toBe(false);
    expect(later.has('102')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(`${(now - 2000).toString(36)} 102\n`);
  });

  it('claims in memory at once, but keeps an id on disk only once handled', () => {
    const path = file();
    const seen = new SeenUpdates({ file: path });
    expect(seen.claim('201')).toBe(false);
    expect(seen.claim('201')).toBe(true);
    // A crash before the update was handled: the platform's re-send is answered.
    expect(new SeenUpdates({ file: path }).claim('201')).toBe(false);
    seen.record('201');
    expect(new SeenUpdates({ file: path }).claim('201')).toBe(true);
  });

  it('skips a line cut short by a crash', () => {
    const path = file();
    const seen = new SeenUpdates({ file: path });
    seen.record('301');
    appendFileSync(path, 'zz');
    const reopened = new SeenUpdates({ file: path });
    expect(reopened.has('301')).toBe(true);
    expect(reopened.has('zz')).toBe(false);
  });

  it('keeps appending into the new file after each compaction of the one it keeps open', () => {
    const path = file();
    let now = 1_000_000;
    const options = { file: path, ttlMs: 100, now: () => now };
    const seen = new SeenUpdates(options);
    // Ids live 100 ms and come 1 ms apart: past 1,000 lines the file is rewritten with the live ones.
    for (let id = 1; id <= 2_500; id++) {
      now += 1;
      seen.record(String(id));
    }
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeLessThan(1_000);
    const reopened = new SeenUpdates(options);
    for (const id of [2_401, 2_450, 2_500]) expect(reopened.has(String(id)), String(id)).toBe(true);
    expect(reopened.has('2300')).toBe(false);
  });
});
