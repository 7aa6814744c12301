/**
 * The Zalo Official Account adapter. Events arrive only by webhook (its
 * routes are mounted by the project's HTTP server), are verified (signature,
 * age, replay), turned into platform-neutral `Incoming` messages, and
 * answered with consultation messages that carry real buttons: query buttons
 * for related topics and a call button for the hotline. The delivery engine
 * sends notices through the same `send`.
 *
 * Zalo lets an OA reply freely only to people who wrote recently; a send
 * refused for that reason is recorded as undeliverable and not retried. The
 * access token is refreshed in the background before it expires, so the
 * single-use refresh token never lapses even when nobody writes for weeks.
 */
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { ChatAddress } from '../../core/address.ts';
import type { Incoming, Reply, UnsupportedKind, UserRef } from '../../core/message.ts';
import type { Metrics } from '../../metrics.ts';
import {
  SendError,
  type ChannelAdapter,
  type Responder,
  type SendOptions,
  type UnreachableFailure,
} from '../adapter.ts';
import type { AdapterFactory, OaOutgoingWatcher } from '../factory.ts';
import { ChatQueue } from '../chat-queue.ts';
import { sendLiveReplies } from '../live-reply.ts';
import type { ZaloOaConfig } from '../../config.ts';
import { SeenUpdates } from '../seen-updates.ts';
import { readBody, webhookGuards, ZALO_WEBHOOK_ANSWER_WITHIN_MS } from '../webhook-guards.ts';
import { FileTokenStore, ZaloOaApiError, ZaloOaAuthError, ZaloOaClient, ZaloOaNetworkError } from './client.ts';
import { decodeZaloOaPayload, renderZaloOaReplies } from './render.ts';
import { ZaloOaVerifier, zaloOaMessageKey, type ZaloOaEvent, type ZaloOaVerdict } from './webhook.ts';

/** Settings for the Zalo OA channel. */
export interface ZaloOaOptions {
  client: ZaloOaClient;
  appId: string;
  /** The OA secret key that signs webhook events. */
  oaSecretKey: string;
  /** Events older than this are refused, in ms. */
  eventWindowMs: number;
  bot: Responder;
  /** ui.more_options, read at send time so knowledge edits apply at once. */
  moreOptionsText: () => string;
  logger: Logger;
  metrics?: Metrics;
  /** Called when Zalo refuses to deliver to a person (outside the interaction window, banned, restricted). */
  onUnreachable?: (to: ChatAddress, failure: UnreachableFailure) => void;
  /** Called when a person stops following the OA. */
  onUnfollow?: (user: UserRef) => void;
  /** How often the access token's expiry is checked, in ms. Default 10 minutes. */
  tokenCheckMs?: number;
  /** Events already handled; give one backed by a file to refuse replays after a restart too. */
  seenUpdates?: SeenUpdates;
  now?: () => number;
  /** Told of the OA's outgoing messages, the bot's and a counsellor's (`oa_send_*` events). */
  oaOutgoing?: OaOutgoingWatcher;
}

/** How the channel stands, for /healthz. */
export type ZaloOaStatus = 'starting' | 'ready' | 'token_error';

/** Zalo's limit is per minute with no published number: wait a minute. */
const RATE_LIMIT_WAIT_MS = 60_000;

/** Sorts a failed OA call into the one `SendError` every caller reads. */
function classifyZaloOaError(error: unknown): SendError {
  if (error instanceof ZaloOaApiError) {
    const coded = `Zalo ${error.code}: ${error.description}`;
    if (error.isUnreachable)
      return new SendError({ kind: 'permanent', status: 'undeliverable', reason: coded }, 'out_of_window');
    // The free-reply quota to this person (or the OA's quota) is spent: retrying now will not help.
    if (error.isQuotaExceeded) return new SendError({ kind: 'rejected', reason: coded }, 'quota');
    if (error.isRateLimited)
      return new SendError({ kind: 'rate_limited', retryAfterMs: RATE_LIMIT_WAIT_MS }, 'rate_limited');
    if (error.isTokenError) return new SendError({ kind: 'transient', reason: error.message }, 'token');
    if (error.isServerError) return new SendError({ kind: 'transient', reason: error.message }, 'server');
    return new SendError(
      { kind: 'rejected', reason: `Zalo ${error.code ?? error.httpStatus}: ${error.description}` },
      'other',
    );
  }
  if (error instanceof ZaloOaAuthError) return new SendError({ kind: 'transient', reason: error.message }, 'token');
  if (error instanceof ZaloOaNetworkError)
    return new SendError({ kind: 'transient', reason: 'network error' }, 'network');
  return new SendError({ kind: 'transient', reason: describe(error) }, 'other');
}

