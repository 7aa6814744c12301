/** Fakes at the scheduler's boundary: a delivery queue that records jobs, and knowledge with chosen events. */
import type { CompiledKnowledge } from '../../src/knowledge.ts';
import { parse } from 'yaml';
import type { DeliveryQueue, JobProgress, NewJob } from '../../src/delivery/types.ts';
import type { KbProblem } from '../../src/kb/load.ts';
import { parseEventsFile } from '../../src/kb/events-schema.ts';
import { compileEvents } from '../../src/scheduler/events.ts';
import { realKnowledge } from '../helpers/kb.ts';

/** A job the fake queue accepted, with the fake clock's time when it was enqueued. */
export interface EnqueuedJob extends NewJob {
  jobId: string;
  at: string;
}

/** Records enqueued jobs; like the real engine, enqueueing an existing key returns the existing job. */
export class FakeQueue implements DeliveryQueue {
  readonly jobs: EnqueuedJob[] = [];
  /** Every enqueue call, including repeats of a known key. */
  readonly calls: string[] = [];

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async enqueue(job: NewJob): Promise<string> {
    this.calls.push(job.key);
    const existing = this.jobs.find((j) => j.key === job.key);
    if (existing) return existing.jobId;
    const jobId = `job-${this.jobs.length + 1}`;
    this.jobs.push({ ...job, jobId, at: this.clock().toISOString() });
    return jobId;
  }

  async cancel(): Promise<boolean> {
    return false;
  }

  progress(jobId: string): JobProgress | undefined {
    return { jobId, total: 0, sent: 0, failed: 0, blocked: 0, removed: 0, pending: 0, state: 'done' };
  }

  async whenDone(jobId: string): Promise<JobProgress> {
    return { jobId, total: 0, sent: 0, failed: 0, blocked: 0, removed: 0, pending: 0, state: 'done' };
  }
}

/** A mutable clock for tests. */
export class FakeClock {
  constructor(private ms: number) {}
  now = (): Date => new Date(this.ms);
  set(iso: string): Date {
    this.ms = Date.parse(iso);
    return this.now();
  }
}

/** The real knowledge base with events.yaml replaced by `yamlText`; throws on problems. */
export function knowledgeWithEvents(yamlText: string): CompiledKnowledge {
  const kb = realKnowledge();
  const problems: KbProblem[] = [];
  const file = parseEventsFile(parse(yamlText), problems);
  if (!file) throw new Error(problems.map((p) => `${p.entryId ?? ''} ${p.field ?? ''}: ${p.message}`).join('\n'));
  const events = compileEvents(
    file,
    { center: kb.center, missing: kb.ui.missing_info, entryIds: new Set(kb.entries.keys()) },
    problems,
  );
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  return { ...kb, events };
}

/** The topics block every test events file starts with. */
export const TEST_TOPICS = `
topics:
  - id: cong-tac-xa-hoi
    label: Nghề công tác xã hội
  - id: giam-ngheo
    label: Giảm nghèo
`;
