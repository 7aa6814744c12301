import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoredData } from '../../src/store/change-log.ts';
import { emptyStoreData } from '../../src/store/data-store.ts';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { DataLockedError, lockDataDir } from '../../src/store/lock.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A child process that writes subscribers one by one and prints each key once its write is acknowledged. */
const WRITER = `
import { openLowdbStore } from ${JSON.stringify(join(ROOT, 'src/store/lowdb-store.ts'))};
const store = await openLowdbStore(process.argv[2]);
const padding = 'x'.repeat(2000);
for (let i = 0; ; i++) {
  const at = new Date().toISOString();
  await store.upsertSubscriber({ key: 'telegram:' + i, platform: 'telegram', chatId: String(i), userId: String(i), displayName: padding, topics: [], consentAt: at, status: 'active', updatedAt: at });
  process.stdout.write('ack ' + i + '\\n');
}
`;

describe('lowdb store durability', () => {
  it('keeps every acknowledged change and never leaves a half-written file after kill -9', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-kill-'));
    const script = join(dataDir, 'writer.mts');
    writeFileSync(script, WRITER);
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let acked = -1;
    let buffer = '';
    await new Promise<void>((done) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (const m of buffer.matchAll(/ack (\d+)\n/g)) acked = Math.max(acked, Number(m[1]));
        if (acked >= 150) {
          child.kill('SIGKILL');
          done();
        }
      });
    });
    await new Promise((r) => child.on('exit', r));
    // The snapshot parses (never half-written), and with the change log holds every acknowledged change.
    JSON.parse(readFileSync(join(dataDir, 'store.json'), 'utf8'));
    const data = readStoredData(dataDir, emptyStoreData());
    expect(Object.keys(data.subscribers).length).toBeGreaterThanOrEqual(acked + 1);
    const store = await openLowdbStore(dataDir);
    for (let i = 0; i <= acked; i++) expect(await store.getSubscriber(`telegram:${i}`), `change ${i}`).toBeDefined();
  }, 30_000);

  it('lets only one process write the data folder, and frees it when the holder dies', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-lock-'));
    // A holder that is alive (this test runner's parent) blocks.
    writeFileSync(join(dataDir, '.lock'), String(process.ppid));
    await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataLockedError);
    // A holder that died (kill -9 leaves its lock behind) does not.
    writeFileSync(join(dataDir, '.lock'), '999999');
    const release = await lockDataDir(dataDir);
    expect(readFileSync(join(dataDir, '.lock'), 'utf8')).toBe(String(process.pid));
    await release();
  });
});
