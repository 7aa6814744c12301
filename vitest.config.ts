import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Fails the run if a test wrote into the project folder (./data above all).
    globalSetup: ['test/setup/global.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Vitest's default leaves one core idle; the test files are independent (own DATA_DIR, own ports).
    maxWorkers: availableParallelism(),
    projects: [
      // Everything runs in-process: commands through runCli, channels against the fakes in test/fakes.
      // One module graph per worker (isolate: false): modules and the parsed knowledge base load once per
      // worker instead of once per file. Tests share no mutable state: each builds its own stores, bots and
      // DATA_DIR, and test/setup/each-file.ts undoes fake timers and spies between files.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          isolate: false,
          setupFiles: ['test/setup/each-file.ts'],
        },
      },
      // The few checks that must spawn a process (npm start, signals, kill -9, the production build).
      // They compile, spawn and wait for real processes, so a loaded machine gets more time (not the unit tests).
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // The production bundle, built once for the run: spawned bots run it with plain node, as a server does.
          globalSetup: ['test/setup/built-entry.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
