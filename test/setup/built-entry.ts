/**
 * Builds the production bundle once for the e2e project (as `npm run build` does), into a scratch folder
 * inside the project so the bundle finds node_modules and the knowledge folder as dist/ does; the tests
 * spawn `node <folder>/ctxh.mjs` (see test/e2e/built-entry.ts). The folder is removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildProduction } from '../../scripts/build.ts';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the built entry (`ctxh.mjs`) for this run. */
    buildDir: string;
  }
}

/** Builds the bundle and hands its folder to the tests; returns the teardown that removes it. */
export default async function setup(project: TestProject): Promise<() => void> {
  // The prefix is git-ignored and skipped by the check for files written into the project (global.ts).
  const dir = mkdtempSync(join(ROOT, '.build-test-'));
  await buildProduction({ outdir: dir });
  project.provide('buildDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
