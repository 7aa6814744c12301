/**
 * Zalo in production, end to end: the bot as a real process (`ctxh start`)
 * with both Zalo channels, talking over HTTP to the fake Zalo Bot and Zalo OA
 * servers, which refuse what the real APIs refuse.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeZaloBot, zaloBotProtected, zaloBotText } from '../fakes/zalo-bot.ts';
import { FakeZaloOa, oaAnonymousTextEvent, oaTextEvent, signEvent } from '../fakes/zalo-oa.ts';
import { builtCli } from './built-entry.ts';
import { processEnv } from './process-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BOT_TOKEN = '1459232241454765289:FakeZaloBotTokenForTests';
const APP_ID = '1234567890123456789';
const APP_SECRET = 'app-secret-abcdef123';
const OA_SECRET = 'oa-secret-key-xyz789';
const FIRST_REFRESH = 'refresh-0-abcdefghij';

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Waits until `check` holds, or fails after `timeoutMs`. */
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Zalo in production (a real process against the fake Zalo servers)', () => {
  const bot = new FakeZaloBot(BOT_TOKEN);
  const oa = new FakeZaloOa(APP_ID, APP_SECRET, FIRST_REFRESH);
  const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-zalo-e2e-'));
  let port = 0;
  let child: ChildProcess | undefined;
  const base = (): string => `http://127.0.0.1:${port}`;

  /** Starts `ctxh start` on DATA_DIR and waits until both channels are ready. */
  const startBot = async (): Promise<void> => {
    port = await freePort();
    child = spawn(process.execPath, builtCli('start'), {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'ignore'],
      env: processEnv({
        DATA_DIR: dataDir,
        KB_WATCH: 'off',
        HOST: '127.0.0.1',
        PORT: String(port),
        ZALO_BOT_TOKEN: BOT_TOKEN,
        ZALO_BOT_API_ROOT: bot.apiRoot,
        ZALO_OA_APP_ID: APP_ID,
        ZALO_OA_APP_SECRET: APP_SECRET,
        ZALO_OA_SECRET_KEY: OA_SECRET,
        ZALO_OA_REFRESH_TOKEN: FIRST_REFRESH,
        ZALO_OA_API_ROOT: oa.root,
        ZALO_OAUTH_ROOT: oa.root,
      }),
    });
    await until(async () => {
      try {
        const health = (await (await fetch(`${base()}/healthz`)).json()) as { channels?: Record<string, string> };
        return health.channels?.['zalo-oa'] === 'ready' && health.channels?.['zalo-bot'] === 'ready';
      } catch {
        return false;
      }
    }, 'the bot to start');
  };

  const stopBot = async (): Promise<void> => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((r) => running.on('exit', () => r()));
    running.kill('SIGTERM');
    await exited;
  };

  /** Signs (with `secret`) and posts an OA event to the bot's webhook. */
  const postOa = async (event: Record<string, unknown>, secret = OA_SECRET): Promise<Response> => {
    const signed = signEvent(event, APP_ID, secret);
    return fetch(`${base()}/webhooks/zalo-oa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zevent-signature': signed.signature },
      body: signed.raw,
    });
  };

  beforeAll(async () => {
    await bot.start();
    await oa.start();
    // Left over from an earlier webhook deployment: polling needs it deleted first.
    bot.webhookUrl = 'https://old.example.vn/hook';
    await startBot();
  }, 60_000);
  afterAll(async () => {
    await stopBot();
    await Promise.all([bot.stop(), oa.stop()]);
  });

  it('starts long polling once deleteWebhook answers `result: true`', async () => {
    expect(bot.callsOf('deleteWebhook').length).toBeGreaterThanOrEqual(1);
    expect(bot.webhookUrl).toBe('');
    bot.pushUpdate(zaloBotText('tổng đài miễn phí', 'poll-chat'));
    await bot.waitFor('sendMessage', 1, (c) => c.body.chat_id === 'poll-chat', 15_000);
    expect(bot.textsTo('poll-chat').join('\n')).toContain('1800 1769');
  });

  it('answers a protected Zalo Bot account with the hotline and 111', async () => {
    bot.pushUpdate(zaloBotProtected('protected-chat'));
    const [reply] = await bot.waitFor('sendMessage', 1, (c) => c.body.chat_id === 'protected-chat', 15_000);
    expect(reply?.body.text).toContain('1800 1769');
    expect(reply?.body.text).toContain('111');
    expect(reply?.body.text).not.toContain('chỉ đọc được tin nhắn chữ');
  });

  it('a live OA reply carries message_id, so it reaches a person who does not follow the OA', async () => {
    oa.nonFollowers.add('84-not-following');
    const event = oaTextEvent(APP_ID, '84-not-following', 'tổng đài miễn phí');
    expect((await postOa(event)).status).toBe(200);
    await oa.waitForSends('84-not-following', 1, 15_000);
    const sent = oa.sends.find((c) => (c.body.recipient as { user_id?: string }).user_id === '84-not-following');
    expect(sent?.body.recipient).toEqual({
      user_id: '84-not-following',
      message_id: (event.message as { msg_id: string }).msg_id,
    });
    const metrics = await (await fetch(`${base()}/metrics`)).text();
    expect(metrics).toMatch(/ctxh_zalo_oa_sends_by_quota_total\{quota_type="reply"\} [1-9]/);
  });

  it('a forged OA event gets 200 and no reply', async () => {
    const res = await postOa(oaTextEvent(APP_ID, '84-forged', 'tổng đài'), 'not-the-oa-secret');
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(oa.messagesTo('84-forged')).toEqual([]);
    const metrics = await (await fetch(`${base()}/metrics`)).text();
    expect(metrics).toMatch(/ctxh_webhook_rejected_total\{route="\/webhooks\/zalo-oa",reason="signature"\} 1/);
  });

  it('answers an anonymous OA user in their conversation', async () => {
    await postOa(oaAnonymousTextEvent(APP_ID, 'anon-7', 'conv-7', 'tổng đài miễn phí số mấy'));
    const [reply] = await oa.waitForSends('anon-7', 1, 15_000);
    expect(reply?.text).toContain('1800 1769');
  });

  it('still delivers the text when Zalo rejects the phone button', async () => {
    oa.refusedPhoneCodes.add('18001769');
    try {
      await postOa(oaTextEvent(APP_ID, '84-button', 'tổng đài miễn phí số mấy'));
      const messages = await oa.waitForSends('84-button', 2, 15_000);
      expect(messages[1]).toEqual({ text: messages[0]?.text });
      expect(messages[1]?.text).toContain('1800 1769');
    } finally {
      oa.refusedPhoneCodes.clear();
    }
  });

  it('answers an hour-old retried event once, and refuses its replay, across a restart too', async () => {
    const event = oaTextEvent(APP_ID, '84-retried', 'tổng đài miễn phí', Date.now() - 60 * 60_000);
    expect((await postOa(event)).status).toBe(200);
    await oa.waitForSends('84-retried', 1, 15_000);
    expect(await (await postOa(event)).json()).toMatchObject({ outcome: 'duplicate' });

    await stopBot();
    await startBot();
    expect(await (await postOa(event)).json()).toMatchObject({ outcome: 'duplicate' });
    await new Promise((r) => setTimeout(r, 500));
    expect(oa.messagesTo('84-retried').length).toBe(1);
  }, 60_000);
});
