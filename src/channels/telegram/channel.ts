/**
 * The Telegram adapter, on grammY. Receives updates by long polling or by
 * webhook (its routes are mounted by the project's HTTP server), turns them
 * into platform-neutral `Incoming` messages for the bot, and sends replies,
 * live and for the delivery engine, through one `send`.
 *
 * Behaviour that Telegram users expect: commands with a Vietnamese command
 * menu, inline buttons, answered callback queries, HTML text that never
 * breaks on user input, silence in groups unless addressed.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Api, Bot as GrammyBot, GrammyError, HttpError, type Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { z } from 'zod';
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
import type { AdapterFactory } from '../factory.ts';
import { sendLiveReplies } from '../live-reply.ts';
import { SeenUpdates } from '../seen-updates.ts';
import { SetupRetry } from '../setup-retry.ts';
import { WEBHOOK_ANSWER_WITHIN_MS, webhookGuards } from '../webhook-guards.ts';
import { directJsonCalls, telegramFetch } from './http.ts';
import { renderTelegramReply } from './render.ts';

/** Settings for the Telegram channel. */
export interface TelegramOptions {
  token: string;
  apiRoot: string;
  /** Webhook mode when set; long polling otherwise. */
  webhook?: { url: string; secret: string };
  /** Command descriptions for Telegram's command menu. */
  commands: () => Record<string, string>;
  bot: Responder;
  logger: Logger;
  metrics?: Metrics;
  /** Called when a chat cannot be reached any more (blocked the bot, chat gone). */
  onUnreachable?: (to: ChatAddress, failure: UnreachableFailure) => void;
  /** Longest Telegram-requested wait (retry_after) honoured for a reply, in seconds. */
  maxRetryDelaySeconds?: number;
  /** Wait before retrying failed start-up calls (setMyCommands, setWebhook), in ms. */
  setupRetryMs?: number;
  /** Webhook update ids already handled; give one backed by a file to refuse replays after a restart too. */
  seenUpdates?: SeenUpdates;
}

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
const telegramUpdateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/** Which kinds of message content the bot cannot read, for the kind reply. */
function unsupportedKind(ctx: Context): UnsupportedKind {
  const m = ctx.message;
  if (!m) return 'other';
  if (m.sticker) return 'sticker';
  if (m.photo) return 'photo';
  if (m.voice || m.audio) return 'voice';
  if (m.video || m.video_note || m.animation) return 'video';
  if (m.document) return 'file';
  if (m.location || m.venue) return 'location';
  return 'other';
}

/** Telegram, wired to the bot. */
export class TelegramChannel implements ChannelAdapter {
  readonly platform = 'telegram' as const;
  readonly grammy: GrammyBot;
  /** Webhook routes (POST /webhooks/telegram) in webhook mode. */
  readonly webhook: Hono | undefined;
  /** The same API without auto-retry, for the delivery engine: it decides about retries, so a 429 pauses the whole platform. */
  private readonly plainApi: Api;
  /** Update ids seen in the last day (Telegram re-sends an update only for a while). */
  private readonly seen: SeenUpdates;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly setup: SetupRetry;
  private ready: Promise<void> | undefined;

