/**
 * How state reaches the disk. Everything under DATA_DIR is private to the
 * bot (files 600, folders 700), and a write is acknowledged only once it is
 * on the disk: the file is fsynced, and so is its folder when a name was
 * added or replaced. The store and the delivery journal write through the
 * `Disk` interface, so tests can substitute one that fails like a full disk.
 */
import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Mode of every file the bot writes under DATA_DIR. */
export const FILE_MODE = 0o600;
/** Mode of every folder under DATA_DIR. */
export const DIR_MODE = 0o700;

/** A file opened for appending. */
export interface AppendFile {
  /** Appends text (one write call, so a line is never interleaved with another). */
  write(text: string): Promise<void>;
  /** Makes everything appended so far durable. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The durable writes the store and the journal need. */
export interface Disk {
  /** Replaces `path` with `data` atomically and durably (mode 600). */
  writeFile(path: string, data: string): Promise<void>;
  /** Opens `path` for appending (mode 600); a new file's folder entry is made durable before this resolves. */
  openAppend(path: string): Promise<AppendFile>;
}

/** Some systems (Windows, a few network file systems) cannot fsync a folder; a rename is still atomic there. */
function cannotSyncDirs(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'EBADF';
}

/** fsyncs a folder so a rename or a new name in it survives a power failure. */
async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!cannotSyncDirs(error)) throw error;
  } finally {
    await handle?.close();
  }
}

/** The synchronous twin of `syncDir`, for the few writes that must finish before a function returns. */
export function syncDirSync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    if (!cannotSyncDirs(error)) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The synchronous twin of `writeFileDurably`: after a crash the file holds the old or the new content, never half. */
export function writeFileDurablySync(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', FILE_MODE);
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  syncDirSync(dirname(path));
}

/**
 * Writes a file so that after a crash either the old or the new content is
 * there, never a mix: temp file in the same folder, fsync, rename over the
 * target, fsync the folder (so the rename itself is on disk).
 */
export async function writeFileDurably(path: string, data: string, mode = FILE_MODE): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  const temp = `${path}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    // A full disk must not also fill up with half-written temp files.
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(dir);
}

/** Opens a file for appending, creating it private and durable. */
async function openAppendDurably(path: string): Promise<AppendFile> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  const handle = await open(path, 'a', FILE_MODE);
  // A new file's name lives in the folder: fsync it once, so the first acknowledged line cannot vanish with it.
  await syncDir(dir);
  return {
    write: async (text) => {
      await handle.write(text);
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

/** The real disk. */
export const nodeDisk: Disk = { writeFile: writeFileDurably, openAppend: openAppendDurably };

/** What `securePermissions` changed, and what it could not (a file owned by another account, say). */
export interface PermissionReport {
  tightened: string[];
  failed: Array<{ path: string; code: string }>;
}

/**
 * Makes `dataDir` private: creates it 700 if missing, and tightens anything
 * already inside that is looser (files to 600, folders to 700), so data
 * written by older versions (644/755) is fixed at start. Symbolic links are
 * left alone. A path it cannot fix is reported, not thrown: the bot still starts.
 */
export function securePermissions(dataDir: string): PermissionReport {
  mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
  const report: PermissionReport = { tightened: [], failed: [] };
  const visit = (path: string): void => {
    try {
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) return;
      const wanted = stat.isDirectory() ? DIR_MODE : FILE_MODE;
      if ((stat.mode & 0o777 & ~wanted) !== 0) {
        chmodSync(path, stat.mode & 0o777 & wanted);
        report.tightened.push(path);
      }
      if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    } catch (error) {
      report.failed.push({ path, code: (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN' });
    }
  };
  visit(dataDir);
  return report;
}

/** Closes a file descriptor, ignoring a failure (the handle was already unusable); always returns undefined. */
export function closeQuietly(fd: number | undefined): undefined {
  if (fd === undefined) return undefined;
  try {
    closeSync(fd);
  } catch {
    // Already unusable: nothing more to release.
  }
  return undefined;
}
