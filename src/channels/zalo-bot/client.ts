/**
 * A small typed client for the Zalo Bot Platform API (bot accounts with a
 * token, not Official Accounts), on Node's fetch. Self-contained (it depends
 * on zod only) so it can be published on its own later.
 *
 * Sources relied on:
 * - Zalo Bot Platform documentation, https://bot.zaloplatforms.com/docs/
 *   (formerly bot.zapps.me/docs), read through the copy in
 *   XuanNguyenNB/QuanLyThuChi_Bot_Telegram_Zalom `docs/ZALO_BOT_API.md`
 *   (updated 2025-12-10): base URL `https://bot-api.zaloplatforms.com/bot<TOKEN>/<method>`,
 *   every method is a POST with a JSON body and answers
 *   `{ok, result | error_code, description}`; token format `<bot_id>:<secret>`;
 *   `getUpdates {timeout}` (seconds, sent as a string); `setWebhook {url, secret_token}`
 *   (secret 8–256 characters, sent back in the `X-Bot-Api-Secret-Token` header);
 *   `getUpdates` does not work while a webhook is set; `sendMessage {chat_id, text}`
 *   with 1–2,000 characters; `sendChatAction {chat_id, action: "typing"}`;
 *   `sendPhoto {chat_id, photo (URL), caption}`; `getMe` → `{id, account_name, account_type, can_join_groups}`.
 * - Public code that calls the API: openclaw's Zalo extension (`api.ts`,
 *   `monitor.ts`, `monitor.webhook.ts`): `getUpdates` answers ONE update per
 *   call in `result` and `error_code: 408` when the long poll ends empty;
 *   webhook bodies arrive bare (`{event_name, message}`) or wrapped
 *   (`{ok: true, result: {…}}`); event names `message.text.received`,
 *   `message.image.received`, `message.sticker.received`,
 *   `message.unsupported.received` (and `message.voice.received` in other
 *   public code).
 *
 * - The official error table (bot.zaloplatforms.com/docs, "Mã lỗi") lists
 *   403 as an internal server error, not a block: it is retried like a 5xx.
 * - The docs say `deleteWebhook` "returns True": a boolean `result` is
 *   accepted as well as the webhook-info object older answers carried.
 *
 * Uncertain (no official statement found): the error codes for "rate
 * limited" and "this person blocked the bot" (429 is assumed, as in
 * Telegram's Bot API, which this API mirrors; a block is only read from the
 * description, never from 403); whether `getUpdates` may
 * answer an array (both shapes are accepted); the sender's name field
 * (`display_name`, `first_name` or `name` are all read).
 */
import { z } from 'zod';

/** The public API server. */
const ZALO_BOT_API_ROOT = 'https://bot-api.zaloplatforms.com';
/** Longest text of one message, in characters. */
export const ZALO_BOT_TEXT_LIMIT = 2000;

const id = z.union([z.string().min(1), z.number()]).transform(String);

/** The bot's own account (getMe). */
const zaloBotInfoSchema = z.looseObject({
  id,
  account_name: z.string().optional(),
  account_type: z.string().optional(),
  can_join_groups: z.boolean().optional(),
});
export type ZaloBotInfo = z.infer<typeof zaloBotInfoSchema>;

/** A message inside an update. */
const zaloBotMessageSchema = z.looseObject({
  message_id: id,
  chat: z.looseObject({ id, chat_type: z.string().optional() }),
  from: z
    .looseObject({
      id,
      display_name: z.string().optional(),
      first_name: z.string().optional(),
      name: z.string().optional(),
      is_bot: z.boolean().optional(),
    })
    .optional(),
  date: z.number().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
});

/** One event: a message received (text, image, sticker, …). */
const zaloBotUpdateSchema = z.looseObject({
  event_name: z.string().min(1),
  message: zaloBotMessageSchema.optional(),
});
export type ZaloBotUpdate = z.infer<typeof zaloBotUpdateSchema>;

/** What sendMessage / sendPhoto answer. */
const zaloBotSentSchema = z.looseObject({ message_id: id.optional(), date: z.number().optional() });
export type ZaloBotSent = z.infer<typeof zaloBotSentSchema>;

