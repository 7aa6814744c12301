/**
 * Update and message ids already handled, kept for a day in a file under
 * DATA_DIR, so that a platform's re-sent or replayed update is refused even
 * after a restart. The file holds ids only, never text: one line per id with
 * the time it was handled. Expired lines are dropped when the file is
 * opened and whenever it has grown well past the live set.
 *
 * An id is claimed in memory when its update arrives (so a copy arriving
 * meanwhile is refused) and written to the file only once the update has
 * been handled: after a crash mid-update the platform's re-send is answered,
 * which is better than a message lost. The file is opened at the first use,
 * so a command that only sends (a broadcast) never touches it. It stays open
 * for appending: opening and closing it for every update was the largest
 * remaining cost of the webhook path in `npm run bench:webhook`.
 */
import { mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { closeQuietly } from '../store/disk.ts';
import { RecentKeys } from './recent-keys.ts';

/** How long handled ids are remembered by default: platforms re-send for far less than a day. */
export const SEEN_UPDATES_TTL_MS = 24 * 60 * 60_000;

/** Settings for `SeenUpdates`. */
export interface SeenUpdatesOptions {
  /** Where handled ids are kept; without it they live in memory only. */
  file?: string;
  ttlMs?: number;
  /** Most ids remembered; the oldest are forgotten first. */
  limit?: number;
  /** A failed write is logged here (the update is still refused until the next restart). */
  logger?: Logger;
  now?: () => number;
}

/** Ids handled recently, in memory and, with a file, across restarts. */
export class SeenUpdates {
  private readonly claimed: RecentKeys;
  private readonly recorded: RecentKeys;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private linesInFile = 0;
  /** The file open for appending, once a line has been written (closed again to compact it or after a failure). */
  private fd: number | undefined;
  private writeFailed = false;
  private loaded = false;

  constructor(private readonly options: SeenUpdatesOptions = {}) {
    this.ttlMs = options.ttlMs ?? SEEN_UPDATES_TTL_MS;
    this.now = options.now ?? Date.now;
    this.claimed = new RecentKeys(this.ttlMs, options.limit);
    this.recorded = new RecentKeys(this.ttlMs, options.limit);
  }

  /** Reads the file the first time the ids are used. */
  private open(): void {
    if (this.loaded) return;
    this.loaded = true;
    if (this.options.file) this.load(this.options.file);
  }

  /** True if `key` was claimed or handled within the window, without claiming it. */
  has(key: string, now = this.now()): boolean {
    this.open();
    return this.claimed.has(clean(key), now);
  }

  /** True if `key` was seen before; otherwise claims it and returns false. */
  claim(key: string, now = this.now()): boolean {
    this.open();
    return this.claimed.seenBefore(clean(key), now);
  }

  /** Marks a claimed key handled, in the file when there is one. */
  record(key: string, now = this.now()): void {
    this.open();
    const id = clean(key);
    this.claimed.seenBefore(id, now);
    if (this.recorded.seenBefore(id, now) || !this.options.file) return;
    this.safely(() => {
      if (this.linesInFile >= Math.max(1000, 2 * this.recorded.size)) this.compact(this.options.file as string, now);
      else {
        this.fd ??= openSync(this.options.file as string, 'a', 0o600);
        writeSync(this.fd, line(id, now));
        this.linesInFile++;
      }
    });
  }

  /** Runs a file operation; a failure (full disk, permissions) is logged once, never thrown: ids are still refused until the next restart. */
  private safely(write: () => void): void {
    try {
      write();
      this.writeFailed = false;
    } catch (error) {
      this.closeFile();
      if (!this.writeFailed)
        this.options.logger?.warn({ err: error, file: this.options.file }, 'could not keep handled update ids on disk');
      this.writeFailed = true;
    }
  }

  /** Closes the appending handle; the next line opens the file again. */
  private closeFile(): void {
    this.fd = closeQuietly(this.fd);
  }

  private load(file: string): void {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        this.options.logger?.warn({ err: error, file }, 'could not read handled update ids');
    }
    const now = this.now();
    for (const entry of text.split('\n')) {
      const space = entry.indexOf(' ');
      const at = parseInt(entry.slice(0, space), 36);
      // A line cut short by a crash has no key or no time: skip it.
      if (space <= 0 || !Number.isFinite(at) || now - at > this.ttlMs) continue;
      const key = entry.slice(space + 1);
      if (key.length === 0) continue;
      this.claimed.seenBefore(key, at);
      this.recorded.seenBefore(key, at);
    }
    this.safely(() => {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      this.compact(file, now);
    });
  }

  /** Rewrites the file with the live ids only (temp file, then rename, so a crash leaves one or the other). */
  private compact(file: string, now: number): void {
    const live = [...this.recorded.live(now)];
    const temp = `${file}.tmp`;
    this.closeFile();
    writeFileSync(temp, live.map(([key, at]) => line(key, at)).join(''), { mode: 0o600 });
    renameSync(temp, file);
    this.linesInFile = live.length;
  }
}

/** Ids are written one per line, so whitespace in one (never expected) becomes "_". */
function clean(key: string): string {
  return key.replace(/\s/g, '_');
}

function line(key: string, at: number): string {
  return `${at.toString(36)} ${key}\n`;
}
