/**
 * Durable job files. Each job has a manifest (`<id>.json`: the message and
 * the audience snapshot, written once, atomically and fsynced) and a journal
 * (`<id>.log`). A recipient's idempotency key is their index in the
 * manifest; the journal gets `<index> >` before their send starts and
 * `<index> s|f|b` once it ended. After `kill -9`, a restart reads the journal:
 * a recipient with an outcome is never sent to again; one whose send had
 * started with no outcome (in flight at the crash) may or may not have got
 * it, and is sent to once more, but not after a second such crash: nobody
 * gets a message three times. Appending a line is cheap; the subscriber file
 * is never rewritten per message.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform, Reply } from '../core/message.ts';
import { DIR_MODE, nodeDisk, writeFileDurablySync, type AppendFile, type Disk } from '../store/disk.ts';
import { coalesce } from '../store/coalesce.ts';
import type { AudienceFilter } from '../store/types.ts';

/** One person a job sends to. */
export interface Recipient {
  key: string;
  platform: Platform;
  chatId: string;
}

/**
 * What stays of a recipient who asked for their data to be deleted: the
 * place in the list, because the journal refers to recipients by index,
 * and nothing that identifies them.
 */
export interface RemovedRecipient {
  removed: true;
}

/** An entry of a job's recipient list. */
export type ListedRecipient = Recipient | RemovedRecipient;

/** True for the place of a person who was deleted from the job. */
export function isRemoved(recipient: ListedRecipient | undefined): recipient is RemovedRecipient | undefined {
  return recipient === undefined || 'removed' in recipient;
}

/** Replaces every entry of these keys with a tombstone; true when the list named any of them. */
export function removeRecipients(manifest: JobManifest, keys: ReadonlySet<string>): boolean {
  let found = false;
  manifest.recipients = manifest.recipients.map((r) => {
    if (isRemoved(r) || !keys.has(r.key)) return r;
    found = true;
    return { removed: true };
  });
  return found;
}

/** Everything needed to (re)run a job. */
export interface JobManifest {
  id: string;
  kind: 'broadcast' | 'reminder';
  key: string;
  createdAt: string;
  createdBy: string;
  summary: string;
  replies: Reply[];
  audience: AudienceFilter;
  recipients: ListedRecipient[];
}

/** A journal line's outcome for one recipient ("removed": deleted at their request before they were reached). */
export type RecipientOutcome = 'sent' | 'failed' | 'blocked' | 'removed';
const CODES: Record<RecipientOutcome, string> = { sent: 's', failed: 'f', blocked: 'b', removed: 'r' };
const OUTCOMES: Record<string, RecipientOutcome> = { s: 'sent', f: 'failed', b: 'blocked', r: 'removed' };

/** What a journal says so far. */
export interface JournalState {
  outcomes: Map<number, RecipientOutcome>;
  /** Recipients with no outcome whose send was started, and how many times. */
  unconfirmed: Map<number, number>;
  finished: 'done' | 'cancelled' | undefined;
}

/** The folder of job files. */
export class JobFiles {
  constructor(
    readonly dir: string,
    private readonly disk: Disk = nodeDisk,
  ) {
    mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  }

