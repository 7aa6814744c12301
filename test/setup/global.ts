/**
 * Fails the test run when a test wrote into the project folder (./data above all): every test must use a
 * temporary DATA_DIR, so that running the suite on a server checkout can never touch the bot's real data.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '../..');
/** Not the project's files: dependencies, git's own, and the browser tests' screenshots (git-ignored). */
const SKIPPED = new Set(['node_modules', '.git', 'screenshots']);
/** The e2e run's production build (test/setup/built-entry.ts, git-ignored), made and removed by the run itself. */
const SCRATCH_BUILD = '.build-test-';

/** Every file and folder in the project, with its size and modification time. */
function snapshot(dir = ROOT, into = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    if (dir === ROOT && (SKIPPED.has(name) || name.startsWith(SCRATCH_BUILD))) continue;
    const path = join(dir, name);
    const stat = lstatSync(path);
    into.set(relative(ROOT, path), stat.isDirectory() ? 'dir' : `${stat.size}:${stat.mtimeMs}`);
    if (stat.isDirectory()) snapshot(path, into);
  }
  return into;
}

let before: Map<string, string> | undefined;

/** Records the project folder before any test runs (not in watch mode, where files are edited during the run). */
export function setup(project: TestProject): void {
  if (!project.config.watch) before = snapshot();
}

/** Lists what the tests created, changed or deleted in the project folder, and fails the run if anything. */
export function teardown(): void {
  const recorded = before;
  if (!recorded) return;
  const after = snapshot();
  const changed = [...new Set([...recorded.keys(), ...after.keys()])]
    .filter((path) => recorded.get(path) !== after.get(path))
    .sort();
  if (changed.length === 0) return;
  // Vitest reports an error thrown here but still exits 0: set the code ourselves.
  process.exitCode = 1;
  throw new Error(
    `Tests wrote into the project folder (use a temporary DATA_DIR or folder instead):\n  ${changed.join('\n  ')}`,
  );
}
