/** The environment of a bot process that a test starts. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every setting the bot reads, as documented in .env.example. */
const SETTINGS = [...readFileSync(join(ROOT, '.env.example'), 'utf8').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map(
  (m) => m[1] as string,
);

/**
 * PATH and HOME, every setting blanked, then the test's. The CLI reads the project's .env without
 * overriding what is set, and treats a blank as unset: a developer's .env can never slip a real token
 * (or the real DATA_DIR) into a test's bot. DATA_DIR is a fresh folder unless the test names one.
 */
export function processEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    ...Object.fromEntries(SETTINGS.map((name) => [name, ''])),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-process-')),
    ...settings,
  };
}
