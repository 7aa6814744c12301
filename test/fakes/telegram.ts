/**
 * A fake Telegram Bot API server on 127.0.0.1: real HTTP, the methods the bot
 * uses, every call recorded, failures injectable (429 with retry_after, 403,
 * 5xx). Tests and benchmarks point TELEGRAM_API_ROOT at it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded API call. */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
  /** True when the fake answered with an error. */
  rejected?: boolean;
  /** When the answer reached the client whole (unset if the client went away first). */
  answeredAt?: number;
}

/** A canned failure for the next call(s) of a method. */
export interface Failure {
  status: number;
  description: string;
  retryAfter?: number;
}

/** Decides a response for one call; return undefined for the default. */
export type Responder = (call: RecordedCall) => Failure | undefined;

const BOT_INFO = {
  id: 777000111,
  is_bot: true,
  first_name: 'Trợ lý CTXH',
  username: 'ctxh_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

/** The fake server. */
export class FakeTelegram {
  readonly calls: RecordedCall[] = [];
  readonly botInfo = BOT_INFO;
  private server: Server | undefined;
  private readonly failures = new Map<string, Failure[]>();
  private readonly pendingUpdates: unknown[] = [];
  private responder: Responder | undefined;
  private messageId = 1;
  /** Delay added to sendMessage, in ms (to simulate a slow API). */
  sendDelayMs = 0;

  /** Starts listening on a random loopback port. */
  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  /** The API root to give the bot (TELEGRAM_API_ROOT). */
  get apiRoot(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  /** Stops the server. */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Makes the next `count` calls of `method` fail this way. */
  failNext(method: string, failure: Failure, count = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(failure);
    this.failures.set(method, list);
  }

  /** Decides failures per call (e.g. a chat that blocked the bot). */
  respondWith(responder: Responder | undefined): void {
    this.responder = responder;
  }

  /** Queues an update for getUpdates (long polling). */
  pushUpdate(update: unknown): void {
    this.pendingUpdates.push(update);
  }

  /**
   * Enforces a sendMessage rate like Telegram does: past `perSecond` in any
   * one-second window, answer 429 with retry_after 1.
   */
  enforceRate(perSecond: number): void {
    const window: number[] = [];
    this.respondWith((call) => {
      if (call.method !== 'sendMessage') return undefined;
      while (window.length > 0 && (window[0] as number) <= call.at - 1000) window.shift();
      if (window.length >= perSecond)
        return { status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 };
      window.push(call.at);
      return undefined;
    });
  }

  /** Recorded calls of one method. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Forgets recorded calls. */
  reset(): void {
    this.calls.length = 0;
  }

  /** Waits until `count` calls of `method` were recorded. */
  async waitFor(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsOf(method).length < count) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${count} × ${method} (got ${this.callsOf(method).length})`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.callsOf(method);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    if (!match) return this.reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const method = match[2] as string;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> = {};
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return this.reply(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
      }
    }
    const call: RecordedCall = { method, body, at: Date.now() };
    this.calls.push(call);
    const failure = this.failures.get(method)?.shift() ?? this.responder?.(call);
    if (failure) {
      call.rejected = true;
      return this.reply(res, failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      });
    }
    switch (method) {
      case 'getMe':
        return this.reply(res, 200, { ok: true, result: BOT_INFO });
      case 'getUpdates': {
        const deadline = Date.now() + Math.min(Number(body.timeout ?? 0) * 1000, 300);
        while (this.pendingUpdates.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        const offset = Number(body.offset ?? 0);
        const updates = this.pendingUpdates.splice(0).filter((u) => (u as { update_id: number }).update_id >= offset);
        return this.reply(res, 200, { ok: true, result: updates });
      }
      case 'sendMessage': {
        if (this.sendDelayMs > 0) await new Promise((r) => setTimeout(r, this.sendDelayMs));
        res.once('finish', () => {
          if (!res.socket?.destroyed) call.answeredAt = Date.now();
        });
        return this.reply(res, 200, {
          ok: true,
          result: {
            message_id: this.messageId++,
            date: Math.floor(Date.now() / 1000),
            chat: { id: body.chat_id, type: 'private' },
            text: body.text,
          },
        });
      }
      case 'setWebhook':
      case 'deleteWebhook':
      case 'setMyCommands':
      case 'answerCallbackQuery':
        return this.reply(res, 200, { ok: true, result: true });
      default:
        return this.reply(res, 200, { ok: true, result: true });
    }
  }

  private reply(res: ServerResponse, status: number, payload: unknown): void {
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }
}

let nextUpdateId = 1000;
/** Builds a private-chat text message update. */
export function textUpdate(
  text: string,
  chatId = 42,
  extra: Record<string, unknown> = {},
): { update_id: number; message: Record<string, unknown> } {
  const entities = text.startsWith('/')
    ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]?.length ?? 0 }]
    : undefined;
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Lan' },
      from: { id: chatId, is_bot: false, first_name: 'Lan' },
      text,
      ...(entities ? { entities } : {}),
      ...extra,
    },
  };
}

/** Builds a callback-query update (a button press). */
export function callbackUpdate(
  data: string,
  chatId = 42,
): { update_id: number; callback_query: Record<string, unknown> } {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb-${nextUpdateId}`,
      chat_instance: 'ci',
      data,
      from: { id: chatId, is_bot: false, first_name: 'Lan' },
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private' },
        text: 'menu',
      },
    },
  };
}

/** Builds a sticker message update. */
export function stickerUpdate(chatId = 42): { update_id: number; message: Record<string, unknown> } {
  const update = textUpdate('', chatId);
  const { text: _text, ...message } = update.message;
  void _text;
  return {
    update_id: update.update_id,
    message: {
      ...message,
      sticker: {
        file_id: 'st',
        file_unique_id: 'st',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
      },
    },
  };
}
