/**
 * How a webhook reads its body: once, from the raw request, with a hard cap. A body too large is refused
 * with 413 without reading the rest of it, whether it declares its length or comes in chunks.
 */
import { connect, type Socket } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_BYTES, webhookGuards } from '../src/channels/webhook-guards.ts';
import { silentLogger } from '../src/log.ts';
import { Metrics } from '../src/metrics.ts';
import { createApp, startServer, type RunningServer } from '../src/server.ts';

const SECRET = 'body-test-secret';
const metrics = new Metrics();
let server: RunningServer;
/** Bodies the route has parsed, to check that a refused one never reaches it. */
const parsed: unknown[] = [];

beforeAll(async () => {
  const logger = silentLogger();
  const guard = webhookGuards('telegram', logger, metrics);
  const webhook = new Hono().post('/', guard.bodyLimit, guard.requireSecret('x-secret', SECRET), async (c) => {
    const body = await guard.readJson(c);
    if (!body) return guard.malformed(c, 'body is not JSON');
    parsed.push(body.value);
    return c.json({ ok: true });
  });
  const app = createApp({ logger, metrics, health: () => ({}), channels: [{ platform: 'telegram', webhook }] });
  server = await startServer(app, { port: 0, host: '127.0.0.1' });
});
afterAll(() => server.close());

/** Sends `head` and then `body` on a raw connection; resolves with what came back once the server answered. */
async function exchange(head: string, body: string[]): Promise<{ status: number; text: string; closed: boolean }> {
  const socket: Socket = connect(server.port, '127.0.0.1');
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (data += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(head);
  for (const part of body) socket.write(part);
  const deadline = Date.now() + 3_000;
  while (!/\r\n\r\n/.test(data) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const wentAway = await Promise.race([
    closed.then(() => true),
    new Promise<boolean>((r) => setTimeout(r, 300, false)),
  ]);
  socket.destroy();
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), text: data, closed: wentAway };
}

const headers = (extra: string) =>
  `POST /webhooks/telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nX-Secret: ${SECRET}\r\n${extra}\r\n`;
const chunk = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`;

/** The requests refused as too large so far. */
async function refusedTooLarge(): Promise<number> {
  const text = await metrics.render();
  const line = text.split('\n').find((l) => l.startsWith('ctxh_webhook_rejected_total{') && l.includes('too_large'));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('webhook body reading', () => {
  it('parses a body declared by Content-Length and one sent in chunks', async () => {
    const json = JSON.stringify({ text: 'tổng đài' });
    const declared = await exchange(headers(`Content-Length: ${Buffer.byteLength(json)}\r\n`), [json]);
    expect(declared.status).toBe(200);
    const chunked = await exchange(headers('Transfer-Encoding: chunked\r\n'), [
      chunk(json.slice(0, 5)),
      chunk(json.slice(5)),
      '0\r\n\r\n',
    ]);
    expect(chunked.status).toBe(200);
    expect(parsed.slice(-2)).toEqual([{ text: 'tổng đài' }, { text: 'tổng đài' }]);
  });

  it('refuses a declared length over the cap with 413 from the headers alone, and closes the connection', async () => {
    const before = await refusedTooLarge();
    // Only a few bytes of the 10 MB declared are ever sent: the answer must not wait for the rest.
    const res = await exchange(headers(`Content-Length: ${10 * 1024 * 1024}\r\n`), ['{"text":']);
    expect(res.status).toBe(413);
    expect(res.text).toMatch(/connection: close/i);
    expect(res.closed).toBe(true);
    expect(await refusedTooLarge()).toBe(before + 1);
  });

  it('refuses a chunked body that grows past the cap with 413 before it ends', async () => {
    const before = await refusedTooLarge();
    const piece = 'x'.repeat(64 * 1024);
    const pieces = Array.from({ length: Math.ceil(MAX_WEBHOOK_BYTES / piece.length) + 1 }, () => chunk(piece));
    // The last chunk ("0\r\n\r\n") is never sent: the server must answer without the end of the body.
    const res = await exchange(headers('Transfer-Encoding: chunked\r\n'), pieces);
    expect(res.status).toBe(413);
    expect(res.closed).toBe(true);
    expect(await refusedTooLarge()).toBe(before + 1);
  });

  it('answers 400 to a malformed body and hands the route nothing', async () => {
    const count = parsed.length;
    for (const body of ['{not json', '', '\u00ff\u00fe']) {
      const res = await exchange(headers(`Content-Length: ${Buffer.byteLength(body)}\r\n`), [body]);
      expect(res.status, body).toBe(400);
    }
    expect(parsed.length).toBe(count);
  });

  it('checks the cap before the secret is even looked at', async () => {
    const res = await exchange(
      `POST /webhooks/telegram HTTP/1.1\r\nHost: bot\r\nContent-Length: ${MAX_WEBHOOK_BYTES + 1}\r\n\r\n`,
      [],
    );
    expect(res.status).toBe(413);
  });
});