  constructor(private readonly options: TelegramOptions) {
    this.seen = options.seenUpdates ?? new SeenUpdates();
    this.setup = new SetupRetry({
      channel: 'telegram',
      logger: options.logger,
      delayMs: options.setupRetryMs ?? 30_000,
      describe: describeError,
    });
    this.grammy = new GrammyBot(options.token, {
      client: { apiRoot: options.apiRoot, fetch: telegramFetch as unknown as typeof fetch },
    });
    // The direct calls first: they stand in for grammY's client call, under auto-retry.
    this.grammy.api.config.use(directJsonCalls(options.apiRoot, options.token));
    this.grammy.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: options.maxRetryDelaySeconds ?? 30 }));
    this.plainApi = new Api(options.token, {
      apiRoot: options.apiRoot,
      fetch: telegramFetch as unknown as typeof fetch,
    });
    this.plainApi.config.use(directJsonCalls(options.apiRoot, options.token));
    this.install();
    this.webhook = options.webhook ? this.webhookRoutes(options.webhook.secret) : undefined;
  }

  /** POST / with the secret in X-Telegram-Bot-Api-Secret-Token; answers within 8 s. */
  private webhookRoutes(secret: string): Hono {
    const guard = webhookGuards(this.platform, this.options.logger, this.options.metrics);
    return new Hono().post(
      '/',
      guard.bodyLimit,
      guard.requireSecret('x-telegram-bot-api-secret-token', secret),
      async (c) => {
        const body = await guard.readJson(c);
        if (!body) return guard.malformed(c, 'body is not JSON');
        const parsed = telegramUpdateSchema.safeParse(body.value);
        if (!parsed.success) return guard.malformed(c, 'not a Telegram update');
        if (!this.isReady) {
          // Telegram re-sends the update later; nothing is lost.
          return c.json({ error: 'starting' }, 503);
        }
        const outcome = await guard.answerSoon(
          this.handleWebhookUpdate(parsed.data as unknown as Update),
          WEBHOOK_ANSWER_WITHIN_MS,
        );
        return c.json({ ok: true, outcome });
      },
    );
  }

  /** The bot's own account, once known. */
  get me(): UserFromGetMe | undefined {
    return this.grammy.isInited() ? this.grammy.botInfo : undefined;
  }

  /**
   * Starts the channel: learns the bot's account (retrying until Telegram
   * answers), publishes the command menu and, in webhook mode, sets the
   * webhook. A failing setup call is logged and retried later; it never stops
   * the bot from answering.
   */
  async start(): Promise<void> {
    await this.init();
    this.setup.retrying('setMyCommands', () =>
      this.grammy.api.setMyCommands(
        Object.entries(this.options.commands()).map(([command, description]) => ({ command, description })),
      ),
    );
    const { webhook } = this.options;
    if (webhook) {
      this.setup.retrying('setWebhook', () =>
        this.grammy.api.setWebhook(webhook.url, {
          secret_token: webhook.secret,
          allowed_updates: [...ALLOWED_UPDATES],
        }),
      );
    } else {
      // Long polling: grammY deletes any webhook first, then polls getUpdates.
      void this.grammy
        .start({ allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false })
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'telegram polling stopped'));
    }
  }

  /** Learns the bot's account with getMe; retries in the background until it works. */
  init(): Promise<void> {
    this.ready ??= new Promise<void>((resolve) => {
      const attempt = (): void => {
        this.grammy.init().then(
          () => resolve(),
          (error: unknown) => {
            this.options.logger.error({ err: describeError(error) }, 'telegram getMe failed; retrying');
            this.setup.later(attempt);
          },
        );
      };
      attempt();
    });
    return this.ready;
  }

  /** True once the bot can process updates. */
  get isReady(): boolean {
    return this.grammy.isInited();
  }

  /** "ready" once getMe succeeded, "starting" before. */
  get status(): string {
    return this.isReady ? 'ready' : 'starting';
  }

  /**
   * Processes one webhook update. Returns "duplicate" for an update_id seen
   * before (Telegram re-sends when a response is late), without processing it again.
   */
  async handleWebhookUpdate(update: Update): Promise<'processed' | 'duplicate'> {
    const key = String(update.update_id);
    if (this.seen.claim(key)) return 'duplicate';
    try {
      await this.track(this.grammy.handleUpdate(update));
    } finally {
      this.seen.record(key);
    }
    return 'processed';
  }

  /** Resolves once the updates in progress are handled. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** Stops polling and retries, and waits for updates in progress. */
  async stop(): Promise<void> {
    this.setup.stop();
    if (this.grammy.isRunning()) await this.grammy.stop();
    await Promise.allSettled([...this.inFlight]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  private install(): void {
    const g = this.grammy;
    // Every update, by polling or webhook, is tracked so that stop() lets it finish.
    g.use((_ctx, next) => this.track(next()));
    // In groups, answer only commands, mentions and replies to the bot.
    g.use(async (ctx, next) => {
      const chat = ctx.chat;
      if (!chat || chat.type === 'private' || ctx.callbackQuery) return next();
      if (this.addressedInGroup(ctx)) return next();
    });
    g.on('callback_query:data', async (ctx) => {
      await ctx
        .answerCallbackQuery()
        .catch((error: unknown) =>
          this.options.logger.warn({ err: describeError(error) }, 'answerCallbackQuery failed'),
        );
      await this.deliver(ctx, { kind: 'button', user: this.userOf(ctx), payload: ctx.callbackQuery.data });
    });
    g.on('message:text', async (ctx) => {
      await this.deliver(ctx, this.textIncoming(ctx, ctx.message.text));
    });
    g.on('message', async (ctx) => {
      await this.deliver(ctx, { kind: 'unsupported', user: this.userOf(ctx), what: unsupportedKind(ctx) });
    });
    g.catch((error) => this.options.logger.error({ err: describeError(error.error) }, 'telegram update failed'));
  }

  private addressedInGroup(ctx: Context): boolean {
    const message = ctx.message;
    if (!message) return false;
    const text = message.text ?? message.caption ?? '';
    const username = ctx.me.username.toLowerCase();
    const entities = message.entities ?? message.caption_entities ?? [];
    for (const e of entities) {
      const part = text.slice(e.offset, e.offset + e.length).toLowerCase();
      if (e.type === 'bot_command' && e.offset === 0) return !part.includes('@') || part.endsWith(`@${username}`);
      if (e.type === 'mention' && part === `@${username}`) return true;
    }
    return message.reply_to_message?.from?.id === ctx.me.id;
  }

  private textIncoming(ctx: Context, raw: string): Incoming {
    const user = this.userOf(ctx);
    const command = /^\/([a-z0-9_]+)(?:@(\S+))?(?:\s+([\s\S]*))?$/i.exec(raw.trim());
    if (command)
      return { kind: 'command', user, command: (command[1] as string).toLowerCase(), args: command[3] ?? '' };
    // In groups the message mentions the bot; the mention is not part of the question.
    const username = this.me?.username;
    // Most messages name nobody: no pattern is built for them.
    const text = username && raw.includes('@') ? raw.replace(new RegExp(`@${username}\\b`, 'gi'), ' ') : raw;
    // Staff answer a handoff by replying to the relayed request: the request's code is in the replied text.
    const replied = ctx.message?.reply_to_message;
    const replyTo = replied?.text ?? replied?.caption;
    return replyTo === undefined ? { kind: 'text', user, text } : { kind: 'text', user, text, replyTo };
  }

  private userOf(ctx: Context): UserRef {
    const from = ctx.from;
    const chatId = String(ctx.chat?.id ?? from?.id ?? '');
    const user: UserRef = { platform: 'telegram', chatId, userId: String(from?.id ?? chatId) };
    if (from?.first_name) user.displayName = from.first_name;
    return user;
  }

  private async deliver(_ctx: Context, incoming: Incoming): Promise<void> {
    const replies = await this.options.bot.handle(incoming);
    await sendLiveReplies(this, incoming.user, replies, this.options);
  }

  /** Sends replies to a chat, in order; throws a `SendError` at the first failure. */
  async send(to: ChatAddress, replies: readonly Reply[], options: SendOptions = {}): Promise<void> {
    const api = options.live ? this.grammy.api : this.plainApi;
    for (const reply of replies) {
      for (const message of renderTelegramReply(reply)) {
        try {
          await api.sendMessage(to.chatId, message.text, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
          });
        } catch (error) {
          throw classifyTelegramError(error);
        }
        if (options.live) this.options.metrics?.repliesSent.inc({ platform: 'telegram' });
      }
    }
  }
}

