/**
 * The embedded store: a lowdb snapshot (`store.json`) plus an append-only
 * change log (src/store/change-log.ts) in DATA_DIR. A change is applied in
 * memory, appended as one line and fsynced before it is acknowledged, so it
 * costs the same at 10 or 100,000 subscribers; the log is folded into the
 * snapshot (temp file, fsync, rename through `Disk`) on start, in the
 * background once it outgrows the snapshot, and at once after a person is
 * deleted. Neither a crash nor a power failure loses an acknowledged change:
 * start-up reads the snapshot, then the log, skipping (and reporting) a last
 * line a crash cut short. Per-message delivery progress does not live here
 * (see src/delivery/journal.ts).
 */
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { Logger } from 'pino';
import { auditLogIn, linesFromStoredJobs, type AuditJob } from './audit-log.ts';
import { ChangeLog, replayChangeLog, SNAPSHOT_FILE } from './change-log.ts';
import { DataStore, emptyStoreData, type Persist, type StoreData } from './data-store.ts';
import { readSnapshot } from './snapshot-read.ts';
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

/** lowdb's file adapter for the snapshot; the change log writes it (see `ChangeLog.compact`). */
function jsonFile(path: string): Adapter<StoreData> {
  return {
    async read() {
      try {
        return readSnapshot(path) as StoreData;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    write: () => Promise.reject(new Error('the store snapshot is written by its change log')),
  };
}

/** Opens (or creates) the store in `dataDir`, making the folder private first. */
export async function openLowdbStore(dataDir: string, options: LowdbStoreOptions = {}): Promise<DataStore> {
  const permissions = securePermissions(dataDir);
  if (permissions.tightened.length > 0)
    options.logger?.info({ paths: permissions.tightened.length }, 'made data files private (600/700)');
  for (const { path, code } of permissions.failed)
    options.logger?.warn({ path, code }, 'could not make a data file private; check its owner and mode');
  const disk = options.disk ?? nodeDisk;
  const db = new Low<StoreData>(jsonFile(join(dataDir, SNAPSHOT_FILE)), emptyStoreData());
  await db.read();
  // Older versions kept the audit inside this file; it now has its own append-only file.
  const { audit: legacyAudit, ...stored } = db.data as StoreData & { audit?: AuditJob[] };
  const data: StoreData = { ...emptyStoreData(), ...stored };
  const generation = data.changeLog ?? 0;
  const replayed = replayChangeLog(dataDir, data, generation);
  for (const torn of replayed.torn)
    options.logger?.warn(
      torn,
      'skipped a store change line cut short (a crash during a write); earlier changes are kept',
    );
  if (legacyAudit && legacyAudit.length > 0) await auditLogIn(dataDir).appendLines(linesFromStoredJobs(legacyAudit));
  const log = new ChangeLog({ dataDir, disk, data, generation, bytes: replayed.bytes, logger: options.logger });
  const guard = (save: () => Promise<void>): (() => Promise<void>) =>
    options.health ? options.health.guard(SNAPSHOT_FILE, save) : save;
  const flush = guard(() => log.flush());
  const compact = guard(() => log.compact());
  // On start: fold whatever the log holds (and drop the legacy audit) so the next start reads one file.
  // A full disk must not stop the bot from starting: `guard` reports it and retries.
  if (replayed.bytes > 0 || legacyAudit !== undefined || stored.changeLog === undefined)
    await compact().catch(() => undefined);
  const persist: Persist = async (changes, erasesPerson = false) => {
    log.append(changes);
    await flush();
    // A removed person's old lines must not linger: fold them away now (failures are retried and reported by `guard`).
    if (erasesPerson) await compact().catch(() => undefined);
    else if (log.due) void compact().catch(() => undefined);
  };
  return new DataStore(data, persist, () => log.close());
}
