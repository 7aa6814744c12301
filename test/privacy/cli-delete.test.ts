import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { cli as runCli } from '../helpers/cli.ts';
import { telegramSubscriber } from '../helpers/subscribers.ts';

/** Runs a command in-process on this data folder. */
const cli = (args: string[], dataDir: string) =>
  runCli(args, { env: { LOG_LEVEL: 'warn', DATA_DIR: dataDir, KB_WATCH: 'off' } });

describe('deleting a person from the command line', () => {
  it('deletes the subscription and their place in delivery jobs, for a request made by phone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-cli-delete-'));
    const store = await openLowdbStore(dataDir);
    await store.upsertSubscribers([telegramSubscriber('7370001'), telegramSubscriber('7370002')]);
    await store.close();
    const jobs = join(dataDir, 'jobs');
    mkdirSync(jobs);
    const recipients = ['7370001', '7370002'].map((chatId) => ({
      key: `telegram:${chatId}`,
      platform: 'telegram',
      chatId,
    }));
    writeFileSync(
      join(jobs, 'broadcast-1.json'),
      JSON.stringify({
        id: 'broadcast-1',
        kind: 'broadcast',
        key: 'k',
        createdAt: '',
        createdBy: 'cli',
        summary: 'x',
        replies: [{ text: 'x' }],
        audience: {},
        recipients,
      }),
    );
    writeFileSync(join(jobs, 'broadcast-1.log'), '0 s\n1 s\ndone\n');

    const deleted = await cli(['subscribers', 'delete', 'telegram', '7370001'], dataDir);
    expect(deleted.stderr).toBe('');
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain('Đã xóa mọi thông tin lưu về telegram:7370001');
    const manifest = readFileSync(join(jobs, 'broadcast-1.json'), 'utf8');
    expect(manifest).not.toContain('7370001');
    expect(manifest).toContain('7370002');
    expect(readFileSync(join(dataDir, 'store.json'), 'utf8')).not.toContain('7370001');

    const again = await cli(['subscribers', 'delete', 'telegram', '7370001'], dataDir);
    expect(again.stdout).toContain('Không có thông tin nào lưu về telegram:7370001');
  }, 60_000);
});
