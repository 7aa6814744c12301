import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Vitest's default leaves one core idle; the test files are independent (own DATA_DIR, own ports).
    maxWorkers: availableParallelism(),
  },
});
