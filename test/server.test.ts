/**
 * The HTTP server as platforms and monitoring see it: which routes exist, how a webhook refuses what it
 * should not process, and what /healthz and /metrics report. Per-platform behaviour (replies, secrets,
 * duplicates) is in test/channels; socket limits in server-limits.test.ts; the metrics token in
 * metrics-token.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { MAX_WEBHOOK_BYTES, secretMatches } from '../src/channels/webhook-guards.ts';
import { FakeTelegram, textUpdate } from './fakes/telegram.ts';
import { FakeZaloBot, zaloBotText } from './fakes/zalo-bot.ts';
import { KNOWLEDGE_DIR, realKnowledge } from './helpers/kb.ts';
import { quietDaytimeClock } from './helpers/real-io.ts';

const TELEGRAM_TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const TELEGRAM_SECRET = 'telegram-webhook-secret';
const ZALO_TOKEN = '1459232241454765289:FakeZaloBotTokenForTests';
const ZALO_SECRET = 'zalo-bot-webhook-secret';

/** A service with the Telegram and Zalo Bot webhooks, over the fakes, in a DATA_DIR of its own. */
async function serviceWith(telegram: FakeTelegram, zaloBot?: FakeZaloBot): Promise<Service> {
  const config = loadConfig({
    KNOWLEDGE_DIR,
    KB_WATCH: 'off',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-server-')),
    HOST: '127.0.0.1',
    PORT: '0',
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    ...(zaloBot
      ? {
          ZALO_BOT_TOKEN: ZALO_TOKEN,
          ZALO_BOT_API_ROOT: zaloBot.apiRoot,
          ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
          ZALO_BOT_WEBHOOK_SECRET: ZALO_SECRET,
        }
      : {}),
  });
  return startService(config, silentLogger(), { clock: quietDaytimeClock() });
}

/** Posts a body that declares its length up front, on a connection of its own. */
function postDeclared(port: number, path: string, headers: Record<string, string>, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: { ...headers, 'content-length': length },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    // The server answers from the header alone; the body may never be read.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end('x'.repeat(Math.min(length, 1024)));
  });
}

