/**
 * Wires the running service from config: knowledge store, bot, channels and
 * the HTTP server; and shuts them down gracefully (stop taking updates,
 * finish those in flight, then exit).
 */
import { ChatAddress } from './core/address.ts';
import { KnowledgeStore } from './knowledge.ts';
import { reminderReplies } from '../handlers/events.ts';
import { createAnswerEngine } from './nlp/engine.ts';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { TelegramChannel } from './channels/telegram/channel.ts';
import { createSenders } from './channels/senders.ts';
import { SeenUpdates } from './channels/seen-updates.ts';
import { ZaloBotChannel } from './channels/zalo-bot/channel.ts';
import { ZaloOaChannel } from './channels/zalo-oa/channel.ts';
import type { AppConfig } from './config.ts';
import type { Bot } from './core/bot.ts';
import { createBot } from '../handlers/bot.ts';
import type { UserRef } from './core/message.ts';
import { Metrics } from './metrics.ts';
import type { Disk } from './store/disk.ts';
import { DiskHealth } from './store/disk-health.ts';
import { MemorySessionStore } from './store/sessions.ts';
import { createApp, startServer, type RunningServer } from './server.ts';
import { createCore, openStore, scheduleRetention, type Core } from './services.ts';
import { ReminderScheduler } from './scheduler/scheduler.ts';
import type { Store } from './store/types.ts';

/** The running service. */
export interface Service {
  bot: Bot;
  knowledge: KnowledgeStore;
  metrics: Metrics;
  telegram?: TelegramChannel;
  zaloBot?: ZaloBotChannel;
  zaloOa?: ZaloOaChannel;
  /** Zalo OA followers who unfollowed (since start), by zalo-oa:user id. */
  unfollowed: Set<string>;
  server?: RunningServer;
  store: Store;
  core: Core;
  /** Chats found unreachable (blocked the bot, deleted), by platform:chat id. */
  undeliverable: Set<string>;
  /** Failing writes to DATA_DIR (shown by /healthz and the metrics). */
  diskHealth: DiskHealth;
  stop(): Promise<void>;
}

/** Topics people can subscribe to, from the events file when it is present. */
export function subscriptionTopics(knowledge: KnowledgeStore): Array<{ id: string; label: string }> {
  return knowledge.current.events?.topics ?? [];
}

/** True when any chat channel is configured (otherwise the terminal chat opens). */
export function hasChannels(config: AppConfig): boolean {
  return config.telegram !== undefined || config.zaloBot !== undefined || config.zaloOa !== undefined;
}

/**
 * Starts every configured channel, and the HTTP server when a webhook needs it or PORT is set.
 * `io.disk` replaces the real disk and `io.sleep` the wait between retries (tests simulate a full disk).
 */
