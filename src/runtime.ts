/**
 * The composition root: builds, once, everything a running bot is made of
 * (data store, knowledge store, bot, channel adapters, delivery engine,
 * reminder scheduler) from config. The service, every CLI command, the tests
 * and the benchmarks get their parts from here, so the wiring exists in one
 * place. Nothing starts here: `startService` starts receiving and sending.
 */
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { ChannelAdapter, ChannelSender, Responder, UnreachableFailure } from './channels/adapter.ts';
import { createAdapters } from './channels/registry.ts';
import { SeenUpdates } from './channels/seen-updates.ts';
import { TerminalAdapter } from './channels/terminal/adapter.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AppConfig } from './config.ts';
import { ChatAddress } from './core/address.ts';
import type { Bot } from './core/bot.ts';
import { createBot } from '../handlers/bot.ts';
import { reminderReplies } from '../handlers/events.ts';
import { handoffWording } from '../handlers/handoff.ts';
import type { Platform } from './core/message.ts';
import { type CompiledKnowledge, centerOption, KnowledgeStore } from './knowledge.ts';
import { createAnswerEngine } from './nlp/engine.ts';
import type { Metrics } from './metrics.ts';
import { NoticeBook } from './admin/notice-book.ts';
import { PausedEvents } from './scheduler/paused-events.ts';
import { ReminderScheduler } from './scheduler/scheduler.ts';
import { createCore, openStore, type Core } from './services.ts';
import type { Disk } from './store/disk.ts';
import { DailyOutcomes } from './store/daily-outcomes.ts';
import { DiskHealth } from './store/disk-health.ts';
import { MemorySessionStore } from './store/sessions.ts';
import type { Store } from './store/types.ts';

/** What the runtime is built with besides config; everything but the logger has a production default. */
export interface RuntimeOptions {
  logger: Logger;
  /** Domain time; the computer's clock by default. */
  clock?: Clock;
  /** An already loaded knowledge store (the CLI loads it first to report errors its own way). */
  knowledge?: KnowledgeStore;
  /** A store other than lowdb in DATA_DIR (tests use a memory store). */
  store?: Store;
  /** Metrics to count into; a fresh registry by default, none for the terminal chat (nothing serves /metrics there). */
  metrics?: Metrics;
  /** The disk files are written through (tests simulate a full disk). */
  disk?: Disk;
  /** The wait between retries of failed disk writes (tests count them). */
  sleep?: (ms: number) => Promise<void>;
  /** The terminal chat's output: adds the terminal as a platform, and no flood control (the person runs the bot). */
  terminal?: NodeJS.WritableStream;
  /** Extra senders by platform, for platforms without an adapter here (tests record what is sent). */
  senders?: ReadonlyMap<Platform, ChannelSender>;
  /** Topics people can subscribe to; from the events file by default. */
  topics?: () => Array<{ id: string; label: string }>;
}

/** Everything a running bot is made of, built but not started. */
export interface Runtime {
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  knowledge: KnowledgeStore;
  /** The counters served at /metrics; absent in the terminal chat. */
  metrics?: Metrics;
  /** Failing writes to DATA_DIR (shown by /healthz and the metrics). */
  diskHealth: DiskHealth;
  store: Store;
  /** The delivery engine, audit log and the services handlers use. */
  core: Core;
  /** Questions per day by outcome (counts only), for the console. */
  outcomes: DailyOutcomes;
  bot: Bot<CompiledKnowledge>;
  /** The configured channels, by platform. */
  channels: ReadonlyMap<Platform, ChannelAdapter>;
  /** The terminal chat's adapter, when the runtime was built for it. */
  terminal?: TerminalAdapter;
  reminders: ReminderScheduler<CompiledKnowledge>;
  /** Events staff paused in the console (the scheduler skips them). */
  pausedEvents: PausedEvents;
  /** Notices composed in the console (the scheduler sends them at their time). */
  notices: NoticeBook;
  /** Closes the data and knowledge stores (stop the channels and the scheduler first). */
  close(): Promise<void>;
}

/** Topics people can subscribe to, from the events file when it is present. */
function subscriptionTopics(knowledge: KnowledgeStore): Array<{ id: string; label: string }> {
  return knowledge.current.events?.topics ?? [];
}

