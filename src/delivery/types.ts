/**
 * The delivery engine's contract. Two producers (the reminder scheduler and
 * staff broadcasts) enqueue jobs; the engine sends each job's message to its
 * audience through each platform adapter's `send`, rate-limited, retried, journaled.
 */
import type { Reply } from '../core/message.ts';
import type { AudienceFilter } from '../store/types.ts';

/** A new job for the engine. */
export interface NewJob {
  kind: 'broadcast' | 'reminder';
  /**
   * Idempotency key: enqueueing a job with a key that already exists returns
   * the existing job (a reminder occurrence key, or a broadcast id).
   */
  key: string;
  /** The message, exactly as residents get it. */
  replies: Reply[];
  audience: AudienceFilter;
  /** "staff:telegram:123", "cli", "scheduler". */
  createdBy: string;
  /** Audit text (the notice or the reminder's title). */
  summary: string;
}

/** Progress of a job. */
export interface JobProgress {
  jobId: string;
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  /** People deleted at their request before they were reached. */
  removed: number;
  pending: number;
  state: 'queued' | 'running' | 'done' | 'cancelled';
}

/** What producers see of the engine. */
export interface DeliveryQueue {
  /** Snapshots the audience, writes the job durably, and starts sending; returns the job id. */
  enqueue(job: NewJob): Promise<string>;
  /** Stops a running job; people not yet reached get nothing. */
  cancel(jobId: string): Promise<boolean>;
  progress(jobId: string): JobProgress | undefined;
  /** Resolves when the job is done or cancelled. */
  whenDone(jobId: string): Promise<JobProgress>;
}
