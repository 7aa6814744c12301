/**
 * Sends event reminders when they are due. Every minute (node-cron, in
 * Asia/Ho_Chi_Minh) and once at start, it looks at the occurrences due up to
 * now that the store has no record of: those on time or missed by less than
 * the grace period are enqueued for delivery and recorded as sent; older
 * ones are logged and recorded as skipped. The record (and the queue's
 * idempotency key) means a restart never sends a reminder twice.
 */
import type { ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { DeliveryQueue } from '../delivery/types.ts';
import type { Reply } from '../core/message.ts';
import type { OccurrenceRecord, Store } from '../store/types.ts';
import type { EventCatalog } from './events.ts';
import {
  audienceOf,
  formatLocalIso,
  inQuietHours,
  planOccurrences,
  type Occurrence,
  type ReminderSettings,
} from './occurrences.ts';

/** The cron timezone: reminders are planned in Vietnam time. */
const SCHEDULER_TIMEZONE = 'Asia/Ho_Chi_Minh';
/** How far back a run looks for reminders nobody recorded (to log and skip them). */
const DEFAULT_LOOKBACK_MS = 31 * 86_400_000;
/** A reminder found within this long after it was due is on time, whatever the grace (cron ticks land a little late). */
const ON_TIME_MS = 2 * 60_000;

/** The part of a knowledge snapshot the scheduler reads: the events. */
export interface ReminderKnowledge {
  events?: EventCatalog;
}

/** Words a reminder as subscribers get it (the handlers decide what the bot says). */
type WordReminder<K> = (kb: K, occurrence: Occurrence, now: number) => Reply[];

/** What the scheduler needs from the outside; time is injected so tests control it. */
export interface ReminderSchedulerOptions<K extends ReminderKnowledge> {
  /** The current knowledge snapshot (events are re-read every run, so edits apply without a restart). */
  knowledge: () => K;
  /** The reminder's wording, made at sending time. */
  wordReminder: WordReminder<K>;
  store: Store;
  queue: DeliveryQueue;
  logger: Logger;
  settings: ReminderSettings;
  clock?: () => Date;
  lookbackMs?: number;
  /** True for an event staff paused: its reminders due meanwhile are recorded as skipped, never sent. */
  isPaused?: (eventId: string) => boolean;
  /** Notices staff scheduled in the console: every run also sends those whose time has come. */
  notices?: { sendDue(now: Date): Promise<unknown> };
}

/** What one run did, by occurrence key. */
export interface RunReport {
  sent: Array<{ key: string; jobId: string }>;
  skipped: Array<{ key: string; reason: string }>;
  /** Due but held back (quiet hours, or the queue failed): tried again next minute. */
  waiting: Array<{ key: string; reason: string }>;
}

/** Drives reminder delivery; `runDue` is the whole logic, `start` adds the clock. */
export class ReminderScheduler<K extends ReminderKnowledge> {
  private readonly clock: () => Date;
  private task: ScheduledTask | undefined;
  /** Runs are serialized: the start-up catch-up and the first tick must not both send. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ReminderSchedulerOptions<K>) {
    this.clock = options.clock ?? (() => new Date());
  }

  /** Sends what is due at `now`, skips what was missed for too long; resolves with what it did. */
  runDue(now: Date = this.clock()): Promise<RunReport> {
    const run = this.tail.then(() => this.runOnce(now.getTime()));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Catches up on what is due, then checks every minute. */
  async start(): Promise<RunReport> {
    if (this.task) return { sent: [], skipped: [], waiting: [] };
    // node-cron loads only when reminders start: the terminal chat and the CLI's commands never tick.
    const { schedule } = await import('node-cron');
    if (this.task) return { sent: [], skipped: [], waiting: [] };
    const { logger } = this.options;
    this.task = schedule(
      '* * * * *',
      async () => {
        try {
          await this.runDue(this.clock());
        } catch (error) {
          logger.error({ err: error }, 'reminder run failed; retrying next minute');
        }
      },
      {
        timezone: SCHEDULER_TIMEZONE,
        name: 'ctxh-reminders',
        noOverlap: true,
        logger: {
          info: (message) => logger.debug({ source: 'node-cron' }, message),
          warn: (message) => logger.warn({ source: 'node-cron' }, message),
          error: (message, err) => logger.error({ source: 'node-cron', err: err ?? message }, String(message)),
          debug: (message) => logger.debug({ source: 'node-cron' }, String(message)),
        },
      },
    );
    try {
      return await this.runDue(this.clock());
    } catch (error) {
      logger.error({ err: error }, 'reminder catch-up at start failed; retrying next minute');
      return { sent: [], skipped: [], waiting: [] };
    }
  }

  /** Stops the minute ticks and waits for a run in progress. */
  async stop(): Promise<void> {
    const task = this.task;
    this.task = undefined;
    await task?.destroy();
    await this.tail;
  }

  private async runOnce(now: number): Promise<RunReport> {
    const { knowledge, store, settings, logger } = this.options;
    try {
      await this.options.notices?.sendDue(new Date(now));
    } catch (error) {
      logger.error({ err: error }, 'could not send a scheduled notice; retrying next minute');
    }
    const kb = knowledge();
    const lookback = this.options.lookbackMs ?? DEFAULT_LOOKBACK_MS;
    const report: RunReport = { sent: [], skipped: [], waiting: [] };
    // Skips are recorded together at the end, so a catch-up after a long downtime writes once.
    const skips: OccurrenceRecord[] = [];
    const due = planOccurrences(kb.events?.events ?? [], now - lookback, now + 1, settings);
    for (const occurrence of due) {
      if (await store.getOccurrence(occurrence.key)) continue;
      const late = now - occurrence.dueAt;
      if (this.options.isPaused?.(occurrence.event.id)) {
        this.skip(occurrence, now, 'the event is paused in the staff console', report, skips);
      } else if (late > Math.max(settings.graceMs, ON_TIME_MS)) {
        this.skip(
          occurrence,
          now,
          `missed by ${hours(late)} h, more than the ${hours(settings.graceMs)} h grace period`,
          report,
          skips,
        );
      } else if (now >= occurrence.staleAt) {
        this.skip(occurrence, now, 'the event has already started or passed', report, skips);
      } else if (inQuietHours(now, settings.quietHours)) {
        // Only a catch-up can land here (due times are already outside quiet hours): wait for the morning.
        report.waiting.push({ key: occurrence.key, reason: 'quiet hours' });
      } else {
        try {
          const jobId = await this.options.queue.enqueue({
            kind: 'reminder',
            key: occurrence.key,
            replies: this.options.wordReminder(kb, occurrence, now),
            audience: audienceOf(occurrence.event),
            createdBy: 'scheduler',
            summary: occurrence.event.title,
          });
          // Recorded after enqueueing: a crash in between re-enqueues the same key, which the queue dedupes.
          await store.recordOccurrence({ key: occurrence.key, status: 'sent', at: new Date(now).toISOString(), jobId });
          report.sent.push({ key: occurrence.key, jobId });
          logger.info(
            { key: occurrence.key, jobId, dueAt: formatLocalIso(occurrence.dueAt) },
            'reminder sent to the delivery queue',
          );
        } catch (error) {
          report.waiting.push({ key: occurrence.key, reason: `enqueue failed: ${(error as Error).message}` });
          logger.error({ err: error, key: occurrence.key }, 'could not enqueue a reminder; retrying next minute');
        }
      }
    }
    await this.recordSkips(skips, report);
    return report;
  }

  /** Writes the run's skips in one batch; if that fails they are decided again next minute. */
  private async recordSkips(skips: readonly OccurrenceRecord[], report: RunReport): Promise<void> {
    try {
      await this.options.store.recordOccurrences(skips);
    } catch (error) {
      const recorded = new Set(skips.map((s) => s.key));
      for (const skipped of report.skipped.filter((s) => recorded.has(s.key)))
        report.waiting.push({ key: skipped.key, reason: `could not record the skip: ${(error as Error).message}` });
      report.skipped = report.skipped.filter((s) => !recorded.has(s.key));
      this.options.logger.error({ err: error }, 'could not record skipped reminders; retrying next minute');
    }
  }

  private skip(
    occurrence: Occurrence,
    now: number,
    reason: string,
    report: RunReport,
    skips: OccurrenceRecord[],
  ): void {
    skips.push({ key: occurrence.key, status: 'skipped', at: new Date(now).toISOString(), reason });
    report.skipped.push({ key: occurrence.key, reason });
    this.options.logger.warn(
      { key: occurrence.key, dueAt: formatLocalIso(occurrence.dueAt), reason },
      'reminder skipped',
    );
  }
}

function hours(ms: number): string {
  return (ms / 3_600_000).toFixed(1).replace(/\.0$/, '');
}
