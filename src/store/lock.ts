/**
 * Only one process may write the data folder (lowdb rewrites its file, and
 * two writers would lose each other's changes). The bot and the writing CLI
 * commands take this lock; a second one is refused with a clear message.
 * The lock file holds the holder's pid, so after a crash (even `kill -9`) the
 * next start sees the holder is gone and takes over at once.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIR_MODE, FILE_MODE } from './disk.ts';

/** Thrown when another live process holds the data folder. */
export class DataLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} dùng (trợ lý đang chạy?). ` +
        'Hãy gửi thông báo bằng lệnh /thongbao trong ô chat, hoặc dừng trợ lý rồi chạy lại lệnh này.',
    );
    this.name = 'DataLockedError';
  }
}

/** True when a process with this id exists (ours or another user's). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data-folder lock; returns the function that releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
  const path = join(dataDir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx', mode: FILE_MODE });
      const release = (): void => {
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return async () => {
        process.removeListener('exit', release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isProcessAlive(holder))
        throw new DataLockedError(dataDir, holder);
      // The holder died without releasing (crash, kill -9): the lock is stale.
      unlinkSync(path);
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
