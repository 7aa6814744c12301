/**
 * A fake Zalo OA platform on 127.0.0.1: the OAuth v4 token endpoint and the
 * OpenAPI consultation-message endpoint on one real HTTP server. Behaves like
 * Zalo where it matters: refresh tokens are single-use (a spent one is
 * refused), access tokens can expire (-216), sends to people outside the
 * interaction window are refused (-230), failures are injectable (-32, 5xx).
 * Also signs webhook events the way Zalo does.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded call. */
export interface ZaloOaCall {
  path: string;
  headers: Record<string, string | undefined>;
  body: Record<string, unknown>;
  at: number;
}

/** A canned answer: a Zalo error in an HTTP 200, or an HTTP error with a raw body. */
export type ZaloOaFailure = { error: number; message: string } | { status: number; raw: string };

/** The fake platform. */
export class FakeZaloOa {
  readonly calls: ZaloOaCall[] = [];
  /** The refresh token the platform accepts now (single-use). */
  refreshToken: string;
  /** The access token the platform accepts now ('' = none yet). */
  accessToken = '';
  /** Refresh tokens presented to the token endpoint, in order. */
  readonly refreshesWith: string[] = [];
  /** Delay before answering a refresh, in ms (to let concurrent sends pile up). */
  refreshDelayMs = 0;
  /** Seconds the issued access tokens live. */
  expiresIn = 90_000;
  private generation = 0;
  private server: Server | undefined;
  private readonly failures: ZaloOaFailure[] = [];
  private responder: ((call: ZaloOaCall) => ZaloOaFailure | undefined) | undefined;
  private messageId = 1;
  /** The message ids returned for accepted sends, in order (Zalo echoes them in `oa_send_*` events). */
  readonly acceptedIds: string[] = [];

  constructor(
    readonly appId: string,
    readonly appSecret: string,
    initialRefreshToken = 'refresh-0-abcdefghij',
  ) {
    this.refreshToken = initialRefreshToken;
  }

