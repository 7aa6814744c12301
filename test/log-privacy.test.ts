import { type CompiledKnowledge, KnowledgeStore } from '../src/knowledge.ts';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startService, type Service } from '../src/app.ts';
import { configuredSecrets, loadConfig } from '../src/config.ts';
import { createLogger, scrubLogValue, silentLogger } from '../src/log.ts';
import { FakeTelegram, textUpdate } from './fakes/telegram.ts';
import { FakeZaloBot, zaloBotText } from './fakes/zalo-bot.ts';
import { FakeZaloOa, oaTextEvent, signEvent } from './fakes/zalo-oa.ts';
import { KNOWLEDGE_DIR } from './helpers/kb.ts';

const TELEGRAM_TOKEN = '123456789:AAFakeTokenForLogTests_abcdefghijk';
const TELEGRAM_SECRET = 'log-test-webhook-secret';
const ZALO_BOT_TOKEN = '1459232241454765289:FakeZaloBotTokenForLogTests';
const ZALO_BOT_SECRET = 'zalo-bot-log-test-secret';
const OA_APP_ID = '1234567890123456789';
const OA_APP_SECRET = 'app-secret-for-log-tests';
const OA_SECRET_KEY = 'oa-secret-key-for-log-tests';
const OA_REFRESH = 'refresh-0-for-log-tests';
/** What a resident wrote: must never reach a log line. */
const MESSAGE = 'chồng em đánh em, số em là 0912 345 678, em tên Hoa';
const NAME = 'Nguyễn Thị Hoa';

/** Log lines captured in memory. */
function captureLogs(secrets: readonly string[]) {
  const lines: string[] = [];
  const logger = createLogger('debug', { secrets, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, text: () => lines.join('') };
}

/** A knowledge store that throws once when armed, with an error that carries a token and the message, as library errors do. */
class FailingKnowledge extends KnowledgeStore {
  armed: Error | undefined;
  override get current(): CompiledKnowledge {
    const error = this.armed;
    this.armed = undefined;
    if (error) throw error;
    return super.current;
  }
}

function faultCarrying(token: string): Error {
  return Object.assign(new Error(`GET https://api.example.invalid/bot${token}/getFile failed; caller 0912345678`), {
    request: { url: `/bot${token}/getFile`, body: { text: MESSAGE, from: { display_name: NAME } } },
  });
}

/** Waits until a log line with this message was written. */
async function waitForLog(lines: string[], msg: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const line = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === msg);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no "${msg}" log line`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function expectNoSecretsOrContent(logs: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(logs).not.toContain(secret);
  // Neither the message, nor any part of it, nor the name, nor the phone number in any spacing.
  expect(logs).not.toContain('chồng em');
  expect(logs).not.toContain(JSON.stringify(MESSAGE).slice(1, 20));
  expect(logs).not.toContain('Hoa');
  expect(logs).not.toContain('Lan');
  expect(logs).not.toMatch(/0912\s?345\s?678/);
}

describe('logs of a failing update carry no token, text, name or phone number', () => {
  let stop: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const s of stop.reverse()) await s();
    stop = [];
  });
  /** Starts the service on `env` with captured logs and a knowledge store that can be made to throw. */
  const startLogged = async (env: Record<string, string>, stopFake: () => Promise<void>) => {
    const config = loadConfig({
      KNOWLEDGE_DIR,
      KB_WATCH: 'off',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-logs-')),
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    });
    const logs = captureLogs(configuredSecrets(config));
    const knowledge = new FailingKnowledge(KNOWLEDGE_DIR, silentLogger());
    const service: Service = await startService(config, logs.logger, { knowledge });
    stop.push(stopFake, () => service.stop());
    return { logs, knowledge, url: (route: string) => `http://127.0.0.1:${service.server?.port}${route}` };
  };

  it('Telegram webhook: a handler that throws (grammY BotError with its context)', async () => {
    const fake = new FakeTelegram();
    await fake.start();
    const { logs, knowledge, url } = await startLogged(
      {
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
        TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
      },
      () => fake.stop(),
    );
    await fake.waitFor('setWebhook');

    knowledge.armed = faultCarrying(TELEGRAM_TOKEN);
    const update = textUpdate(MESSAGE, 4242);
    (update.message.from as Record<string, unknown>).first_name = NAME;
    (update.message.chat as Record<string, unknown>).first_name = NAME;
    const res = await fetch(url('/webhooks/telegram'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status).toBe(200);

    const line = await waitForLog(logs.lines, 'webhook event failed');
    expectNoSecretsOrContent(logs.text(), [TELEGRAM_TOKEN, TELEGRAM_SECRET]);
    // The error is still useful: its class, the redacted message and where it came from.
    expect(line.err).toMatchObject({ type: 'BotError', message: expect.stringContaining('bot[ẩn]/getFile') });
    expect(String((line.err as { stack?: string }).stack)).toMatch(/at /);
    expect(JSON.stringify(line)).not.toContain('"ctx"');
  });

  it('logs a request the client aborted at debug, without an error or a stack trace', async () => {
    const fake = new FakeTelegram();
    await fake.start();
    const { logs, url } = await startLogged(
      {
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
        TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
      },
      () => fake.stop(),
    );
    const { port } = new URL(url('/'));
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // "100 Continue" tells the client that the server is reading the request; then half a body, and the client goes away.
    const continued = new Promise((resolve) => socket.once('data', resolve));
    socket.write(
      `POST /webhooks/telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nX-Telegram-Bot-Api-Secret-Token: ${TELEGRAM_SECRET}\r\nContent-Length: 1000\r\n\r\n`,
    );
    expect(String(await continued)).toContain('100 Continue');
    await new Promise((resolve) => socket.write('{"update_id": 1, ', resolve));
    socket.destroy();

    const line = await waitForLog(logs.lines, 'request aborted by the client');
    expect(line).toMatchObject({ level: 20, route: '/webhooks/telegram' });
    expect(logs.text()).not.toContain('"stack"');
    expect(logs.lines.map((l) => (JSON.parse(l) as { level: number }).level).filter((level) => level >= 50)).toEqual(
      [],
    );
  });

  it('Zalo Bot webhook: a handler that throws', async () => {
    const fake = new FakeZaloBot(ZALO_BOT_TOKEN);
    await fake.start();
    const { logs, knowledge, url } = await startLogged(
      {
        ZALO_BOT_TOKEN,
        ZALO_BOT_API_ROOT: fake.apiRoot,
        ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
        ZALO_BOT_WEBHOOK_SECRET: ZALO_BOT_SECRET,
      },
      () => fake.stop(),
    );
    await fake.waitFor('setWebhook');

    knowledge.armed = faultCarrying(ZALO_BOT_TOKEN);
    const res = await fetch(url('/webhooks/zalo-bot'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': ZALO_BOT_SECRET },
      body: JSON.stringify({ ok: true, result: zaloBotText(MESSAGE, 'chat-log-1', NAME) }),
    });
    expect(res.status).toBe(200);

    const line = await waitForLog(logs.lines, 'webhook event failed');
    expectNoSecretsOrContent(logs.text(), [ZALO_BOT_TOKEN, ZALO_BOT_SECRET]);
    expect(line.err).toMatchObject({ type: 'Error', message: expect.stringContaining('bot[ẩn]/getFile') });
  });

  it('Zalo OA webhook: a handler that throws', async () => {
    const fake = new FakeZaloOa(OA_APP_ID, OA_APP_SECRET, OA_REFRESH);
    await fake.start();
    const { logs, knowledge, url } = await startLogged(
      {
        ZALO_OA_APP_ID: OA_APP_ID,
        ZALO_OA_APP_SECRET: OA_APP_SECRET,
        ZALO_OA_SECRET_KEY: OA_SECRET_KEY,
        ZALO_OA_REFRESH_TOKEN: OA_REFRESH,
        ZALO_OA_API_ROOT: fake.root,
        ZALO_OAUTH_ROOT: fake.root,
      },
      () => fake.stop(),
    );

    knowledge.armed = faultCarrying(OA_REFRESH);
    const signed = signEvent(oaTextEvent(OA_APP_ID, '8400000001', MESSAGE), OA_APP_ID, OA_SECRET_KEY);
    const res = await fetch(url('/webhooks/zalo-oa'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zevent-signature': signed.signature },
      body: signed.raw,
    });
    expect(res.status).toBe(200);

    await waitForLog(logs.lines, 'webhook event failed');
    expectNoSecretsOrContent(logs.text(), [OA_APP_SECRET, OA_SECRET_KEY, OA_REFRESH, fake.accessToken]);
  });
});

