/**
 * The Zalo Bot Platform adapter. Receives updates by long polling
 * (getUpdates) when no webhook URL is configured, or by webhook (its routes
 * are mounted by the project's HTTP server); turns them into
 * platform-neutral `Incoming` messages and sends replies, live and for the
 * delivery engine, as plain text with numbered options.
 *
 * Zalo Bot has no inline buttons, so "2" typed after a list of options means
 * the second option: each person's last options are remembered. Messages of
 * one chat are handled one at a time, in order.
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
import type { AdapterFactory } from '../factory.ts';
import { ChatQueue } from '../chat-queue.ts';
import { sendLiveReplies } from '../live-reply.ts';
import { OptionMemory } from '../numbered.ts';
import { SeenUpdates } from '../seen-updates.ts';
import { SetupRetry } from '../setup-retry.ts';
import { webhookGuards, ZALO_WEBHOOK_ANSWER_WITHIN_MS } from '../webhook-guards.ts';
import {
  parseZaloBotUpdates,
  ZaloBotApiError,
  ZaloBotClient,
  ZaloBotNetworkError,
  type ZaloBotInfo,
  type ZaloBotUpdate,
} from './client.ts';
import { renderZaloBotReplies } from './render.ts';

/** Settings for the Zalo Bot channel. */
export interface ZaloBotOptions {
  token: string;
  apiRoot: string;
  /** Webhook mode when set; long polling otherwise. */
  webhook?: { url: string; secret: string };
  bot: Responder;
  /** ui.options_hint, read at send time so knowledge edits apply at once. */
  optionsHint: () => string;
  logger: Logger;
  metrics?: Metrics;
  /** Called when a chat cannot be reached any more (the person blocked the bot). */
  onUnreachable?: (to: ChatAddress, failure: UnreachableFailure) => void;
  /** Long-poll length for getUpdates, in seconds. Default 30. */
  pollTimeoutSeconds?: number;
  /** Wait before retrying failed start-up calls (getMe, setWebhook, deleteWebhook), in ms. Default 30 s. */
  setupRetryMs?: number;
  /** First back-off after a failed API call, in ms (doubled per retry). Default 1 s. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
  /** Each person's last numbered options (notices' options are remembered too, so "2" after a notice works). */
  memory?: OptionMemory;
  /** Message ids already handled; give one backed by a file to refuse replays after a restart too. */
  seenUpdates?: SeenUpdates;
}

/**
 * Which event names carry content the bot cannot read, and what it is.
 * Zalo sends `message.unsupported.received` instead of the text for protected
 * accounts (children, people with disabilities, people who cannot read).
 */
function unsupportedKind(eventName: string): UnsupportedKind {
  if (eventName === 'message.unsupported.received') return 'protected';
  if (eventName.includes('sticker')) return 'sticker';
  if (eventName.includes('image') || eventName.includes('photo') || eventName.includes('gif')) return 'photo';
  if (eventName.includes('voice') || eventName.includes('audio')) return 'voice';
  if (eventName.includes('video')) return 'video';
  if (eventName.includes('file')) return 'file';
  if (eventName.includes('location')) return 'location';
  return 'other';
}

const TEXT_EVENT = 'message.text.received';
const COMMAND = /^\/([a-z0-9_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/i;

/** No retry_after is documented for Zalo Bot: wait this long after a rate-limit answer. */
const RATE_LIMIT_WAIT_MS = 30_000;

/** Sorts a failed Zalo Bot call into the one `SendError` every caller reads. */
function classifyZaloBotError(error: unknown): SendError {
  if (error instanceof ZaloBotApiError) {
    const reason = error.description;
    if (error.isRateLimited)
      return new SendError({ kind: 'rate_limited', retryAfterMs: RATE_LIMIT_WAIT_MS }, 'rate_limited');
    // 403 is here too: the official table lists it as an internal server error, so it never marks a person blocked.
    if (error.isServerError) return new SendError({ kind: 'transient', reason }, 'server');
    // No official code for a block was found: only a description that says so marks the person blocked.
    if (/block|not allowed/i.test(reason)) {
      return new SendError({ kind: 'permanent', status: 'blocked', reason }, 'blocked');
    }
    if (/chat not found|user not found/i.test(reason))
      return new SendError({ kind: 'permanent', status: 'undeliverable', reason }, 'blocked');
    return new SendError({ kind: 'rejected', reason }, 'other');
  }
  if (error instanceof ZaloBotNetworkError)
    return new SendError({ kind: 'transient', reason: 'network error' }, 'network');
  return new SendError({ kind: 'transient', reason: describeZaloBotError(error) }, 'other');
}

/** An error as a short string, without the token (Zalo bot tokens look like `123:abc…`). */
function describeZaloBotError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/bot[^/\s]+:[^/\s]+/g, 'bot<token>');
}

