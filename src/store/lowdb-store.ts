/**
 * The embedded store: lowdb over one JSON file in DATA_DIR. lowdb's writer
 * (steno) writes a temp file and renames it over the target, so a crash
 * never leaves a half-written file, and it coalesces concurrent writes, so a
 * thousand changes arriving at once cost a few file writes, not a thousand.
 * A change is acknowledged only after the write that contains it finished.
 * Per-message delivery progress does not live here (see src/delivery/journal.ts):
 * rewriting a 20 MB file per message sent would be far too slow.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
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
  const data = { ...emptyStoreData(), ...db.data };
  db.data = data;
  return new DataStore(data, () => db.write());
}