describe('scrubLogValue', () => {
  it('censors secrets and content by key at any depth, and tokens and phone numbers in any string', () => {
    const scrubbed = JSON.stringify(
      scrubLogValue({
        a: { b: { c: { d: { access_token: 'opaque-access', refresh_token: 'opaque-refresh', text: MESSAGE } } } },
        url: `https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage`,
        query: 'access_token=opaque-in-url&x=1',
        list: [{ first_name: NAME }, 'gọi 0912.345.678'],
        headers: { authorization: 'Bearer opaque-bearer', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET },
        note: `id:secret is ${ZALO_BOT_TOKEN}`,
      }),
    );
    for (const leak of [
      'opaque-access',
      'opaque-refresh',
      'opaque-in-url',
      'opaque-bearer',
      TELEGRAM_TOKEN,
      TELEGRAM_SECRET,
      ZALO_BOT_TOKEN,
      'Hoa',
      '345',
    ]) {
      expect(scrubbed).not.toContain(leak);
    }
  });

  it('logs an error as its class, message and a short stack, never its properties', () => {
    class PlatformError extends Error {}
    const error = Object.assign(new PlatformError('sendMessage failed (403)'), {
      payload: { chat_id: 42, text: MESSAGE },
      ctx: { api: { token: TELEGRAM_TOKEN } },
    });
    const scrubbed = scrubLogValue({ err: error }) as { err: Record<string, unknown> };
    expect(Object.keys(scrubbed.err).sort()).toEqual(['message', 'stack', 'type']);
    expect(scrubbed.err).toMatchObject({ type: 'PlatformError', message: 'sendMessage failed (403)' });
    expect(String(scrubbed.err.stack).split('\n').length).toBeLessThanOrEqual(5);
  });

  it('keeps platform ids whole, even when they look like an ID number, but masks the same digits in free text', () => {
    expect(scrubLogValue({ chat: '123456789', user: '8412345678', reason: 'caller 123456789' })).toEqual({
      chat: '123456789',
      user: '8412345678',
      reason: 'caller [đã ẩn]',
    });
  });

  it('names class instances without walking them', () => {
    class Context {
      api = { token: TELEGRAM_TOKEN };
    }
    expect(scrubLogValue({ ctx: new Context() })).toEqual({ ctx: '[Context]' });
  });

  it('masks configured secrets of any shape wherever they appear', () => {
    expect(scrubLogValue('refresh failed with opaque-value-1234', ['opaque-value-1234'])).toBe(
      'refresh failed with [ẩn]',
    );
  });
});