  /** Starts listening on a random loopback port. */
  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  /** The root for both ZALO_OA_API_ROOT and ZALO_OAUTH_ROOT. */
  get root(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** Stops the server. */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The current access token stops working (as after 25 hours, or a revocation). */
  expireAccessToken(): void {
    this.accessToken = `revoked-${this.generation}`;
  }

  /** Makes the next `count` consultation sends fail this way. */
  failNext(failure: ZaloOaFailure, count = 1): void {
    for (let i = 0; i < count; i++) this.failures.push(failure);
  }

  /** Drops injected failures not used yet. */
  clearFailures(): void {
    this.failures.length = 0;
  }

  /** Decides failures per send (e.g. a person outside the interaction window). */
  respondWith(responder: ((call: ZaloOaCall) => ZaloOaFailure | undefined) | undefined): void {
    this.responder = responder;
  }

  /** Calls to the token endpoint. */
  get refreshCalls(): ZaloOaCall[] {
    return this.calls.filter((c) => c.path === '/v4/oa/access_token');
  }

  /** Consultation sends (accepted or not). */
  get sends(): ZaloOaCall[] {
    return this.calls.filter((c) => c.path === '/v3.0/oa/message/cs');
  }

  /** Messages sent to one person, as sent. */
  messagesTo(userId: string): Array<{
    text: string;
    attachment?: { payload: { buttons: Array<{ title: string; type: string; payload: unknown }> } };
  }> {
    return this.sends
      .filter((c) => (c.body.recipient as { user_id?: string } | undefined)?.user_id === userId)
      .map((c) => c.body.message as { text: string });
  }

  /** Waits until `count` sends to `userId` were recorded. */
  async waitForSends(userId: string, count = 1, timeoutMs = 5000): Promise<ReturnType<FakeZaloOa['messagesTo']>> {
    const deadline = Date.now() + timeoutMs;
    while (this.messagesTo(userId).length < count) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${count} sends to ${userId} (got ${this.messagesTo(userId).length})`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.messagesTo(userId);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0] as string;
    const headers = {
      secret_key: header(req, 'secret_key'),
      access_token: header(req, 'access_token'),
      'content-type': header(req, 'content-type'),
    };
    let body: Record<string, unknown> = {};
    if (path === '/v4/oa/access_token') body = Object.fromEntries(new URLSearchParams(raw));
    else if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return this.reply(res, 200, { error: -201, message: 'body is invalid' });
      }
    }
    const call: ZaloOaCall = { path, headers, body, at: Date.now() };
    this.calls.push(call);
    if (path === '/v4/oa/access_token' && req.method === 'POST') return this.token(res, call);
    if (path === '/v3.0/oa/message/cs' && req.method === 'POST') return this.send(res, call);
    return this.reply(res, 404, { error: 404, message: 'not found' });
  }

  private async token(res: ServerResponse, call: ZaloOaCall): Promise<void> {
    if (this.refreshDelayMs > 0) await new Promise((r) => setTimeout(r, this.refreshDelayMs));
    const {
      app_id: appId,
      grant_type: grant,
      refresh_token: presented,
    } = call.body as Record<string, string | undefined>;
    this.refreshesWith.push(presented ?? '');
    if (call.headers.secret_key !== this.appSecret || appId !== this.appId) {
      return this.reply(res, 200, {
        error: -14002,
        error_name: 'Invalid app',
        error_description: 'Invalid app_id or secret_key',
      });
    }
    if (grant !== 'refresh_token' || presented !== this.refreshToken) {
      return this.reply(res, 200, {
        error: -14014,
        error_name: 'Invalid parameter',
        error_description: 'Invalid refresh token',
      });
    }
    this.generation++;
    this.accessToken = `access-${this.generation}-abcdefghij`;
    this.refreshToken = `refresh-${this.generation}-abcdefghij`;
    return this.reply(res, 200, {
      access_token: this.accessToken,
      refresh_token: this.refreshToken,
      expires_in: String(this.expiresIn),
    });
  }

  private send(res: ServerResponse, call: ZaloOaCall): void {
    if (!this.accessToken || call.headers.access_token !== this.accessToken) {
      return this.reply(res, 200, { error: -216, message: 'Access token is invalid' });
    }
    const failure = this.failures.shift() ?? this.responder?.(call);
    if (failure) {
      if ('raw' in failure) {
        res.writeHead(failure.status, { 'content-type': 'text/html' });
        res.end(failure.raw);
        return;
      }
      return this.reply(res, 200, failure);
    }
    const message = call.body.message as { text?: unknown } | undefined;
    const text = typeof message?.text === 'string' ? message.text : '';
    if (text.length < 1 || text.length > 2000)
      return this.reply(res, 200, { error: -210, message: 'Parameter exceeds allowable limit' });
    const userId = (call.body.recipient as { user_id?: string } | undefined)?.user_id;
    const messageId = `oa-msg-${this.messageId++}`;
    this.acceptedIds.push(messageId);
    return this.reply(res, 200, { error: 0, message: 'Success', data: { message_id: messageId, user_id: userId } });
  }

  private reply(res: ServerResponse, status: number, payload: unknown): void {
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

let nextMsg = 1;
/** A `user_send_text` event from a person. */
export function oaTextEvent(
  appId: string,
  userId: string,
  text: string,
  timestamp = Date.now(),
): Record<string, unknown> {
  return {
    app_id: appId,
    user_id_by_app: `app-${userId}`,
    event_name: 'user_send_text',
    timestamp: String(timestamp),
    sender: { id: userId },
    recipient: { id: '579745863508352884' },
    message: { msg_id: `oa-in-${nextMsg++}`, text },
  };
}

/** A follow or unfollow event. */
export function oaFollowEvent(
  appId: string,
  userId: string,
  name: 'follow' | 'unfollow',
  timestamp = Date.now(),
): Record<string, unknown> {
  return {
    app_id: appId,
    oa_id: '579745863508352884',
    event_name: name,
    timestamp: String(timestamp),
    source: 'oa_profile',
    follower: { id: userId },
  };
}

/** A sticker event. */
export function oaStickerEvent(appId: string, userId: string, timestamp = Date.now()): Record<string, unknown> {
  return {
    app_id: appId,
    event_name: 'user_send_sticker',
    timestamp: String(timestamp),
    sender: { id: userId },
    recipient: { id: '579745863508352884' },
    message: {
      msg_id: `oa-in-${nextMsg++}`,
      attachments: [{ type: 'sticker', payload: { id: 'st', url: 'https://example.invalid/st.png' } }],
    },
  };
}

/** Serialises an event and signs it as Zalo does: sha256(app id + body + timestamp + OA secret key), "mac=" prefixed. */
export function signEvent(
  event: Record<string, unknown>,
  appId: string,
  oaSecretKey: string,
): { raw: string; signature: string } {
  const raw = JSON.stringify(event);
  const mac = createHash('sha256')
    .update(`${appId}${raw}${String(event.timestamp)}${oaSecretKey}`)
    .digest('hex');
  return { raw, signature: `mac=${mac}` };
}

/** An `oa_send_text` event: the OA sent a message to a person (the bot through the API, or staff in the OA Manager). */
export function oaSendTextEvent(
  appId: string,
  userId: string,
  text: string,
  msgId: string,
  timestamp = Date.now(),
): Record<string, unknown> {
  return {
    app_id: appId,
    event_name: 'oa_send_text',
    timestamp: String(timestamp),
    sender: { id: '579745863508352884' },
    recipient: { id: userId },
    message: { msg_id: msgId, text },
  };
}
