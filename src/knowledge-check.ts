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
import type { KbProblem } from './kb/load.ts';
import type { PackedEntries } from './kb/entry-transfer.ts';
import type { KeptSection, SourceWithoutKept } from './kb/kept-sections.ts';
import type { PackedModel } from './kb/model-transfer.ts';
import type { PackedNlpIndexes } from './nlp/compile.ts';

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
      /** The parsed files, but for the entries (in `entryChunks`), the models (in `models`) and the sections in `keptSections`. */
      source: SourceWithoutKept;
      /** The sections left out of `source` because their file is the served snapshot's (by `previousDigests`): take the served ones. */
      keptSections: KeptSection[];
      /** The models that changed, packed (see kb/model-transfer.ts): absent when unchanged or when there is none. */
      models: { safeguarding?: PackedModel; intent?: PackedModel };
      /**
       * The entries, packed in chunks (see kb/entry-transfer.ts): taking
       * thousands of objects out of a message is one long task on the main
       * thread, unpacking the chunks bit by bit is many short ones; the
       * bytes are moved, while 15 MB of text (10,000 entries) would be
       * copied in that one task (about 17 ms); and the entries' strings are
       * made as slices of one large string per chunk, which no young
       * collection copies.
       */
      entryChunks: PackedEntries[];
      /**
       * Every entry's file, in order. Only the entries of files changed since
       * the served snapshot (by `previousDigests`) are in `entryChunks`: the
       * main thread keeps its own parsed copy of the others, instead of taking
       * in thousands of objects again for a one-file edit. As an array:
       * joined in one string and split again on the main thread, 10,000
       * names cost more CPU there (0.25 ms to take in, 0.4 ms with the
       * split) than the array taken in (0.19 ms; Node 20, session 28).
       */
      entryFiles: string[];
      /** The matchers' indexes and the entries' agency cues the worker built, moved rather than built again on the main thread. */
      nlp: PackedNlpIndexes;
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
  /** The checker that asked, so that closing it rejects only its own checks. */
  owner: KnowledgeChecker;
}

/** How long the shared worker stays, idle, after the last checker closes: a store opened soon after reuses it. */
const IDLE_MS = 10_000;

/**
 * The one checking worker of the process, shared by every checker (each
 * request names its folder, the worker keeps nothing between requests):
 * started on first use, kept while a checker is open and for `IDLE_MS`
 * after the last one closes, never keeping the process from stopping.
 */
const shared = {
  worker: undefined as Worker | undefined,
  lastId: 0,
  waiting: new Map<number, Waiting>(),
  users: new Set<KnowledgeChecker>(),
  /** Counts releases: an idle timer stops the worker only if no checker used it since (no clearTimeout, which fake timers in tests may not own). */
  generation: 0,
};

function sharedWorker(): Worker {
  if (shared.worker) return shared.worker;
  const worker = startWorker();
  worker.unref();
  worker.on('message', ({ id, result }: CheckAnswer) => {
    shared.waiting.get(id)?.resolve(result);
    shared.waiting.delete(id);
  });
  const fail = (error: Error): void => {
    if (shared.worker !== worker) return;
    shared.worker = undefined;
    for (const waiting of shared.waiting.values()) waiting.reject(error);
    shared.waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the knowledge check worker stopped (exit code ${code})`)));
  shared.worker = worker;
  return worker;
}

function use(checker: KnowledgeChecker): Worker {
  shared.users.add(checker);
  shared.generation++;
  return sharedWorker();
}

function release(checker: KnowledgeChecker): void {
  const error = new Error('the knowledge checker was closed');
  for (const [id, waiting] of shared.waiting) {
    if (waiting.owner !== checker) continue;
    shared.waiting.delete(id);
    waiting.reject(error);
  }
  if (!shared.users.delete(checker) || shared.users.size > 0 || !shared.worker) return;
  const generation = ++shared.generation;
  setTimeout(() => {
    if (shared.generation !== generation || shared.users.size > 0) return;
    const worker = shared.worker;
    shared.worker = undefined;
    void worker?.terminate();
  }, IDLE_MS).unref();
}

/**
 * Checks the knowledge folder on request, in the process's shared worker
 * thread (its modules take a moment to load, so it is started once and kept
 * for the next reload); it never keeps the process from stopping, and a new
 * one starts if it fails.
 */
export class KnowledgeChecker {
  /** Starts the worker now, so that the first reload does not wait for its modules to load. */
  warmUp(): void {
    use(this);
  }

  /** Checks the folder in the worker; rejects only when the worker itself fails (the folder's problems resolve). */
  check(request: CheckRequest): Promise<CheckResult> {
    const worker = use(this);
    const id = ++shared.lastId;
    return new Promise((resolve, reject) => {
      shared.waiting.set(id, { resolve, reject, owner: this });
      worker.postMessage({ id, request } satisfies CheckMessage);
    });
  }

  /** Stops using the worker: this checker's checks still waiting are rejected; the worker stops once no checker uses it. */
  close(): void {
    release(this);
  }
}