/** The value of one labelled sample in a Prometheus text exposition (0 when absent). */
function sample(metrics: string, name: string, labels: string): number {
  const line = metrics
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && labels.split(',').every((p) => l.includes(p)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('HTTP server', () => {
  const telegram = new FakeTelegram();
  const zaloBot = new FakeZaloBot(ZALO_TOKEN);
  let service: Service;
  let base: string;
  const telegramHeaders = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET };
  const zaloHeaders = { 'content-type': 'application/json', 'x-bot-api-secret-token': ZALO_SECRET };

  beforeAll(async () => {
    await Promise.all([telegram.start(), zaloBot.start()]);
    service = await serviceWith(telegram, zaloBot);
    base = `http://127.0.0.1:${service.server?.port}`;
    await Promise.all([telegram.waitFor('setWebhook'), zaloBot.waitFor('setWebhook')]);
  });
  afterAll(async () => {
    await service.stop();
    await Promise.all([telegram.stop(), zaloBot.stop()]);
  });

  it('answers 404 with a JSON error to unknown paths and to GET on a webhook', async () => {
    for (const [method, path] of [
      ['GET', '/'],
      ['POST', '/webhooks/zalo-oa'],
      ['GET', '/webhooks/telegram'],
      ['GET', '/webhooks/zalo-bot'],
      ['POST', '/healthz'],
    ] as const) {
      const res = await fetch(`${base}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await res.json()).toEqual({ error: 'not found' });
    }
  });

  it('reports the channels, the knowledge base and where it came from on /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      entries: realKnowledge().entries.size,
      knowledge: 'files',
      channels: { telegram: 'ready', 'zalo-bot': 'ready', 'zalo-oa': 'off' },
    });
  });

  it('refuses a body declared over the limit with 413 on every webhook, before reading it', async () => {
    const port = service.server?.port ?? 0;
    expect(await postDeclared(port, '/webhooks/telegram', telegramHeaders, MAX_WEBHOOK_BYTES + 1)).toBe(413);
    expect(await postDeclared(port, '/webhooks/zalo-bot', zaloHeaders, MAX_WEBHOOK_BYTES + 1)).toBe(413);
  });

  it('answers 400 to JSON that is not an update, and processes nothing', async () => {
    const before = telegram.callsOf('sendMessage').length + zaloBot.callsOf('sendMessage').length;
    const post = (path: string, headers: Record<string, string>, body: string) =>
      fetch(`${base}${path}`, { method: 'POST', headers, body });
    for (const body of ['', 'null', '[]', '"tổng đài"', '{"update_id":-1}', '{"update_id":"7"}', '{"message":{}}']) {
      const res = await post('/webhooks/telegram', telegramHeaders, body);
      expect(res.status, body).toBe(400);
      expect(await res.json()).toHaveProperty('error');
    }
    for (const body of ['', 'null', '[]', '{}', '{"ok":true,"result":[]}']) {
      const res = await post('/webhooks/zalo-bot', zaloHeaders, body);
      expect(res.status, body).toBe(400);
    }
    // An event without a message (Zalo adds kinds over time) is acknowledged, so Zalo does not re-send it.
    const bare = await post('/webhooks/zalo-bot', zaloHeaders, '{"event_name":"message.text.received"}');
    expect(await bare.json()).toEqual({ ok: true, outcome: 'ignored' });
    await service.channels.get('zalo-bot')?.idle();
    expect(telegram.callsOf('sendMessage').length + zaloBot.callsOf('sendMessage').length).toBe(before);
  });

  it('checks the secret before the body: a wrong secret with a malformed body is 401, not 400', async () => {
    const res = await fetch(`${base}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': ZALO_SECRET },
      body: '{not json',
    });
    expect(res.status).toBe(401);
    // Each platform's secret opens only its own route.
    const crossed = await fetch(`${base}/webhooks/zalo-bot`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': TELEGRAM_SECRET },
      body: JSON.stringify(zaloBotText('tổng đài', 'server-chat')),
    });
    expect(crossed.status).toBe(401);
  });

  it('counts every refused webhook by route and reason on /metrics', async () => {
    const metricsText = async () => (await fetch(`${base}/metrics`)).text();
    const before = await metricsText();
    const port = service.server?.port ?? 0;
    await fetch(`${base}/webhooks/telegram`, { method: 'POST', headers: telegramHeaders, body: '{' });
    await fetch(`${base}/webhooks/zalo-bot`, { method: 'POST', body: '{}' });
    await postDeclared(port, '/webhooks/zalo-bot', zaloHeaders, MAX_WEBHOOK_BYTES + 1);
    const after = await metricsText();
    const grew = (labels: string) =>
      sample(after, 'ctxh_webhook_rejected_total', labels) - sample(before, 'ctxh_webhook_rejected_total', labels);
    expect(grew('route="/webhooks/telegram",reason="malformed"')).toBe(1);
    expect(grew('route="/webhooks/zalo-bot",reason="secret"')).toBe(1);
    expect(grew('route="/webhooks/zalo-bot",reason="too_large"')).toBe(1);
  });

  it('answers a well-formed update with ok and its outcome', async () => {
    const res = await fetch(`${base}/webhooks/telegram`, {
      method: 'POST',
      headers: telegramHeaders,
      body: JSON.stringify(textUpdate('tổng đài', 5150)),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, outcome: 'processed' });
  });
});

describe('HTTP server while a channel is starting', () => {
  it('answers Telegram 503 until getMe succeeds, so Telegram sends the update again later', async () => {
    const telegram = new FakeTelegram();
    await telegram.start();
    // getMe keeps failing: the channel stays "starting".
    telegram.failNext('getMe', { status: 502, description: 'Bad Gateway' }, 1000);
    const service = await serviceWith(telegram);
    try {
      const base = `http://127.0.0.1:${service.server?.port}`;
      const res = await fetch(`${base}/webhooks/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET },
        body: JSON.stringify(textUpdate('tổng đài', 5151)),
      });
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: 'starting' });
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ channels: { telegram: 'starting' } });
      expect(telegram.callsOf('sendMessage')).toEqual([]);
    } finally {
      await service.stop();
      await telegram.stop();
    }
  });
});

describe('secretMatches', () => {
  it('accepts only the exact secret, whatever the lengths, and never a missing one', () => {
    expect(secretMatches('telegram-webhook-secret', 'telegram-webhook-secret')).toBe(true);
    expect(secretMatches('telegram-webhook-secreT', 'telegram-webhook-secret')).toBe(false);
    expect(secretMatches('telegram-webhook-secret-and-more', 'telegram-webhook-secret')).toBe(false);
    expect(secretMatches('', 'telegram-webhook-secret')).toBe(false);
    expect(secretMatches(undefined, 'telegram-webhook-secret')).toBe(false);
  });
});
