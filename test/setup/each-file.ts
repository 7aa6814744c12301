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

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
