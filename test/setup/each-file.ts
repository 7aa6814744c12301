/**
 * Runs around every test file of the unit project, which shares one module graph per worker (isolate: false,
 * so the knowledge base and the modules load once per worker, not once per file): whatever a file left
 * switched on is switched off before the next file starts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, vi } from 'vitest';

// Config read from the environment (loadConfig() without arguments) lands in a fresh folder, never ./data.
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'ctxh-file-'));

/**
 * The YAML parser, parsing each distinct text once per worker: tests load the knowledge folder hundreds of
 * times, and parsing its YAML was most of that time. Every call still gets a fresh copy of exactly what the
 * parser returned (schemas, checks and compiles all run); text that fails to parse is parsed, and throws, every time.
 */
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  const parsed = new Map<string, unknown>();
  const parse = (text: string, ...rest: unknown[]): unknown => {
    const original = yaml.parse as (text: string, ...rest: unknown[]) => unknown;
    // A reviver (a function) may have effects: only options objects are memoised.
    if (rest.some((arg) => typeof arg === 'function')) return original(text, ...rest);
    const key = `${JSON.stringify(rest)}\u0000${text}`;
    if (!parsed.has(key)) parsed.set(key, original(text, ...rest));
    return structuredClone(parsed.get(key));
  };
  return { ...yaml, parse };
});

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
