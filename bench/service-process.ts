/** Helpers for benchmarks that start the service as its own process. */
import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Resolves once /healthz at `url` reports the Telegram channel ready; throws after `timeoutMs`. */
export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const body = (await (await fetch(url)).json()) as { channels?: { telegram?: string } };
      if (body.channels?.telegram === 'ready') return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('service did not become ready');
}

/** The JSON body of Telegram update `n`: a text message from its own person (so per-person flood control never drops one). */
export function textUpdateBody(n: number, text: string): string {
  const chatId = 1_000_000 + n;
  return JSON.stringify({
    update_id: n,
    message: {
      message_id: n,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Dân' },
      from: { id: chatId, is_bot: false, first_name: 'Dân' },
      text,
    },
  });
}
