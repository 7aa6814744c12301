/**
 * The store's append-only change log. A change to subscribers, staff,
 * consent wordings, reminder occurrences or drafts is one JSON line appended
 * to `store-changes.<generation>.log` and fsynced, so it costs O(1) I/O
 * however many people are stored; lines arriving while a write is in flight
 * share the next write and fsync (group commit).
 *
 * Compaction folds the log into the lowdb snapshot (`store.json`, written
 * through `Disk`: temp file, fsync, rename): on start when the log is not
 * empty, in the background once the log outgrows the snapshot, and at once
 * after a person is removed, so a deleted person's old lines do not outlive
 * the deletion. It switches to the next generation and serialises the data
 * in the same synchronous step, so a change is either in the snapshot or in
 * the new log, never lost between them; the old generation is deleted only
 * after the snapshot naming the new one is on disk.
 */
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { applyChange, parseChange } from './changes.ts';
import { coalesce } from './coalesce.ts';
import type { StoreData } from './data-store.ts';
import { syncDirSync, type AppendFile, type Disk } from './disk.ts';
import type { Change } from './types.ts';

/** The snapshot file in DATA_DIR. */
export const SNAPSHOT_FILE = 'store.json';
const LOG_NAME = /^store-changes\.(\d+)\.log$/;
/** The log is compacted once it is larger than the snapshot and this. */
const MIN_COMPACT_BYTES = 1024 * 1024;

/** The log file of a generation. */
function logFile(dataDir: string, generation: number): string {
  return join(dataDir, `store-changes.${generation}.log`);
}

/** The generations of log files in `dataDir`, oldest first. */
function logGenerations(dataDir: string): number[] {
  return readdirSync(dataDir)
    .map((name) => LOG_NAME.exec(name)?.[1])
    .filter((g): g is string => g !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The size of the snapshot on disk (0 when there is none yet). */
function snapshotSize(dataDir: string): number {
  try {
    return statSync(join(dataDir, SNAPSHOT_FILE)).size;
  } catch {
    return 0;
  }
}

/** What replaying the log found. */
export interface ReplayReport {
  /** Changes applied over the snapshot. */
  applied: number;
  /** Lines that did not parse (a crash cut the last one short, or a write failed half-way). */
  torn: Array<{ file: string; line: number }>;
  /** Bytes of log replayed. */
  bytes: number;
}

/** Applies the log files that follow the snapshot (generation `from` and later) to `data`, in order. */
export function replayChangeLog(dataDir: string, data: StoreData, from: number): ReplayReport {
  const report: ReplayReport = { applied: 0, torn: [], bytes: 0 };
  for (const generation of logGenerations(dataDir)) {
    if (generation < from) continue;
    const file = logFile(dataDir, generation);
    const text = readFileSync(file, 'utf8');
    report.bytes += Buffer.byteLength(text);
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      if (line.length === 0) return;
      const change = parseChange(line);
      if (change) {
        applyChange(data, change);
        report.applied++;
      } else report.torn.push({ file, line: index + 1 });
    });
  }
  return report;
}

