/**
 * The knowledge check worker's entry (see knowledge-check.ts): reads,
 * parses, checks and compiles the folder off the main thread, saves it as the
 * last good copy when it passes, and answers each request with the parsed
 * files or the problems. A separate module on purpose: builds emit it as its own file.
 */
import { parentPort } from 'node:worker_threads';
import { digestEachFile, lastGoodPath, saveLastGood } from './kb/last-good.ts';
import {
  KnowledgeError,
  parseKnowledgeSource,
  readKnowledgeFiles,
  SAFEGUARDING_MODEL_FILE,
  type KbProblem,
} from './kb/load.ts';
import type { CheckAnswer, CheckMessage, CheckRequest, CheckResult } from './knowledge-check.ts';
import { compileKnowledge } from './knowledge.ts';

/** Entries per JSON chunk sent back: a chunk parses in about a millisecond. */
const ENTRIES_PER_CHUNK = 200;

/** Reads, parses, checks and compiles the folder, as a reload does, and keeps it as the last good copy when it passes. */
export function checkKnowledgeFolder(request: CheckRequest): CheckResult {
  try {
    const problems: KbProblem[] = [];
    const files = readKnowledgeFiles(request.dir, problems, request.center);
    const source = parseKnowledgeSource(files, problems);
    compileKnowledge(source, { now: new Date(request.now) });
    let lastGoodError: string | undefined;
    if (request.dataDir !== undefined) {
      try {
        saveLastGood(lastGoodPath(request.dataDir), files);
      } catch (error) {
        lastGoodError = (error as Error).message;
      }
    }
    const digests = digestEachFile(files);
    const model = digests[SAFEGUARDING_MODEL_FILE];
    // The model is most of the parsed bytes, and the main thread would pay for receiving it.
    const sameModel = model !== undefined && request.previousDigests?.[SAFEGUARDING_MODEL_FILE] === model;
    const { safeguardingModel: _, ...withoutModel } = source;
    const entryChunks: string[] = [];
    for (let i = 0; i < source.entries.length; i += ENTRIES_PER_CHUNK)
      entryChunks.push(JSON.stringify(source.entries.slice(i, i + ENTRIES_PER_CHUNK)));
    return {
      ok: true,
      source: { ...(sameModel ? withoutModel : source), entries: [] },
      entryChunks,
      sameModel,
      digests,
      ...(lastGoodError === undefined ? {} : { lastGoodError }),
    };
  } catch (error) {
    if (error instanceof KnowledgeError) return { ok: false, problems: error.problems };
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on('message', ({ id, request }: CheckMessage) => {
  parentPort?.postMessage({ id, result: checkKnowledgeFolder(request) } satisfies CheckAnswer);
});