/** An error as a short string (Zalo's errors carry no tokens, but be safe). */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const UNSUPPORTED: Record<string, UnsupportedKind> = {
  user_send_image: 'photo',
  user_send_gif: 'photo',
  user_send_sticker: 'sticker',
  user_send_audio: 'voice',
  user_send_voice: 'voice',
  user_send_video: 'video',
  user_send_file: 'file',
  user_send_location: 'location',
  user_send_link: 'other',
  user_send_business_card: 'other',
};
const COMMAND = /^\/([a-z0-9_]+)(?:\s+([\s\S]*))?$/i;

/** Zalo OA, wired to the bot. */
export class ZaloOaChannel implements ChannelAdapter {
  readonly platform = 'zalo-oa' as const;
  /** Webhook routes (POST /webhooks/zalo-oa): the OA receives events by webhook only. */
  readonly webhook: Hono;
  private readonly verifier: ZaloOaVerifier;
  private readonly seen: SeenUpdates;
  private readonly queue = new ChatQueue();
  private timer: NodeJS.Timeout | undefined;
  private state: ZaloOaStatus = 'starting';
  private stopped = false;

  constructor(private readonly options: ZaloOaOptions) {
    this.seen = options.seenUpdates ?? new SeenUpdates({ ttlMs: options.eventWindowMs * 2 });
    this.verifier = new ZaloOaVerifier({
      appId: options.appId,
      oaSecretKey: options.oaSecretKey,
      windowMs: options.eventWindowMs,
      seen: this.seen,
      ...(options.now ? { now: options.now } : {}),
    });
    this.webhook = this.webhookRoutes();
  }

  /** POST / signed with X-ZEvent-Signature; answers within 1.5 s. */
  private webhookRoutes(): Hono {
    const { logger } = this.options;
    const guard = webhookGuards(this.platform, logger, this.options.metrics);
    const route = guard.route;
    return new Hono().post('/', guard.bodyLimit, async (c) => {
      // The signature covers the exact bytes received, so the body is read once, as text, and never re-serialised.
      const raw = await readBody(c);
      const verdict = this.verify(raw, c.req.header('x-zevent-signature'));
      switch (verdict.kind) {
        case 'signature':
          guard.rejected('signature');
          logger.warn({ route }, 'webhook with a wrong or missing signature rejected');
          return c.json({ error: 'unauthorized' }, 401);
        case 'malformed':
          return guard.malformed(c, 'not a Zalo OA event');
        case 'stale':
        case 'replay':
          // Authentic but old or repeated: not processed. Answered 200 because Zalo re-sends
          // anything else, and disables a webhook that keeps failing.
          guard.rejected(verdict.kind);
          logger.warn({ route, reason: verdict.kind }, 'zalo-oa event not processed');
          return c.json({ ok: true, outcome: verdict.kind === 'replay' ? 'duplicate' : 'stale' });
        case 'accepted':
          return c.json({
            ok: true,
            outcome: await guard.answerSoon(this.handleEvent(verdict.event), ZALO_WEBHOOK_ANSWER_WITHIN_MS),
          });
      }
    });
  }

  /** How the channel stands, for /healthz. */
  get status(): ZaloOaStatus {
    return this.state;
  }

  /**
   * Gets a valid access token (refreshing it if needed) and keeps it fresh
   * in the background. A failure is logged and retried at the next check;
   * webhook events are still accepted meanwhile.
   */
  async start(): Promise<void> {
    await this.checkToken();
    if (this.stopped) return;
    this.timer = setInterval(() => void this.checkToken(), this.options.tokenCheckMs ?? 10 * 60_000);
    this.timer.unref();
  }

  /** Verifies one webhook request (raw body exactly as received, X-ZEvent-Signature header). */
  verify(rawBody: string, signatureHeader: string | undefined): ZaloOaVerdict {
    return this.verifier.verify(rawBody, signatureHeader);
  }

  /** Handles one verified event; resolves once its replies are sent. */
  handleEvent(event: ZaloOaEvent): Promise<'processed' | 'ignored'> {
    const key = zaloOaMessageKey(event);
    const handled = (): void => {
      if (key !== undefined) this.seen.record(key);
    };
    const incoming = this.toIncoming(event);
    if (!incoming) {
      handled();
      return Promise.resolve('ignored');
    }
    return this.queue.run(incoming.user.chatId, async () => {
      try {
        await this.respond(incoming);
        return 'processed' as const;
      } finally {
        handled();
      }
    });
  }

