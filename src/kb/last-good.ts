/**
 * The last knowledge files that loaded cleanly, kept in DATA_DIR. When the
 * files on disk are broken at start (a half-finished upload, a bad edit
 * before a reboot), the bot starts from this copy instead of staying down.
 * It is the source text, not a compiled snapshot, so it is checked and
 * compiled again by the code that runs now.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurablySync } from '../store/disk.ts';
import type { KnowledgeFiles } from './load.ts';

/** The copy's file name in DATA_DIR. */
export const LAST_GOOD_FILE = 'knowledge-last-good.json';

/** Where the last good copy lives for a data folder. */
export function lastGoodPath(dataDir: string): string {
  return join(dataDir, LAST_GOOD_FILE);
}

const lastGoodSchema = z.object({
  savedAt: z.string(),
  digest: z.string(),
  files: z.record(z.string(), z.string()),
});

/** A saved copy: when it was saved, and the files. */
export interface LastGood {
  savedAt: string;
  files: KnowledgeFiles;
}

/** A digest of each file's text, by path: which files an edit changed. */
export function digestEachFile(files: KnowledgeFiles): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [name, text] of files) digests[name] = createHash('sha256').update(text).digest('hex');
  return digests;
}

function digestOf(files: KnowledgeFiles): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) hash.update(`${name}\0${files.get(name) ?? ''}\0`);
  return hash.digest('hex');
}

/** Reads the saved copy; undefined when there is none or it is unreadable (the caller then has nothing to fall back on). */
export function readLastGood(path: string): (LastGood & { digest: string }) | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = lastGoodSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const files = new Map(Object.entries(parsed.data.files));
  // A copy whose digest does not match its files was damaged after it was written.
  if (digestOf(files) !== parsed.data.digest) return undefined;
  return { savedAt: parsed.data.savedAt, digest: parsed.data.digest, files };
}

/**
 * Saves files that just loaded cleanly, durably (temp file, fsync, rename),
 * unless the copy already holds exactly these. Returns whether it wrote.
 */
export function saveLastGood(path: string, files: KnowledgeFiles, now = new Date()): boolean {
  const digest = digestOf(files);
  const copyText = (savedAt: string): string => JSON.stringify({ savedAt, digest, files: Object.fromEntries(files) });
  // Every start saves: comparing the text this would write (with the copy's own date) skips parsing and
  // validating the whole copy, which took about 45 ms of the terminal chat's first reply.
  const saved = readText(path);
  const savedAt = saved === undefined ? undefined : savedAtOf(saved);
  if (savedAt !== undefined && saved === copyText(savedAt)) return false;
  writeFileDurablySync(path, copyText(now.toISOString()));
  return true;
}

/** The text of a file, or undefined when it cannot be read. */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The `savedAt` a copy's text opens with (saveLastGood writes it first), or undefined. */
function savedAtOf(text: string): string | undefined {
  const quoted = /^\{"savedAt":("(?:[^"\\]|\\.)*")/.exec(text)?.[1];
  if (quoted === undefined) return undefined;
  const value: unknown = JSON.parse(quoted);
  return typeof value === 'string' ? value : undefined;
}
