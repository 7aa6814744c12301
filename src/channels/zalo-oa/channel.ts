/**
 * The Zalo Official Account adapter. Events arrive only by webhook (its
 * routes are mounted by the project's HTTP server), are verified (signature,
 * age, replay), turned into platform-neutral `Incoming` messages, and
 * answered with consultation messages that carry real buttons: query buttons
 * for related topics and a call button for the hotline. The delivery engine
 * sends notices through the same `send`.
 *
 * Zalo lets an OA reply freely only to people who wrote recently; a send
 * refused for that reason is recorded as undeliverable and not retried.
 * Live replies carry the id of the message they answer, so Zalo counts them
 * as free replies, not proactive messages; people who write without
 * following (anonymous) are answered in their conversation. Every refused
 * webhook request is still answered 200, since Zalo re-sends anything else
 * and then disables the webhook. The
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
import type { AdapterDeps, AdapterFactory, OaOutgoingWatcher } from '../factory.ts';
import { ChatQueue } from '../chat-queue.ts';
import { sendLiveReplies } from '../live-reply.ts';
import type { ZaloOaConfig } from '../../config.ts';
import { SeenUpdates } from '../seen-updates.ts';
import { headerOf, webhookGuards, ZALO_WEBHOOK_ANSWER_WITHIN_MS } from '../webhook-guards.ts';
import {
  FileTokenStore,
  ZaloOaApiError,
  ZaloOaAuthError,
  ZaloOaClient,
  ZaloOaNetworkError,
  type ZaloOaMessage,
  type ZaloOaRecipient,
} from './client.ts';
import { OutsideWindowRoute } from './outside-window.ts';
import { decodeZaloOaPayload, renderZaloOaReplies } from './render.ts';
import { SignatureAlarm } from './signature-alarm.ts';
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
  /** How notices reach people outside Zalo's 7-day window (template message or counted unreachable). */
  outsideWindow?: OutsideWindowRoute;
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
/** Chat ids of anonymous people: `anon:<anonymous id>:<conversation id>`. */
const ANONYMOUS_PREFIX = 'anon:';
/** Most message ids kept for replies (one per person who wrote recently). */
const REPLY_IDS_LIMIT = 10_000;

/** Where a message to a chat id goes: an anonymous conversation, or a follower (answering `messageId` when given). */
function recipientOf(chatId: string, messageId: string | undefined): ZaloOaRecipient {
  if (chatId.startsWith(ANONYMOUS_PREFIX)) {
    const rest = chatId.slice(ANONYMOUS_PREFIX.length);
    const split = rest.indexOf(':');
    return { anonymous_id: rest.slice(0, split), conversation_id: rest.slice(split + 1) };
  }
  return messageId === undefined ? { user_id: chatId } : { user_id: chatId, message_id: messageId };
}