  /** Resolves once every update received so far is fully handled (replies sent or given up). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Stops the token timer and waits for events in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.queue.idle();
  }

  /** Sends replies to a person as consultation messages; throws a `SendError` at the first refused send. */
  async send(to: ChatAddress, replies: readonly Reply[], options: SendOptions = {}): Promise<void> {
    const { metrics, client } = this.options;
    for (const message of renderZaloOaReplies(replies, this.options.moreOptionsText())) {
      const sent = this.options.oaOutgoing?.sending(to.chatId);
      try {
        // The delivery engine retries itself, so that a rate limit pauses the whole platform.
        const result = await client.sendConsultation(to.chatId, message, options.live ? {} : { retries: 0 });
        sent?.(result.messageId);
      } catch (error) {
        sent?.();
        const failure = classifyZaloOaError(error);
        if (failure.label === 'token') this.state = 'token_error';
        throw failure;
      }
      this.state = 'ready';
      if (options.live) metrics?.repliesSent.inc({ platform: 'zalo-oa' });
    }
  }

  private async checkToken(): Promise<void> {
    try {
      await this.options.client.accessToken();
      this.state = 'ready';
    } catch (error) {
      this.state = 'token_error';
      this.options.logger.error({ err: describe(error) }, 'zalo-oa access token unavailable; will retry');
    }
  }

  private userOf(id: string): UserRef {
    return { platform: 'zalo-oa', chatId: id, userId: id };
  }

  private toIncoming(event: ZaloOaEvent): Incoming | undefined {
    const name = event.event_name;
    if (name === 'follow' || name === 'unfollow') {
      const followerId = event.follower?.id ?? event.sender?.id;
      if (!followerId) return undefined;
      const user = this.userOf(followerId);
      if (name === 'unfollow') {
        this.options.onUnfollow?.(user);
        return undefined;
      }
      return { kind: 'command', user, command: 'start', args: '' };
    }
    // A message the OA sent (the bot's, or a counsellor's from the OA Manager): never answered.
    if (name.startsWith('oa_send_')) {
      const to = event.recipient?.id;
      if (to) this.options.oaOutgoing?.sentByOa(to, event.message?.msg_id);
      return undefined;
    }
    // Only events sent by a person: the OA's own messages and delivery receipts come back too.
    if (!name.startsWith('user_send_') && !name.startsWith('user_click_')) return undefined;
    const senderId = event.sender?.id;
    if (!senderId) return undefined;
    const user = this.userOf(senderId);
    const text = event.message?.text ?? '';
    if (name === 'user_send_text' || name.startsWith('user_click_')) {
      const payload = decodeZaloOaPayload(text);
      if (payload !== undefined) return { kind: 'button', user, payload };
      if (name.startsWith('user_click_')) return undefined;
      const command = COMMAND.exec(text.trim());
      if (command)
        return { kind: 'command', user, command: (command[1] as string).toLowerCase(), args: command[2] ?? '' };
      return { kind: 'text', user, text };
    }
    return { kind: 'unsupported', user, what: UNSUPPORTED[name] ?? 'other' };
  }

  private async respond(incoming: Incoming): Promise<void> {
    const replies = await this.options.bot.handle(incoming);
    if (replies.length > 0) await sendLiveReplies(this, incoming.user, replies, this.options);
  }
}

/** The Zalo OA client over the token file in DATA_DIR; logs each refresh, never the tokens. */
function createZaloOaClient(config: ZaloOaConfig, logger: Logger): ZaloOaClient {
  return new ZaloOaClient({
    appId: config.appId,
    appSecret: config.appSecret,
    store: new FileTokenStore(config.tokenFile),
    ...(config.refreshToken ? { initialRefreshToken: config.refreshToken } : {}),
    apiRoot: config.apiRoot,
    oauthRoot: config.oauthRoot,
    onRefresh: ({ expiresAt }) =>
      logger.info({ expiresAt: new Date(expiresAt).toISOString() }, 'zalo-oa access token refreshed and stored'),
  });
}

/** The Zalo OA adapter when the four ZALO_OA_* settings are set. */
export const createZaloOaAdapter: AdapterFactory = (config, deps) => {
  const zaloOa = config.zaloOa;
  if (!zaloOa) return undefined;
  return new ZaloOaChannel({
    client: createZaloOaClient(zaloOa, deps.logger),
    appId: zaloOa.appId,
    oaSecretKey: zaloOa.secretKey,
    eventWindowMs: zaloOa.eventWindowMs,
    seenUpdates: deps.seenUpdates('zalo-oa', zaloOa.appId),
    bot: deps.bot,
    moreOptionsText: () => deps.knowledge().ui.more_options,
    logger: deps.logger,
    metrics: deps.metrics,
    onUnreachable: deps.onUnreachable,
    // Someone who unfollowed the OA gets no more reminders or notices from it.
    onUnfollow: (user) =>
      deps.onUnreachable(user, { kind: 'permanent', status: 'undeliverable', reason: 'unfollowed the Zalo OA' }),
    now: deps.now,
    ...(deps.oaOutgoing ? { oaOutgoing: deps.oaOutgoing } : {}),
  });
};
