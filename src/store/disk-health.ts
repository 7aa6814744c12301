/**
 * What the bot knows about its data folder's writes. A full disk (ENOSPC)
 * or lost permissions (EACCES) must never crash the bot: a failed write is
 * reported here, retried, and the bot keeps answering. Staff learn of it
 * three ways: one clear log error when a kind of write starts failing (not
 * one per attempt), a metric, and /healthz turning unhealthy until the
 * writes succeed again.
 */
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.ts';

/** A change is kept in memory but could not be written to disk (it is retried in the background). */
export class DiskWriteError extends Error {
  override name = 'DiskWriteError';
  constructor(
    readonly target: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`could not write ${target}: ${code}`, options);
  }
}

/** First wait after a failed write; doubled each time up to MAX_RETRY_MS. */
const FIRST_RETRY_MS = 1_000;
/** Longest wait between two attempts while the disk keeps failing. */
const MAX_RETRY_MS = 60_000;

const EXPLAINED: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EIO: 'input/output error',
};

/** The errno code of a failed write ("EUNKNOWN" when there is none). */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

interface Failing {
  code: string;
  since: Date;
  attempts: number;
}

/** Tracks failing writes per target ("store.json", "delivery journal", …). */
export class DiskHealth {
  private readonly failing = new Map<string, Failing>();

  constructor(
    private readonly deps: {
      logger: Logger;
      metrics?: Metrics;
      now?: () => Date;
      /** Waits between attempts (tests inject one they control); by default a timer. */
      sleep?: (ms: number) => Promise<void>;
    },
  ) {}

  private sleep(ms: number, keepAlive: boolean): Promise<void> {
    if (this.deps.sleep) return this.deps.sleep(ms);
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      // A background retry must not keep a finished CLI command alive; a pending journal line must.
      if (!keepAlive) timer.unref();
    });
  }

  /** Records a failed write. Logs an error only when this target was healthy until now. */
  failed(target: string, error: unknown): void {
    const code = errorCode(error);
    this.deps.metrics?.diskWriteErrors.inc({ target, code });
    const known = this.failing.get(target);
    if (known) {
      known.attempts++;
      known.code = code;
      this.deps.logger.debug({ target, code, attempts: known.attempts }, 'write to the data folder failed again');
      return;
    }
    this.failing.set(target, { code, since: this.deps.now?.() ?? new Date(), attempts: 1 });
    this.deps.metrics?.diskWritesFailing.set(this.failing.size);
    this.deps.logger.error(
      { target, code },
      `cannot write ${target} in the data folder (${EXPLAINED[code] ?? code}): free space or fix its permissions; the bot keeps answering and retrying, and /healthz reports unhealthy until a write succeeds`,
    );
  }

  /** Records a successful write; logs the recovery when the target was failing. */
  succeeded(target: string): void {
    const known = this.failing.get(target);
    if (!known) return;
    this.failing.delete(target);
    this.deps.metrics?.diskWritesFailing.set(this.failing.size);
    this.deps.logger.warn({ target, attempts: known.attempts }, `writing ${target} works again`);
  }

  /** Why the data folder is unhealthy, or undefined when every write works. */
  problem(): string | undefined {
    if (this.failing.size === 0) return undefined;
    return [...this.failing]
      .map(
        ([target, f]) =>
          `cannot write ${target}: ${f.code} (${EXPLAINED[f.code] ?? 'write error'}) since ${f.since.toISOString()}, ${f.attempts} failed attempts`,
      )
      .join('; ');
  }

  /**
   * Runs `write` until it succeeds, waiting longer after each failure (the
   * disk may be freed at any time). For writes that must not be given up,
   * such as a journal line for a message already sent.
   */
  async untilWritten<T>(target: string, write: () => Promise<T>): Promise<T> {
    let wait = FIRST_RETRY_MS;
    for (;;) {
      try {
        const result = await write();
        this.succeeded(target);
        return result;
      } catch (error) {
        this.failed(target, error);
      }
      await this.sleep(wait, true);
      wait = Math.min(wait * 2, MAX_RETRY_MS);
    }
  }

  /**
   * Wraps a "save everything" function: a failure is reported, rejected as a
   * `DiskWriteError` (the caller tells the person it was not saved), and
   * retried in the background until a write succeeds, so the changes held
   * in memory (a deletion, for one) reach the disk once it has room.
   */
  guard(target: string, save: () => Promise<void>): () => Promise<void> {
    let retrying = false;
    let wait = FIRST_RETRY_MS;
    const attempt = async (): Promise<void> => {
      try {
        await save();
      } catch (error) {
        this.failed(target, error);
        if (!retrying) {
          retrying = true;
          void this.sleep(wait, false).then(() => {
            retrying = false;
            return attempt().catch(() => undefined);
          });
          wait = Math.min(wait * 2, MAX_RETRY_MS);
        }
        throw new DiskWriteError(target, errorCode(error), { cause: error });
      }
      wait = FIRST_RETRY_MS;
      this.succeeded(target);
    };
    return attempt;
  }
}
