/**
 * The HTTP server (Hono on Node): health, metrics, and each channel
 * adapter's webhook routes, mounted at `/webhooks/<platform>`. The adapters
 * check their own requests (secret, size, shape, replays) with the shared
 * guards of `channels/webhook-guards.ts`.
 */
import type { AddressInfo } from 'node:net';
import { serve, type HttpBindings, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import type { Logger } from 'pino';
import type { ConsoleEnv } from './admin/routes.ts';
import type { ChannelAdapter } from './channels/adapter.ts';
import { BodyTooLargeError, secretMatches, tooLarge, webhookPath } from './channels/webhook-guards.ts';
import type { Metrics } from './metrics.ts';

/** What the server routes to. */
export interface ServerDeps {
  logger: Logger;
  metrics: Metrics;
  /** The running channels; those with webhook routes get them mounted. */
  channels?: readonly Pick<ChannelAdapter, 'platform' | 'webhook'>[];
  /** Extra facts for /healthz. */
  health: () => Record<string, unknown>;
  /** Why the service is unhealthy right now (for example, the disk is full), or undefined. */
  unhealthy?: () => string | undefined;
  /** When set, GET /metrics answers only `Authorization: Bearer <metricsToken>` (401 otherwise). */
  metricsToken?: string;
  /** The staff console, mounted at /admin when ADMIN_ENABLED=on. */
  console?: Hono<ConsoleEnv>;
}

/** True when an error only says that the client closed the connection before its request was read. */
function clientWentAway(c: Context, error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || error.name === 'AbortError') return true;
  return (c.env as Partial<HttpBindings> | undefined)?.incoming?.destroyed === true;
}

/** Builds the routes. */
export function createApp(deps: ServerDeps): Hono {
  const app = new Hono();
  const { logger, metrics } = deps;

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

  if (deps.console) app.route('/admin', deps.console);
  for (const channel of deps.channels ?? []) {
    if (channel.webhook) app.route(webhookPath(channel.platform), channel.webhook);
  }

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof BodyTooLargeError) return tooLarge(c);
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
const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
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
