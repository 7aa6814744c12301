/**
 * The delivery engine: one queue for both producers (reminders and staff
 * broadcasts). A job snapshots its audience, is written durably, then sent
 * recipient by recipient through the platform's sender, paced by the
 * platform's rate limit, journaled after each send. Rate limits (429) pause
 * the platform and retry; transient errors retry with backoff; permanent
 * failures (blocked, chat gone, outside the Zalo window) mark the subscriber
 * and are never retried.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Platform } from '../core/message.ts';
import type { AuditSink } from '../store/audit-log.ts';
import type { Disk } from '../store/disk.ts';
import { DiskHealth, DiskWriteError, errorCode } from '../store/disk-health.ts';
import type { Store } from '../store/types.ts';
import {
  isRemoved,
  JobFiles,
  removeRecipients,
  type JobManifest,
  type Recipient,
  type RecipientOutcome,
} from './journal.ts';
import { JobLeases, type Lease, type LeaseOptions } from './lease.ts';
import { RateLimiter, type PlatformLimits } from './rate-limit.ts';
import { SendError, type ChannelSender } from '../channels/adapter.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { DeliveryQueue, JobProgress, NewJob } from './types.ts';

/** Settings for the engine. */
export interface DeliveryOptions {
  jobsDir: string;
  store: Store;
  /** Where each job's creation is recorded before it is committed, and its results when it ends. */
  audit: AuditSink;
  /** Each platform's adapter (its one `send`); a recipient on a platform without one counts as failed. */
  senders: ReadonlyMap<Platform, ChannelSender>;
  limits: Partial<Record<Platform, PlatformLimits>>;
  logger: Logger;
  /** Sends in flight per job (at most this many can be repeated after a crash). */
  concurrency?: number;
  /** Attempts for a transient failure before it counts as failed. */
  maxAttempts?: number;
  /** First backoff after a transient failure, doubled each time. */
  backoffMs?: number;
  /** The disk job files are written through (tests substitute a failing one). */
  disk?: Disk;
  /** Where failed writes are reported; journal writes are retried until they succeed. */
  health?: DiskHealth;
  /** Called when a job ends (done or cancelled), with why people could not be reached (reason → count). */
  onFinished?: (progress: JobProgress, manifest: JobManifest, unreachable: Readonly<Record<string, number>>) => void;
  /** How long a job's lease lasts unrenewed (another engine may take the job over after that). */
  lease?: LeaseOptions;
  /** Domain time (job creation, retention); the computer's clock by default. */
  clock?: Clock;
  /** Summaries of ended jobs kept in memory for `progress` and `whenDone` (1,000 by default). */
  finishedJobsKept?: number;
}

const MAX_RATE_LIMITED_RETRIES = 20;
/** A recipient whose send was started this many times with no outcome (crashes mid-send) is not tried again. */
const MAX_UNCONFIRMED_SENDS = 2;
const DEFAULT_LIMITS: PlatformLimits = { perSecond: 30, perChatPerSecond: 1 };
const JOURNAL = 'delivery journal';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface RunningJob {
  manifest: JobManifest;
  progress: JobProgress;
  cancelled: boolean;
  /** Set when another engine took the job over: this one stops sending it. */
  leaseLost: boolean;
  done: Promise<JobProgress>;
}

/** What stays of a job once it ended: its counts, never its recipient list. */
interface FinishedJob {
  progress: JobProgress;
  unreachable: Readonly<Record<string, number>>;
}

/** Summaries of ended jobs kept in memory by default; older ones are still on disk until retention deletes them. */
const FINISHED_JOBS_KEPT = 1000;

