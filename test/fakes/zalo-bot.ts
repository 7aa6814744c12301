/**
 * A fake Zalo Bot Platform API on 127.0.0.1: real HTTP, the methods the bot
 * uses, every call recorded, failures injectable (HTTP 200 with `ok: false`,
 * 5xx with an HTML body, rate limits). Behaves like the documented API:
 * one update per getUpdates call, 408 when the long poll ends empty,
 * getUpdates refused while a webhook is set, text over 2,000 characters refused,
 * deleteWebhook answering `result: true` as the docs say.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded API call. */
export interface ZaloBotCall {
  method: string;
  token: string;
  body: Record<string, unknown>;
  at: number;
}

/** A canned failure: a JSON `ok: false` answer (any HTTP status), or a raw non-JSON body. */
export type ZaloBotFailure =
  | { status: number; errorCode?: number; description: string }
  | { status: number; raw: string };

/** The fake server. */
export class FakeZaloBot {
  readonly calls: ZaloBotCall[] = [];
  readonly info = {
    id: '1459232241454765289',
    account_name: 'bot.CtxhTest',
    account_type: 'BASIC',
    can_join_groups: false,
  };
  webhookUrl = '';
  private server: Server | undefined;
  private readonly failures = new Map<string, ZaloBotFailure[]>();
  private readonly pending: unknown[] = [];
  private responder: ((call: ZaloBotCall) => ZaloBotFailure | undefined) | undefined;
  private messageId = 1;

  constructor(readonly token: string) {}

  /** Starts listening on a random loopback port. */
  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  /** The API root to give the bot (ZALO_BOT_API_ROOT). */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** Stops the server. */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Makes the next `count` calls of `method` fail this way. */
  failNext(method: string, failure: ZaloBotFailure, count = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(failure);
    this.failures.set(method, list);
  }

  /** Decides failures per call (e.g. a chat that blocked the bot). */
  respondWith(responder: ((call: ZaloBotCall) => ZaloBotFailure | undefined) | undefined): void {
    this.responder = responder;
  }

  /** Queues an update for getUpdates (long polling). */
  pushUpdate(update: unknown): void {
    this.pending.push(update);
  }

  /** Recorded calls of one method. */
  callsOf(method: string): ZaloBotCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Texts sent to one chat, in order. */
  textsTo(chatId: string): string[] {
    return this.callsOf('sendMessage')
      .filter((c) => c.body.chat_id === chatId)
      .map((c) => String(c.body.text));
  }

  /** Waits until `count` calls of `method` were recorded (optionally only those matching). */
  async waitFor(
    method: string,
    count = 1,
    match: (call: ZaloBotCall) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<ZaloBotCall[]> {
    const deadline = Date.now() + timeoutMs;
    const found = (): ZaloBotCall[] => this.callsOf(method).filter(match);
    while (found().length < count) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} × ${method} (got ${found().length})`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return found();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    if (!match || req.method !== 'POST')
      return this.reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const token = decodeURIComponent(match[1] as string);
    const method = match[2] as string;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> = {};
    try {
      if (raw) body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return this.reply(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    const call: ZaloBotCall = { method, token, body, at: Date.now() };
    this.calls.push(call);
    if (token !== this.token) return this.reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const failure = this.failures.get(method)?.shift() ?? this.responder?.(call);
    if (failure) {
      if ('raw' in failure) {
        res.writeHead(failure.status, { 'content-type': 'text/html' });
        res.end(failure.raw);
        return;
      }
      return this.reply(res, failure.status, {
        ok: false,
        error_code: failure.errorCode ?? failure.status,
        description: failure.description,
      });
    }
    switch (method) {
      case 'getMe':
        return this.reply(res, 200, { ok: true, result: this.info });
      case 'getUpdates': {
        if (this.webhookUrl)
          return this.reply(res, 200, {
            ok: false,
            error_code: 400,
            description: 'Webhook is active, delete it before using getUpdates',
          });
        const deadline = Date.now() + Math.min(Number(body.timeout ?? 0) * 1000, 300);
        while (this.pending.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        const update = this.pending.shift();
        if (update === undefined)
          return this.reply(res, 200, { ok: false, error_code: 408, description: 'Request timeout' });
        return this.reply(res, 200, { ok: true, result: update });
      }
      case 'sendMessage': {
        const text = String(body.text ?? '');
        if (text.length < 1 || text.length > 2000)
          return this.reply(res, 200, { ok: false, error_code: 400, description: 'text must be 1-2000 characters' });
        return this.reply(res, 200, { ok: true, result: { message_id: `m${this.messageId++}`, date: Date.now() } });
      }
      case 'sendPhoto':
        return this.reply(res, 200, { ok: true, result: { message_id: `m${this.messageId++}`, date: Date.now() } });
      case 'sendChatAction':
        return this.reply(res, 200, { ok: true });
      case 'setWebhook':
        this.webhookUrl = String(body.url ?? '');
        return this.reply(res, 200, { ok: true, result: { url: this.webhookUrl, updated_at: Date.now() } });
      case 'deleteWebhook':
        this.webhookUrl = '';
        // The docs: "returns True".
        return this.reply(res, 200, { ok: true, result: true });
      case 'getWebhookInfo':
        return this.reply(res, 200, { ok: true, result: { url: this.webhookUrl, updated_at: Date.now() } });
      default:
        return this.reply(res, 404, { ok: false, error_code: 404, description: 'Method not found' });
    }
  }

  private reply(res: ServerResponse, status: number, payload: unknown): void {
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }
}

let nextMessage = 1;
/** A text-message update from a private chat, as the platform sends it. */
export function zaloBotText(
  text: string,
  chatId: string,
  name = 'Lan',
): { event_name: string; message: Record<string, unknown> } {
  return {
    event_name: 'message.text.received',
    message: {
      message_id: `msg${nextMessage++}`,
      chat: { id: chatId, chat_type: 'PRIVATE' },
      from: { id: chatId, display_name: name, is_bot: false },
      date: Date.now(),
      text,
    },
  };
}

/** A non-text update (sticker, image, voice …). */
export function zaloBotOther(
  eventName: string,
  chatId: string,
): { event_name: string; message: Record<string, unknown> } {
  return {
    event_name: eventName,
    message: {
      message_id: `msg${nextMessage++}`,
      chat: { id: chatId, chat_type: 'PRIVATE' },
      from: { id: chatId, display_name: 'Lan', is_bot: false },
      date: Date.now(),
      sticker: 'abc',
    },
  };
}

/** What Zalo sends for a protected account (a child, a person with a disability): the text is withheld. */
export function zaloBotProtected(chatId: string): { event_name: string; message: Record<string, unknown> } {
  return {
    event_name: 'message.unsupported.received',
    message: {
      message_id: `msg${nextMessage++}`,
      chat: { id: chatId, chat_type: 'PRIVATE' },
      from: { id: chatId, display_name: 'Bé', is_bot: false },
      date: Date.now(),
    },
  };
}
