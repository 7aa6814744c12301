/**
 * Holds the current knowledge snapshot and reloads it when staff edit the
 * files. A broken edit never takes the bot down: the last good version keeps
 * serving and the problems are logged. What it serves is whatever `compile`
 * makes of the checked files (the composition root compiles every layer's
 * section there, so a file that fails any layer's checks is refused too). Files are read only once they have
 * stopped changing, because an upload (SFTP) writes a file in many pieces.
 */
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { digestEachFile, lastGoodPath, readLastGood, saveLastGood } from './last-good.ts';
import { ParsedYamlCache } from './parse-cache.ts';
import {
  formatProblems,
  KnowledgeError,
  parseKnowledgeSource,
  readKnowledgeFiles,
  type KbProblem,
  type Knowledge,
  type KnowledgeSource,
} from './load.ts';

/** How long the folder must stay unchanged (no event, same sizes and times) before it is read again. */
const DEFAULT_QUIET_MS = 2000;

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

/** Options of the knowledge store. */
export interface KnowledgeStoreOptions {
  /** DATA_DIR: the last good files are kept there and used at start when the folder is broken. Without it, broken files at start are fatal. */
  dataDir?: string;
  /** True when a snapshot must be compiled again from the same files (the legal figures it quotes changed today). */
  isOutdated?: (snapshot: Knowledge) => boolean;
  /** CENTER: serve `centers/<center>.yaml` instead of center.yaml. */
  center?: string;
}

/** Turns the parsed files into the snapshot served; throws `KnowledgeError` when they are unusable. */
export type CompileSnapshot<K extends Knowledge> = (source: KnowledgeSource) => K;

/** A snapshot and the digest of each file it was compiled from (none for the last good copy). */
export interface LoadedSnapshot<K extends Knowledge> {
  snapshot: K;
  digests?: Readonly<Record<string, string>>;
}

/** The live knowledge base: the knowledge folder, watched, and the snapshot compiled from it. */
export class KnowledgeFolder<K extends Knowledge> {
  private snapshot: K;
  /** Digests of the files `snapshot` was compiled from. */
  private digests: Readonly<Record<string, string>> | undefined;
  /** Counts reloads started, so that a slow one never replaces what a later one loaded. */
  private generation = 0;
  /** The reload running in the background, and whether the files changed again meanwhile. */
  private inBackground: Promise<boolean> | undefined;
  private reloadAgain = false;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** The folder's signature when the current quiet period began. */
  private signature = '';
  private readonly lastGoodFile: string | undefined;
  /** When the copy being served was saved, while serving the last good copy. */
  private lastGoodSince: string | undefined;
  private readonly isOutdated: ((snapshot: Knowledge) => boolean) | undefined;
  private readonly center: string | undefined;
  /** YAML parsed by earlier loads, kept in `dataDir`. */
  private readonly parseCache: ParsedYamlCache | undefined;

  /**
   * Loads the folder. When it is broken and a last good copy was saved in
   * `dataDir`, starts from that copy and says so loudly; otherwise throws
   * `KnowledgeError` (the bot must not start on broken files).
   */
  constructor(
    protected readonly dir: string,
    protected readonly logger: Logger,
    private readonly compile: CompileSnapshot<K>,
    options: KnowledgeStoreOptions = {},
  ) {
    this.lastGoodFile = options.dataDir === undefined ? undefined : lastGoodPath(options.dataDir);
    this.parseCache = options.dataDir === undefined ? undefined : new ParsedYamlCache(options.dataDir);
    this.isOutdated = options.isOutdated;
    this.center = options.center;
    try {
      const loaded = this.loadFolder();
      this.snapshot = loaded.snapshot;
      this.digests = loaded.digests;
    } catch (error) {
      const saved = error instanceof KnowledgeError && this.lastGoodFile ? readLastGood(this.lastGoodFile) : undefined;
      if (!saved) {
        if (this.lastGoodFile && existsSync(this.lastGoodFile))
          logger.error({ file: this.lastGoodFile }, 'the last good knowledge copy is damaged and cannot be used');
        throw error;
      }
      try {
        this.snapshot = this.compile(parseKnowledgeSource(saved.files));
      } catch {
        // The copy no longer passes the checks of the code that runs now: the folder's own problems are what staff must fix.
        throw error;
      }
      this.lastGoodSince = saved.savedAt;
      const problems = (error as KnowledgeError).problems;
      logger.error(
        { problems, lastGoodSavedAt: saved.savedAt, knowledge: 'last-good' },
        formatProblems(
          problems,
          `CẢNH BÁO: kho kiến thức trên đĩa có lỗi. Trợ lý đang chạy bằng bản tốt gần nhất (lưu lúc ${saved.savedAt} trong ${this.lastGoodFile}). Sửa các lỗi dưới đây (kiểm tra bằng npm run kb:check); khi tệp đúng, trợ lý tự nạp lại:`,
        ),
      );
    }
  }

