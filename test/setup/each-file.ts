/**
 * Runs around every test file of the unit project, which shares one module graph per worker (isolate: false,
 * so the knowledge base and the modules load once per worker, not once per file): whatever a file left
 * switched on is switched off before the next file starts.
 */
import { afterAll, vi } from 'vitest';

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
