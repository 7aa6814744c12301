/**
 * A small typed client for the Zalo Official Account API v3 and its OAuth v4
 * token refresh, on Node's fetch. Self-contained (it depends on zod and
 * node: modules only) so it can be published on its own later.
 *
 * Tokens: an OA access token lives about 25 hours; the refresh token lives 3
 * months and is single-use: every refresh returns a new one and the old one
 * stops working. So the rotated refresh token is written to durable storage
 * (temp file, fsync, rename, fsync of the folder) BEFORE the new access token
 * is used, and concurrent callers share one refresh instead of racing to
 * spend the same refresh token.
 *
 * Sources relied on:
 * - developers.zalo.me "Xác thực và ủy quyền cho ứng dụng (new)" (OAuth v4),
 *   read through hoangnd25/monorepo `wip/zalo-platform-integration.md` and
 *   public callers: `POST https://oauth.zaloapp.com/v4/oa/access_token`,
 *   form-encoded `app_id`, `grant_type=refresh_token`, `refresh_token`, header
 *   `secret_key: <app secret>`; answer `{access_token, refresh_token,
 *   expires_in: "90000"}` (seconds, as a string); refresh tokens single-use,
 *   valid 3 months; failures `{error: <negative>, error_name, error_description}`.
 * - developers.zalo.me "Gửi tin Tư vấn" (`/v3.0/oa/message/cs`), read through the
 *   same document and eSMS's gitbook (devesms/gitbook_esms_for_develop
 *   "Hàm gửi tin Zalo Follower dạng Button", which passes Zalo's own body
 *   through): header `access_token`, body `{recipient: {user_id}, message:
 *   {text, attachment: {type: "template", payload: {buttons}}}}`; answer
 *   `{error: 0, message, data: {message_id}}`; buttons `oa.query.show` /
 *   `oa.query.hide` (payload: a string the person "sends" back when tapping,
 *   shown or hidden in their chat), `oa.open.phone` (payload `{phone_code}`).
 * - Error codes from the table in the same document: -216 access token
 *   invalid, -220 access token expired or removed, -32 "reached limit call
 *   api" (per-minute limit), -230 "user has not interacted with the OA in the
 *   past 7 days", -232 no interaction or interaction expired, -213 not a
 *   follower, -227 user banned or inactive, -244 user restricted this
 *   message type, -218 quota to this user reached. -230 is confirmed by
 *   khoicodedao/Poto_platform `docs/FIX_ERROR_230.md` and subiz's Zalo OA docs.
 *
 * - Zalo OA help center (zalooa.freshdesk.com "Các loại tin của Zalo Official
 *   Account"): a reply sent through the API with only `user_id` and no
 *   `message_id` is counted as a proactive message (verified OA, monthly
 *   quota); so replies carry `recipient.message_id` of the person's message.
 *   The answer's `data.quota` tells which allowance paid for the send
 *   (`quota_type`: reply, sub_quota, purchase_quota, reward_quota), as listed
 *   by docs.etelecom.vn "Send Text Consulting".
 * - Anonymous people (who write without following) are addressed with
 *   `recipient: {anonymous_id, conversation_id}`, as zalo-java-sdk's
 *   `SendTextAnonymousMessage` does; the conversation id comes with their
 *   `anonymous_send_*` event in `message.conversation_id`.
 *
 * Uncertain: the exact error code of an expired or reused refresh token (any
 * `error` on the OAuth answer is treated as a refresh failure); -124 is also
 * treated as an expired token because older API versions used it; whether
 * the 2,000-character text limit also applies to a message with buttons;
 * the most buttons per message (5 is assumed by the renderer).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileDurably } from '../../store/disk.ts';

/** The public OpenAPI server. */
const ZALO_OA_API_ROOT = 'https://openapi.zalo.me';
/** The public OAuth server. */
const ZALO_OAUTH_ROOT = 'https://oauth.zaloapp.com';

/** Access token rejected: refresh and try again (once). */
const TOKEN_ERROR_CODES: ReadonlySet<number> = new Set([-216, -220, -124]);
/** The person is outside the interaction window or cannot receive this message: do not retry. */
const UNREACHABLE_ERROR_CODES: ReadonlySet<number> = new Set([-230, -232, -213, -227, -244]);
/** Too many calls: back off and retry. */
const RATE_LIMIT_ERROR_CODES: ReadonlySet<number> = new Set([-32]);
/** The free-reply quota towards this person is spent until they write again: do not retry. */
const QUOTA_ERROR_CODES: ReadonlySet<number> = new Set([-218, -211]);