/** Sorts a failed Telegram call into the one `SendError` every caller reads. */
function classifyTelegramError(error: unknown): SendError {
  if (error instanceof GrammyError) {
    const reason = error.description;
    if (error.error_code === 403) return new SendError({ kind: 'permanent', status: 'blocked', reason }, 'blocked');
    if (error.error_code === 400 && /chat not found|user is deactivated|bot was kicked/i.test(reason)) {
      return new SendError({ kind: 'permanent', status: 'undeliverable', reason }, 'blocked');
    }
    if (error.error_code === 429) {
      const retryAfterMs = (error.parameters.retry_after ?? 1) * 1000;
      return new SendError({ kind: 'rate_limited', retryAfterMs }, 'rate_limited');
    }
    if (error.error_code >= 500) return new SendError({ kind: 'transient', reason }, 'server');
    // Other 4xx (a bad message) will not get better by retrying, and say nothing about the person.
    return new SendError({ kind: 'rejected', reason }, 'other');
  }
  if (error instanceof HttpError) return new SendError({ kind: 'transient', reason: 'network error' }, 'network');
  return new SendError({ kind: 'transient', reason: describeError(error) }, 'other');
}

/** An error as a short string, without the bot token that grammY puts in some messages. */
function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/bot\d+:[\w-]+/g, 'bot<token>').replace(/\d{6,}:[\w-]{20,}/g, '<token>');
}

/** The Telegram adapter when TELEGRAM_BOT_TOKEN is set. */
export const createTelegramAdapter: AdapterFactory = (config, deps) => {
  const telegram = config.telegram;
  if (!telegram) return undefined;
  return new TelegramChannel({
    token: telegram.token,
    apiRoot: telegram.apiRoot,
    ...(telegram.webhook ? { webhook: telegram.webhook } : {}),
    commands: () => deps.knowledge().ui.commands,
    bot: deps.bot,
    logger: deps.logger,
    metrics: deps.metrics,
    onUnreachable: deps.onUnreachable,
    // One file per bot (the public id before the token's colon): another bot's ids may be the same numbers.
    seenUpdates: deps.seenUpdates('telegram', telegram.token.split(':')[0] ?? ''),
  });
};
