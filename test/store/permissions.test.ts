import { auditLogIn } from '../../src/store/audit-log.ts';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FileTokenStore } from '../../src/channels/zalo-oa/client.ts';
import { DeliveryEngine } from '../../src/delivery/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { lockDataDir } from '../../src/store/lock.ts';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { RecordingSender } from '../helpers/core.ts';

const modeOf = (path: string): string => (statSync(path).mode & 0o777).toString(8);

/** Every path under `dir` (itself included) with its mode, e.g. { "jobs/x.log": "600" }. */
function modesUnder(dir: string): Record<string, string> {
  const modes: Record<string, string> = { '.': modeOf(dir) };
  const visit = (relative: string): void => {
    for (const name of readdirSync(join(dir, relative))) {
      const path = relative ? join(relative, name) : name;
      modes[path] = modeOf(join(dir, path));
      if (statSync(join(dir, path)).isDirectory()) visit(path);
    }
  };
  visit('');
  return modes;
}

describe('data folder permissions', () => {
  it('creates every file 600 and every folder 700 (store, its change log, lock, jobs, journals, Zalo OA tokens)', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ctxh-modes-')), 'data');
    const release = await lockDataDir(dataDir);
    const store = await openLowdbStore(dataDir);
    await store.upsertSubscriber({
      key: 'telegram:1',
      platform: 'telegram',
      chatId: '1',
      userId: '1',
      topics: [],
      consentAt: '2026-11-01T00:00:00.000Z',
      status: 'active',
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
    const engine = new DeliveryEngine({
      jobsDir: join(dataDir, 'jobs'),
      store,
      senders: new Map([['telegram', new RecordingSender('telegram')]]),
      limits: {},
      logger: silentLogger(),
      audit: auditLogIn(dataDir),
    });
    const id = await engine.enqueue({
      kind: 'broadcast',
      key: 'modes',
      replies: [{ text: 'Thông báo' }],
      audience: {},
      createdBy: 'cli',
      summary: 'Thông báo',
    });
    await engine.whenDone(id);
    await new FileTokenStore(join(dataDir, 'zalo-oa-tokens.json')).save({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: 1,
    });

    const modes = modesUnder(dataDir);
    expect(Object.keys(modes).sort()).toEqual([
      '.',
      '.lock',
      'audit.jsonl',
      'jobs',
      `jobs/${id}.json`,
      `jobs/${id}.log`,
      'store-changes.1.log',
      'store.json',
      'zalo-oa-tokens.json',
    ]);
    for (const [path, mode] of Object.entries(modes))
      expect(mode, path).toBe(path === '.' || path === 'jobs' ? '700' : '600');
    await release();
  });

  it('tightens files and folders left readable by older versions when the store opens, and says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-loose-'));
    chmodSync(dataDir, 0o755);
    writeFileSync(
      join(dataDir, 'store.json'),
      JSON.stringify({ version: 1, subscribers: {}, occurrences: {}, staff: [], audit: [] }),
      { mode: 0o644 },
    );
    mkdirSync(join(dataDir, 'jobs'), { mode: 0o755 });
    writeFileSync(join(dataDir, 'jobs', 'old.json'), '{}', { mode: 0o644 });
    writeFileSync(join(dataDir, 'jobs', 'old.log'), '0 s\n', { mode: 0o666 });
    // Already stricter than needed: left as it is.
    writeFileSync(join(dataDir, 'readonly.txt'), 'x', { mode: 0o400 });
    chmodSync(join(dataDir, 'jobs', 'old.log'), 0o666);

    const lines: string[] = [];
    await openLowdbStore(dataDir, {
      logger: pino({ base: undefined }, { write: (line: string) => void lines.push(line) }),
    });
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ msg: 'made data files private (600/700)', paths: 5 }),
    ]);
    expect(modesUnder(dataDir)).toEqual({
      '.': '700',
      'store.json': '600',
      jobs: '700',
      'jobs/old.json': '600',
      'jobs/old.log': '600',
      'readonly.txt': '400',
    });
  });
});
