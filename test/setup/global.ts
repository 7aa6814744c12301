/**
 * Fails the test run when a test wrote into the project folder (./data above all): every test must use a
 * temporary DATA_DIR, so that running the suite on a server checkout can never touch the bot's real data.
 * Every temporary folder the run makes (DATA_DIRs, knowledge copies, spawned bots' files) goes under one
 * folder of its own, removed at the end: runs used to leave about 2,000 folders each in the system's /tmp.
 */
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
let runTmp: string | undefined;
/** Set once the run's temporary folder exists. */
const RUN_TMP = 'CTXH_TEST_RUN_TMP';

/**
 * Records the project folder before any test runs (not in watch mode, where files are edited during the run),
 * and points TMPDIR at a folder of this run's own: the test workers and the processes they spawn inherit it.
 */
export function setup(project: TestProject): void {
  if (!project.config.watch) before = snapshot();
  // This setup runs once for the root config and once per project: make the folder once, and keep its path
  // short (Chromium's socket path under it must stay within the 108 characters a Unix socket allows).
  if (process.env[RUN_TMP]) return;
  runTmp = mkdtempSync(join(tmpdir(), 'ctxh-run-'));
  process.env[RUN_TMP] = runTmp;
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = runTmp;
}

/** Removes the run's temporary folder; lists what the tests changed in the project folder, and fails the run if anything. */
export function teardown(): void {
  if (runTmp) rmSync(runTmp, { recursive: true, force: true });
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
