/**
 * The guards every webhook route shares. Webhook bodies are untrusted: the
 * secret is checked in constant time, the body is size-limited and
 * validated, and a malformed request gets a clear 4xx without touching the
 * bot. Platforms re-send an update whose request is slow, so routes answer
 * within a deadline and let slow work finish in the background.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import type { Platform } from '../core/message.ts';
import type { Metrics } from '../metrics.ts';

/** Largest webhook body accepted (Telegram updates are a few kB). */
export const MAX_WEBHOOK_BYTES = 256 * 1024;
/** Longest a webhook request waits for its update to be handled before answering anyway. */
export const WEBHOOK_ANSWER_WITHIN_MS = 8_000;
/** Zalo re-sends an event not answered within about 2 s (and may disable the webhook), so Zalo routes answer sooner. */
export const ZALO_WEBHOOK_ANSWER_WITHIN_MS = 1_500;

/** The path at which the server mounts a platform's webhook routes. */
export function webhookPath(platform: Platform): string {
  return `/webhooks/${platform}`;
}

/** Thrown when a body without a declared length grows past MAX_WEBHOOK_BYTES (the server answers 413). */
export class BodyTooLargeError extends Error {}

/** Compares two secrets in constant time (hashing first makes lengths equal). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Reads a request body as text, at most MAX_WEBHOOK_BYTES. On Node it reads the
 * raw IncomingMessage: building a web-standard Request stream for every update
 * was the largest single cost in `npm run bench:webhook`. bodyLimit has already
 * refused a declared Content-Length over the limit; this also stops a body
 * sent without one.
 */
export async function readBody(c: Context): Promise<string> {
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

/** The shared checks of one webhook route, counted in `ctxh_webhook_rejected_total{route}`. */
export interface WebhookGuards {
  /** The route's path, as counted in the metrics. */
  readonly route: string;
  /** Refuses a body over MAX_WEBHOOK_BYTES with 413. */
  bodyLimit: MiddlewareHandler;
  /** Refuses a request whose secret header is missing or wrong (compared in constant time) with 401. */
  requireSecret(header: string, secret: string): MiddlewareHandler;
  /** Counts a refused request. */
  rejected(reason: string): void;
  /** Answers 400 and counts the request as malformed. */
  malformed(c: Context, error: string): Response;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readJson(c: Context): Promise<{ value: unknown } | undefined>;
  /**
   * Answers once the work is done or after `withinMs`, whichever is first
   * (platforms re-send when a webhook is slow); slow work finishes in the background.
   */
  answerSoon(work: Promise<string>, withinMs: number): Promise<string>;
}

/** The guards for a platform's webhook route. */
export function webhookGuards(platform: Platform, logger: Logger, metrics?: Metrics): WebhookGuards {
  const route = webhookPath(platform);
  const rejected = (reason: string): void => {
    metrics?.webhookRejected.inc({ route, reason });
  };
  return {
    route,
    bodyLimit: bodyLimit({
      maxSize: MAX_WEBHOOK_BYTES,
      onError: (c) => {
        rejected('too_large');
        return c.json({ error: 'body too large' }, 413);
      },
    }),
    requireSecret: (header, secret) => async (c, next) => {
      if (!secretMatches(c.req.header(header), secret)) {
        rejected('secret');
        logger.warn({ route }, 'webhook with a wrong or missing secret token rejected');
        return c.json({ error: 'unauthorized' }, 401);
      }
      await next();
    },
    rejected,
    malformed: (c, error) => {
      rejected('malformed');
      return c.json({ error }, 400);
    },
    readJson: async (c) => {
      const raw = await readBody(c);
      try {
        return { value: JSON.parse(raw) as unknown };
      } catch {
        return undefined;
      }
    },
    answerSoon: async (work, withinMs) => {
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
    },
  };
}
