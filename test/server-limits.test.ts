import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.ts';
import { Metrics } from '../src/metrics.ts';
import { createApp, startServer, type ConnectionLimits, type RunningServer } from '../src/server.ts';

/** Small limits, so that a test takes a fraction of a second instead of Node's default minutes. */
const SMALL: Partial<ConnectionLimits> = {
  headersTimeoutMs: 300,
  requestTimeoutMs: 600,
  keepAliveTimeoutMs: 200,
  checkIntervalMs: 50,
};
/** Longer than any of the limits above plus a check, far shorter than Node's defaults (60 s, 300 s, 5 s). */
const CUT_OFF_WITHIN_MS = 3_000;

let server: RunningServer | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await server?.close();
  server = undefined;
});

async function start(limits: Partial<ConnectionLimits>): Promise<number> {
  const app = createApp({ logger: silentLogger(), metrics: new Metrics(), health: () => ({}) });
  // A route that reads the whole body, as the webhooks do.
  app.post('/echo', async (c) => c.text(await c.req.text()));
  server = await startServer(app, { port: 0, host: '127.0.0.1', limits });
  return server.port;
}

/** A raw connection that records what the server sends and when it hangs up. */
async function open(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (data += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, received: () => data, closed };
}

/** Resolves true when `closed` settles first, false after `ms`. */
async function closesWithin(closed: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([closed.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Writes `chunk` every `everyMs` until the socket closes (a client that never finishes). */
function trickle(socket: Socket, chunk: string, everyMs: number): void {
  const timer = setInterval(() => {
    if (socket.destroyed || !socket.writable) clearInterval(timer);
    else socket.write(chunk);
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

describe('HTTP connection limits', () => {
  it.each([
    { part: 'headers', start: 'GET /healthz HTTP/1.1\r\nHost: bot\r\n', more: 'X-Slow: 1\r\n' },
    {
      part: 'body',
      start: 'POST /echo HTTP/1.1\r\nHost: bot\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n',
      more: ' ',
    },
  ])(
    'cuts off a client that sends its $part too slowly, although it keeps sending',
    async ({ start: request, more }) => {
      const { socket, received, closed } = await open(await start(SMALL));
      socket.write(request);
      trickle(socket, more, 40);
      expect(await closesWithin(closed, CUT_OFF_WITHIN_MS)).toBe(true);
      expect(received()).toMatch(/^HTTP\/1\.1 408/);
    },
  );

  it('closes an idle keep-alive connection after a response', async () => {
    const { socket, received, closed } = await open(await start(SMALL));
    socket.write('GET /healthz HTTP/1.1\r\nHost: bot\r\nConnection: keep-alive\r\n\r\n');
    expect(await closesWithin(closed, CUT_OFF_WITHIN_MS)).toBe(true);
    expect(received()).toMatch(/^HTTP\/1\.1 200/);
    expect(received()).toContain('"status":"ok"');
  });

  it('refuses connections over the cap and keeps serving the open ones', async () => {
    const port = await start({ ...SMALL, keepAliveTimeoutMs: 10_000, maxConnections: 2 });
    const first = await open(port);
    await open(port);
    const third = await open(port);
    expect(await closesWithin(third.closed, CUT_OFF_WITHIN_MS)).toBe(true);
    expect(third.received()).toBe('');
    first.socket.write('GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n');
    await new Promise<void>((resolve) => first.socket.once('data', () => resolve()));
    expect(first.received()).toMatch(/^HTTP\/1\.1 200/);
  });
});
