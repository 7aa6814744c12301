/**
 * Checking the knowledge folder off the main thread: a worker reads, parses,
 * checks and compiles the files (the slow part of a reload: YAML parsing and
 * every layer's checks), keeps them as the last good copy, and sends back the
 * parsed files, or the problems, while the bot goes on answering.
 *
 * The worker's entry is `knowledge-worker.ts` (`knowledge-worker.js` once
 * built), a separate module beside this one: a build or bundle must emit it as
 * its own file in the same folder as the code of this module.
 */
import { extname } from 'node:path';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { KbProblem, KnowledgeSource } from './kb/load.ts';

/** What the worker is asked to check. */
export interface CheckRequest {
  dir: string;
  /** CENTER: serve `centers/<center>.yaml` instead of center.yaml. */
  center?: string;
  /** DATA_DIR, where the last good copy is saved; none without it. */
  dataDir?: string;
  /** The day answers quote legal figures for, as an ISO time. */
  now: string;
  /** Digests of the files of the snapshot being served: the classifier and intent models are sent back only if changed. */
  previousDigests?: Readonly<Record<string, string>>;
}

/** What the worker found. */
export type CheckResult =
  | {
      ok: true;
      /**
       * The parsed files, but for the entries (in `entryChunks`); without `safeguardingModel` when `sameModel`,
       * without `intentModel` when `sameIntentModel`.
       */
      source: KnowledgeSource;
      /**
       * The entries, as JSON arrays of a few hundred each: taking thousands of
       * objects out of a message is one long task on the main thread, parsing
       * the chunks one by one is many short ones.
       */
      entryChunks: string[];
      /** True when the classifier model file is the one being served (so it is not sent back). */
      sameModel: boolean;
      /** True when the intent model file is the one being served (so it is not sent back: 2.9 MB to take in at once). */
      sameIntentModel: boolean;
      /** A digest of each file's text, by path. */
      digests: Record<string, string>;
      /** Why the last good copy could not be saved, if it could not. */
      lastGoodError?: string;
    }
  | { ok: false; problems: KbProblem[] }
  | { ok: false; error: string };

/**
 * Starts the worker: the `.js` file beside this one once built; in a
 * development checkout (tsx, vitest) the `.ts` source, through
 * `bin/ts-worker.js`, which registers tsx first.
 */
function startWorker(): Worker {
  const extension = extname(new URL(import.meta.url).pathname);
  const entry = new URL(`./knowledge-worker${extension}`, import.meta.url);
  if (extension !== '.ts') {
    // In the bundle this code may sit in dist/chunks/, one level below the worker's entry.
    const above = new URL(`../knowledge-worker${extension}`, import.meta.url);
    return new Worker(existsSync(entry) ? entry : above);
  }
  return new Worker(new URL('../bin/ts-worker.js', import.meta.url), { workerData: { entry: entry.href } });
}

/** A request as posted to the worker, numbered to match its answer. */
export interface CheckMessage {
  id: number;
  request: CheckRequest;
}

/** The worker's answer to one `CheckMessage`. */
export interface CheckAnswer {
  id: number;
  result: CheckResult;
}

interface Waiting {
  resolve: (result: CheckResult) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread that checks the knowledge folder on request. Started once
 * (its modules take a moment to load) and kept for the next reload; it never
 * keeps the process from stopping, and a new one starts if it fails.
 */
export class KnowledgeChecker {
  private worker: Worker | undefined;
  private lastId = 0;
  private readonly waiting = new Map<number, Waiting>();

  /** Starts the worker now, so that the first reload does not wait for its modules to load. */
  warmUp(): void {
    this.running();
  }

  /** Checks the folder in the worker; rejects only when the worker itself fails (the folder's problems resolve). */
  check(request: CheckRequest): Promise<CheckResult> {
    const worker = this.running();
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request } satisfies CheckMessage);
    });
  }

  /** Stops the worker; checks still waiting are rejected. */
  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the knowledge checker was closed'));
    void worker?.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.unref();
    worker.on('message', ({ id, result }: CheckAnswer) => {
      this.waiting.get(id)?.resolve(result);
      this.waiting.delete(id);
    });
    const fail = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the knowledge check worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