/** A button of a consultation message. */
export type ZaloOaButton =
  | { title: string; type: 'oa.query.show' | 'oa.query.hide'; payload: string }
  | { title: string; type: 'oa.open.phone'; payload: { phone_code: string } }
  | { title: string; type: 'oa.open.url'; payload: { url: string } };

/**
 * Who a consultation message goes to: a follower (with the id of the message
 * being answered, so the reply draws on the free reply allowance), or an
 * anonymous person in their conversation.
 */
export type ZaloOaRecipient =
  | { user_id: string; message_id?: string }
  | { anonymous_id: string; conversation_id: string };

/** What Zalo answered to a send: the new message's id and which allowance paid for it. */
export interface ZaloOaSent {
  messageId?: string;
  /** `data.quota.quota_type`: reply, sub_quota, purchase_quota, reward_quota. */
  quotaType?: string;
}

/** A consultation ("tư vấn") message: text, with optional buttons. */
export interface ZaloOaMessage {
  text: string;
  attachment?: { type: 'template'; payload: { buttons: ZaloOaButton[] } };
}

/** The tokens the client keeps, in memory and in its store. */
export interface ZaloOaTokens {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, in ms since the epoch. */
  expiresAt: number;
  /** sha256 of the configured first-start refresh token these tokens descend from. */
  seed?: string;
}

/** Where tokens survive restarts. */
interface ZaloOaTokenStore {
  load(): Promise<ZaloOaTokens | undefined>;
  /** Must not resolve before the tokens are safe from a crash or power loss. */
  save(tokens: ZaloOaTokens): Promise<void>;
}

const storedTokensSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string().min(1),
  expiresAt: z.number(),
  seed: z.string().optional(),
});

/** The token file could not be read back: something outside the bot changed it. */
export class ZaloOaTokenStoreError extends Error {
  override name = 'ZaloOaTokenStoreError';
}

/** Keeps tokens in one JSON file (mode 0600), written durably. */
export class FileTokenStore implements ZaloOaTokenStore {
  constructor(readonly path: string) {}

  /** Reads the tokens; undefined when the file does not exist yet. */
  async load(): Promise<ZaloOaTokens | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ZaloOaTokenStoreError(
        `${this.path} is not valid JSON; restore it from a backup or delete it and set a fresh refresh token`,
      );
    }
    const parsed = storedTokensSchema.safeParse(json);
    if (!parsed.success) {
      throw new ZaloOaTokenStoreError(
        `${this.path} does not hold Zalo OA tokens; restore it from a backup or delete it and set a fresh refresh token`,
      );
    }
    const { seed, ...tokens } = parsed.data;
    return seed === undefined ? tokens : { ...tokens, seed };
  }

  /** Writes the tokens durably. */
  save(tokens: ZaloOaTokens): Promise<void> {
    return writeFileDurably(this.path, `${JSON.stringify(tokens, null, 2)}\n`);
  }
}

/** The platform refused a call (`error` ≠ 0), or answered with an HTTP error. */
export class ZaloOaApiError extends Error {
  override name = 'ZaloOaApiError';
  constructor(
    readonly path: string,
    /** Zalo's (negative) error code, when it gave one. */
    readonly code: number | undefined,
    readonly description: string,
    readonly httpStatus: number,
  ) {
    super(`Zalo OA API ${path} failed: ${code ?? `HTTP ${httpStatus}`} ${description}`);
  }

  /** The access token was refused. */
  get isTokenError(): boolean {
    return this.code !== undefined && TOKEN_ERROR_CODES.has(this.code);
  }

  /** The person cannot receive consultation messages now (outside the interaction window, or gone). */
  get isUnreachable(): boolean {
    return this.code !== undefined && UNREACHABLE_ERROR_CODES.has(this.code);
  }

  /** The platform asks us to slow down. */
  get isRateLimited(): boolean {
    return (this.code !== undefined && RATE_LIMIT_ERROR_CODES.has(this.code)) || this.httpStatus === 429;
  }

  /** The quota of free replies to this person is spent. */
  get isQuotaExceeded(): boolean {
    return this.code !== undefined && QUOTA_ERROR_CODES.has(this.code);
  }

  /** A fault on the platform's side that may pass. */
  get isServerError(): boolean {
    return this.httpStatus >= 500;
  }
}

/** A token refresh failed: the refresh token is wrong, spent or expired, or the app secret is wrong. */
export class ZaloOaAuthError extends Error {
  override name = 'ZaloOaAuthError';
  constructor(
    readonly code: number | undefined,
    readonly description: string,
    readonly httpStatus: number,
  ) {
    super(`Zalo OA token refresh failed: ${code ?? `HTTP ${httpStatus}`} ${description}`);
  }
}

