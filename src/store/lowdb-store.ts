/**
 * The embedded store: lowdb over one JSON file in DATA_DIR, written through
 * `Disk` (temp file, fsync, rename, folder fsync), so neither a crash nor a
 * power failure leaves a half-written file or loses an acknowledged change.
 * lowdb serialises the whole data on every `write()` call, which at 100,000
 * subscribers (~24 MB) takes ~150 ms, and the fsync of 24 MB a few hundred
 * more; so writes are coalesced here: one write in flight, at most one queued behind
 * it, shared by every change that arrives meanwhile. A thousand changes
 * arriving at once cost a few file writes, not a thousand. A change is
 * acknowledged only after a write that contains it has finished.
 * Per-message delivery progress does not live here (see src/delivery/journal.ts):
 * rewriting a 20 MB file per message sent would be far too slow.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { Logger } from 'pino';
import { auditLogIn, linesFromStoredJobs, type AuditJob } from './audit-log.ts';
import { DataStore, emptyStoreData, type StoreData } from './data-store.ts';
import { nodeDisk, securePermissions, type Disk } from './disk.ts';
import type { DiskHealth } from './disk-health.ts';

/** Where and how the store writes. */
export interface LowdbStoreOptions {
  /** The disk to write through (tests substitute a failing one). */
  disk?: Disk;
  /** Where failed writes are reported and retried from; without it they only reject. */
  health?: DiskHealth;
  /** Told which files had to be made private, and which could not be. */
  logger?: Logger;
}

/** lowdb's file adapter, writing through `Disk`: compact JSON, mode 600, fsynced with its folder. */
function jsonFile(path: string, disk: Disk): Adapter<StoreData> {
  return {
    async read() {
      try {
        return JSON.parse(await readFile(path, 'utf8')) as StoreData;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    // Compact JSON: at 100,000 subscribers pretty-printing would double the file.
    write: (data) => disk.writeFile(path, JSON.stringify(data)),
  };
}

/** Opens (or creates) the store in `dataDir`, making the folder private first. */
export async function openLowdbStore(dataDir: string, options: LowdbStoreOptions = {}): Promise<DataStore> {
  const permissions = securePermissions(dataDir);
  if (permissions.tightened.length > 0)
    options.logger?.info({ paths: permissions.tightened.length }, 'made data files private (600/700)');
  for (const { path, code } of permissions.failed)
    options.logger?.warn({ path, code }, 'could not make a data file private; check its owner and mode');
  const db = new Low<StoreData>(jsonFile(join(dataDir, 'store.json'), options.disk ?? nodeDisk), emptyStoreData());
  await db.read();
  // Older versions kept the audit inside this file; it now has its own append-only file.
  const { audit: legacyAudit, ...stored } = db.data as StoreData & { audit?: AuditJob[] };
  const data = { ...emptyStoreData(), ...stored };
  db.data = data;
  if (legacyAudit && legacyAudit.length > 0) {
    await auditLogIn(dataDir).appendLines(linesFromStoredJobs(legacyAudit));
    await db.write();
  }
  const save = coalesce(() => db.write());
  return new DataStore(data, options.health ? options.health.guard('store.json', save) : save);
}

/**
 * Wraps a "write everything" function so that concurrent callers share
 * writes. A caller's change is in memory before it calls, so the next write
 * that starts after the call includes it.
 */
export function coalesce(write: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const start = (): Promise<void> => {
    const current = write().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    // A write is in flight and may have serialised before this change: queue one more.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