/** Zalo Bot Platform, wired to the bot. */
export class ZaloBotChannel implements ChannelAdapter {
  readonly platform = 'zalo-bot' as const;
  readonly client: ZaloBotClient;
  /** Webhook routes (POST /webhooks/zalo-bot) in webhook mode. */
  readonly webhook: Hono | undefined;
  private readonly memory: OptionMemory;
  private readonly queue = new ChatQueue();
  /** Update keys already handled: the platform may deliver one twice. */
  private readonly seen: SeenUpdates;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly abort = new AbortController();
  private info: ZaloBotInfo | undefined;
  private ready: Promise<void> | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;
  private readonly setup: SetupRetry;

  constructor(private readonly options: ZaloBotOptions) {
    this.setup = new SetupRetry({
      channel: 'zalo-bot',
      logger: options.logger,
      delayMs: options.setupRetryMs ?? 30_000,
      describe: describeZaloBotError,
    });
    this.memory = options.memory ?? new OptionMemory();
    this.seen = options.seenUpdates ?? new SeenUpdates();
    this.client = new ZaloBotClient({
      token: options.token,
      apiRoot: options.apiRoot,
      ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    this.webhook = options.webhook ? this.webhookRoutes(options.webhook.secret) : undefined;
  }

  /** POST / with the secret in X-Bot-Api-Secret-Token; answers within 1.5 s. */
  private webhookRoutes(secret: string): Hono {
    const guard = webhookGuards(this.platform, this.options.logger, this.options.metrics);
    return new Hono().post('/', guard.bodyLimit, guard.requireSecret('x-bot-api-secret-token', secret), async (c) => {
      const body = await guard.readJson(c);
      if (!body) return guard.malformed(c, 'body is not JSON');
      const updates = parseZaloBotUpdates(body.value);
      if (!updates || updates.length === 0) return guard.malformed(c, 'not a Zalo Bot update');
      const work = Promise.all(updates.map((u) => this.handleUpdate(u))).then((outcomes) => outcomes.join(','));
      return c.json({ ok: true, outcome: await guard.answerSoon(work, ZALO_WEBHOOK_ANSWER_WITHIN_MS) });
    });
  }

  /** The bot's own account, once known. */
  get me(): ZaloBotInfo | undefined {
    return this.info;
  }

  /** True once getMe succeeded (the token works). */
  get isReady(): boolean {
    return this.info !== undefined;
  }

  /** "ready" once getMe succeeded, "starting" before. */
  get status(): string {
    return this.isReady ? 'ready' : 'starting';
  }

  /**
   * Starts the channel: learns the bot's account (retrying until the
   * platform answers), then sets the webhook or starts long polling. A failed
   * setup call is logged and retried later; it never stops the bot.
   */
  async start(): Promise<void> {
    await this.init();
    const { webhook } = this.options;
    if (webhook) {
      this.setup.retrying('setWebhook', () =>
        this.client.setWebhook({ url: webhook.url, secretToken: webhook.secret }),
      );
    } else {
      this.polling = this.pollLoop();
    }
  }

  /** Learns the bot's account with getMe; retries in the background until it works. */
  init(): Promise<void> {
    this.ready ??= new Promise<void>((resolve) => {
      const attempt = (): void => {
        if (this.stopped) return resolve();
        this.client.getMe().then(
          (info) => {
            this.info = info;
            resolve();
          },
          (error: unknown) => {
            this.options.logger.error({ err: describeZaloBotError(error) }, 'zalo-bot getMe failed; retrying');
            this.setup.later(attempt);
          },
        );
      };
      attempt();
    });
    return this.ready;
  }

  /**
   * Processes one update from the webhook. Returns "duplicate" for an update
   * seen before and "ignored" for one without a message.
   */
  handleUpdate(update: ZaloBotUpdate): Promise<'processed' | 'duplicate' | 'ignored'> {
    const message = update.message;
    if (!message) return Promise.resolve('ignored');
    const key = `${update.event_name}:${message.message_id}`;
    if (this.seen.claim(key)) return Promise.resolve('duplicate');
    // Read inside the chat's queue: a "2" typed right after a question must pick from that question's options.
    return this.queue.run(message.chat.id, async () => {
      try {
        const incoming = this.toIncoming(update);
        if (!incoming) return 'ignored' as const;
        await this.respond(incoming);
        return 'processed' as const;
      } finally {
        this.seen.record(key);
      }
    });
  }

  /** Resolves once every update received so far is fully handled (replies sent or given up). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Stops polling and retries, and waits for updates in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    this.setup.stop();
    for (const timer of this.timers) clearTimeout(timer);
    await this.polling;
    await this.queue.idle();
  }

  /**
   * Sends replies to a chat, in order; throws a `SendError` at the first failure. The options offered are
   * remembered, so "2" typed after a notice picks its second option as in a chat.
   */
  async send(to: ChatAddress, replies: readonly Reply[], options: SendOptions = {}): Promise<void> {
    const { texts, payloads } = renderZaloBotReplies(replies, this.options.optionsHint());
    this.memory.remember(to, payloads);
    for (const text of texts) {
      try {
        // The delivery engine retries itself, so that a rate limit pauses the whole platform.
        await this.client.sendMessage({ chatId: to.chatId, text, ...(options.live ? {} : { retry: false }) });
      } catch (error) {
        throw classifyZaloBotError(error);
      }
      if (options.live) this.options.metrics?.repliesSent.inc({ platform: 'zalo-bot' });
    }
  }

  private async pollLoop(): Promise<void> {
    const { logger } = this.options;
    // getUpdates does not work while a webhook is set (for instance by an earlier webhook deployment).
    while (!this.stopped) {
      try {
        await this.client.deleteWebhook();
        break;
      } catch (error) {
        logger.error({ err: describeZaloBotError(error) }, 'zalo-bot deleteWebhook failed; retrying');
        await this.pause(this.options.setupRetryMs ?? 30_000);
      }
    }
    let failures = 0;
    while (!this.stopped) {
      try {
        const started = Date.now();
        const updates = await this.client.getUpdates({
          timeoutSeconds: this.options.pollTimeoutSeconds ?? 30,
          signal: this.abort.signal,
        });
        failures = 0;
        // A long poll that comes back empty at once would otherwise turn this loop into a flood of calls.
        if (updates.length === 0 && Date.now() - started < 250) await this.pause(1000);
        // Not awaited: one slow chat must not hold up the others (each chat stays in order in the queue).
        for (const update of updates) {
          void this.handleUpdate(update).catch((error: unknown) =>
            logger.error({ err: describeZaloBotError(error) }, 'zalo-bot update failed'),
          );
        }
      } catch (error) {
        if (this.stopped) break;
        failures++;
        logger.error({ err: describeZaloBotError(error), failures }, 'zalo-bot getUpdates failed; backing off');
        await this.pause(Math.min(30_000, (this.options.retryDelayMs ?? 1000) * 2 ** Math.min(failures - 1, 5)));
      }
    }
  }

  private toIncoming(update: ZaloBotUpdate): Incoming | undefined {
    const message = update.message;
    if (!message) return undefined;
    const from = message.from;
    if (from?.is_bot) return undefined;
    const user: UserRef = { platform: 'zalo-bot', chatId: message.chat.id, userId: from?.id ?? message.chat.id };
    const name = from?.display_name ?? from?.first_name ?? from?.name;
    if (name) user.displayName = name;
    const isGroup = message.chat.chat_type?.toUpperCase() === 'GROUP';
    if (update.event_name !== TEXT_EVENT) {
      return isGroup ? undefined : { kind: 'unsupported', user, what: unsupportedKind(update.event_name) };
    }
    const text = message.text ?? '';
    const command = COMMAND.exec(text.trim());
    if (command)
      return { kind: 'command', user, command: (command[1] as string).toLowerCase(), args: command[2] ?? '' };
    // In a group the bot answers commands only: it cannot tell chatter from questions to it.
    if (isGroup) return undefined;
    return this.memory.resolve(user, text) ?? { kind: 'text', user, text };
  }

  private async respond(incoming: Incoming): Promise<void> {
    const chatId = incoming.user.chatId;
    // "Typing…" while the answer is prepared; purely cosmetic, so failures are ignored.
    void this.client.sendChatAction({ chatId, action: 'typing' }).catch(() => undefined);
    const replies = await this.options.bot.handle(incoming);
    await sendLiveReplies(this, incoming.user, replies, this.options);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        this.timers.delete(timer);
        this.abort.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.timers.add(timer);
      this.abort.signal.addEventListener('abort', done, { once: true });
    });
  }
}

/** The Zalo Bot adapter when ZALO_BOT_TOKEN is set. */
export const createZaloBotAdapter: AdapterFactory = (config, deps) => {
  const zaloBot = config.zaloBot;
  if (!zaloBot) return undefined;
  return new ZaloBotChannel({
    token: zaloBot.token,
    apiRoot: zaloBot.apiRoot,
    ...(zaloBot.webhook ? { webhook: zaloBot.webhook } : {}),
    bot: deps.bot,
    optionsHint: () => deps.knowledge().ui.options_hint,
    logger: deps.logger,
    metrics: deps.metrics,
    onUnreachable: deps.onUnreachable,
    seenUpdates: deps.seenUpdates('zalo-bot', zaloBot.token.split(':')[0] ?? ''),
  });
};