/** The platform could not be reached, or did not answer in time. */
export class ZaloOaNetworkError extends Error {
  override name = 'ZaloOaNetworkError';
  constructor(
    readonly path: string,
    options: { cause: unknown },
  ) {
    const cause = options.cause;
    super(
      `Zalo OA ${path} unreachable: ${cause instanceof Error ? (cause.name === 'TimeoutError' ? 'timed out' : cause.message) : String(cause)}`,
      options,
    );
  }
}

/** Settings for the client. */
export interface ZaloOaClientOptions {
  appId: string;
  /** The app's secret key (developers.zalo.me › app › settings), sent as `secret_key` when refreshing. */
  appSecret: string;
  store: ZaloOaTokenStore;
  /**
   * Refresh token from the OA authorisation, used while the store is empty,
   * or when it differs from the one the stored tokens came from (someone
   * re-authorised the app and configured the new one).
   */
  initialRefreshToken?: string;
  apiRoot?: string;
  oauthRoot?: string;
  /** Refresh this long before the access token expires, in ms. Default 1 hour. */
  refreshMarginMs?: number;
  /** Retries after a network error, a 5xx or a rate-limit answer. Default 3. */
  retries?: number;
  /** First back-off delay in ms, doubled on each retry. Default 2,000 (the rate limit is per minute). */
  retryDelayMs?: number;
  /** Longest wait for one call, in ms. Default 15 s. */
  timeoutMs?: number;
  /** Called after each successful refresh, once the new tokens are stored. */
  onRefresh?: (tokens: { expiresAt: number }) => void;
  now?: () => number;
  fetch?: typeof fetch;
}

const apiAnswerSchema = z.looseObject({
  error: z.coerce.number(),
  message: z.string().optional(),
  data: z.unknown().optional(),
});

const tokenGrantSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
});
const tokenErrorSchema = z.looseObject({
  error: z.coerce.number(),
  error_name: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
});

const sentSchema = z
  .looseObject({
    message_id: z.string().optional(),
    quota: z.looseObject({ quota_type: z.string().optional() }).optional(),
  })
  .optional();

/** sha256 of a refresh token: enough to recognise it again without keeping a spent token around. */
function fingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The Zalo OA API with automatic token refresh. */
export class ZaloOaClient {
  private readonly apiRoot: string;
  private readonly oauthRoot: string;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private tokens: ZaloOaTokens | undefined;
  private loading: Promise<ZaloOaTokens> | undefined;
  private refreshing: Promise<ZaloOaTokens> | undefined;
  /** Refreshes done by this instance (for health and tests). */
  refreshCount = 0;

