/**
 * Holds the current knowledge snapshot and reloads it when staff edit the
 * files. A broken edit never takes the bot down: the last good version keeps
 * serving and the problems are logged.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import { formatProblems, KnowledgeError, loadKnowledge, type Knowledge } from './load.ts';

/** The live knowledge base. */
export class KnowledgeStore {
  private snapshot: Knowledge;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;

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

  /** Reloads shortly after files change (edits usually come as bursts of writes). */
  watch(debounceMs = 300): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, { recursive: true }, () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.reload(), debounceMs);
    });
    this.watcher.on('error', (error) => this.logger.warn({ err: error }, 'knowledge watcher stopped'));
  }

  /** Stops watching. */
  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
  }
}
