/**
 * Builds the long-lived parts every mode shares (terminal chat, service, CLI):
 * the store, the delivery engine with one sender per platform, and the
 * services handlers use (staff check, push notifications, the audit log).
 */
import { LoginLinks, loginUrl } from './admin/login-links.ts';
import { ChatAddress } from './core/address.ts';
import type { KnowledgeStore } from './knowledge.ts';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { BotServices } from '../handlers/context.ts';
import type { ChannelSender } from './channels/adapter.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AppConfig } from './config.ts';
import type { Platform, Reply, UserRef } from './core/message.ts';
import { DeliveryEngine } from './delivery/engine.ts';
import type { PlatformLimits } from './delivery/rate-limit.ts';
import { fill } from './kb/template.ts';
import { openLowdbStore, type LowdbStoreOptions } from './store/lowdb-store.ts';
import type { Disk } from './store/disk.ts';
import type { DailyOutcomes } from './store/daily-outcomes.ts';
import type { DiskHealth } from './store/disk-health.ts';
import { auditLogIn, type AuditLog } from './store/audit-log.ts';
import { INTERACTIONS_FILE, InteractionLog } from './store/interactions.ts';
import type { AudienceFilter, Store } from './store/types.ts';
import { UnansweredLog } from './store/unanswered-log.ts';
import { describeReach, describeUnreachable, reachOf, type ReachFigures } from './delivery/reach.ts';
import { HandoffService } from './handoff/service.ts';
import type { HandoffWording } from './handoff/types.ts';
import type { Metrics } from './metrics.ts';

/** The shared core of a running bot. */
export interface Core {
  store: Store;
  delivery: DeliveryEngine;
  audit: AuditLog;
  services: BotServices;
  /** When each person last wrote (DATA_DIR/interactions.log). */
  interactions: InteractionLog;
  /** Who an audience reaches at `now`, per platform (for previews, the plan and the staff console). */
  reachOf(audience: AudienceFilter, now?: Date): Promise<ReachFigures>;
  /** Questions the bot could not answer (redacted); absent with UNANSWERED_LOG=off. */
  unanswered?: UnansweredLog;
  /** Handoffs to a counsellor and Zalo OA takeovers. */
  handoff: HandoffService;
  /**
   * Deletes personal data past its retention: subscribers unreachable for
   * UNREACHABLE_RETENTION_DAYS (with their places in delivery jobs), and
   * finished jobs older than DELIVERY_RETENTION_DAYS. Run at start and daily.
   */
  applyRetention(): Promise<RetentionResult>;
}

/** What one retention pass deleted. */
interface RetentionResult {
  subscribers: number;
  jobs: number;
}

const DAY_MS = 86_400_000;

