/**
 * The Zalo Official Account channel. Events arrive only by webhook (through
 * the project's HTTP server), are verified (signature, age, replay), turned
 * into platform-neutral `Incoming` messages, and answered with consultation
 * messages that carry real buttons: query buttons for related topics and a
 * call button for the hotline.
 *
 * Zalo lets an OA reply freely only to people who wrote recently; a send
 * refused for that reason is recorded as undeliverable and not retried. The
 * access token is refreshed in the background before it expires, so the
 * single-use refresh token never lapses even when nobody writes for weeks.
 */
import type { Logger } from 'pino';
import type { Bot } from '../../core/bot.ts';
import type { Incoming, Reply, UnsupportedKind, UserRef } from '../../core/message.ts';
import type { Metrics } from '../../metrics.ts';
import { ChatQueue } from '../chat-queue.ts';
import { ZaloOaApiError, ZaloOaAuthError, ZaloOaNetworkError, type ZaloOaClient } from './client.ts';
import { decodeZaloOaPayload, renderZaloOaReplies } from './render.ts';
import { SeenUpdates } from '../seen-updates.ts';
import { ZaloOaVerifier, zaloOaMessageKey, type ZaloOaEvent, type ZaloOaVerdict } from './webhook.ts';

/** Settings for the Zalo OA channel. */
export interface ZaloOaOptions {
  client: ZaloOaClient;
  appId: string;
  /** The OA secret key that signs webhook events. */
  oaSecretKey: string;
  /** Events older than this are refused, in ms. */
  eventWindowMs: number;
  bot: Bot;
  /** ui.more_options, read at send time so knowledge edits apply at once. */
  moreOptionsText: () => string;
  logger: Logger;
  metrics?: Metrics;
  /** Called when Zalo refuses to deliver to a person (outside the interaction window, banned, restricted). */
  onUndeliverable?: (user: UserRef, reason: string) => void;
  /** Called when a person writes or follows: they can be reached again. */
  onReachable?: (user: UserRef) => void;
  /** Called when a person follows the OA (they are greeted too). */
  onFollow?: (user: UserRef) => void;
  /** Called when a person stops following the OA. */
  onUnfollow?: (user: UserRef) => void;
  /** How often the access token's expiry is checked, in ms. Default 10 minutes. */
  tokenCheckMs?: number;
  /** Events already handled; give one backed by a file to refuse replays after a restart too. */
  seenUpdates?: SeenUpdates;
  now?: () => number;
}

/** How the channel stands, for /healthz. */
export type ZaloOaStatus = 'starting' | 'ready' | 'token_error';

/** Sorts a failed send. */
export function classifyZaloOaError(
  error: unknown,
): 'out_of_window' | 'quota' | 'rate_limited' | 'token' | 'server' | 'network' | 'other' {
  if (error instanceof ZaloOaNetworkError) return 'network';
  if (error instanceof ZaloOaAuthError) return 'token';
  if (error instanceof ZaloOaApiError) {
    if (error.isUnreachable) return 'out_of_window';
    if (error.isQuotaExceeded) return 'quota';
    if (error.isRateLimited) return 'rate_limited';
    if (error.isTokenError) return 'token';
    if (error.isServerError) return 'server';
  }
  return 'other';
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
export class ZaloOaChannel {
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

  /** Sends replies to a person as consultation messages; stops at the first refused send. */
  async send(user: UserRef, replies: readonly Reply[]): Promise<void> {
    const { metrics, logger, client } = this.options;
    for (const message of renderZaloOaReplies(replies, this.options.moreOptionsText())) {
      try {
        await client.sendConsultation(user.userId, message);
        metrics?.repliesSent.inc({ platform: 'zalo-oa' });
        this.state = 'ready';
      } catch (error) {
        const kind = classifyZaloOaError(error);
        metrics?.sendErrors.inc({ platform: 'zalo-oa', kind });
        if (kind === 'out_of_window') {
          logger.info(
            { user: user.userId, code: (error as ZaloOaApiError).code },
            'zalo-oa person unreachable (outside the interaction window or gone); recorded',
          );
          this.options.onUndeliverable?.(user, describe(error));
          return;
        }
        if (kind === 'token') this.state = 'token_error';
        logger.error({ err: describe(error), kind }, 'zalo-oa send failed');
        return;
      }
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
      this.options.onFollow?.(user);
      this.options.onReachable?.(user);
      return { kind: 'command', user, command: 'start', args: '' };
    }
    // Only events sent by a person: the OA's own messages and delivery receipts come back too.
    if (!name.startsWith('user_send_') && !name.startsWith('user_click_')) return undefined;
    const senderId = event.sender?.id;
    if (!senderId) return undefined;
    const user = this.userOf(senderId);
    this.options.onReachable?.(user);
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
    if (replies.length > 0) await this.send(incoming.user, replies);
  }
}
