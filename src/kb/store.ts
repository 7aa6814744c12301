/**
 * Holds the current knowledge snapshot and reloads it when staff edit the
 * files. A broken edit never takes the bot down: the last good version keeps
 * serving and the problems are logged. Files are read only once they have
 * stopped changing, because an upload (SFTP) writes a file in many pieces.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { formatProblems, KnowledgeError, loadKnowledge, type Knowledge } from './load.ts';

/** How long the folder must stay unchanged (no event, same sizes and times) before it is read again. */
export const DEFAULT_QUIET_MS = 2000;

/** Sizes and modification times of every file under the folder: equal twice in a row means nobody is writing. */
function folderSignature(dir: string): string {
  const parts: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return '';
  }
  for (const name of names) {
    try {
      const stat = statSync(join(dir, name));
      if (stat.isFile()) parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
    } catch {
      // Removed while listing: the next signature will differ anyway.
    }
  }
  return parts.join('\n');
}

/** The live knowledge base. */
export class KnowledgeStore {
  private snapshot: Knowledge;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** The folder's signature when the current quiet period began. */
  private signature = '';

  /** Loads the folder; throws `KnowledgeError` if it is invalid (the bot must not start on it). */
  constructor(
    private readonly dir: string,
    private readonly logger: Logger,
  ) {
    this.snapshot = loadKnowledge(dir);
  }

  /** The snapshot to answer with right now. */
  get current(): Knowledge {
    return this.snapshot;
  }

  /** Re-reads the folder; on success swaps the snapshot, otherwise keeps the old one. Returns whether it swapped. */
  reload(): boolean {
    try {
      const next = loadKnowledge(this.dir);
      this.snapshot = next;
      this.logger.info({ entries: next.entries.size }, 'knowledge base reloaded');
      return true;
    } catch (error) {
      if (error instanceof KnowledgeError) {
        this.logger.error(
          { problems: error.problems },
          formatProblems(error.problems, 'Bản sửa kho kiến thức có lỗi; trợ lý vẫn dùng bản cũ cho tới khi sửa xong:'),
        );
        return false;
      }
      throw error;
    }
  }

  /** True while changed files wait for the folder to fall quiet before they are read. */
  get reloadPending(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Reloads once the files have stopped changing: `quietMs` with no change
   * event, and the same sizes and modification times at both ends of that
   * period (an event can be missed, a slow upload pauses between pieces).
   */
  watch(quietMs = DEFAULT_QUIET_MS): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, { recursive: true }, () => this.waitForQuiet(quietMs));
    this.watcher.on('error', (error) => this.logger.warn({ err: error }, 'knowledge watcher stopped'));
  }

  private waitForQuiet(quietMs: number): void {
    clearTimeout(this.timer);
    this.signature = folderSignature(this.dir);
    this.timer = setTimeout(() => this.reloadIfQuiet(quietMs), quietMs);
  }

  private reloadIfQuiet(quietMs: number): void {
    const signature = folderSignature(this.dir);
    if (signature !== this.signature) {
      this.waitForQuiet(quietMs);
      return;
    }
    this.timer = undefined;
    this.reload();
  }

  /** Stops watching. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watcher?.close();
    this.watcher = undefined;
  }
}
