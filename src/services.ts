/**
 * Builds the long-lived parts every mode shares (terminal chat, service, CLI):
 * the store, the delivery engine with one sender per platform, and the
 * services handlers use (staff check, push notifications, drafts).
 */
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { BotServices, BroadcastDraft } from '../handlers/context.ts';
import type { AppConfig } from './config.ts';
import type { Platform, Reply, UserRef } from './core/message.ts';
import { DeliveryEngine } from './delivery/engine.ts';
import type { PlatformLimits } from './delivery/rate-limit.ts';
import type { Sender } from './delivery/types.ts';
import { fill } from './kb/template.ts';
import type { KnowledgeStore } from './kb/store.ts';
import { openLowdbStore } from './store/lowdb-store.ts';
import type { Store } from './store/types.ts';

/** The shared core of a running bot. */
export interface Core {
  store: Store;
  delivery: DeliveryEngine;
  services: BotServices;
  senders: Map<Platform, Sender>;
}

/** Opens the store in DATA_DIR. */
export function openStore(config: AppConfig): Promise<Store> {
  return openLowdbStore(config.dataDir);
}

/** Per-platform outbound limits from config. */
export function deliveryLimits(config: AppConfig): Partial<Record<Platform, PlatformLimits>> {
  return {
    telegram: config.broadcast.telegram,
    'zalo-bot': config.broadcast.zalo,
    'zalo-oa': config.broadcast.zalo,
    terminal: { perSecond: 1000, perChatPerSecond: 1000 },
  };
}

/** Creates the core; `senders` are the configured channels' senders. */
export function createCore(options: {
  config: AppConfig;
  store: Store;
  knowledge: KnowledgeStore;
  senders: Map<Platform, Sender>;
  logger: Logger;
  /** Topics people can subscribe to (from the events file). */
  topics: () => Array<{ id: string; label: string }>;
  now?: () => Date;
}): Core {
  const { config, store, knowledge, senders, logger } = options;
  const drafts = new Map<string, BroadcastDraft>();
  const notify = async (chatKey: string, replies: Reply[]): Promise<void> => {
    const split = chatKey.indexOf(':');
    const platform = chatKey.slice(0, split) as Platform;
    const sender = senders.get(platform);
    if (!sender) return;
    try {
      await sender.send(chatKey.slice(split + 1), replies);
    } catch (error) {
      logger.warn({ err: String(error), platform }, 'could not notify a chat');
    }
  };
  const delivery = new DeliveryEngine({
    jobsDir: join(config.dataDir, 'jobs'),
    store,
    senders,
    limits: deliveryLimits(config),
    logger,
    onFinished: (progress, manifest) => {
      // The staff member who sent a notice gets the final report.
      if (!manifest.createdBy.startsWith('staff:')) return;
      const ui = knowledge.current.ui;
      const template = progress.state === 'cancelled' ? ui.broadcast_cancelled : ui.broadcast_report;
      const summary = manifest.summary.length > 60 ? `${manifest.summary.slice(0, 57)}…` : manifest.summary;
      void notify(manifest.createdBy.slice('staff:'.length), [{ text: fill(template, { ...progress, summary }) }]);
    },
  });
  const pruned = delivery.pruneFinished(config.deliveryRetentionDays * 86_400_000);
  if (pruned > 0) logger.info({ jobs: pruned }, 'deleted finished delivery jobs past their retention');
  const isStaff = async (user: UserRef): Promise<boolean> => {
    if (user.platform === 'terminal') return true; // the person at the terminal runs the bot
    const fromEnv = { telegram: config.staff.telegram, 'zalo-bot': config.staff.zaloBot, 'zalo-oa': config.staff.zaloOa }[user.platform];
    if (fromEnv.includes(user.userId)) return true;
    return (await store.listStaff()).some((m) => m.platform === user.platform && m.userId === user.userId);
  };
  const services: BotServices = {
    store,
    delivery,
    isStaff,
    notify,
    drafts,
    now: options.now ?? (() => new Date()),
    topics: options.topics,
  };
  return { store, delivery, services, senders };
}
