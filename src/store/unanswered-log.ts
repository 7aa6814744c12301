/**
 * What residents asked that the bot could not answer well (a fallback, a
 * "did you mean", an answer marked not helpful), for the console's
 * "Câu hỏi chưa trả lời được" page. The text is redacted before it is
 * written (`text/redact.ts`); the caller never passes safeguarding messages.
 * One JSON line per question in `DATA_DIR/unanswered.jsonl`, and one line
 * per staff decision about a group ("added as a phrasing", "out of scope").
 * Lines past the retention period are dropped at start and when read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import { foldAccents } from '../text/fold.ts';
import { coalesce } from './coalesce.ts';
import { redactPersonalData } from '../text/redact.ts';
import { writeFileDurablySync } from './disk.ts';

/** Why a question is on the list. */
export type UnansweredKind = 'fallback' | 'did-you-mean' | 'not-helpful';

/** What staff did about a group of questions. */
export type UnansweredResolution = 'phrasing' | 'out-of-scope' | 'draft';

type Line =
  | { at: string; kind: UnansweredKind; text: string; entryId?: string }
  | { at: string; resolved: string; as: UnansweredResolution; entryId?: string };

/** Questions alike enough to be read as one, with how often they were asked. */
export interface UnansweredGroup {
  /** The folded words of the question, sorted: the same for "Trợ cấp ở đâu?" and "ở đâu trợ cấp". */
  key: string;
  /** The most recent wording (redacted). */
  text: string;
  count: number;
  kinds: Partial<Record<UnansweredKind, number>>;
  /** The entry the bot thought closest, when it had one. */
  entryId?: string;
  lastAt: string;
}

/** Where a question the bot could not answer is recorded. */
export interface UnansweredSink {
  /** Stores the question redacted; resolves once appended. */
  record(question: { kind: UnansweredKind; text: string; entryId?: string | null }): Promise<void>;
}

/** The similarity key of a question: its accent-folded, lower-case words, unique and sorted. */
export function similarityKey(text: string): string {
  const words = foldAccents(text.toLowerCase())
    .replace(/[^\p{L}\p{N}[\]\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return [...new Set(words)].sort().join(' ');
}

/** The log file of one data folder. */
export class UnansweredLog implements UnansweredSink {
  private readonly path: string;
  /** Lines waiting for the next write; concurrent questions share one write. */
  private pending: string[] = [];
  /** The file open for appending; dropped when the file is rewritten or a write fails. */
  private handle: Promise<FileHandle> | undefined;

  constructor(
    dataDir: string,
    private readonly retentionMs: number,
    private readonly now: () => Date,
  ) {
    this.path = join(dataDir, 'unanswered.jsonl');
  }

  record(question: { kind: UnansweredKind; text: string; entryId?: string | null }): Promise<void> {
    const text = redactPersonalData(question.text.trim()).slice(0, 500);
    if (text === '') return Promise.resolve();
    return this.append({
      at: this.now().toISOString(),
      kind: question.kind,
      text,
      ...(question.entryId ? { entryId: question.entryId } : {}),
    });
  }

  /** Records that staff dealt with the group `key`; its questions leave the list. */
  resolve(key: string, as: UnansweredResolution, entryId?: string): Promise<void> {
    return this.append({ at: this.now().toISOString(), resolved: key, as, ...(entryId ? { entryId } : {}) });
  }

  /** Open groups, most asked first. */
  groups(): UnansweredGroup[] {
    const groups = new Map<string, UnansweredGroup>();
    for (const line of this.read()) {
      if ('resolved' in line) {
        groups.delete(line.resolved);
        continue;
      }
      const key = similarityKey(line.text);
      const group = groups.get(key) ?? { key, text: line.text, count: 0, kinds: {}, lastAt: line.at };
      group.count += 1;
      group.kinds[line.kind] = (group.kinds[line.kind] ?? 0) + 1;
      group.text = line.text;
      group.lastAt = line.at;
      if (line.entryId) group.entryId = line.entryId;
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
  }

  /** Deletes lines past the retention period; returns how many. */
  prune(): number {
    const all = this.readAll();
    const kept = this.fresh(all);
    if (kept.length < all.length) {
      writeFileDurablySync(this.path, kept.map((l) => `${JSON.stringify(l)}\n`).join(''));
      // The open handle still points at the replaced file: the next line opens the new one.
      void this.release();
    }
    return all.length - kept.length;
  }

  /** Releases the appending handle once the lines already recorded are written. */
  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    await this.release();
  }

  private append(line: Line): Promise<void> {
    this.pending.push(`${JSON.stringify(line)}\n`);
    return this.flush();
  }

  private readonly flush = coalesce(async () => {
    const batch = this.pending.join('');
    this.pending = [];
    if (batch === '') return;
    try {
      this.handle ??= open(this.path, 'a', 0o600);
      await (await this.handle).write(batch);
    } catch (error) {
      await this.release();
      throw error;
    }
  });

  private async release(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.then((h) => h.close()).catch(() => undefined);
  }

  private read(): Line[] {
    return this.fresh(this.readAll());
  }

  private fresh(lines: Line[]): Line[] {
    const cutoff = this.now().getTime() - this.retentionMs;
    return lines.filter((line) => Date.parse(line.at) >= cutoff);
  }

  private readAll(): Line[] {
    if (!existsSync(this.path)) return [];
    const lines: Line[] = [];
    for (const raw of readFileSync(this.path, 'utf8').split('\n')) {
      if (raw === '') continue;
      try {
        lines.push(JSON.parse(raw) as Line);
      } catch {
        // A torn last line after a crash.
      }
    }
    return lines;
  }
}
