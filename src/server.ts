/**
 * The HTTP server (Hono on Node): platform webhooks, health and metrics.
 * Webhook bodies are untrusted: the secret is checked in constant time, the
 * body is size-limited and validated, and a malformed request gets a clear
 * 4xx without touching the bot.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type HttpBindings, type ServerType } from '@hono/node-server';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { TelegramChannel } from './channels/telegram/channel.ts';
import type { ZaloBotChannel } from './channels/zalo-bot/channel.ts';
import { parseZaloBotUpdates } from './channels/zalo-bot/client.ts';
import type { ZaloOaChannel } from './channels/zalo-oa/channel.ts';
import type { Update } from 'grammy/types';
import type { Metrics } from './metrics.ts';

/** Largest webhook body accepted (Telegram updates are a few kB). */
export const MAX_WEBHOOK_BYTES = 256 * 1024;
/** Longest a webhook request waits for its update to be handled before answering anyway. */
export const WEBHOOK_ANSWER_WITHIN_MS = 8_000;
/** Zalo re-sends an event not answered within about 2 s (and may disable the webhook), so Zalo routes answer sooner. */
export const ZALO_WEBHOOK_ANSWER_WITHIN_MS = 1_500;

/** What the server routes to. */
export interface ServerDeps {
  logger: Logger;
  metrics: Metrics;
  telegram?: { channel: TelegramChannel; secret: string };
  /** Zalo Bot Platform webhook; the platform sends `secret` in X-Bot-Api-Secret-Token. */
  zaloBot?: { channel: ZaloBotChannel; secret: string };
  /** Zalo OA webhook; events are signed with the OA secret key (checked by the channel). */
  zaloOa?: { channel: ZaloOaChannel };
  /** Extra facts for /healthz. */
  health: () => Record<string, unknown>;
  /** Why the service is unhealthy right now (for example, the disk is full), or undefined. */
  unhealthy?: () => string | undefined;
  /** When set, GET /metrics answers only `Authorization: Bearer <metricsToken>` (401 otherwise). */
  metricsToken?: string;
}

/**
 * Reads a request body as text, at most MAX_WEBHOOK_BYTES. On Node it reads the
 * raw IncomingMessage: building a web-standard Request stream for every update
 * was the largest single cost in `npm run bench:webhook`. bodyLimit has already
 * refused a declared Content-Length over the limit; this also stops a body
 * sent without one.
 */