/** Reads the snapshot plus the log without writing anything (a command beside a running bot). */
export function readStoredData(dataDir: string, empty: StoreData): StoreData {
  let data = empty;
  try {
    data = { ...empty, ...(JSON.parse(readFileSync(join(dataDir, SNAPSHOT_FILE), 'utf8')) as StoreData) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    replayChangeLog(dataDir, data, data.changeLog ?? 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return data;
}

/** Where the change log lives and how it writes. */
export interface ChangeLogOptions {
  dataDir: string;
  disk: Disk;
  /** The live data: compaction serialises it. */
  data: StoreData;
  /** The generation the snapshot on disk names. */
  generation: number;
  /** Bytes of log on disk already (replayed at start). */
  bytes: number;
  logger?: Logger;
}

/** Appends changes durably and compacts them into the snapshot. */
export class ChangeLog {
  private pending: string[] = [];
  private file: AppendFile | undefined;
  private generation: number;
  private bytes: number;
  /** A write failed half-way: start the next one on a new line so the torn one cannot swallow it. */
  private afterFailure = false;
  private writing: Promise<void> | undefined;
  private compacting: Promise<void> | undefined;

  constructor(private readonly options: ChangeLogOptions) {
    this.generation = options.generation;
    this.bytes = options.bytes;
    this.snapshotBytes = snapshotSize(options.dataDir);
  }

  /** Queues changes already applied in memory (serialised now, so later edits of the objects do not leak in). */
  append(changes: readonly Change[]): void {
    for (const change of changes) this.pending.push(`${JSON.stringify(change)}\n`);
  }

  /** Resolves once every change appended before the call is fsynced (several callers share one write). */
  readonly flush = coalesce(() => {
    this.writing = this.writeBatch();
    return this.writing;
  });

  /** True when the log has outgrown the snapshot and should be compacted. */
  get due(): boolean {
    return this.bytes > MIN_COMPACT_BYTES && this.bytes > this.snapshotBytes;
  }

  /** The size of the last snapshot written (the log may grow to it before a compaction). */
  private snapshotBytes: number;

  /** Folds the log into a new snapshot; a caller's change is in the snapshot of the compaction it waits for. */
  readonly compact = coalesce(() => {
    this.compacting = this.compactOnce();
    return this.compacting;
  });

  /** Flushes and closes the log file (it is reopened by the next change). */
  async close(): Promise<void> {
    await this.flush();
    await this.compacting?.catch(() => undefined);
    const file = this.file;
    this.file = undefined;
    await file?.close();
  }

  private async writeBatch(): Promise<void> {
    if (this.pending.length === 0 && !this.afterFailure) return;
    const lines = this.pending;
    this.pending = [];
    const text = (this.afterFailure ? '\n' : '') + lines.join('');
    const generation = this.generation;
    try {
      let file = this.file;
      if (!file) {
        file = await this.options.disk.openAppend(logFile(this.options.dataDir, generation));
        // A compaction may have switched generations while this file opened: then this write is its last use.
        if (this.generation === generation) this.file = file;
      }
      try {
        await file.write(text);
        await file.sync();
      } finally {
        if (this.file !== file) await file.close().catch(() => undefined);
      }
      this.afterFailure = false;
      if (this.generation === generation) this.bytes += Buffer.byteLength(text);
    } catch (error) {
      // Kept for the retry (disk-health retries the flush): nothing acknowledged is dropped.
      this.pending = lines.concat(this.pending);
      this.afterFailure = true;
      throw error;
    }
  }

  private async compactOnce(): Promise<void> {
    const { dataDir, disk, data } = this.options;
    const next = this.generation + 1;
    // Writes already in flight go to the old file; they hold changes from before the switch, so in the snapshot.
    const inFlight = this.writing;
    const oldFile = this.file;
    // The next write opens the new generation's file (so an idle store leaves no empty log behind).
    this.file = undefined;
    this.generation = next;
    this.bytes = 0;
    this.afterFailure = false;
    data.changeLog = next;
    // Compact JSON: at 100,000 subscribers pretty-printing would double the file.
    const json = JSON.stringify(data);
    // Lines not yet written belong to changes now in the snapshot too; they go to the new file (replay is idempotent).
    try {
      // If this fails the snapshot on disk still names the old generation: old and new logs together hold every change.
      await disk.writeFile(join(dataDir, SNAPSHOT_FILE), json);
    } finally {
      await inFlight?.catch(() => undefined);
      await oldFile?.close().catch(() => undefined);
    }
    this.snapshotBytes = json.length;
    for (const generation of logGenerations(dataDir)) if (generation < next) unlinkSync(logFile(dataDir, generation));
    syncDirSync(dataDir);
    this.options.logger?.debug({ generation: next }, 'store change log compacted');
  }
}
