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
    // A spawned bot runs on the real clock: the day's reminders must neither be caught up at start nor come due
    // while the test runs, or what the test sees depends on the hour it runs (an extra delivery job).
    REMINDER_GRACE_HOURS: '0',
    REMINDER_TIME: twelveHoursFromNowInVietnam(),
    ...settings,
  };
}

/** The Vietnamese clock time (UTC+7) twelve hours from now, as REMINDER_TIME takes it ("HH:MM"). */
function twelveHoursFromNowInVietnam(): string {
  const at = new Date(Date.now() + 19 * 3_600_000);
  return `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
}
