/** A disk that can be made to fail like a full one, and retry waits the test releases by hand. */
import { nodeDisk, type AppendFile, type Disk } from '../../src/store/disk.ts';

const MESSAGES: Record<string, string> = { ENOSPC: 'no space left on device', EACCES: 'permission denied' };

/** The real disk, except that every write fails with `failWith` while it is set. */
export class FailingDisk implements Disk {
  failWith: 'ENOSPC' | 'EACCES' | undefined;
  /** Writes refused so far. */
  refused = 0;

  private check(syscall: string, path: string): void {
    if (!this.failWith) return;
    this.refused++;
    throw Object.assign(new Error(`${this.failWith}: ${MESSAGES[this.failWith]}, ${syscall} '${path}'`), {
      code: this.failWith,
      syscall,
      path,
    });
  }

  async writeFile(path: string, data: string): Promise<void> {
    this.check('write', path);
    await nodeDisk.writeFile(path, data);
  }

  async openAppend(path: string): Promise<AppendFile> {
    this.check('open', path);
    const file = await nodeDisk.openAppend(path);
    return {
      write: async (text) => {
        this.check('write', path);
        await file.write(text);
      },
      sync: async () => {
        this.check('fsync', path);
        await file.sync();
      },
      close: () => file.close(),
    };
  }
}

/** Retry waits that end only when the test says so (instead of real timers). */
export class ManualWaits {
  private waiting: Array<() => void> = [];

  readonly sleep = (_ms: number): Promise<void> => new Promise((resolve) => this.waiting.push(resolve));

  /** How many retries are waiting. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Lets every waiting retry run now. */
  release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/** Collects unhandled rejections (each one would end the bot in production). */
export function watchUnhandledRejections(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown): void => {
    reasons.push(reason);
  };
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => process.off('unhandledRejection', listener) };
}
