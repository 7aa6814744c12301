/**
 * A fake Zalo OA platform on 127.0.0.1: the OAuth v4 token endpoint and the
 * OpenAPI consultation-message endpoint on one real HTTP server. Behaves like
 * Zalo where it matters: refresh tokens are single-use (a spent one is
 * refused), access tokens can expire (-216), sends to people outside the
 * interaction window are refused (-230), failures are injectable (-32, 5xx).
 * Stricter like the real API: a message to someone who does not follow the
 * OA is refused (-213) unless it answers their message (`recipient.message_id`);
 * an anonymous recipient needs both `anonymous_id` and `conversation_id`;
 * call buttons with an unverified number can be refused (-201). Each answer
 * says which allowance paid (`data.quota.quota_type`). Also signs webhook
 * events the way Zalo does.
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
  /** People who do not follow the OA: only replies carrying `message_id` reach them. */
  readonly nonFollowers = new Set<string>();
  /** Phone numbers Zalo refuses in an `oa.open.phone` button (not verified for this OA). */
  readonly refusedPhoneCodes = new Set<string>();
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
      .filter((c) => {
        const to = c.body.recipient as { user_id?: string; anonymous_id?: string } | undefined;
        return to?.user_id === userId || to?.anonymous_id === userId;
      })
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
    if (this.routeOutreach(path, res, call)) return;
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
    const failure = this.failures.shift() ?? this.responder?.(call) ?? this.windowRefusal(call);
    if (failure) {
      if ('raw' in failure) {
        res.writeHead(failure.status, { 'content-type': 'text/html' });
        res.end(failure.raw);
        return;
      }
      return this.reply(res, 200, failure);
    }
    const message = call.body.message as
      | { text?: unknown; attachment?: { payload?: { buttons?: Array<{ type?: string; payload?: unknown }> } } }
      | undefined;
    const text = typeof message?.text === 'string' ? message.text : '';
    if (text.length < 1 || text.length > 2000)
      return this.reply(res, 200, { error: -210, message: 'Parameter exceeds allowable limit' });
    const refusedPhone = (message?.attachment?.payload?.buttons ?? []).some(
      (b) =>
        b.type === 'oa.open.phone' &&
        this.refusedPhoneCodes.has(String((b.payload as { phone_code?: unknown } | undefined)?.phone_code)),
    );
    if (refusedPhone) return this.reply(res, 200, { error: -201, message: 'Parameter is invalid: phone_code' });
    const recipient = (call.body.recipient ?? {}) as {
      user_id?: string;
      message_id?: string;
      anonymous_id?: string;
      conversation_id?: string;
    };
    if (recipient.anonymous_id !== undefined || recipient.conversation_id !== undefined) {
      if (!recipient.anonymous_id || !recipient.conversation_id)
        return this.reply(res, 200, { error: -201, message: 'Parameter is invalid: anonymous recipient' });
      return this.sent(res, recipient.anonymous_id, 'reply');
    }
    const userId = recipient.user_id;
    if (!userId) return this.reply(res, 200, { error: -201, message: 'Parameter is invalid: recipient' });
    const answers = typeof recipient.message_id === 'string' && recipient.message_id.length > 0;
    if (this.nonFollowers.has(userId) && !answers)
      return this.reply(res, 200, { error: -213, message: 'User has not followed the OA' });
    // Without message_id Zalo counts the message as proactive, paid from the OA's monthly allowance.
    return this.sent(res, userId, answers ? 'reply' : 'sub_quota');
  }

  private sent(res: ServerResponse, userId: string, quotaType: string): void {
    const messageId = `oa-msg-${this.messageId++}`;
    this.acceptedIds.push(messageId);
    return this.reply(res, 200, {
      error: 0,
      message: 'Success',
      data: { message_id: messageId, user_id: userId, quota: { quota_type: quotaType } },
    });
  }

  // ── Outreach (issue 14): Zalo's interaction window, template (transaction) messages, article broadcasts ──

  /** When each user last wrote to the OA (ms); used when `enforceWindow` is on. */
  readonly lastInteraction = new Map<string, number>();
  /** Refuse consultation messages to people who have not written in 7 days (or never), as Zalo does (-230). */
  enforceWindow = false;
  /** The platform's clock for the window (tests move it). */
  now: () => number = Date.now;
  /** Template ids the OA had approved; a transaction message with another id is refused. */
  readonly approvedTemplates = new Set<string>();
  /** Article ids (attachment_id) the OA has published; a broadcast of another is refused. */
  readonly articles = new Set<string>();

  /** Transaction (template) messages sent (accepted or not). */
  get transactionSends(): ZaloOaCall[] {
    return this.calls.filter((c) => c.path === '/v3.0/oa/message/transaction');
  }

  /** Article broadcasts (accepted or not). */
  get broadcasts(): ZaloOaCall[] {
    return this.calls.filter((c) => c.path === '/v2.0/oa/message');
  }

  /** -230 for a consultation message to someone outside the 7-day window, when the window is enforced. */
  private windowRefusal(call: ZaloOaCall): ZaloOaFailure | undefined {
    if (!this.enforceWindow) return undefined;
    const userId = (call.body.recipient as { user_id?: string } | undefined)?.user_id ?? '';
    const last = this.lastInteraction.get(userId);
    if (last !== undefined && this.now() - last <= 7 * 24 * 60 * 60_000) return undefined;
    return { error: -230, message: 'User has not interacted with the OA in the past 7 days' };
  }

  /** Answers the outreach endpoints; false for any other path. */
  private routeOutreach(path: string, res: ServerResponse, call: ZaloOaCall): boolean {
    if (path !== '/v3.0/oa/message/transaction' && path !== '/v2.0/oa/message') return false;
    if (!this.accessToken || call.headers.access_token !== this.accessToken) {
      this.reply(res, 200, { error: -216, message: 'Access token is invalid' });
      return true;
    }
    const failure = this.failures.shift();
    if (failure && !('raw' in failure)) {
      this.reply(res, 200, failure);
      return true;
    }
    const payload = (call.body.message as { attachment?: { payload?: Record<string, unknown> } } | undefined)
      ?.attachment?.payload;
    if (path === '/v3.0/oa/message/transaction') {
      const userId = (call.body.recipient as { user_id?: string } | undefined)?.user_id;
      if (!userId || !this.approvedTemplates.has(String(payload?.template_id)))
        this.reply(res, 200, { error: -201, message: 'template is invalid' });
      else this.reply(res, 200, { error: 0, message: 'Success', data: { message_id: `oa-tx-${this.messageId++}` } });
      return true;
    }
    const target = (call.body.recipient as { target?: Record<string, unknown> } | undefined)?.target;
    const element = (payload?.elements as Array<{ media_type?: string; attachment_id?: string }> | undefined)?.[0];
    if (!target || payload?.template_type !== 'media' || element?.media_type !== 'article')
      this.reply(res, 200, { error: -201, message: 'Parameters are invalid' });
    else if (!this.articles.has(String(element.attachment_id)))
      this.reply(res, 200, { error: -201, message: 'Article is not found' });
    else this.reply(res, 200, { error: 0, message: 'Success', data: { message_id: `oa-bc-${this.messageId++}` } });
    return true;
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

/** An `anonymous_send_text` event from someone who writes without following the OA. */
export function oaAnonymousTextEvent(
  appId: string,
  anonymousId: string,
  conversationId: string,
  text: string,
  timestamp = Date.now(),
): Record<string, unknown> {
  return {
    app_id: appId,
    event_name: 'anonymous_send_text',
    timestamp: String(timestamp),
    sender: { id: anonymousId },
    recipient: { id: '579745863508352884' },
    message: { msg_id: `oa-in-${nextMsg++}`, text, conversation_id: conversationId },
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
