import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { autoRetry } from '@grammyjs/auto-retry';
import { Api, GrammyError, HttpError, InputFile } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directJsonCalls, telegramFetch } from '../../src/channels/telegram/http.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';

/** One request as the API server received it, byte for byte. */
interface Received {
  url: string;
  contentType: string | undefined;
  body: string;
}

/** A Bot API stand-in that records raw requests; `answers` are given in turn, then `{ ok: true }`. */
class RawApiServer {
  readonly received: Received[] = [];
  answers: Array<{ status: number; body: unknown }> = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({
          url: req.url ?? '',
          contentType: req.headers['content-type'],
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const answer = this.answers.shift() ?? { status: 200, body: { ok: true, result: { message_id: 1 } } };
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

function grammyApi(apiRoot: string, direct: boolean): Api {
  const api = new Api(TOKEN, { apiRoot, fetch: telegramFetch as unknown as typeof fetch });
  if (direct) api.config.use(directJsonCalls(apiRoot, TOKEN));
  return api;
}

const REPLY_OPTIONS = {
  parse_mode: 'HTML' as const,
  link_preview_options: { is_disabled: true },
  reply_markup: { inline_keyboard: [[{ text: 'Hồ sơ cần gì?', callback_data: 'a:papers' }]] },
};

describe('Telegram calls posted straight through undici', () => {
  const server = new RawApiServer();
  let root = '';
  beforeAll(async () => {
    root = await server.start();
  });
  afterAll(() => server.stop());

  it('sends the same URL, content type and body bytes as grammY’s own client', async () => {
    const text = 'Dạ, <b>hồ sơ</b> gồm: "đơn" & bản sao \u2028 giấy tờ 😊';
    server.received.length = 0;
    await grammyApi(root, false).sendMessage('42', text, REPLY_OPTIONS);
    await grammyApi(root, true).sendMessage('42', text, REPLY_OPTIONS);
    const [own, direct] = server.received;
    expect(direct).toEqual(own);
    expect(direct?.url).toBe(`/bot${TOKEN}/sendMessage`);
  });

  it('keeps a path in the API root (a local Bot API server behind a prefix)', async () => {
    server.received.length = 0;
    await grammyApi(`${root}/tg`, false).sendMessage('42', 'chào');
    await grammyApi(`${root}/tg`, true).sendMessage('42', 'chào');
    expect(server.received.map((r) => r.url)).toEqual([`/tg/bot${TOKEN}/sendMessage`, `/tg/bot${TOKEN}/sendMessage`]);
  });

  it('takes the direct path for a reply: grammY’s own client is not called', async () => {
    const api = new Api(TOKEN, {
      apiRoot: root,
      fetch: (() => Promise.reject(new Error('grammY’s client was used'))) as unknown as typeof fetch,
    });
    api.config.use(directJsonCalls(root, TOKEN));
    await expect(api.sendMessage('42', 'chào', REPLY_OPTIONS)).resolves.toEqual({ message_id: 1 });
  });

  it('returns the result as grammY would, and a refusal as the same GrammyError', async () => {
    const api = grammyApi(root, true);
    await expect(api.sendMessage('42', 'chào')).resolves.toEqual({ message_id: 1 });
    server.answers.push({
      status: 403,
      body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked' },
    });
    const refused = await api.sendMessage('42', 'chào').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GrammyError);
    expect((refused as GrammyError).error_code).toBe(403);
  });

  it('leaves a payload with a null field to grammY, which drops the field', async () => {
    server.received.length = 0;
    const api = grammyApi(root, true);
    await api.raw.sendMessage({ chat_id: '42', text: 'chào', reply_markup: null } as never);
    expect(server.received[0]?.body).toBe('{"chat_id":"42","text":"chào"}');
  });

  it('leaves a file upload to grammY (form data)', async () => {
    server.received.length = 0;
    const api = grammyApi(root, true);
    await api.sendDocument('42', new InputFile(Buffer.from('nội dung'), 'ghi-chu.txt'));
    expect(server.received[0]?.contentType).toMatch(/^multipart\/form-data/);
  });

  it('throws grammY’s HttpError when the server cannot be reached', async () => {
    const closed = new RawApiServer();
    const deadRoot = await closed.start();
    await closed.stop();
    const failure = await grammyApi(deadRoot, true)
      .sendMessage('42', 'chào')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).message).toBe("Network request for 'sendMessage' failed!");
  });

  it('keeps auto-retry working above it: a 429 with retry_after is sent again', async () => {
    server.received.length = 0;
    const api = grammyApi(root, true);
    api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 5 }));
    server.answers.push({
      status: 429,
      body: { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 0 } },
    });
    await expect(api.sendMessage('42', 'chào')).resolves.toEqual({ message_id: 1 });
    expect(server.received).toHaveLength(2);
  });
});