/** Zalo OA, wired to the bot. */
export class ZaloOaChannel implements ChannelAdapter {
  readonly platform = 'zalo-oa' as const;
  /** Webhook routes (POST /webhooks/zalo-oa): the OA receives events by webhook only. */
  readonly webhook: Hono;
  private readonly verifier: ZaloOaVerifier;
  private readonly seen: SeenUpdates;
  private readonly queue = new ChatQueue();
  /** The latest message id of each person who wrote, which live replies answer. */
  private readonly replyIds = new Map<string, string>();
  private readonly signatureAlarm: SignatureAlarm;
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
    this.signatureAlarm = new SignatureAlarm(options.now ? { now: options.now } : {});
    this.webhook = this.webhookRoutes();
  }

  /**
   * POST / signed with X-ZEvent-Signature; answers within 1.5 s. Every
   * request gets 200, refused ones too: Zalo re-sends anything else and then
   * disables the webhook, so a mistyped secret or the portal's URL check
   * must not kill it. Refusals are counted by reason and processed no further.
   */
  private webhookRoutes(): Hono {
    const { logger } = this.options;
    const guard = webhookGuards(this.platform, logger, this.options.metrics);
    const route = guard.route;
    const refused = (reason: string) => {
      guard.rejected(reason);
      return { ok: true, outcome: 'refused' as const };
    };
    return new Hono()
      .get('/', (c) => c.json(refused('url_check')))
      .post('/', guard.bodyLimit, async (c) => {
        // The signature covers the exact bytes received, so the body is read once, as text, and never re-serialised.
        const raw = await guard.readText(c);
        const signature = headerOf(c, 'x-zevent-signature');
        // The developers portal checks a new webhook URL with a request that is not a signed event
        // (empty, or a sample event without a signature): answered 200 so the URL is accepted.
        if (raw.trim().length === 0 || signature === undefined) return c.json(refused('url_check'));
        const verdict = this.verify(raw, signature);
        switch (verdict.kind) {
          case 'signature': {
            const failures = this.signatureAlarm.failed();
            if (failures !== undefined)
              logger.error(
                { route, failures },
                'zalo-oa webhook signature check keeps failing: check ZALO_OA_SECRET_KEY (the OA secret key, not the app secret); events are being dropped',
              );
            else logger.warn({ route }, 'webhook with a wrong or missing signature refused');
            return c.json(refused('signature'));
          }
          case 'malformed':
            return c.json(refused('malformed'));
          case 'stale':
          case 'replay':
            // Authentic but old or repeated: not processed.
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
    const msgId = event.message?.msg_id;
    if (incoming && msgId !== undefined && event.event_name.includes('_send_'))
      this.rememberReplyId(incoming.user.chatId, msgId);
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

  /**
   * Sends replies to a person as consultation messages; throws a `SendError` at the first refused send.
   * A live reply answers the person's latest message (`recipient.message_id`), so Zalo counts it as a
   * free reply. A message whose buttons Zalo refuses is sent again as the same text without buttons.
   */
  async send(to: ChatAddress, replies: readonly Reply[], options: SendOptions = {}): Promise<void> {
    if (!options.live && (await this.options.outsideWindow?.deliver(to, replies, classifyZaloOaError))) return;
    const recipient = recipientOf(to.chatId, options.live ? this.replyIds.get(to.chatId) : undefined);
    for (const message of renderZaloOaReplies(replies, this.options.moreOptionsText())) {
      await this.sendOne(to.chatId, recipient, message, options);
      if (options.live) this.options.metrics?.repliesSent.inc({ platform: 'zalo-oa' });
    }
  }

  /** Sends one message; a refused button (say an unverified phone number) falls back to the text alone. */
  private async sendOne(
    chatId: string,
    recipient: ZaloOaRecipient,
    message: ZaloOaMessage,
    options: SendOptions,
  ): Promise<void> {
    const { client, metrics, logger } = this.options;
    // Told of the id Zalo gives the bot's own message, so that its echo (oa_send_*) is not read as staff taking over.
    const watch = this.options.oaOutgoing?.sending(chatId);
    // The delivery engine retries itself, so that a rate limit pauses the whole platform.
    const attempt = async (m: ZaloOaMessage): Promise<string | undefined> => {
      const sent = await client.sendConsultation(recipient, m, options.live ? {} : { retries: 0 });
      metrics?.zaloOaQuota.inc({ quota_type: sent.quotaType ?? 'unknown' });
      return sent.messageId;
    };
    try {
      try {
        // Not watch?.(await attempt(…)): an optional call skips its arguments when there is no watcher.
        const id = await attempt(message);
        watch?.(id);
      } catch (error) {
        const failure = classifyZaloOaError(error);
        if (failure.failure.kind !== 'rejected' || failure.label === 'quota' || !message.attachment) throw error;
        logger.warn(
          { reason: failure.failure.reason },
          'zalo-oa refused a message with buttons; sending its text alone',
        );
        const id = await attempt({ text: message.text });
        watch?.(id);
      }
    } catch (error) {
      watch?.();
      const failure = error instanceof SendError ? error : classifyZaloOaError(error);
      if (failure.label === 'token') this.state = 'token_error';
      throw failure;
    }
    this.state = 'ready';
  }

  /** Remembers the latest message of a person, which live replies answer; the oldest are forgotten past the limit. */
  private rememberReplyId(chatId: string, msgId: string): void {
    this.replyIds.delete(chatId);
    this.replyIds.set(chatId, msgId);
    if (this.replyIds.size > REPLY_IDS_LIMIT) {
      const oldest = this.replyIds.keys().next().value;
      if (oldest !== undefined) this.replyIds.delete(oldest);
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

  private anonymousUserOf(anonymousId: string, conversationId: string): UserRef {
    return { platform: 'zalo-oa', chatId: `${ANONYMOUS_PREFIX}${anonymousId}:${conversationId}`, userId: anonymousId };
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
    const anonymous = name.startsWith('anonymous_send_');
    if (!name.startsWith('user_send_') && !name.startsWith('user_click_') && !anonymous) return undefined;
    const senderId = event.sender?.id;
    if (!senderId) return undefined;
    const conversationId = event.message?.conversation_id;
    // Someone who does not follow the OA is answered in their conversation (anonymous_id + conversation_id).
    if (anonymous && !conversationId) return undefined;
    const user = anonymous ? this.anonymousUserOf(senderId, conversationId as string) : this.userOf(senderId);
    const text = event.message?.text ?? '';
    if (name === 'user_send_text' || name === 'anonymous_send_text' || name.startsWith('user_click_')) {
      const payload = decodeZaloOaPayload(text);
      if (payload !== undefined) return { kind: 'button', user, payload };
      if (name.startsWith('user_click_')) return undefined;
      const command = COMMAND.exec(text.trim());
      if (command)
        return { kind: 'command', user, command: (command[1] as string).toLowerCase(), args: command[2] ?? '' };
      return { kind: 'text', user, text };
    }
    return { kind: 'unsupported', user, what: UNSUPPORTED[name.replace(/^anonymous_/, 'user_')] ?? 'other' };
  }

  private async respond(incoming: Incoming): Promise<void> {
    const replies = await this.options.bot.handle(incoming);
    if (replies.length > 0) await sendLiveReplies(this, incoming.user, replies, this.options);
  }
}

/** The Zalo OA client over the token file in DATA_DIR; logs each refresh, never the tokens. */
export function createZaloOaClient(config: ZaloOaConfig, logger: Logger): ZaloOaClient {
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

/** Template message or unreachable for people outside the 7-day window, when interactions are recorded. */
function outsideWindowRoute(
  client: ZaloOaClient,
  config: ZaloOaConfig,
  deps: AdapterDeps,
): OutsideWindowRoute | undefined {
  const { lastInteraction } = deps;
  if (!lastInteraction) return undefined;
  return new OutsideWindowRoute({
    client,
    lastInteraction,
    now: () => new Date(deps.now()),
    template: config.template,
    center: () => deps.knowledge().center,
  });
}

/** The Zalo OA adapter when the four ZALO_OA_* settings are set. */
export const createZaloOaAdapter: AdapterFactory = (config, deps) => {
  const zaloOa = config.zaloOa;
  if (!zaloOa) return undefined;
  const client = createZaloOaClient(zaloOa, deps.logger);
  return new ZaloOaChannel({
    client,
    appId: zaloOa.appId,
    oaSecretKey: zaloOa.secretKey,
    eventWindowMs: zaloOa.eventWindowMs,
    seenUpdates: deps.seenUpdates('zalo-oa', zaloOa.appId),
    outsideWindow: outsideWindowRoute(client, zaloOa, deps),
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
