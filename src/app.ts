/**
 * Wires the running service from config: knowledge store, bot, channels and
 * the HTTP server; and shuts them down gracefully (stop taking updates,
 * finish those in flight, then exit).
 */
import type { Logger } from 'pino';
import { TelegramChannel } from './channels/telegram/channel.ts';
import type { AppConfig } from './config.ts';
import { Bot } from './core/bot.ts';
import type { UserRef } from './core/message.ts';
import { KnowledgeStore } from './kb/store.ts';
import { Metrics } from './metrics.ts';
import { createApp, startServer, type RunningServer } from './server.ts';

/** The running service. */
export interface Service {
  bot: Bot;
  knowledge: KnowledgeStore;
  metrics: Metrics;
  telegram?: TelegramChannel;
  server?: RunningServer;
  /** Chats found unreachable (blocked the bot, deleted), by platform:chat id. */
  undeliverable: Set<string>;
  stop(): Promise<void>;
}

/** True when any chat channel is configured (otherwise the terminal chat opens). */
export function hasChannels(config: AppConfig): boolean {
  return config.telegram !== undefined;
}

/** Starts every configured channel, and the HTTP server when a webhook needs it or PORT is set. */
export async function startService(config: AppConfig, logger: Logger, knowledge = new KnowledgeStore(config.knowledgeDir, logger)): Promise<Service> {
  const metrics = new Metrics({ processMetrics: true });
  const bot = new Bot({ knowledge: () => knowledge.current, engine: config.engine, logger, metrics, flood: config.flood });
  const undeliverable = new Set<string>();
  const onUndeliverable = (user: UserRef): void => {
    undeliverable.add(`${user.platform}:${user.chatId}`);
  };
  if (config.watchKnowledge) knowledge.watch();

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
    });
  }

  let server: RunningServer | undefined;
  const needsServer = config.telegram?.webhook !== undefined || config.http.explicitPort;
  if (needsServer) {
    const app = createApp({
      logger,
      metrics,
      ...(telegram && config.telegram?.webhook ? { telegram: { channel: telegram, secret: config.telegram.webhook.secret } } : {}),
      health: () => ({
        entries: knowledge.current.entries.size,
        channels: { telegram: telegram ? (telegram.isReady ? 'ready' : 'starting') : 'off' },
      }),
    });
    server = await startServer(app, { port: config.http.port, host: config.http.host });
    logger.info({ port: server.port }, 'http server listening');
  }
  if (telegram) {
    // Start-up calls retry in the background; getMe is awaited so polling starts with a known bot.
    void telegram.start().then(() => logger.info({ mode: config.telegram?.webhook ? 'webhook' : 'polling' }, 'telegram channel started'));
  }

  return {
    bot,
    knowledge,
    metrics,
    undeliverable,
    ...(telegram ? { telegram } : {}),
    ...(server ? { server } : {}),
    async stop() {
      await server?.close();
      await telegram?.stop();
      knowledge.close();
    },
  };
}

/** Stops the service on SIGTERM/SIGINT after in-flight updates finish. */
export function stopOnSignals(service: Service, logger: Logger): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing updates in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    void service.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