/** What setWebhook / deleteWebhook / getWebhookInfo answer. */
const zaloBotWebhookInfoSchema = z.looseObject({
  url: z.string().optional(),
  updated_at: z.number().optional(),
});
export type ZaloBotWebhookInfo = z.infer<typeof zaloBotWebhookInfoSchema>;

const envelopeSchema = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
});

/**
 * Reads a webhook body or a getUpdates result into updates: accepts the bare
 * update, the `{ok, result}` envelope, and an array of either. Returns
 * undefined when nothing in it is an update.
 */
export function parseZaloBotUpdates(body: unknown): ZaloBotUpdate[] | undefined {
  const unwrapped = envelopeSchema.safeParse(body);
  const payload =
    unwrapped.success && unwrapped.data.ok && unwrapped.data.result !== undefined ? unwrapped.data.result : body;
  const list = Array.isArray(payload) ? payload : [payload];
  const updates: ZaloBotUpdate[] = [];
  for (const item of list) {
    const parsed = zaloBotUpdateSchema.safeParse(item);
    if (parsed.success) updates.push(parsed.data);
  }
  return updates.length > 0 || (Array.isArray(payload) && payload.length === 0) ? updates : undefined;
}

/** The platform refused a call (`ok: false`, also inside an HTTP 200), or answered with an HTTP error. */
export class ZaloBotApiError extends Error {
  override name = 'ZaloBotApiError';
  constructor(
    readonly method: string,
    /** The platform's `error_code`, when it gave one. */
    readonly errorCode: number | undefined,
    readonly description: string,
    readonly httpStatus: number,
  ) {
    super(`Zalo Bot API ${method} failed: ${errorCode ?? httpStatus} ${description}`);
  }

  /** The platform asks us to slow down. */
  get isRateLimited(): boolean {
    return (
      this.errorCode === 429 || this.httpStatus === 429 || /too many|rate limit|limit call/i.test(this.description)
    );
  }

  /** A fault on the platform's side that may pass; the official table lists 403 as an internal server error. */
  get isServerError(): boolean {
    return (
      this.httpStatus >= 500 ||
      this.httpStatus === 403 ||
      this.errorCode === 403 ||
      (this.errorCode !== undefined && this.errorCode >= 500)
    );
  }
}

/** The platform could not be reached, or did not answer in time. */
export class ZaloBotNetworkError extends Error {
  override name = 'ZaloBotNetworkError';
  constructor(
    readonly method: string,
    options: { cause: unknown },
  ) {
    // The URL carries the bot token: never put it in a message.
    super(`Zalo Bot API ${method} unreachable: ${causeText(options.cause)}`, options);
  }
}

function causeText(cause: unknown): string {
  if (cause instanceof Error)
    return cause.name === 'TimeoutError' || cause.name === 'AbortError' ? cause.name : cause.message;
  return String(cause);
}

