/**
 * When each person last wrote to the bot, per platform, kept in an
 * append-only file under DATA_DIR (`interactions.log`, mode 600): one line
 * per incoming message with the time and the chat key, never the text.
 * Zalo OA decides by this time whether the OA may still message a person (a
 * free reply within 48 h, a consultation message within 7 days), so the
 * reach figures and the choice of message type read it.
 *
 * Appending a line costs far less than rewriting the store on every message,
 * and the file stays open for appending (opening and closing it for every
 * message showed in the webhook profile).
 * Like the handled-update ids (`seen-updates.ts`), lines are not fsynced: a
 * crash may lose the last few, which only makes someone look less recently
 * active than they were. The file is compacted (the latest line per person)
 * when it is opened and whenever it has grown well past the number of people.
 * Forgetting a person (/xoadulieu) rewrites it without them at once.
 */
import { openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import type { Logger } from 'pino';
import { closeQuietly } from './disk.ts';

/** The file in DATA_DIR that keeps the last interactions. */
export const INTERACTIONS_FILE = 'interactions.log';

/** Settings for `InteractionLog`. */
export interface InteractionLogOptions {
  /** Where the times are kept; without it they live in memory only (tests, one-shot tools). */
  file?: string;
  /** A failed write is logged here once (the time is still known until the next restart). */
  logger?: Logger;
  /** Read the file and never write it (a command reading beside a running bot). */
  readOnly?: boolean;
}

/** The last time each person wrote, by chat key (`zalo-oa:123`). */
export class InteractionLog {
  private readonly last = new Map<string, number>();
  private linesInFile = 0;
  /** The file open for appending, once a line has been written (closed to compact it, after a failure, or by `close`). */
  private fd: number | undefined;
  private writeFailed = false;
  private loaded = false;

  constructor(private readonly options: InteractionLogOptions = {}) {}

  /** Records that the person with this chat key wrote at `at`. */
  record(chatKey: string, at: Date): void {
    this.open();
    const key = clean(chatKey);
    const time = at.getTime();
    if ((this.last.get(key) ?? -Infinity) >= time) return;
    this.last.set(key, time);
    const file = this.options.file;
    if (!file || this.options.readOnly) return;
    this.safely(() => {
      if (this.linesInFile >= Math.max(1000, 2 * this.last.size)) this.compact(file);
      else {
        this.fd ??= openSync(file, 'a', 0o600);
        writeSync(this.fd, line(key, time));
        this.linesInFile++;
      }
    });
  }

  /** When the person last wrote; undefined when no message of theirs was recorded. */
  lastAt(chatKey: string): Date | undefined {
    this.open();
    const time = this.last.get(clean(chatKey));
    return time === undefined ? undefined : new Date(time);
  }

  /** Deletes what is kept about these people, in memory and on disk, before returning. */
  forget(chatKeys: Iterable<string>): void {
    this.open();
    let changed = false;
    for (const key of chatKeys) changed = this.last.delete(clean(key)) || changed;
    const file = this.options.file;
    if (!changed || !file || this.options.readOnly) return;
    // A deletion must reach the disk: unlike a lost time, a kept one would be personal data nobody may have.
    this.compact(file);
  }

  /** Releases the appending handle (at shutdown); a later message opens the file again. */
  close(): void {
    this.fd = closeQuietly(this.fd);
  }

  /** Reads (and compacts) the file the first time the log is used. */
  private open(): void {
    if (this.loaded) return;
    this.loaded = true;
    const file = this.options.file;
    if (!file) return;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      // No file yet: the first message creates it; nothing to compact.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.options.logger?.warn({ err: error, file }, 'could not read the last interactions');
    }
    for (const entry of text.split('\n')) {
      const space = entry.indexOf(' ');
      const at = parseInt(entry.slice(0, space), 36);
      const key = entry.slice(space + 1);
      // A line cut short by a crash has no key or no time: skip it.
      if (space <= 0 || !Number.isFinite(at) || key.length === 0) continue;
      if ((this.last.get(key) ?? -Infinity) < at) this.last.set(key, at);
    }
    if (this.options.readOnly) return;
    this.safely(() => this.compact(file));
  }

  /** Runs a file write; a failure (full disk, permissions) is logged once, never thrown. */
  private safely(write: () => void): void {
    try {
      write();
      this.writeFailed = false;
    } catch (error) {
      this.close();
      if (!this.writeFailed)
        this.options.logger?.warn({ err: error, file: this.options.file }, 'could not keep the last interactions');
      this.writeFailed = true;
    }
  }

  /** Rewrites the file with the latest time per person (temp file, then rename). */
  private compact(file: string): void {
    this.close();
    const temp = `${file}.tmp`;
    writeFileSync(temp, [...this.last].map(([key, at]) => line(key, at)).join(''), { mode: 0o600 });
    renameSync(temp, file);
    this.linesInFile = this.last.size;
  }
}

/** Keys are written one per line, so whitespace in one (never expected) becomes "_". */
function clean(key: string): string {
  return key.replace(/\s/g, '_');
}

function line(key: string, at: number): string {
  return `${at.toString(36)} ${key}\n`;
}
