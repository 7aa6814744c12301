/**
 * Job leases: an engine sends a job only while it holds the job's lease in
 * the jobs folder, so two engines (two processes, or two instances over the
 * same DATA_DIR) never send the same job.
 *
 * A lease is a file `<job id>.lease.<n>` created with O_EXCL: of two engines
 * racing for generation n, exactly one creates it. It names its holder and
 * expires unless renewed. A lease whose holder is gone (expired, or its
 * process died) is taken over by creating generation n + 1, again with
 * O_EXCL, so a takeover has one winner too. A holder renews every third of
 * the lease and considers it lost once less than a third is left, well
 * before anyone may take it over; an expired lease is never renewed, and a
 * renewal that finds a newer generation gives the job up.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from '../store/lock.ts';

/** What a lease file says. */
interface LeaseRecord {
  owner: string;
  pid: number;
  expiresAt: number;
}

/** Settings for the leases of one engine. */
export interface LeaseOptions {
  /** How long a lease lasts without renewal. */
  ttlMs?: number;
  /** Milliseconds since the epoch; injected so tests control time. */
  clock?: () => number;
}

/** The default lease: renewed every 20 s, taken over 60 s after its holder stopped. */
const DEFAULT_LEASE_MS = 60_000;

/** The leases one engine takes, all under one owner id. */
export class JobLeases {
  readonly owner = randomUUID();
  readonly ttlMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly dir: string,
    options: LeaseOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_LEASE_MS;
    this.clock = options.clock ?? Date.now;
  }

  /** Takes the job's lease; undefined while another live holder has it. */
  acquire(jobId: string): Lease | undefined {
    const top = this.generations(jobId).at(-1);
    if (top !== undefined && !this.isStale(jobId, top)) return undefined;
    const generation = (top ?? -1) + 1;
    const expiresAt = this.clock() + this.ttlMs;
    try {
      writeFileSync(this.path(jobId, generation), this.record(expiresAt), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined; // another engine won this generation
      throw error;
    }
    this.removeBelow(jobId, generation);
    return new Lease(this, jobId, generation, expiresAt);
  }

  /** True while a lease has more than a third of its time left. */
  holds(lease: Lease): boolean {
    return this.clock() < lease.expiresAt - this.ttlMs / 3;
  }

  /** Extends a lease still held; false when it ran low or was taken over. */
  renew(lease: Lease): boolean {
    if (!this.holds(lease) || this.generations(lease.jobId).at(-1) !== lease.generation) return false;
    const expiresAt = this.clock() + this.ttlMs;
    const path = this.path(lease.jobId, lease.generation);
    // Replaced whole, so a reader never sees half a record.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, this.record(expiresAt));
    renameSync(temp, path);
    lease.expiresAt = expiresAt;
    return true;
  }

  /** Ends a lease (the job finished or stopped). */
  release(lease: Lease): void {
    this.removeBelow(lease.jobId, lease.generation + 1);
  }

  private record(expiresAt: number): string {
    const record: LeaseRecord = { owner: this.owner, pid: process.pid, expiresAt };
    return JSON.stringify(record);
  }

  private isStale(jobId: string, generation: number): boolean {
    const path = this.path(jobId, generation);
    let record: LeaseRecord;
    try {
      record = JSON.parse(readFileSync(path, 'utf8')) as LeaseRecord;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
      // Being written right now by its creator, or torn by a crash: stale only once old.
      return statSync(path).mtimeMs + this.ttlMs <= this.clock();
    }
    if (record.expiresAt <= this.clock()) return true;
    // A holder in another process that died (kill -9) is gone at once; same-process holders only expire.
    return record.pid !== process.pid && !isProcessAlive(record.pid);
  }

  private generations(jobId: string): number[] {
    const prefix = `${jobId}.lease.`;
    return readdirSync(this.dir)
      .filter((f) => f.startsWith(prefix) && /^\d+$/.test(f.slice(prefix.length)))
      .map((f) => Number(f.slice(prefix.length)))
      .sort((a, b) => a - b);
  }

  private removeBelow(jobId: string, generation: number): void {
    for (const g of this.generations(jobId)) if (g < generation) rmSync(this.path(jobId, g), { force: true });
  }

  private path(jobId: string, generation: number): string {
    return join(this.dir, `${jobId}.lease.${generation}`);
  }
}

/** A lease held on one job. */
export class Lease {
  constructor(
    private readonly leases: JobLeases,
    readonly jobId: string,
    readonly generation: number,
    public expiresAt: number,
  ) {}

  /** True while the lease is safely held (more than a third of it left). */
  holds(): boolean {
    return this.leases.holds(this);
  }

  /** Extends the lease; false when another engine took it over. */
  renew(): boolean {
    return this.leases.renew(this);
  }

  /** Gives the lease up. */
  release(): void {
    this.leases.release(this);
  }
}
