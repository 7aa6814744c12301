import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { telegramSubscriber } from '../helpers/subscribers.ts';

const newDataDir = (): string => mkdtempSync(join(tmpdir(), 'ctxh-changelog-'));

/** The store's change log files in `dataDir`. */
function logFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => name.startsWith('store-changes.'));
}

/** Every file in `dataDir` whose bytes contain `needle`. */
function filesContaining(dataDir: string, needle: string): string[] {
  return readdirSync(dataDir).filter((name) => readFileSync(join(dataDir, name), 'latin1').includes(needle));
}

/** A logger whose lines the test reads. */
function recordingLogger(): { logger: pino.Logger; messages: () => string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
  return { logger, messages: () => lines.map((l) => (JSON.parse(l) as { msg: string }).msg) };
}

describe('store change log', () => {
  it('appends a change as one line without rewriting the snapshot, and start-up reads snapshot plus log', async () => {
    const dataDir = newDataDir();
    const store = await openLowdbStore(dataDir);
    await store.upsertSubscribers(Array.from({ length: 500 }, (_, i) => telegramSubscriber(String(i))));
    // Reopening folds the log into the snapshot.
    const reopened = await openLowdbStore(dataDir);
    const snapshot = readFileSync(join(dataDir, 'store.json'), 'utf8');
    expect(JSON.parse(snapshot).subscribers['telegram:499']).toBeDefined();

    await reopened.upsertSubscriber(telegramSubscriber('new-one'));
    await reopened.addStaff({ platform: 'telegram', userId: '42', addedAt: 'x', addedBy: 'cli' });
    await reopened.rememberConsentText('v1', 'Tôi đồng ý', '2027-01-01T00:00:00.000Z');
    // O(1) I/O: the snapshot is untouched, the log holds one line per change.
    expect(readFileSync(join(dataDir, 'store.json'), 'utf8')).toBe(snapshot);
    const [log] = logFiles(dataDir);
    expect(
      readFileSync(join(dataDir, log as string), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(3);

    // No close: what a kill -9 would leave.
    const afterCrash = await openLowdbStore(dataDir);
    expect(await afterCrash.getSubscriber('telegram:new-one')).toBeDefined();
    expect(await afterCrash.getSubscriber('telegram:0')).toBeDefined();
    expect(await afterCrash.listStaff()).toMatchObject([{ userId: '42' }]);
    expect((await afterCrash.getConsentText('v1'))?.text).toBe('Tôi đồng ý');
  });

  it('recovers from a crash in the middle of an append: the torn last line is skipped and reported', async () => {
    const dataDir = newDataDir();
    const store = await openLowdbStore(dataDir);
    await store.upsertSubscriber(telegramSubscriber('1'));
    await store.upsertSubscriber(telegramSubscriber('2'));
    const [log] = logFiles(dataDir);
    appendFileSync(join(dataDir, log as string), '{"t":"subscriber","k":"telegram:3","v":{"key":"tele');

    const { logger, messages } = recordingLogger();
    const reopened = await openLowdbStore(dataDir, { logger });
    expect(await reopened.getSubscriber('telegram:1')).toBeDefined();
    expect(await reopened.getSubscriber('telegram:2')).toBeDefined();
    expect(await reopened.getSubscriber('telegram:3')).toBeUndefined();
    expect(messages()).toContainEqual(expect.stringMatching(/^skipped a store change line cut short/));
    // The store goes on working after it, and the next start is clean.
    await reopened.upsertSubscriber(telegramSubscriber('4'));
    const again = recordingLogger();
    const third = await openLowdbStore(dataDir, { logger: again.logger });
    expect(await third.countSubscribers()).toBe(3);
    expect(again.messages().filter((m) => m.startsWith('skipped'))).toEqual([]);
  });

  it('loses no change that arrives while a compaction runs', async () => {
    const dataDir = newDataDir();
    const store = await openLowdbStore(dataDir);
    await store.upsertSubscribers(Array.from({ length: 2000 }, (_, i) => telegramSubscriber(`old-${i}`)));
    // Every deletion compacts at once; the upserts around it land before, during and after.
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        i % 10 === 0
          ? store.deleteSubscriber(`telegram:old-${i}`)
          : store.upsertSubscriber(telegramSubscriber(`new-${i}`)),
      ),
    );
    const reopened = await openLowdbStore(dataDir);
    for (let i = 0; i < 300; i++) {
      if (i % 10 === 0) expect(await reopened.getSubscriber(`telegram:old-${i}`), `old-${i}`).toBeUndefined();
      else expect(await reopened.getSubscriber(`telegram:new-${i}`), `new-${i}`).toBeDefined();
    }
    expect(await reopened.countSubscribers()).toBe(2000 - 30 + 270);
  });

  it('leaves a deleted person in no file once the deletion resolves, and compaction does not bring them back', async () => {
    const dataDir = newDataDir();
    const store = await openLowdbStore(dataDir);
    await store.upsertSubscriber(telegramSubscriber('5550001', { displayName: 'Người Sắp Rời Đi' }));
    await store.markUnreachable('telegram:5550001', 'blocked', 'blocked the bot', new Date('2027-01-02T00:00:00Z'));
    await store.upsertSubscriber(
      telegramSubscriber('5550002', { status: 'blocked', unreachableSince: '2027-01-01T00:00:00Z' }),
    );
    await store.upsertSubscriber(telegramSubscriber('stays'));
    expect(filesContaining(dataDir, '5550001').length).toBeGreaterThan(0);

    await store.deleteSubscriber('telegram:5550001');
    expect(filesContaining(dataDir, '5550001')).toEqual([]);
    // Retention deletes too.
    expect(await store.deleteUnreachable(new Date('2027-06-01T00:00:00Z'))).toEqual(['telegram:5550002']);
    expect(filesContaining(dataDir, '5550002')).toEqual([]);

    // Later changes and compactions (on start) do not resurrect them.
    await store.upsertSubscriber(telegramSubscriber('later'));
    const reopened = await openLowdbStore(dataDir);
    expect(await reopened.getSubscriber('telegram:5550001')).toBeUndefined();
    expect(await reopened.getSubscriber('telegram:5550002')).toBeUndefined();
    expect(await reopened.getSubscriber('telegram:stays')).toBeDefined();
    expect(await reopened.getSubscriber('telegram:later')).toBeDefined();
    expect(filesContaining(dataDir, '555000')).toEqual([]);
  });

  it('compacts in the background once the log outgrows the snapshot, and keeps files private', async () => {
    const dataDir = newDataDir();
    const store = await openLowdbStore(dataDir);
    const padding = 'x'.repeat(1000);
    await store.upsertSubscribers(
      Array.from({ length: 1500 }, (_, i) => telegramSubscriber(String(i), { displayName: padding })),
    );
    const deadline = Date.now() + 5000;
    while (!JSON.parse(readFileSync(join(dataDir, 'store.json'), 'utf8')).subscribers['telegram:1499']) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 20));
    }
    await store.upsertSubscriber(telegramSubscriber('after'));
    await store.close();
    for (const name of readdirSync(dataDir)) expect(statSync(join(dataDir, name)).mode & 0o777, name).toBe(0o600);
    const reopened = await openLowdbStore(dataDir);
    expect(await reopened.countSubscribers()).toBe(1501);
  });
});