/** Builds the runtime from config. */
export async function createRuntime(config: AppConfig, options: RuntimeOptions): Promise<Runtime> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const knowledge =
    options.knowledge ??
    new KnowledgeStore(config.knowledgeDir, logger, { dataDir: config.dataDir, clock, ...centerOption(config) });
  // prom-client is imported only when a registry is made: the terminal chat's first reply does not wait for it.
  const metrics = options.metrics ?? (options.terminal ? undefined : new (await import('./metrics.ts')).Metrics());
  const diskHealth = new DiskHealth({
    logger,
    metrics,
    now: () => clock.now(),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const disk = options.disk ? { disk: options.disk } : {};
  const store = options.store ?? (await openStore(config, { ...disk, health: diskHealth, logger }));
  // Filled once the adapters exist: they need the bot, which needs the core's services.
  const senders = new Map<Platform, ChannelSender>(options.senders);
  const outcomes = new DailyOutcomes(config.dataDir);
  const core = createCore({
    outcomes,
    config,
    store,
    knowledge,
    senders,
    logger,
    topics: options.topics ?? (() => subscriptionTopics(knowledge)),
    clock,
    ...disk,
    health: diskHealth,
    handoffWording: () => handoffWording(knowledge.current),
    metrics,
  });
  const bot = createBot({
    knowledge: () => knowledge.current,
    onDecision: (outcome) => outcomes.record(outcome, clock.now()),
    engine: config.engine,
    answers: createAnswerEngine({ cacheSize: config.answerCacheSize }),
    clock: () => clock.now(),
    logger,
    metrics,
    ...(options.terminal ? {} : { flood: config.flood }),
    services: core.services,
    sessions: new MemorySessionStore({ ttlMs: config.eligibilitySessionMs }),
    contextTtlMs: config.contextMs,
  });
  /** Records in the background; a failed write is reported by diskHealth and must not stop a reply. */
  const onUnreachable = (to: ChatAddress, failure: UnreachableFailure): void => {
    // A subscriber who blocked the bot or left gets no more reminders or notices.
    store
      .markUnreachable(ChatAddress.toKey(to), failure.status, failure.reason, clock.now())
      .catch((error: unknown) => logger.debug({ err: String(error) }, 'could not mark a subscriber unreachable'));
  };
  /** Someone who writes can be reached again: a subscriber marked blocked or undeliverable becomes active. */
  const { interactions } = core;
  // Every incoming message is recorded (time and chat key only) before it is answered: Zalo OA's windows count from it;
  // and someone who writes again is reachable again.
  const responder: Responder = {
    handle(incoming) {
      interactions.record(ChatAddress.toKey(incoming.user), clock.now());
      store
        .markReachable(ChatAddress.toKey(incoming.user), clock.now())
        .catch((error: unknown) => logger.debug({ err: String(error) }, 'could not mark a subscriber reachable'));
      return bot.handle(incoming);
    },
  };
  /** Handled update ids, kept in DATA_DIR for a day so that replays after a restart are refused; one file per account. */
  const seenUpdates = (platform: Platform, account: string): SeenUpdates =>
    new SeenUpdates({
      file: join(config.dataDir, 'seen-updates', `${platform}-${account.replace(/[^\w-]/g, '_')}.log`),
      logger,
    });
  const adapters: ChannelAdapter[] = await createAdapters(config, {
    bot: responder,
    lastInteraction: (chatKey) => interactions.lastAt(chatKey),
    knowledge: () => knowledge.current,
    logger,
    metrics,
    onUnreachable,
    seenUpdates,
    now: () => clock.now().getTime(),
    oaOutgoing: core.handoff.oaOutgoing,
  });
  const terminal = options.terminal
    ? new TerminalAdapter(options.terminal, () => knowledge.current.ui.options_hint)
    : undefined;
  if (terminal) adapters.push(terminal);
  for (const adapter of adapters) senders.set(adapter.platform, adapter);
  const pausedEvents = new PausedEvents(config.dataDir);
  const notices = new NoticeBook(config.dataDir, core.delivery);
  const reminders = new ReminderScheduler({
    knowledge: () => knowledge.current,
    wordReminder: reminderReplies,
    store,
    queue: core.delivery,
    logger,
    settings: config.reminders,
    clock: () => clock.now(),
    isPaused: (eventId) => pausedEvents.has(eventId),
    notices,
  });
  return {
    config,
    clock,
    logger,
    knowledge,
    metrics,
    diskHealth,
    store,
    core,
    outcomes,
    bot,
    channels: new Map(adapters.map((a) => [a.platform, a])),
    ...(terminal ? { terminal } : {}),
    reminders,
    pausedEvents,
    notices,
    async close() {
      knowledge.close();
      interactions.close();
      await core.unanswered?.close();
      await outcomes
        .close()
        .catch((error: unknown) => logger.warn({ err: String(error) }, 'could not save the questions per day'));
      // Unfinished deliveries resume from their journals at the next start.
      await store
        .close()
        .catch((error: unknown) =>
          logger.error({ err: String(error) }, 'stopping with changes that could not be saved'),
        );
    },
  };
}