  constructor(private readonly options: ZaloOaClientOptions) {
    this.apiRoot = (options.apiRoot ?? ZALO_OA_API_ROOT).replace(/\/$/, '');
    this.oauthRoot = (options.oauthRoot ?? ZALO_OAUTH_ROOT).replace(/\/$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
  }

  /** When the current access token expires (ms since the epoch), once known. */
  get accessTokenExpiresAt(): number | undefined {
    return this.tokens?.expiresAt;
  }

  /** A valid access token, refreshing first when it is missing or about to expire. */
  async accessToken(): Promise<string> {
    const tokens = await this.load();
    if (tokens.accessToken && this.now() < tokens.expiresAt - (this.options.refreshMarginMs ?? 60 * 60_000))
      return tokens.accessToken;
    return (await this.refresh()).accessToken;
  }

  /**
   * Exchanges the refresh token for new tokens and stores them durably
   * before returning. Concurrent calls share one exchange.
   */
  refresh(): Promise<ZaloOaTokens> {
    this.refreshing ??= this.exchange().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Sends a consultation message to a follower (by user id) or a recipient; resolves to Zalo's message id and quota type. */
  async sendConsultation(
    to: string | ZaloOaRecipient,
    message: ZaloOaMessage,
    options: { retries?: number } = {},
  ): Promise<ZaloOaSent> {
    const recipient = typeof to === 'string' ? { user_id: to } : to;
    const data = await this.post('/v3.0/oa/message/cs', { recipient, message }, options);
    const parsed = sentSchema.safeParse(data);
    const messageId = parsed.success ? parsed.data?.message_id : undefined;
    const quotaType = parsed.success ? parsed.data?.quota?.quota_type : undefined;
    return {
      ...(messageId !== undefined ? { messageId } : {}),
      ...(quotaType !== undefined ? { quotaType } : {}),
    };
  }

  /**
   * POSTs JSON to an OpenAPI path with the access token. A refused token is
   * refreshed once and the call repeated; network errors, 5xx and rate
   * limits are retried with exponential back-off; anything else throws.
   */
  async post(path: string, body: unknown, options: { retries?: number } = {}): Promise<unknown> {
    const retries = options.retries ?? this.options.retries ?? 3;
    let refreshed = false;
    for (let attempt = 0; ; ) {
      const token = await this.accessToken();
      try {
        return await this.postOnce(path, body, token);
      } catch (error) {
        if (error instanceof ZaloOaApiError && error.isTokenError && !refreshed) {
          refreshed = true;
          await this.refreshUnlessRenewed(token);
          continue;
        }
        const transient =
          error instanceof ZaloOaNetworkError ||
          (error instanceof ZaloOaApiError && (error.isServerError || error.isRateLimited));
        if (!transient || attempt >= retries) throw error;
        await delay((this.options.retryDelayMs ?? 2000) * 2 ** attempt);
        attempt++;
      }
    }
  }

  /** Refreshes after `failedToken` was refused, unless another caller already replaced it. */
  private async refreshUnlessRenewed(failedToken: string): Promise<void> {
    if (this.refreshing) {
      await this.refreshing;
      return;
    }
    if (this.tokens?.accessToken === failedToken) await this.refresh();
  }

  private load(): Promise<ZaloOaTokens> {
    if (this.tokens) return Promise.resolve(this.tokens);
    this.loading ??= this.loadOnce().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async loadOnce(): Promise<ZaloOaTokens> {
    const stored = await this.options.store.load();
    const initial = this.options.initialRefreshToken;
    const seed = initial === undefined ? undefined : fingerprint(initial);
    // The configured token wins only if it is new; once used, the stored chain carries on from it.
    if (stored && (seed === undefined || stored.seed === seed)) {
      this.tokens = stored;
    } else if (initial !== undefined && seed !== undefined) {
      this.tokens = { accessToken: '', refreshToken: initial, expiresAt: 0, seed };
    } else {
      throw new ZaloOaAuthError(
        undefined,
        'no refresh token: authorise the app for the OA and configure its refresh token',
        0,
      );
    }
    return this.tokens;
  }

  private async exchange(): Promise<ZaloOaTokens> {
    let current = await this.load();
    // Another process sharing the store (a CLI command) may have rotated the tokens already:
    // spending our copy of the refresh token would then fail, so adopt theirs.
    const latest = await this.options.store.load().catch(() => undefined);
    if (latest && latest.refreshToken !== current.refreshToken && latest.seed === current.seed) {
      this.tokens = latest;
      current = latest;
      if (latest.accessToken && this.now() < latest.expiresAt - (this.options.refreshMarginMs ?? 60 * 60_000))
        return latest;
    }
    const path = '/v4/oa/access_token';
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(`${this.oauthRoot}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.options.appSecret },
        body: new URLSearchParams({
          app_id: this.options.appId,
          grant_type: 'refresh_token',
          refresh_token: current.refreshToken,
        }).toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
      text = await response.text();
    } catch (error) {
      throw new ZaloOaNetworkError(path, { cause: error });
    }
    const json = parseJson(text);
    const grant = tokenGrantSchema.safeParse(json);
    if (!grant.success) {
      const refusal = tokenErrorSchema.safeParse(json);
      if (refusal.success) {
        const r = refusal.data;
        throw new ZaloOaAuthError(
          r.error,
          r.error_description ?? r.error_name ?? r.message ?? 'no description',
          response.status,
        );
      }
      throw new ZaloOaAuthError(
        undefined,
        response.ok ? 'unexpected answer' : `HTTP ${response.status}`,
        response.status,
      );
    }
    const data = grant.data;
    const next: ZaloOaTokens = {
      accessToken: data.access_token,
      refreshToken: data.refresh_token,
      expiresAt: this.now() + data.expires_in * 1000,
      ...(current.seed !== undefined ? { seed: current.seed } : {}),
    };
    // The old refresh token is already spent: the new one must be safe on disk before anything else happens.
    await this.options.store.save(next);
    this.tokens = next;
    this.refreshCount++;
    this.options.onRefresh?.({ expiresAt: next.expiresAt });
    return next;
  }

  private async postOnce(path: string, body: unknown, token: string): Promise<unknown> {
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(`${this.apiRoot}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: token },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
      text = await response.text();
    } catch (error) {
      throw new ZaloOaNetworkError(path, { cause: error });
    }
    const answer = apiAnswerSchema.safeParse(parseJson(text));
    if (!answer.success)
      throw new ZaloOaApiError(
        path,
        undefined,
        response.ok ? 'unexpected answer' : `HTTP ${response.status}`,
        response.status,
      );
    const { error, message, data } = answer.data;
    if (error !== 0) throw new ZaloOaApiError(path, error, message ?? 'no description', response.status);
    return data;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