export async function startService(
  config: AppConfig,
  logger: Logger,
  knowledge = new KnowledgeStore(config.knowledgeDir, logger, { dataDir: config.dataDir }),
  io: { disk?: Disk; sleep?: (ms: number) => Promise<void> } = {},
): Promise<Service> {
  const metrics = new Metrics({ processMetrics: true });
  const diskHealth = new DiskHealth({ logger, metrics, ...(io.sleep ? { sleep: io.sleep } : {}) });
  const disk = io.disk ? { disk: io.disk } : {};
  const store = await openStore(config, { ...disk, health: diskHealth, logger });
  // Zalo senders share their channel's state: the bot's option memory, the OA's single token chain.
  const { senders, zaloBotMemory, zaloOaClient } = createSenders(config, () => knowledge.current, logger);
  const core = createCore({
    config,
    store,
    knowledge,
    senders,
    logger,
    topics: () => subscriptionTopics(knowledge),
    ...disk,
    health: diskHealth,
  });
  const bot = createBot({
    knowledge: () => knowledge.current,
    engine: config.engine,
    answers: createAnswerEngine({ cacheSize: config.answerCacheSize }),
    logger,
    metrics,
    flood: config.flood,
    services: core.services,
    sessions: new MemorySessionStore({ ttlMs: config.eligibilitySessionMs }),
    contextTtlMs: config.contextMs,
  });
  const undeliverable = new Set<string>();
  /** Records in the background; a failed write is reported by diskHealth and must not end the process. */
  const markUnreachable = (key: string, status: 'blocked' | 'undeliverable', reason: string): void => {
    store
      .markUnreachable(key, status, reason)
      .catch((error: unknown) => logger.debug({ err: String(error) }, 'could not mark a subscriber unreachable'));
  };
  const onUndeliverable = (user: UserRef): void => {
    undeliverable.add(ChatAddress.toKey(user));
    // A subscriber who blocked the bot gets no more reminders or notices.
    markUnreachable(ChatAddress.toKey(user), 'blocked', 'unreachable while replying');
  };
  if (config.watchKnowledge) knowledge.watch();
  /**
   * Handled update ids, kept in DATA_DIR for a day so that replays after a restart are refused; one file per
   * bot or app (the public id before the token's colon, the OA's app id), as another bot's ids may be the same numbers.
   */
  const seenUpdates = (channel: string, account: string): SeenUpdates =>
    new SeenUpdates({
      file: join(config.dataDir, 'seen-updates', `${channel}-${account.replace(/[^\w-]/g, '_')}.log`),
      logger,
    });

  let telegram: TelegramChannel | undefined;
  if (config.telegram) {
    telegram = new TelegramChannel({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      ...(config.telegram.webhook ? { webhook: config.telegram.webhook } : {}),
      commands: () => knowledge.current.ui.commands,
      bot,
      logger,
      metrics,
      onUndeliverable,
      seenUpdates: seenUpdates('telegram', config.telegram.token.split(':')[0] ?? ''),
    });
  }

  let zaloBot: ZaloBotChannel | undefined;
  if (config.zaloBot) {
    zaloBot = new ZaloBotChannel({
      token: config.zaloBot.token,
      apiRoot: config.zaloBot.apiRoot,
      ...(config.zaloBot.webhook ? { webhook: config.zaloBot.webhook } : {}),
      bot,
      optionsHint: () => knowledge.current.ui.options_hint,
      logger,
      metrics,
      onUndeliverable,
      memory: zaloBotMemory,
      seenUpdates: seenUpdates('zalo-bot', config.zaloBot.token.split(':')[0] ?? ''),
    });
  }
  const unfollowed = new Set<string>();
  let zaloOa: ZaloOaChannel | undefined;
  if (config.zaloOa && zaloOaClient) {
    const keyOf = (user: UserRef): string => ChatAddress.toKey(user);
    zaloOa = new ZaloOaChannel({
      client: zaloOaClient,
      appId: config.zaloOa.appId,
      oaSecretKey: config.zaloOa.secretKey,
      eventWindowMs: config.zaloOa.eventWindowMs,
      seenUpdates: seenUpdates('zalo-oa', config.zaloOa.appId),
      bot,
      moreOptionsText: () => knowledge.current.ui.more_options,
      logger,
      metrics,
      onUndeliverable: (user) => {
        undeliverable.add(keyOf(user));
        markUnreachable(keyOf(user), 'undeliverable', 'outside the Zalo OA interaction window');
      },
      // Writing again reopens Zalo's interaction window.
      onReachable: (user) => undeliverable.delete(keyOf(user)),
      onFollow: (user) => unfollowed.delete(keyOf(user)),
      onUnfollow: (user) => {
        unfollowed.add(keyOf(user));
        // Someone who unfollowed the OA gets no more reminders or notices from it.
        markUnreachable(keyOf(user), 'undeliverable', 'unfollowed the Zalo OA');
      },
    });
  }

  let server: RunningServer | undefined;
  const needsServer =
    config.telegram?.webhook !== undefined ||
    config.zaloBot?.webhook !== undefined ||
    config.zaloOa !== undefined ||
    config.http.explicitPort;
  if (needsServer) {
    const app = createApp({
      logger,
      metrics,
      ...(config.http.metricsToken ? { metricsToken: config.http.metricsToken } : {}),
      ...(telegram && config.telegram?.webhook
        ? { telegram: { channel: telegram, secret: config.telegram.webhook.secret } }
        : {}),
      ...(zaloBot && config.zaloBot?.webhook
        ? { zaloBot: { channel: zaloBot, secret: config.zaloBot.webhook.secret } }
        : {}),
      ...(zaloOa ? { zaloOa: { channel: zaloOa } } : {}),
      unhealthy: () => diskHealth.problem(),
      health: () => ({
        entries: knowledge.current.entries.size,
        knowledge: knowledge.origin,
        channels: {
          telegram: telegram ? (telegram.isReady ? 'ready' : 'starting') : 'off',
          'zalo-bot': zaloBot ? (zaloBot.isReady ? 'ready' : 'starting') : 'off',
          'zalo-oa': zaloOa ? zaloOa.status : 'off',
        },
      }),
    });
    server = await startServer(app, { port: config.http.port, host: config.http.host });
    logger.info({ port: server.port }, 'http server listening');
  }
  if (telegram) {
    // Start-up calls retry in the background; getMe is awaited so polling starts with a known bot.
    void telegram
      .start()
      .then(() => logger.info({ mode: config.telegram?.webhook ? 'webhook' : 'polling' }, 'telegram channel started'));
  }
  if (zaloBot) {
    void zaloBot
      .start()
      .then(() => logger.info({ mode: config.zaloBot?.webhook ? 'webhook' : 'polling' }, 'zalo-bot channel started'));
  }
  if (zaloOa) void zaloOa.start().then(() => logger.info({ status: zaloOa?.status }, 'zalo-oa channel started'));

  const resumed = core.delivery.resumeAll();
  if (resumed.length > 0) logger.info({ jobs: resumed.length }, 'resuming unfinished deliveries');
  const reminders = new ReminderScheduler({
    knowledge: () => knowledge.current,
    wordReminder: reminderReplies,
    store,
    queue: core.delivery,
    logger,
    settings: config.reminders,
  });
  await reminders.start();
  // People unreachable past their retention, and old delivery jobs, are deleted at start and daily.
  const retention = scheduleRetention(core, logger);

  return {
    bot,
    knowledge,
    metrics,
    store,
    core,
    undeliverable,
    diskHealth,
    ...(telegram ? { telegram } : {}),
    ...(zaloBot ? { zaloBot } : {}),
    ...(zaloOa ? { zaloOa } : {}),
    unfollowed,
    ...(server ? { server } : {}),
    async stop() {
      await reminders.stop();
      retention.stop();
      await server?.close();
      await telegram?.stop();
      await zaloBot?.stop();
      await zaloOa?.stop();
      knowledge.close();
      // Unfinished deliveries resume from their journals at the next start.
      await store
        .close()
        .catch((error: unknown) =>
          logger.error({ err: String(error) }, 'stopping with changes that could not be saved'),
        );
    },
  };
}

/**
 * Stops the service on SIGTERM/SIGINT after in-flight updates finish. Given
 * the service while it is still starting, a signal waits for the start
 * (updates may already be in flight) rather than killing the process.
 */
export function stopOnSignals(service: Service | Promise<Service>, logger: Logger): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing updates in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    void Promise.resolve(service)
      .then((running) => running.stop())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