/** A job id derived from its idempotency key, so the same key always maps to the same job. */
export function jobIdFor(kind: NewJob['kind'], key: string): string {
  return `${kind}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/**
 * The engine. Each job is sent only by the engine holding its lease (see
 * lease.ts), so a second engine over the same folder never sends it too.
 */
export class DeliveryEngine implements DeliveryQueue {
  private readonly files: JobFiles;
  private readonly leases: JobLeases;
  /** Jobs this engine is sending; each leaves this map when it ends, so recipient lists are not kept. */
  private readonly jobs = new Map<string, RunningJob>();
  /** Ended jobs' summaries, oldest first, at most `finishedJobsKept`. */
  private readonly finished = new Map<string, FinishedJob>();
  /** Jobs being created, so a second enqueue of the same key waits for the first instead of racing it. */
  private readonly creating = new Map<string, Promise<string>>();
  private readonly limiters = new Map<Platform, RateLimiter>();
  private readonly health: DiskHealth;
  /** Manifests being committed (enqueue is waiting on the audit write), so a deletion reaches them too. */
  private readonly pendingManifests = new Set<JobManifest>();
  /** Sends under way, by recipient key, so a deletion can wait for them. */
  private readonly sending = new Map<string, Set<Promise<unknown>>>();
  /** Why people of each job could not be reached (reason → count), for its report; counted by this process. */
  private readonly unreachable = new Map<string, Record<string, number>>();

  /** Domain time now. */
  private now(): Date {
    return (this.options.clock ?? systemClock).now();
  }

  constructor(private readonly options: DeliveryOptions) {
    this.files = new JobFiles(options.jobsDir, options.disk);
    this.health = options.health ?? new DiskHealth({ logger: options.logger });
    this.leases = new JobLeases(options.jobsDir, options.lease);
  }

  private limiter(platform: Platform): RateLimiter {
    let limiter = this.limiters.get(platform);
    if (!limiter) {
      limiter = new RateLimiter(this.options.limits[platform] ?? DEFAULT_LIMITS);
      this.limiters.set(platform, limiter);
    }
    return limiter;
  }

  /** This engine's id (its leases' owner), different in every process and instance. */
  get instance(): string {
    return this.leases.owner;
  }

  /** True when the job is running here, being created here, or committed on disk. */
  has(jobId: string): boolean {
    return this.jobs.has(jobId) || this.finished.has(jobId) || this.creating.has(jobId) || this.files.exists(jobId);
  }

  /** Counts who a job would reach, without creating it. */
  async audienceSize(audience: NewJob['audience']): Promise<number> {
    return this.options.store.countSubscribers(audience);
  }

  enqueue(job: NewJob): Promise<string> {
    const id = jobIdFor(job.kind, job.key);
    if (this.jobs.has(id) || this.finished.has(id)) return Promise.resolve(id);
    let creating = this.creating.get(id);
    if (!creating) {
      creating = this.create(id, job).finally(() => this.creating.delete(id));
      this.creating.set(id, creating);
    }
    return creating;
  }

  private async create(id: string, job: NewJob): Promise<string> {
    if (this.files.exists(id)) {
      this.startJob(this.files.read(id));
      return id;
    }
    const subscribers = await this.options.store.listSubscribers(job.audience);
    const recipients: Recipient[] = subscribers.map((s) => ({ key: s.key, platform: s.platform, chatId: s.chatId }));
    const manifest: JobManifest = {
      id,
      kind: job.kind,
      key: job.key,
      createdAt: this.now().toISOString(),
      createdBy: job.createdBy,
      summary: job.summary,
      replies: job.replies,
      audience: job.audience,
      recipients,
    };
    this.pendingManifests.add(manifest);
    try {
      // The audit line is durable before the manifest that commits the send: a crash in between
      // leaves an audited job that never started, never a sent notice nobody recorded.
      await this.options.audit.append({
        type: 'job-created',
        jobId: id,
        kind: job.kind,
        by: job.createdBy,
        text: job.summary,
        audience: job.audience,
        recipients: recipients.length,
      });
      this.files.create(manifest);
      this.startJob(manifest);
    } finally {
      this.pendingManifests.delete(manifest);
    }
    return id;
  }

  /**
   * Removes a person from every job, running, pending or finished (a
   * deletion request). A send to them already under way finishes first; none
   * starts after this is called; when it resolves, their chat id is in no job
   * file and a restart will not send to them. Their place in each list stays
   * as a tombstone, because journals count recipients by index. Call it after
   * the person is gone from the store, so no new job can list them. Returns
   * how many jobs listed them. Several people at once: `forgetRecipients`.
   */
  forgetRecipient(key: string): Promise<number> {
    return this.forgetRecipients([key]);
  }

  /** `forgetRecipient` for many people, reading each job file once. */
  async forgetRecipients(keyList: Iterable<string>): Promise<number> {
    const keys = new Set(keyList);
    if (keys.size === 0) return 0;
    const inMemory = (): JobManifest[] => [...this.pendingManifests, ...[...this.jobs.values()].map((j) => j.manifest)];
    const changed = new Set<JobManifest>();
    for (const manifest of inMemory()) if (removeRecipients(manifest, keys)) changed.add(manifest);
    await Promise.allSettled([...keys].flatMap((key) => [...(this.sending.get(key) ?? [])]));
    // A job created while we waited is caught here.
    for (const manifest of inMemory()) if (removeRecipients(manifest, keys)) changed.add(manifest);
    const rewritten = new Set<string>();
    for (const manifest of changed) {
      if (!this.files.exists(manifest.id)) continue;
      this.files.rewrite(manifest);
      rewritten.add(manifest.id);
    }
    const onDisk = this.files.removeRecipients(keys, rewritten);
    return rewritten.size + onDisk.length;
  }

  /** Deletes finished jobs older than `retentionMs` (recipient lists are personal data). */
  pruneFinished(retentionMs: number): number {
    try {
      return this.files.pruneFinished(this.now().getTime() - retentionMs);
    } catch (error) {
      // Tried again at the next start; not a reason to stay down.
      this.options.logger.error({ code: errorCode(error) }, 'could not delete old delivery jobs');
      return 0;
    }
  }

  /** Continues every job that was not finished when the process stopped. */
  resumeAll(): string[] {
    const resumed: string[] = [];
    for (const id of this.files.list()) {
      if (this.jobs.has(id) || this.finished.has(id)) continue;
      try {
        const state = this.files.state(id);
        if (state.finished) continue;
        if (this.startJob(this.files.read(id))) resumed.push(id);
      } catch (error) {
        // One unreadable job must not keep every other job (and the bot) down.
        this.options.logger.error({ job: id, code: errorCode(error) }, 'cannot resume a delivery job');
      }
    }
    return resumed;
  }

  async cancel(jobId: string): Promise<boolean> {
    const job = this.jobs.get(jobId);
    if (!job || job.progress.state === 'done' || job.progress.state === 'cancelled') return false;
    job.cancelled = true;
    await job.done;
    return true;
  }

  progress(jobId: string): JobProgress | undefined {
    const job = this.jobs.get(jobId) ?? this.finished.get(jobId);
    return job ? { ...job.progress } : undefined;
  }

  whenDone(jobId: string): Promise<JobProgress> {
    const ended = this.finished.get(jobId);
    if (ended) return Promise.resolve({ ...ended.progress });
    const job = this.jobs.get(jobId);
    if (!job) return Promise.reject(new Error(`unknown job ${jobId}`));
    return job.done;
  }

  /** Why people of a job could not be reached (reason → count), as counted by this process. */
  unreachableReasons(jobId: string): Record<string, number> {
    return { ...(this.unreachable.get(jobId) ?? this.finished.get(jobId)?.unreachable) };
  }

  /** How many entries the engine's per-job collections hold (running and summarised jobs), for the memory tests. */
  collectionSizes(): Record<string, number> {
    return {
      jobs: this.jobs.size,
      finished: this.finished.size,
      creating: this.creating.size,
      pendingManifests: this.pendingManifests.size,
      sending: this.sending.size,
      unreachable: this.unreachable.size,
    };
  }

  /** Replaces an ended job's entry (manifest and all) with its summary, keeping at most `finishedJobsKept`. */
  private retire(jobId: string, progress: JobProgress): void {
    const unreachable = this.unreachable.get(jobId) ?? {};
    this.jobs.delete(jobId);
    this.unreachable.delete(jobId);
    this.finished.delete(jobId);
    this.finished.set(jobId, { progress: { ...progress }, unreachable });
    const kept = Math.max(1, this.options.finishedJobsKept ?? FINISHED_JOBS_KEPT);
    for (const oldest of this.finished.keys()) {
      if (this.finished.size <= kept) break;
      this.finished.delete(oldest);
    }
  }

  /** Jobs currently running. */
  running(): JobProgress[] {
    return [...this.jobs.values()].filter((j) => j.progress.state === 'running').map((j) => ({ ...j.progress }));
  }

  /** Waits for running jobs to finish (used at shutdown and by the CLI). */
  async drain(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((j) => j.done));
  }

  /** Starts sending a job unless another engine holds its lease; false in that case. */
  private startJob(manifest: JobManifest): boolean {
    const lease = this.leases.acquire(manifest.id);
    if (!lease) {
      this.options.logger.info({ job: manifest.id }, 'delivery job is being sent by another engine');
      return false;
    }
    // Read after taking the lease: the previous holder may have sent more meanwhile.
    const state = this.files.state(manifest.id);
    const progress: JobProgress = {
      jobId: manifest.id,
      total: manifest.recipients.length,
      sent: 0,
      failed: 0,
      blocked: 0,
      removed: 0,
      pending: 0,
      state: state.finished === 'cancelled' ? 'cancelled' : state.finished === 'done' ? 'done' : 'running',
    };
    for (const outcome of state.outcomes.values()) progress[outcome]++;
    progress.pending = progress.total - state.outcomes.size;
    if (state.finished) {
      this.retire(manifest.id, progress);
      lease.release();
      return true;
    }
    const job: RunningJob = { manifest, progress, cancelled: false, leaseLost: false, done: Promise.resolve(progress) };
    this.jobs.set(manifest.id, job);
    job.done = this.run(
      job,
      lease,
      [...manifest.recipients.keys()].filter((i) => !state.outcomes.has(i)),
      state.unconfirmed,
    ).catch((error: unknown) => {
      // Nobody may be awaiting this promise: a rejection here would end the process.
      this.options.logger.error({ job: manifest.id, err: error }, 'delivery job stopped');
      return { ...progress };
    });
    return true;
  }

  private async run(
    job: RunningJob,
    lease: Lease,
    pending: number[],
    unconfirmed: ReadonlyMap<number, number>,
  ): Promise<JobProgress> {
    const heartbeat = setInterval(() => {
      try {
        if (!lease.renew()) job.leaseLost = true;
      } catch (error) {
        this.options.logger.warn({ job: job.manifest.id, err: String(error) }, 'could not renew a delivery lease');
      }
    }, this.leases.ttlMs / 3);
    heartbeat.unref();
    try {
      return await this.sendAll(job, lease, pending, unconfirmed);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async sendAll(
    job: RunningJob,
    lease: Lease,
    pending: number[],
    unconfirmed: ReadonlyMap<number, number>,
  ): Promise<JobProgress> {
    // The disk may be full or read-only: sending waits for the journal rather than send what it cannot record.
    const journal = await this.health.untilWritten(JOURNAL, () => this.files.openJournal(job.manifest.id));
    const queue = [...pending];
    const worker = async (): Promise<void> => {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        if (job.cancelled) return;
        // Never send on a lease that ran low: another engine may take the job over once it expires.
        if (job.leaseLost || !lease.holds()) {
          job.leaseLost = true;
          return;
        }
        const listed = job.manifest.recipients[index];
        let outcome: RecipientOutcome = 'failed';
        if (isRemoved(listed)) outcome = 'removed';
        else if ((unconfirmed.get(index) ?? 0) < MAX_UNCONFIRMED_SENDS) {
          // The start is journaled before the send, so a crash leaves it visibly in doubt, never silently unsent.
          await this.health.untilWritten(JOURNAL, () => journal.start(index));
          outcome = await this.deliverOne(job.manifest, index);
        } else {
          this.options.logger.warn(
            { job: job.manifest.id, platform: listed.platform },
            'not resending to a recipient whose earlier sends were cut off twice',
          );
        }
        await this.health.untilWritten(JOURNAL, () => journal.record(index, outcome));
        job.progress[outcome]++;
        job.progress.pending--;
      }
    };
    const concurrency = Math.max(1, this.options.concurrency ?? 8);
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (job.leaseLost) {
      await journal.close();
      this.jobs.delete(job.manifest.id);
      this.unreachable.delete(job.manifest.id);
      this.options.logger.warn(
        { job: job.manifest.id },
        'lost the lease of a delivery job; another engine continues it',
      );
      return { ...job.progress };
    }
    const how = job.cancelled ? 'cancelled' : 'done';
    const { sent, failed, blocked } = job.progress;
    const unreachable = this.unreachableReasons(job.manifest.id);
    const reasons = Object.keys(unreachable).length > 0 ? { unreachable } : {};
    // Results are audited before the journal says the job ended, so an ended job always has them
    // (a crash in between finishes the job again on restart and writes a second, equal line).
    await this.health.untilWritten('audit log', () =>
      this.options.audit.append({
        type: 'job-finished',
        jobId: job.manifest.id,
        kind: job.manifest.kind,
        results: { sent, failed, blocked, cancelled: job.cancelled, ...reasons },
      }),
    );
    await this.health.untilWritten(JOURNAL, () => journal.finish(how));
    await journal.close().catch(() => undefined);
    lease.release();
    job.progress.state = how;
    this.options.logger.info(
      { job: job.manifest.id, kind: job.manifest.kind, sent, failed, blocked, state: how, ...reasons },
      'delivery job finished',
    );
    this.options.onFinished?.({ ...job.progress }, job.manifest, unreachable);
    this.retire(job.manifest.id, job.progress);
    return { ...job.progress };
  }

  /** A store write failed while sending: the job goes on; a disk failure is already reported by the store. */
  private storeFailed(error: unknown, message: string): void {
    if (error instanceof DiskWriteError) this.options.logger.debug({ code: error.code }, message);
    else this.options.logger.warn({ code: errorCode(error) }, message);
  }

  /** Registers a send under way to `key` until it settles. */
  private track<T>(key: string, send: Promise<T>): Promise<T> {
    let set = this.sending.get(key);
    if (!set) {
      set = new Set();
      this.sending.set(key, set);
    }
    set.add(send);
    const done = (): void => {
      set.delete(send);
      if (set.size === 0 && this.sending.get(key) === set) this.sending.delete(key);
    };
    send.then(done, done);
    return send;
  }

  /** Sends to the recipient at `index`, unless they are (or, while waiting for their turn, get) removed. */
  private async deliverOne(manifest: JobManifest, index: number): Promise<RecipientOutcome> {
    const listed = manifest.recipients[index];
    if (isRemoved(listed)) return 'removed';
    const recipient: Recipient = listed;
    const sender = this.options.senders.get(recipient.platform);
    if (!sender) return 'failed';
    const limiter = this.limiter(recipient.platform);
    const maxAttempts = this.options.maxAttempts ?? 5;
    let backoff = this.options.backoffMs ?? 1000;
    let rateLimited = 0;
    for (let attempt = 1; ; attempt++) {
      const answered = await limiter.take(recipient.chatId, manifest.replies.length);
      // Checked right before the send, with no await in between: a deletion from now on stops it.
      if (isRemoved(manifest.recipients[index])) {
        answered();
        return 'removed';
      }
      try {
        await this.track(recipient.key, sender.send(recipient, manifest.replies));
        answered();
        return 'sent';
      } catch (error) {
        answered();
        const failure =
          error instanceof SendError ? error.failure : { kind: 'transient' as const, reason: String(error) };
        if (failure.kind === 'permanent') {
          const reasons = this.unreachable.get(manifest.id) ?? {};
          reasons[failure.reason] = (reasons[failure.reason] ?? 0) + 1;
          this.unreachable.set(manifest.id, reasons);
          await this.options.store
            .markUnreachable(recipient.key, failure.status, failure.reason, this.now())
            .catch((error: unknown) => this.storeFailed(error, 'could not mark a subscriber unreachable'));
          return 'blocked';
        }
        if (failure.kind === 'rejected') {
          this.options.logger.warn(
            { job: manifest.id, platform: recipient.platform, reason: failure.reason },
            'message refused by the platform',
          );
          return 'failed';
        }
        if (failure.kind === 'rate_limited') {
          // The platform asked everyone to wait; such waits do not use up attempts (within reason).
          limiter.pause(failure.retryAfterMs);
          if (++rateLimited <= MAX_RATE_LIMITED_RETRIES) continue;
          return 'failed';
        }
        if (attempt >= maxAttempts) {
          this.options.logger.warn(
            { job: manifest.id, platform: recipient.platform, reason: failure.reason },
            'giving up on one recipient',
          );
          return 'failed';
        }
        await sleep(backoff);
        backoff *= 2;
      }
    }
  }
}