  private manifestPath(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private journalPath(id: string): string {
    return join(this.dir, `${id}.log`);
  }

  /** True when a job with this id was created. */
  exists(id: string): boolean {
    return existsSync(this.manifestPath(id));
  }

  /** Writes a new job's manifest durably (the commit point of enqueue). */
  create(manifest: JobManifest): void {
    writeFileDurablySync(this.manifestPath(manifest.id), JSON.stringify(manifest));
  }

  /** Reads a manifest. */
  read(id: string): JobManifest {
    return JSON.parse(readFileSync(this.manifestPath(id), 'utf8')) as JobManifest;
  }

  /**
   * Rewrites every manifest on disk that lists any of `keys`, with a
   * tombstone in their place (atomically, fsynced); `skip` names jobs whose
   * manifest the caller rewrites itself. Returns the ids of the jobs changed.
   */
  removeRecipients(keys: ReadonlySet<string>, skip: ReadonlySet<string> = new Set()): string[] {
    const needles = [...keys].map((key) => JSON.stringify(key));
    const changed: string[] = [];
    for (const id of this.list()) {
      if (skip.has(id)) continue;
      let text: string;
      try {
        text = readFileSync(this.manifestPath(id), 'utf8');
      } catch {
        continue; // pruned meanwhile
      }
      // Most jobs do not list this person: skip parsing them.
      if (!needles.some((needle) => text.includes(needle))) continue;
      const manifest = JSON.parse(text) as JobManifest;
      if (!removeRecipients(manifest, keys)) continue;
      this.rewrite(manifest);
      changed.push(id);
    }
    return changed;
  }

  /**
   * Replaces a job's manifest durably (after a recipient was removed),
   * keeping its modification time: retention counts from when the job was
   * written, and a deletion must not make the others' data live longer.
   */
  rewrite(manifest: JobManifest): void {
    const path = this.manifestPath(manifest.id);
    const { atimeMs, mtimeMs } = statSync(path);
    writeFileDurablySync(path, JSON.stringify(manifest));
    utimesSync(path, atimeMs / 1000, mtimeMs / 1000);
  }

  /** Ids of every job on disk. */
  list(): string[] {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  }

  /**
   * Deletes finished jobs whose files are older than `before` (ms since epoch):
   * they list who received a message, which is not kept longer than needed.
   * Unfinished jobs are never deleted. Returns how many were removed.
   */
  pruneFinished(before: number): number {
    let removed = 0;
    for (const id of this.list()) {
      if (!this.state(id).finished) continue;
      const manifest = this.manifestPath(id);
      if (statSync(manifest).mtimeMs >= before) continue;
      rmSync(manifest, { force: true });
      rmSync(this.journalPath(id), { force: true });
      removed++;
    }
    return removed;
  }

  /** Replays a job's journal. A torn last line (crash mid-write) is ignored. */
  state(id: string): JournalState {
    const outcomes = new Map<number, RecipientOutcome>();
    const started = new Map<number, number>();
    let finished: JournalState['finished'];
    let text = '';
    try {
      text = readFileSync(this.journalPath(id), 'utf8');
    } catch {
      return { outcomes, unconfirmed: started, finished };
    }
    for (const line of text.split('\n')) {
      if (line === 'done') finished = 'done';
      else if (line === 'cancelled') finished = 'cancelled';
      else {
        const m = /^(\d+) ([sfbr>])$/.exec(line);
        if (!m) continue;
        const index = Number(m[1]);
        if (m[2] === '>') started.set(index, (started.get(index) ?? 0) + 1);
        else outcomes.set(index, OUTCOMES[m[2] as string] as RecipientOutcome);
      }
    }
    for (const index of outcomes.keys()) started.delete(index);
    return { outcomes, unconfirmed: started, finished };
  }

  /** Opens a job's journal for appending. */
  async openJournal(id: string): Promise<Journal> {
    return new Journal(await this.disk.openAppend(this.journalPath(id)));
  }
}

/**
 * An open, append-only journal. A record is acknowledged once it is fsynced;
 * the fsyncs are shared (one in flight, one queued), so the lines of every
 * send that finishes meanwhile are made durable together.
 */
export class Journal {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly sync: () => Promise<void>;
  /** Set after a failed write, which may have left half a line behind. */
  private torn = false;

  constructor(private readonly file: AppendFile) {
    this.sync = coalesce(() => file.sync());
  }

  private async append(line: string): Promise<void> {
    // One write(2) per line through a single queue keeps lines whole and ordered.
    const next = this.queue.then(async () => {
      // After a failed write, start on a fresh line: the torn piece stays a line of its own, which replay ignores.
      const text = `${this.torn ? '\n' : ''}${line}\n`;
      try {
        await this.file.write(text);
        this.torn = false;
      } catch (error) {
        this.torn = true;
        throw error;
      }
    });
    this.queue = next.catch(() => undefined);
    await next;
    await this.sync();
  }

  /** Records that a recipient's send starts now (before anything goes out); resolves once it is on disk. */
  start(index: number): Promise<void> {
    return this.append(`${index} >`);
  }

  /** Records one recipient's outcome; resolves once it is on disk. */
  record(index: number, outcome: RecipientOutcome): Promise<void> {
    return this.append(`${index} ${CODES[outcome]}`);
  }

  /** Records the end of the job; resolves once it is on disk. */
  finish(how: 'done' | 'cancelled'): Promise<void> {
    return this.append(how);
  }

  /** Closes the file. */
  async close(): Promise<void> {
    await this.queue;
    await this.file.close();
  }
}