async function readBody(c: Context): Promise<string> {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (!incoming) return c.req.text();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_WEBHOOK_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

class BodyTooLargeError extends Error {}

/** True when an error only says that the client closed the connection before its request was read. */
function clientWentAway(c: Context, error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || error.name === 'AbortError') return true;
  return (c.env as Partial<HttpBindings> | undefined)?.incoming?.destroyed === true;
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

  /**
   * Answers once the work is done or after `withinMs`, whichever is first
   * (platforms re-send when a webhook is slow); slow work finishes in the background.
   */
  const answerSoon = async (work: Promise<string>, withinMs: number): Promise<string> => {
    void work.catch((error: unknown) => logger.error({ err: error }, 'webhook event failed'));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((resolve) => {
      timer = setTimeout(resolve, withinMs, 'late');
      timer.unref();
    });
    try {
      return await Promise.race([
        work.then(
          (r) => r,
          () => 'failed',
        ),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  };

  app.get('/healthz', (c) => {
    const reason = deps.unhealthy?.();
    return reason === undefined
      ? c.json({ status: 'ok', ...deps.health() })
      : c.json({ status: 'unhealthy', reason, ...deps.health() }, 503);
  });
  const { metricsToken } = deps;
  app.get('/metrics', async (c) => {
    if (
      metricsToken !== undefined &&
      !secretMatches(/^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1], metricsToken)
    ) {
      return c.json({ error: 'unauthorized' }, 401, { 'www-authenticate': 'Bearer' });
    }
    return c.body(await metrics.render(), 200, { 'content-type': metrics.registry.contentType });
  });

  const telegram = deps.telegram;
  const tooLarge = (route: string): MiddlewareHandler =>
    bodyLimit({
      maxSize: MAX_WEBHOOK_BYTES,
      onError: (c) => {
        metrics.webhookRejected.inc({ route, reason: 'too_large' });
        return c.json({ error: 'body too large' }, 413);
      },
    });
  /** Refuses a request whose secret header is missing or wrong (compared in constant time). */
  const requireSecret =
    (route: string, header: string, secret: string): MiddlewareHandler =>
    async (c, next) => {
      if (!secretMatches(c.req.header(header), secret)) {
        metrics.webhookRejected.inc({ route, reason: 'secret' });
        logger.warn({ route }, 'webhook with a wrong or missing secret token rejected');
        return c.json({ error: 'unauthorized' }, 401);
      }
      await next();
    };
  const malformed = (c: Context, route: string, error: string): Response => {
    metrics.webhookRejected.inc({ route, reason: 'malformed' });
    return c.json({ error }, 400);
  };
  /** The body parsed as JSON, or undefined when it is not JSON. */
  const readJson = async (c: Context): Promise<{ value: unknown } | undefined> => {
    const raw = await readBody(c);
    try {
      return { value: JSON.parse(raw) as unknown };
    } catch {
      return undefined;
    }
  };

  if (telegram) {
    const route = '/webhooks/telegram';
    app.post(
      route,
      tooLarge(route),
      requireSecret(route, 'x-telegram-bot-api-secret-token', telegram.secret),
      async (c) => {
        const body = await readJson(c);
        if (!body) return malformed(c, route, 'body is not JSON');
        const parsed = telegramUpdateSchema.safeParse(body.value);
        if (!parsed.success) return malformed(c, route, 'not a Telegram update');
        if (!telegram.channel.isReady) {
          // Telegram re-sends the update later; nothing is lost.
          return c.json({ error: 'starting' }, 503);
        }
        const outcome = await answerSoon(
          telegram.channel.handleWebhookUpdate(parsed.data as unknown as Update),
          WEBHOOK_ANSWER_WITHIN_MS,
        );
        return c.json({ ok: true, outcome });
      },
    );
  }
  const zaloBot = deps.zaloBot;
  if (zaloBot) {
    const route = '/webhooks/zalo-bot';
    app.post(route, tooLarge(route), requireSecret(route, 'x-bot-api-secret-token', zaloBot.secret), async (c) => {
      const body = await readJson(c);
      if (!body) return malformed(c, route, 'body is not JSON');
      const updates = parseZaloBotUpdates(body.value);
      if (!updates || updates.length === 0) return malformed(c, route, 'not a Zalo Bot update');
      const work = Promise.all(updates.map((u) => zaloBot.channel.handleUpdate(u))).then((outcomes) =>
        outcomes.join(','),
      );
      return c.json({ ok: true, outcome: await answerSoon(work, ZALO_WEBHOOK_ANSWER_WITHIN_MS) });
    });
  }

  const zaloOa = deps.zaloOa;
  if (zaloOa) {
    const route = '/webhooks/zalo-oa';
    app.post(route, tooLarge(route), async (c) => {
      // The signature covers the exact bytes received, so the body is read once, as text, and never re-serialised.
      const raw = await readBody(c);
      const verdict = zaloOa.channel.verify(raw, c.req.header('x-zevent-signature'));
      switch (verdict.kind) {
        case 'signature':
          metrics.webhookRejected.inc({ route, reason: 'signature' });
          logger.warn({ route }, 'webhook with a wrong or missing signature rejected');
          return c.json({ error: 'unauthorized' }, 401);
        case 'malformed':
          return malformed(c, route, 'not a Zalo OA event');
        case 'stale':
        case 'replay':
          // Authentic but old or repeated: not processed. Answered 200 because Zalo re-sends
          // anything else, and disables a webhook that keeps failing.
          metrics.webhookRejected.inc({ route, reason: verdict.kind });
          logger.warn({ route, reason: verdict.kind }, 'zalo-oa event not processed');
          return c.json({ ok: true, outcome: verdict.kind === 'replay' ? 'duplicate' : 'stale' });
        case 'accepted':
          return c.json({
            ok: true,
            outcome: await answerSoon(zaloOa.channel.handleEvent(verdict.event), ZALO_WEBHOOK_ANSWER_WITHIN_MS),
          });
      }
    });
  }

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof BodyTooLargeError) return c.json({ error: 'body too large' }, 413);
    if (clientWentAway(c, error)) {
      // Nothing failed on our side and nobody reads the answer: not worth an error or a stack trace.
      logger.debug({ route: c.req.path }, 'request aborted by the client');
      return c.json({ error: 'aborted' }, 400);
    }
    logger.error({ err: error }, 'request failed');
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

/**
 * Limits on connections, so that slow or idle clients cannot hold the
 * server's sockets (Node lets a request take 300 s to arrive by default).
 */
export interface ConnectionLimits {
  /** Time a client has to send a request's headers (the slow-header attack). */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, body included. */
  requestTimeoutMs: number;
  /** How long a keep-alive connection may sit idle after a response. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; further ones are closed as soon as they are accepted. */
  maxConnections: number;
  /** How often the two request timeouts are checked: a slow client is cut off within timeout + this. */
  checkIntervalMs: number;
}

/**
 * Webhook requests are a few kB from platform servers: 10 s for the headers
 * and 30 s for the whole request are generous. Telegram opens at most 100
 * connections per bot (40 by default).
 */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
  checkIntervalMs: 1_000,
};

/** A running HTTP server. */
export interface RunningServer {
  port: number;
  /** Stops accepting connections and resolves when open requests are done. */
  close(): Promise<void>;
}

/** Starts serving the app, with `DEFAULT_CONNECTION_LIMITS` unless `limits` overrides them. */
export function startServer(
  app: Hono,
  options: { port: number; host: string; limits?: Partial<ConnectionLimits> },
): Promise<RunningServer> {
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    try {
      const serverOptions = {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        connectionsCheckingInterval: limits.checkIntervalMs,
      };
      server = serve(
        { fetch: app.fetch, port: options.port, hostname: options.host, serverOptions },
        (info: AddressInfo) => {
          resolve({
            port: info.port,
            close: () =>
              new Promise<void>((done) => {
                server?.close(() => done());
              }),
          });
        },
      );
      server.maxConnections = limits.maxConnections;
      server.on('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}
