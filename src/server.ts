/**
 * The HTTP server (Hono on Node): platform webhooks, health and metrics.
 * Webhook bodies are untrusted: the secret is checked in constant time, the
 * body is size-limited and validated, and a malformed request gets a clear
 * 4xx without touching the bot.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { TelegramChannel } from './channels/telegram/channel.ts';
import type { Update } from 'grammy/types';
import type { Metrics } from './metrics.ts';

/** Largest webhook body accepted (Telegram updates are a few kB). */
export const MAX_WEBHOOK_BYTES = 256 * 1024;
/** Longest a webhook request waits for its update to be handled before answering anyway. */
export const WEBHOOK_ANSWER_WITHIN_MS = 8_000;

/** What the server routes to. */
export interface ServerDeps {
  logger: Logger;
  metrics: Metrics;
  telegram?: { channel: TelegramChannel; secret: string };
  /** Extra facts for /healthz. */
  health: () => Record<string, unknown>;
}

/** Compares two secrets in constant time (hashing first makes lengths equal). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const telegramUpdateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/** Builds the routes. */
export function createApp(deps: ServerDeps): Hono {
  const app = new Hono();
  const { logger, metrics } = deps;
  const inFlight = new Set<Promise<unknown>>();

  app.get('/healthz', (c) => c.json({ status: 'ok', ...deps.health() }));
  app.get('/metrics', async (c) => c.body(await metrics.render(), 200, { 'content-type': metrics.registry.contentType }));

  const telegram = deps.telegram;
  if (telegram) {
    const route = '/webhooks/telegram';
    app.post(
      route,
      bodyLimit({
        maxSize: MAX_WEBHOOK_BYTES,
        onError: (c) => {
          metrics.webhookRejected.inc({ route, reason: 'too_large' });
          return c.json({ error: 'body too large' }, 413);
        },
      }),
      async (c) => {
        if (!secretMatches(c.req.header('x-telegram-bot-api-secret-token'), telegram.secret)) {
          metrics.webhookRejected.inc({ route, reason: 'secret' });
          logger.warn({ route }, 'webhook with a wrong or missing secret token rejected');
          return c.json({ error: 'unauthorized' }, 401);
        }
        let body: unknown;
        try {
          body = JSON.parse(await c.req.text());
        } catch {
          metrics.webhookRejected.inc({ route, reason: 'malformed' });
          return c.json({ error: 'body is not JSON' }, 400);
        }
        const parsed = telegramUpdateSchema.safeParse(body);
        if (!parsed.success) {
          metrics.webhookRejected.inc({ route, reason: 'malformed' });
          return c.json({ error: 'not a Telegram update' }, 400);
        }
        if (!telegram.channel.isReady) {
          // Telegram re-sends the update later; nothing is lost.
          return c.json({ error: 'starting' }, 503);
        }
        const work = telegram.channel.handleWebhookUpdate(parsed.data as unknown as Update);
        inFlight.add(work);
        void work.catch((error: unknown) => logger.error({ err: error }, 'webhook update failed')).finally(() => inFlight.delete(work));
        // Answer within Telegram's patience; slow work finishes in the background.
        const outcome = await Promise.race([
          work.then((r) => r, () => 'failed' as const),
          new Promise<'late'>((resolve) => setTimeout(resolve, WEBHOOK_ANSWER_WITHIN_MS, 'late').unref()),
        ]);
        return c.json({ ok: true, outcome });
      },
    );
  }
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    logger.error({ err: error }, 'request failed');
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

/** A running HTTP server. */
export interface RunningServer {
  port: number;
  /** Stops accepting connections and resolves when open requests are done. */
  close(): Promise<void>;
}

/** Starts serving the app. */
export function startServer(app: Hono, options: { port: number; host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    try {
      server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
        resolve({
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              server?.close(() => done());
            }),
        });
      });
      server.on('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}
