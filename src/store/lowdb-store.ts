/**
 * The embedded store: lowdb over one JSON file in DATA_DIR. lowdb's writer
 * (steno) writes a temp file and renames it over the target, so a crash
 * never leaves a half-written file. lowdb serialises the whole data on every
 * `write()` call, which at 100,000 subscribers (~24 MB) takes ~150 ms; so
 * writes are coalesced here: one write in flight, at most one queued behind
 * it, shared by every change that arrives meanwhile. A thousand changes
 * arriving at once cost a few file writes, not a thousand. A change is
 * acknowledged only after a write that contains it has finished.
 * Per-message delivery progress does not live here (see src/delivery/journal.ts):
 * rewriting a 20 MB file per message sent would be far too slow.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { auditLogIn, linesFromStoredJobs, type AuditJob } from './audit-log.ts';
import { DataStore, emptyStoreData, type StoreData } from './data-store.ts';

/** Opens (or creates) the store in `dataDir`. */
export async function openLowdbStore(dataDir: string): Promise<DataStore> {
  mkdirSync(dataDir, { recursive: true });
  // Compact JSON: at 100,000 subscribers pretty-printing would double the file.
  const adapter = new DataFile<StoreData>(join(dataDir, 'store.json'), {
    parse: (text) => JSON.parse(text) as StoreData,
    stringify: (data) => JSON.stringify(data),
  });
  const db = new Low<StoreData>(adapter, emptyStoreData());
  await db.read();
  // Older versions kept the audit inside this file; it now has its own append-only file.
  const { audit: legacyAudit, ...stored } = db.data as StoreData & { audit?: AuditJob[] };
  const data = { ...emptyStoreData(), ...stored };
  db.data = data;
  if (legacyAudit && legacyAudit.length > 0) {
    await auditLogIn(dataDir).appendLines(linesFromStoredJobs(legacyAudit));
    await db.write();
  }
  return new DataStore(data, coalesce(() => db.write()));
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