/** Runs `core.applyRetention` now and then every day; a failed pass is logged and tried again the next day. */
export function scheduleRetention(
  core: Pick<Core, 'applyRetention'>,
  logger: Logger,
  everyMs = DAY_MS,
): { stop(): void } {
  const run = (): void => {
    core.applyRetention().then(
      (result) => {
        if (result.subscribers > 0 || result.jobs > 0) logger.info(result, 'deleted personal data past its retention');
      },
      (error: unknown) => logger.error({ err: String(error) }, 'retention pass failed; trying again tomorrow'),
    );
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Counts 👍/👎 per entry by day, as `helpful:<entry>` and `not-helpful:<entry>`. */
function voteCounter(outcomes: DailyOutcomes, clock: Clock): (vote: 'up' | 'down', entryId: string) => void {
  return (vote, entryId) => outcomes.record(`${vote === 'up' ? 'helpful' : 'not-helpful'}:${entryId}`, clock.now());
}

/** Opens the store in DATA_DIR. */
export function openStore(config: AppConfig, options: LowdbStoreOptions = {}): Promise<Store> {
  return openLowdbStore(config.dataDir, options);
}

/** Per-platform outbound limits from config. */
function deliveryLimits(config: AppConfig): Partial<Record<Platform, PlatformLimits>> {
  return {
    telegram: config.broadcast.telegram,
    'zalo-bot': config.broadcast.zalo,
    'zalo-oa': config.broadcast.zalo,
    terminal: { perSecond: 1000, perChatPerSecond: 1000 },
  };
}

/** Creates the core; `senders` are the configured channel adapters. */
export function createCore(options: {
  config: AppConfig;
  store: Store;
  knowledge: KnowledgeStore;
  senders: ReadonlyMap<Platform, ChannelSender>;
  logger: Logger;
  /** Topics people can subscribe to (from the events file). */
  topics: () => Array<{ id: string; label: string }>;
  /** Domain time (retention, audit lines, job creation); the computer's clock by default. */
  clock?: Clock;
  /** The disk job files are written through (tests substitute a failing one). */
  disk?: Disk;
  /** Where failed writes are reported (the service's /healthz and metrics). */
  health?: DiskHealth;
  /** When each person last wrote; in DATA_DIR by default. */
  interactions?: InteractionLog;
  /** Counts per day, where 👍/👎 votes are counted; without it no vote is offered. */
  outcomes?: DailyOutcomes;
  /** What the handoff service says (handlers/handoff.ts), from the knowledge in force. */
  handoffWording: () => HandoffWording;
  metrics?: Metrics;
}): Core {
  const { config, store, knowledge, senders, logger } = options;
  const clock = options.clock ?? systemClock;
  const audit = auditLogIn(config.dataDir, () => clock.now().getTime());
  try {
    const prunedAudit = audit.prune(config.auditRetentionDays * 86_400_000);
    if (prunedAudit > 0) logger.info({ lines: prunedAudit }, 'deleted audit lines past their retention');
  } catch (error) {
    // Old lines stay until the next start; the bot still runs, and a notice still needs its line written.
    logger.warn({ err: String(error) }, 'could not prune the audit log');
  }
  const unanswered = config.unanswered.enabled
    ? new UnansweredLog(config.dataDir, config.unanswered.retentionDays * DAY_MS, () => clock.now())
    : undefined;
  try {
    unanswered?.prune();
  } catch (error) {
    logger.warn({ err: String(error) }, 'could not prune the unanswered questions');
  }
  const notify = async (chatKey: string, replies: Reply[]): Promise<void> => {
    const address = ChatAddress.parse(chatKey);
    if (!address) return;
    const { platform } = address;
    const sender = senders.get(platform);
    if (!sender) return;
    try {
      await sender.send(address, replies);
    } catch (error) {
      logger.warn({ err: String(error), platform }, 'could not notify a chat');
    }
  };
  const delivery = new DeliveryEngine({
    jobsDir: join(config.dataDir, 'jobs'),
    store,
    audit,
    senders,
    limits: deliveryLimits(config),
    logger,
    clock,
    ...(options.disk ? { disk: options.disk } : {}),
    ...(options.health ? { health: options.health } : {}),
    onFinished: (progress, manifest, unreachable) => {
      // The staff member who sent a notice gets the final report.
      if (!manifest.createdBy.startsWith('staff:')) return;
      const ui = knowledge.current.ui;
      const template = progress.state === 'cancelled' ? ui.broadcast_cancelled : ui.broadcast_report;
      const summary = manifest.summary.length > 60 ? `${manifest.summary.slice(0, 57)}…` : manifest.summary;
      const why = Object.entries(unreachable).map(([reason, count]) =>
        fill(ui.broadcast_report_unreachable, { count, reason: describeUnreachable(reason) }),
      );
      const text = [fill(template, { ...progress, summary }), ...why].join('\n');
      void notify(manifest.createdBy.slice('staff:'.length), [{ text }]);
    },
  });
  const pruned = delivery.pruneFinished(config.deliveryRetentionDays * DAY_MS);
  if (pruned > 0) logger.info({ jobs: pruned }, 'deleted finished delivery jobs past their retention');
  const interactions =
    options.interactions ?? new InteractionLog({ file: join(config.dataDir, INTERACTIONS_FILE), logger });
  const reach = (audience: AudienceFilter, now = clock.now()): Promise<ReachFigures> =>
    reachOf({ store, lastInteraction: (key) => interactions.lastAt(key) }, audience, now);
  const handoff = new HandoffService({
    dataDir: config.dataDir,
    senders,
    wording: options.handoffWording,
    audit,
    clock,
    logger,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(config.handoff.staffTelegramGroupId ? { staffTelegramGroupId: config.handoff.staffTelegramGroupId } : {}),
    console: config.admin.enabled,
    timeoutMs: config.handoff.timeoutMs,
    retentionMs: config.handoff.retentionMs,
    takeoverMs: config.handoff.takeoverMs,
  });
  const forget = async (chatKey: string): Promise<boolean> => {
    interactions.forget([chatKey]);
    // The store first: from then on no new job lists the person; then the jobs that already do.
    const subscribed = await store.deleteSubscriber(chatKey);
    const jobs = await delivery.forgetRecipient(chatKey);
    const drafted = await store.deleteDraft(chatKey);
    // A handoff in progress ends, and what was said in it is deleted with it.
    const handedOver = await handoff.forget(chatKey);
    return subscribed || jobs > 0 || drafted || handedOver;
  };
  const isStaff = async (user: UserRef): Promise<boolean> => {
    if (user.platform === 'terminal') return true; // the person at the terminal runs the bot
    const fromEnv = {
      telegram: config.staff.telegram,
      'zalo-bot': config.staff.zaloBot,
      'zalo-oa': config.staff.zaloOa,
    }[user.platform];
    if (fromEnv.includes(user.userId)) return true;
    return (await store.listStaff()).some((m) => m.platform === user.platform && m.userId === user.userId);
  };
  const { publicUrl } = config.admin;
  const links = new LoginLinks(config.dataDir, () => clock.now().getTime());
  const loginLink = async (user: UserRef): Promise<string> => {
    await audit.append({ type: 'console', action: 'link-issued', by: `staff:${user.platform}:${user.userId}` });
    return loginUrl(publicUrl as string, links.issue(user));
  };
  const services: BotServices = {
    store,
    delivery,
    isStaff,
    notify,
    forget,
    audit,
    ...(unanswered ? { unanswered } : {}),
    ...(config.admin.enabled && publicUrl ? { loginLink } : {}),
    ...(options.outcomes ? { feedback: voteCounter(options.outcomes, clock) } : {}),
    handoff,
    now: () => clock.now(),
    topics: options.topics,
    describeReach: async (audience) =>
      describeReach(await reach(audience), { template: config.zaloOa?.template !== undefined }),
  };
  const applyRetention = async (): Promise<RetentionResult> => {
    const cutoff = new Date(services.now().getTime() - config.unreachableRetentionDays * DAY_MS);
    const deleted = await store.deleteUnreachable(cutoff);
    interactions.forget(deleted);
    await delivery.forgetRecipients(deleted);
    const jobs = delivery.pruneFinished(config.deliveryRetentionDays * DAY_MS);
    unanswered?.prune();
    return { subscribers: deleted.length, jobs };
  };
  return {
    store,
    delivery,
    audit,
    services,
    interactions,
    reachOf: reach,
    handoff,
    ...(unanswered ? { unanswered } : {}),
    applyRetention,
  };
}