/** Settings for the client. */
export interface ZaloBotClientOptions {
  token: string;
  /** API server; defaults to the public one (tests point it at a fake). */
  apiRoot?: string;
  /** Longest wait for one call, in ms (getUpdates adds its long-poll time). Default 15 s. */
  timeoutMs?: number;
  /** Retries after a network error, a 5xx or a rate-limit answer. Default 2. */
  retries?: number;
  /** First back-off delay in ms, doubled on each retry. Default 1,000. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
}

interface CallOptions {
  timeoutMs?: number;
  retry?: boolean;
  signal?: AbortSignal;
}

/** The Zalo Bot Platform API. */
export class ZaloBotClient {
  private readonly apiRoot: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: ZaloBotClientOptions) {
    this.apiRoot = (options.apiRoot ?? ZALO_BOT_API_ROOT).replace(/\/$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Checks the token and returns the bot's account. */
  getMe(): Promise<ZaloBotInfo> {
    return this.call('getMe', {}, zaloBotInfoSchema);
  }

  /**
   * Long-polls for new updates; resolves to an empty list when the poll ends
   * with nothing (the platform's 408). Not retried here: the caller's loop decides.
   */
  async getUpdates(params: { timeoutSeconds?: number; signal?: AbortSignal } = {}): Promise<ZaloBotUpdate[]> {
    const timeout = params.timeoutSeconds ?? 30;
    try {
      const result = await this.call('getUpdates', { timeout: String(timeout) }, z.unknown(), {
        timeoutMs: timeout * 1000 + (this.options.timeoutMs ?? 15_000),
        retry: false,
        ...(params.signal ? { signal: params.signal } : {}),
      });
      return parseZaloBotUpdates(result) ?? [];
    } catch (error) {
      if (error instanceof ZaloBotApiError && error.errorCode === 408) return [];
      throw error;
    }
  }

  /** Sends updates to `url`; the platform sends `secretToken` back in X-Bot-Api-Secret-Token. */
  setWebhook(params: { url: string; secretToken: string }): Promise<ZaloBotWebhookInfo> {
    return this.call('setWebhook', { url: params.url, secret_token: params.secretToken }, zaloBotWebhookInfoSchema);
  }

  /** Removes the webhook (needed before getUpdates works); the docs say it answers `result: true`. */
  async deleteWebhook(): Promise<ZaloBotWebhookInfo> {
    const result = await this.call('deleteWebhook', {}, z.union([z.boolean(), zaloBotWebhookInfoSchema]));
    return typeof result === 'boolean' ? {} : result;
  }

  /** The current webhook settings. */
  getWebhookInfo(): Promise<ZaloBotWebhookInfo> {
    return this.call('getWebhookInfo', {}, zaloBotWebhookInfoSchema);
  }

  /** Sends a text message (1–2,000 characters); `retry: false` leaves retries to the caller. */
  sendMessage(params: { chatId: string; text: string; retry?: boolean }): Promise<ZaloBotSent> {
    return this.call('sendMessage', { chat_id: params.chatId, text: params.text }, zaloBotSentSchema, {
      ...(params.retry === false ? { retry: false } : {}),
    });
  }

  /** Shows a passing status in the chat, such as "typing". */
  async sendChatAction(params: { chatId: string; action: 'typing' | 'upload_photo' }): Promise<void> {
    await this.call('sendChatAction', { chat_id: params.chatId, action: params.action }, z.unknown());
  }

  /** Sends a photo by URL, with an optional caption. */
  sendPhoto(params: { chatId: string; photo: string; caption?: string }): Promise<ZaloBotSent> {
    const body: Record<string, string> = { chat_id: params.chatId, photo: params.photo };
    if (params.caption !== undefined) body.caption = params.caption;
    return this.call('sendPhoto', body, zaloBotSentSchema);
  }

  private async call<S extends z.ZodType>(
    method: string,
    body: Record<string, string>,
    schema: S,
    call: CallOptions = {},
  ): Promise<z.output<S>> {
    const retries = call.retry === false ? 0 : (this.options.retries ?? 2);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(method, body, schema, call);
      } catch (error) {
        const transient =
          error instanceof ZaloBotNetworkError ||
          (error instanceof ZaloBotApiError && (error.isServerError || error.isRateLimited));
        if (!transient || attempt >= retries || call.signal?.aborted) throw error;
        await delay((this.options.retryDelayMs ?? 1000) * 2 ** attempt);
      }
    }
  }

  private async once<S extends z.ZodType>(
    method: string,
    body: Record<string, string>,
    schema: S,
    call: CallOptions,
  ): Promise<z.output<S>> {
    // A hand-made timeout rather than AbortSignal.any: the loop calls this for months, and listeners must not pile up.
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException('timed out', 'TimeoutError')),
      call.timeoutMs ?? this.options.timeoutMs ?? 15_000,
    );
    const onAbort = (): void => controller.abort(call.signal?.reason);
    call.signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(`${this.apiRoot}/bot${this.options.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      throw new ZaloBotNetworkError(method, { cause: error });
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ZaloBotApiError(
        method,
        undefined,
        response.ok ? 'answer is not JSON' : `HTTP ${response.status}`,
        response.status,
      );
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) {
      throw new ZaloBotApiError(
        method,
        undefined,
        response.ok ? 'unexpected answer' : `HTTP ${response.status}`,
        response.status,
      );
    }
    const { ok, result, error_code: errorCode, description } = envelope.data;
    if (!ok) throw new ZaloBotApiError(method, errorCode, description ?? 'no description', response.status);
    const parsed = schema.safeParse(result);
    if (!parsed.success) throw new ZaloBotApiError(method, undefined, 'unexpected result shape', response.status);
    return parsed.data;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
