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
import { entryTransferables, packEntries } from './kb/entry-transfer.ts';
import { INTENT_MODEL_FILE } from './kb/intent-schema.ts';
import { keptSections as keptFileSections, withoutKept } from './kb/kept-sections.ts';
import { packModel, transferablesOf } from './kb/model-transfer.ts';
import { ParsedYamlCache } from './kb/parse-cache.ts';
import type { CheckAnswer, CheckMessage, CheckRequest, CheckResult } from './knowledge-check.ts';
import { compileKnowledge } from './knowledge.ts';
import { nlpTransferables, packNlpIndexes } from './nlp/compile.ts';

/** The YAML this worker parsed for its last check, by text: a reload parses only the files that changed. */
const parsedLastTime = new ParsedYamlCache();

/** Reads, parses, checks and compiles the folder, as a reload does, and keeps it as the last good copy when it passes. */
export function checkKnowledgeFolder(request: CheckRequest): CheckResult {
  try {
    const problems: KbProblem[] = [];
    const files = readKnowledgeFiles(request.dir, problems, request.center);
    const source = parseKnowledgeSource(files, problems, { parseCache: parsedLastTime });
    parsedLastTime.save();
    const compiled = compileKnowledge(source, { now: new Date(request.now) });
    let lastGoodError: string | undefined;
    if (request.dataDir !== undefined) {
      try {
        saveLastGood(lastGoodPath(request.dataDir), files);
      } catch (error) {
        lastGoodError = (error as Error).message;
      }
    }
    const digests = digestEachFile(files);
    // The models are most of the parsed bytes, and the main thread would take each in as one long task.
    const unchanged = (file: string): boolean =>
      digests[file] !== undefined && request.previousDigests?.[file] === digests[file];
    const sameModel = unchanged(SAFEGUARDING_MODEL_FILE);
    const sameIntentModel = unchanged(INTENT_MODEL_FILE);
    const { safeguardingModel, intentModel, ...withoutModels } = source;
    // An entry whose file is unchanged is the served snapshot's own: only the others are sent.
    const sent = source.entries.filter((entry) => !unchanged(entry.file));
    const entryChunks = packEntries(sent);
    // The other parsed files likewise: those of unchanged files are the served snapshot's own.
    const keptSections = keptFileSections(digests, request.previousDigests);
    return {
      ok: true,
      source: { ...withoutKept(withoutModels, keptSections), entries: [] },
      keptSections,
      entryChunks,
      entryFiles: source.entries.map((entry) => entry.file),
      nlp: packNlpIndexes(compiled),
      models: {
        // With the classifiers' rows the compile above built, so the main thread does not build them again.
        ...(safeguardingModel && !sameModel ? { safeguarding: packModel(safeguardingModel, true) } : {}),
        ...(intentModel && !sameIntentModel ? { intent: packModel(intentModel, true) } : {}),
      },
      sameModel,
      sameIntentModel,
      digests,
      ...(lastGoodError === undefined ? {} : { lastGoodError }),
    };
  } catch (error) {
    if (error instanceof KnowledgeError) return { ok: false, problems: error.problems };
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on('message', ({ id, request }: CheckMessage) => {
  const result = checkKnowledgeFolder(request);
  // The entries, the models' weights and the indexes' arrays are moved to the main thread, not copied (see kb/model-transfer.ts).
  const transfer = result.ok
    ? [
        ...entryTransferables(result.entryChunks),
        ...Object.values(result.models).flatMap(transferablesOf),
        ...nlpTransferables(result.nlp),
      ]
    : [];
  parentPort?.postMessage({ id, result } satisfies CheckAnswer, transfer);
});
