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
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Platform, Reply } from '../core/message.ts';
import type { AudienceFilter } from '../store/types.ts';

/** One person a job sends to. */
export interface Recipient {
  key: string;
  platform: Platform;
  chatId: string;
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
  recipients: Recipient[];
}

/** A journal line's outcome for one recipient. */
export type RecipientOutcome = 'sent' | 'failed' | 'blocked';
const CODES: Record<RecipientOutcome, string> = { sent: 's', failed: 'f', blocked: 'b' };
const OUTCOMES: Record<string, RecipientOutcome> = { s: 'sent', f: 'failed', b: 'blocked' };

/** What a journal says so far. */
export interface JournalState {
  outcomes: Map<number, RecipientOutcome>;
  /** Recipients with no outcome whose send was started, and how many times. */
  unconfirmed: Map<number, number>;
  finished: 'done' | 'cancelled' | undefined;
}

/** Writes a file so that after a crash it is either the old or the new content, never half. */
export function writeFileDurably(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  fsyncFolder(dirname(path));
}

/** Makes a folder's entries (a new or renamed file) durable. */
export function fsyncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The folder of job files. */
export class JobFiles {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
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
    writeFileDurably(this.manifestPath(manifest.id), JSON.stringify(manifest));
  }

  /** Reads a manifest. */
  read(id: string): JobManifest {
    return JSON.parse(readFileSync(this.manifestPath(id), 'utf8')) as JobManifest;
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
        const m = /^(\d+) ([sfb>])$/.exec(line);
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
    return new Journal(await open(this.journalPath(id), 'a'));
  }
}

/** An open, append-only journal. */
export class Journal {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly handle: FileHandle) {}

  private append(line: string): Promise<void> {
    // One write(2) per line through a single queue keeps lines whole and ordered.
    const next = this.queue.then(() => this.handle.write(`${line}\n`));
    this.queue = next.catch(() => undefined);
    return next.then(() => undefined);
  }

  /** Records that a recipient's send starts now (before anything goes out). */
  start(index: number): Promise<void> {
    return this.append(`${index} >`);
  }

  /** Records one recipient's outcome. */
  record(index: number, outcome: RecipientOutcome): Promise<void> {
    return this.append(`${index} ${CODES[outcome]}`);
  }

  /** Records the end of the job. */
  async finish(how: 'done' | 'cancelled'): Promise<void> {
    await this.append(how);
    await this.handle.sync();
  }

  /** Closes the file. */
  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }
}