  /** The snapshot to answer with right now (compiled again from the same files when it has become outdated). */
  get current(): K {
    if (this.isOutdated?.(this.snapshot)) {
      try {
        this.snapshot = this.compile(this.snapshot.source);
        this.logger.info('knowledge compiled again: a legal figure changed today');
      } catch (error) {
        // The same files compiled before; keep serving rather than fail an answer.
        this.logger.error({ err: error }, 'could not compile the knowledge again for the new day');
      }
    }
    return this.snapshot;
  }

  /** Where the snapshot came from: the knowledge folder, or the last good copy because the folder was broken at start. */
  get origin(): 'files' | 'last-good' {
    return this.lastGoodSince === undefined ? 'files' : 'last-good';
  }

  /** The snapshot being served and the digests of its files, as a base for the next background reload. */
  protected get served(): LoadedSnapshot<K> {
    return { snapshot: this.snapshot, ...(this.digests ? { digests: this.digests } : {}) };
  }

  /** Reads, checks and compiles the folder; on success keeps its files as the last good copy. */
  private loadFolder(): LoadedSnapshot<K> {
    const problems: KbProblem[] = [];
    const files = readKnowledgeFiles(this.dir, problems, this.center);
    const knowledge = this.compile(
      parseKnowledgeSource(files, problems, this.parseCache ? { parseCache: this.parseCache } : {}),
    );
    this.parseCache?.save();
    if (this.lastGoodFile) {
      try {
        saveLastGood(this.lastGoodFile, files);
      } catch (error) {
        // Serving the good files matters more than keeping a copy of them.
        this.logger.warn({ err: error }, 'could not save the last good knowledge base');
      }
    }
    return { snapshot: knowledge, digests: digestEachFile(files) };
  }

  /** Re-reads the folder; on success swaps the snapshot, otherwise keeps the old one. Returns whether it swapped. */
  reload(): boolean {
    this.generation++;
    try {
      this.swap(this.loadFolder());
      return true;
    } catch (error) {
      this.reportFailedReload(error);
      return false;
    }
  }

  /**
   * Re-reads the folder like `reload`, doing the slow part without blocking
   * answers (`loadInBackground`). A reload started after this one wins: this
   * one's result is then dropped. Resolves to whether it swapped.
   */
  async reloadInBackground(): Promise<boolean> {
    const generation = ++this.generation;
    try {
      const loaded = await this.loadInBackground();
      if (generation !== this.generation) return false;
      this.swap(loaded);
      return true;
    } catch (error) {
      // Superseded by a later reload (which reports its own outcome) or closed meanwhile: nothing to say.
      if (generation === this.generation) this.reportFailedReload(error);
      return false;
    }
  }

  /**
   * Loads the folder for `reloadInBackground`: here the same work as `reload`,
   * on a later turn; `KnowledgeStore` does the slow part in a worker thread.
   */
  protected loadInBackground(): Promise<LoadedSnapshot<K>> {
    return new Promise((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(this.loadFolder());
        } catch (error) {
          reject(error);
        }
      }),
    );
  }

  private swap(loaded: LoadedSnapshot<K>): void {
    this.snapshot = loaded.snapshot;
    this.digests = loaded.digests;
    if (this.lastGoodSince !== undefined)
      this.logger.warn('knowledge files fixed: no longer serving the last good copy');
    this.lastGoodSince = undefined;
    this.logger.info({ entries: loaded.snapshot.entries.size }, 'knowledge base reloaded');
  }

  private reportFailedReload(error: unknown): void {
    if (error instanceof KnowledgeError) {
      this.logger.error(
        { problems: error.problems },
        formatProblems(error.problems, 'Bản sửa kho kiến thức có lỗi; trợ lý vẫn dùng bản cũ cho tới khi sửa xong:'),
      );
      return;
    }
    // Whatever else went wrong, the snapshot being served stays: a reload never takes the bot down.
    this.logger.error({ err: error }, 'knowledge reload failed; still serving the previous snapshot');
  }

  /** True while changed files wait for the folder to fall quiet, or are being read and checked. */
  get reloadPending(): boolean {
    return this.timer !== undefined || this.inBackground !== undefined;
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
    this.reloadWatched();
  }

  /** Reloads in the background, one reload at a time; files changed meanwhile are read once it ends. */
  private reloadWatched(): void {
    if (this.inBackground) {
      this.reloadAgain = true;
      return;
    }
    this.inBackground = this.reloadInBackground().finally(() => {
      this.inBackground = undefined;
      if (this.reloadAgain) {
        this.reloadAgain = false;
        this.reloadWatched();
      }
    });
  }

  /** Stops watching; a reload still running in the background is dropped. */
  close(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watcher?.close();
    this.watcher = undefined;
  }
}
