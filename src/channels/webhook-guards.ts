/**
 * The guards every webhook route shares. Webhook bodies are untrusted: the
 * secret is checked in constant time, the body is size-limited and
 * validated, and a malformed request gets a clear 4xx without touching the
 * bot. Platforms re-send an update whose request is slow, so routes answer
 * within a deadline and let slow work finish in the background.
 */
import { createHash, hash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
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

/**
 * The 413 answer. It closes the connection: the rest of a body too large is
 * never read, so the connection cannot carry another request.
 */
export function tooLarge(c: Context): Response {
  return c.json({ error: 'body too large' }, 413, { connection: 'close' });
}

/** Compares two secrets in constant time (hashing first makes lengths equal). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  // The one-shot hash: a third of the cost of a Hash object, on every update.
  return timingSafeEqual(hash('sha256', given, 'buffer'), digestOf(expected));
}

/** The digests of the configured secrets (a handful), computed once instead of on every update. */
const expectedDigests = new Map<string, Buffer>();

function digestOf(secret: string): Buffer {
  let digest = expectedDigests.get(secret);
  if (!digest) {
    digest = createHash('sha256').update(secret).digest();
    if (expectedDigests.size > 64) expectedDigests.clear();
    expectedDigests.set(secret, digest);
  }
  return digest;
}

/** The Node request behind a context, when the app runs on @hono/node-server (undefined in `app.request` tests). */
function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as Partial<HttpBindings> | undefined)?.incoming;
}

/**
 * A request header, read from the raw IncomingMessage when there is one: it
 * spares building web-standard Headers for every update.
 */
export function headerOf(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** True when the request declares a Content-Length over MAX_WEBHOOK_BYTES. */
function declaredTooLarge(c: Context): boolean {
  const declared = headerOf(c, 'content-length');
  return declared !== undefined && Number(declared) > MAX_WEBHOOK_BYTES;
}

/**
 * Reads a request body as text, once, at most MAX_WEBHOOK_BYTES. On Node it
 * reads the raw IncomingMessage: building a web-standard Request, its stream
 * and AbortController for every update was the largest single cost in
 * `npm run bench:webhook`. A declared Content-Length over the cap is refused
 * before a byte is read; a body sent without one (chunked) is refused as soon
 * as it grows past the cap, without reading the rest.
 */
async function readBody(c: Context): Promise<string> {
  if (declaredTooLarge(c)) throw new BodyTooLargeError();
  const incoming = incomingOf(c);
  if (!incoming) return c.req.text();
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > MAX_WEBHOOK_BYTES) {
        stop();
        incoming.pause();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', onError);
    if (incoming.readableEnded) onEnd();
  });
}

/** The shared checks of one webhook route, counted in `ctxh_webhook_rejected_total{route}`. */
export interface WebhookGuards {
  /** The route's path, as counted in the metrics. */
  readonly route: string;
  /** Refuses a declared Content-Length over MAX_WEBHOOK_BYTES with 413, before the body is read. */
  bodyLimit: MiddlewareHandler;
  /** Refuses a request whose secret header is missing or wrong (compared in constant time) with 401. */
  requireSecret(header: string, secret: string): MiddlewareHandler;
  /** Counts a refused request. */
  rejected(reason: string): void;
  /** Answers 400 and counts the request as malformed. */
  malformed(c: Context, error: string): Response;
  /** The body as text, read once with readBody's cap; a body that grows past it is counted and answered 413. */
  readText(c: Context): Promise<string>;
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
  const readText = async (c: Context): Promise<string> => {
    try {
      return await readBody(c);
    } catch (error) {
      if (error instanceof BodyTooLargeError) rejected('too_large');
      throw error;
    }
  };
  return {
    route,
    // A plain header check: Hono's bodyLimit reads `c.req.raw.body`, which builds a whole web Request per update.
    bodyLimit: async (c, next) => {
      if (!declaredTooLarge(c)) return next();
      rejected('too_large');
      return tooLarge(c);
    },
    requireSecret: (header, secret) => async (c, next) => {
      if (!secretMatches(headerOf(c, header), secret)) {
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
    readText,
    readJson: async (c) => {
      const raw = await readText(c);
      try {
        return { value: JSON.parse(raw) as unknown };
      } catch {
        return undefined;
      }
    },
    // One promise and one timer per update, without a race of wrapped promises.
    answerSoon: (work, withinMs) =>
      new Promise<string>((resolve) => {
        const timer = setTimeout(resolve, withinMs, 'late');
        timer.unref();
        work.then(
          (outcome) => {
            clearTimeout(timer);
            resolve(outcome);
          },
          (error: unknown) => {
            clearTimeout(timer);
            logger.error({ err: error }, 'webhook event failed');
            resolve('failed');
          },
        );
      }),
  };
}
