/**
 * The audit log: one JSON line per event in `DATA_DIR/audit.jsonl`, appended
 * and fsynced before the action it records takes effect (a notice's audit
 * line is durable before the job manifest that commits the send). It records
 * who did what and when: notices and reminders (created, finished with
 * results), staff changes, subscriber exports and imports, and deletion
 * requests (only that one happened, on which platform: never the chat id or
 * any text a resident wrote). Lines are never edited; a job's results are a
 * second line. Lines older than the retention period are pruned at start.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { appendFile, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Platform } from '../core/message.ts';
import { syncDirSync, writeFileDurablySync } from './disk.ts';
import type { AudienceFilter } from './types.ts';

/** Delivery results as the audit keeps them. */
interface AuditResults {
  sent: number;
  failed: number;
  blocked: number;
  cancelled: boolean;
  /** Why people could not be reached (reason → count); absent when everyone could be. */
  unreachable?: Record<string, number>;
}

/** One thing worth accounting for later. `by` is "cli", "scheduler" or "staff:platform:id". */
export type AuditEvent =
  | {
      type: 'job-created';
      jobId: string;
      kind: 'broadcast' | 'reminder';
      by: string;
      text: string;
      audience: AudienceFilter;
      recipients: number;
    }
  | { type: 'job-finished'; jobId: string; kind: 'broadcast' | 'reminder'; results: AuditResults }
  | { type: 'staff-added' | 'staff-removed'; platform: Platform; userId: string; by: string }
  | { type: 'subscribers-exported' | 'subscribers-imported'; count: number; by: string }
  /** A person deleted their data: only the platform and the time, never who. */
  | { type: 'data-deleted'; platform: Platform }
  /** A Zalo OA article broadcast to followers (`target`: Zalo's codes), written before it is sent. */
  | { type: 'oa-article-broadcast'; articleId: string; target: Record<string, string>; by: string }
  /** Something done in the staff console, or a sign-in link made; `detail` is the entry or the redacted wording. */
  | { type: 'console'; action: ConsoleAction; by: string; detail?: string }
  /** A handoff to a counsellor changed (its code and platform, who acted; never the chat or what was said). */
  | {
      type: 'handoff';
      action: 'opened' | 'claimed' | 'replied' | 'closed' | 'timed-out' | 'takeover';
      handoffId?: string;
      platform: Platform;
      by?: string;
    };

/** What the staff console records. */
export type ConsoleAction =
  | 'link-issued'
  | 'signed-in'
  | 'signed-out'
  | 'refused'
  | 'phrasing-added'
  | 'entry-reviewed'
  | 'out-of-scope'
  | 'draft-started'
  | 'notice-composed'
  | 'notice-approved'
  | 'notice-sent'
  | 'notice-scheduled'
  | 'notice-cancelled'
  | 'event-paused'
  | 'event-resumed';

/** A line of the log: the event and when it was written (ISO 8601). */
export type AuditLine = AuditEvent & { at: string };

/** One notice or reminder as staff read it: who, when, what, to whom, results (if finished). */
export interface AuditJob {
  jobId: string;
  kind: 'broadcast' | 'reminder';
  createdBy: string;
  createdAt: string;
  text: string;
  audience: AudienceFilter;
  recipients: number;
  finishedAt?: string;
  results?: AuditResults;
}

/** Where events are recorded: the file below, or anything else with the same promise. */
export interface AuditSink {
  /** Resolves once the event is durable; rejects if it could not be written. */
  append(event: AuditEvent): Promise<void>;
}

/** The audit log of a data folder. */
export function auditLogIn(dataDir: string, clock?: () => number): AuditLog {
  return new AuditLog(join(dataDir, 'audit.jsonl'), clock);
}

/** Audit lines for jobs recorded by older versions inside the store file. */
export function linesFromStoredJobs(jobs: readonly AuditJob[]): AuditLine[] {
  return jobs.flatMap((job): AuditLine[] => {
    const { jobId, kind, createdBy, createdAt, text, audience, recipients, finishedAt, results } = job;
    const created: AuditLine = {
      type: 'job-created',
      at: createdAt,
      jobId,
      kind,
      by: createdBy,
      text,
      audience,
      recipients,
    };
    return finishedAt && results
      ? [created, { type: 'job-finished', at: finishedAt, jobId, kind, results }]
      : [created];
  });
}

/** The append-only audit file. */
export class AuditLog implements AuditSink {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly clock: () => number = Date.now,
  ) {}

  append(event: AuditEvent): Promise<void> {
    return this.appendLines([{ at: new Date(this.clock()).toISOString(), ...event }]);
  }

  /** Appends lines that already carry their time (moving the audit out of an old store file). */
  appendLines(lines: readonly AuditLine[]): Promise<void> {
    const text = lines.map((line) => `${JSON.stringify(line)}\n`).join('');
    // One append at a time keeps lines whole and in order.
    const next = this.queue.then(() => this.write(text));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async write(text: string): Promise<void> {
    const created = !existsSync(this.path);
    if (created) mkdirSync(dirname(this.path), { recursive: true });
    const handle = await open(this.path, 'a', 0o600);
    try {
      await appendFile(handle, text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new file's name must reach the disk too, or the fsynced line could vanish with it.
    if (created) syncDirSync(dirname(this.path));
  }

  /** Every line, oldest first; a torn last line (crash mid-write) is skipped. */
  read(): AuditLine[] {
    let text = '';
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const lines: AuditLine[] = [];
    for (const raw of text.split('\n')) {
      if (raw === '') continue;
      try {
        lines.push(JSON.parse(raw) as AuditLine);
      } catch {
        // torn line
      }
    }
    return lines;
  }

  /** Notices and reminders, each with its results once finished (the last finish line wins). */
  jobs(): AuditJob[] {
    const jobs = new Map<string, AuditJob>();
    for (const line of this.read()) {
      if (line.type === 'job-created') {
        const { jobId, kind, by, at, text, audience, recipients } = line;
        jobs.set(jobId, { jobId, kind, createdBy: by, createdAt: at, text, audience, recipients });
      } else if (line.type === 'job-finished') {
        const job = jobs.get(line.jobId);
        if (job) jobs.set(line.jobId, { ...job, finishedAt: line.at, results: line.results });
      }
    }
    return [...jobs.values()];
  }

  /** Deletes lines older than `retentionMs`; returns how many. The file is replaced whole, never half-written. */
  prune(retentionMs: number): number {
    const before = this.clock() - retentionMs;
    const lines = this.read();
    const kept = lines.filter((line) => Date.parse(line.at) >= before);
    if (kept.length === lines.length) return 0;
    writeFileDurablySync(this.path, kept.map((line) => `${JSON.stringify(line)}\n`).join(''));
    return lines.length - kept.length;
  }
}
