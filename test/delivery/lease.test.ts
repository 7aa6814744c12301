import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryEngine, jobIdFor } from '../../src/delivery/engine.ts';
import type { NewJob } from '../../src/delivery/types.ts';
import { silentLogger } from '../../src/log.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import type { Store } from '../../src/store/types.ts';
import { FakeTelegram } from '../fakes/telegram.ts';
import { telegramSender } from '../helpers/core.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const JOB: NewJob = {
  kind: 'broadcast',
  key: 'draft-lease',
  replies: [{ text: 'Thông báo' }],
  audience: {},
  createdBy: 'cli',
  summary: 'Thông báo',
};
const ID = jobIdFor('broadcast', 'draft-lease');

async function storeWith(count: number): Promise<Store> {
  const store = createMemoryStore();
  const at = '2026-11-01T00:00:00.000Z';
  await store.upsertSubscribers(
    Array.from({ length: count }, (_, i) => ({
      key: `telegram:${i + 1}`,
      platform: 'telegram' as const,
      chatId: String(i + 1),
      userId: String(i + 1),
      topics: [],
      consentAt: at,
      status: 'active' as const,
      updatedAt: at,
    })),
  );
  return store;
}

describe('one sender per job across engines (lease)', () => {
  const fake = new FakeTelegram();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  const engineOver = (dataDir: string, store: Store, options: { perSecond?: number; clock?: () => number } = {}) =>
    new DeliveryEngine({
      jobsDir: join(dataDir, 'jobs'),
      store,
      audit: auditLogIn(dataDir),
      senders: new Map([['telegram', telegramSender(TOKEN, fake.apiRoot)]]),
      limits: { telegram: { perSecond: options.perSecond ?? 1000, perChatPerSecond: 30 } },
      logger: silentLogger(),
      ...(options.clock ? { lease: { ttlMs: 60_000, clock: options.clock } } : {}),
    });
  const perChat = () => {
    const counts = new Map<string, number>();
    for (const c of fake.callsOf('sendMessage'))
      counts.set(String(c.body.chat_id), (counts.get(String(c.body.chat_id)) ?? 0) + 1);
    return counts;
  };

  it('a second engine over the same folder does not send a job the first is sending', async () => {
    fake.reset();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-lease-'));
    const store = await storeWith(200);
    const first = engineOver(dataDir, store, { perSecond: 400 });
    const second = engineOver(dataDir, store, { perSecond: 400 });
    expect(await first.enqueue(JOB)).toBe(ID);
    // The second engine starts (a restart that raced a live process, or a CLI resume) while the first sends.
    expect(second.resumeAll()).toEqual([]);
    expect(await second.enqueue(JOB)).toBe(ID);
    expect(second.progress(ID)).toBeUndefined();
    await first.whenDone(ID);
    const counts = perChat();
    expect(counts.size).toBe(200);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // Finished: the lease is given back, and nothing is left to resume.
    expect(readdirSync(join(dataDir, 'jobs')).filter((f) => f.includes('.lease'))).toEqual([]);
    expect(engineOver(dataDir, store).resumeAll()).toEqual([]);
    expect(fake.callsOf('sendMessage')).toHaveLength(200);
  });

  it('takes a job over once its holder is gone, and the old holder stops sending before that', async () => {
    fake.reset();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-lease-'));
    const store = await storeWith(100);
    let now = Date.parse('2027-03-01T00:00:00Z');
    const clock = () => now;
    const stalled = engineOver(dataDir, store, { perSecond: 50, clock });
    await stalled.enqueue(JOB);
    await fake.waitFor('sendMessage', 5);
    // The holder stalls (its renewals stop): 50 s later its lease has less than a third left, so it stops
    // sending; nobody else may take the job before the full 60 s.
    now += 50_000;
    const other = engineOver(dataDir, store, { perSecond: 1000, clock });
    expect(other.resumeAll()).toEqual([]);
    await stalled.whenDone(ID);
    const sentByStalled = fake.callsOf('sendMessage').length;
    expect(sentByStalled).toBeLessThan(100);
    now += 11_000;
    expect(other.resumeAll()).toEqual([ID]);
    expect(await other.whenDone(ID)).toMatchObject({ total: 100, pending: 0, state: 'done' });
    const counts = perChat();
    expect(counts.size).toBe(100);
    // The holder journaled its sends in flight before it let go: nobody gets the notice twice.
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('takes a job over at once when the process that held it died', async () => {
    fake.reset();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-lease-'));
    const store = await storeWith(20);
    // The job as a process killed right after committing it leaves it: manifest written, lease held by a dead pid.
    mkdirSync(join(dataDir, 'jobs'));
    const recipients = (await store.listSubscribers()).map((s) => ({
      key: s.key,
      platform: s.platform,
      chatId: s.chatId,
    }));
    writeFileSync(
      join(dataDir, 'jobs', `${ID}.json`),
      JSON.stringify({
        id: ID,
        kind: 'broadcast',
        key: JOB.key,
        createdAt: '',
        createdBy: 'cli',
        summary: 'x',
        replies: JOB.replies,
        audience: {},
        recipients,
      }),
    );
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(
      join(dataDir, 'jobs', `${ID}.lease.0`),
      JSON.stringify({ owner: 'gone', pid: Number(dead), expiresAt: Date.now() + 60_000 }),
    );
    const restarted = engineOver(dataDir, store);
    expect(restarted.resumeAll()).toEqual([ID]);
    expect(await restarted.whenDone(ID)).toMatchObject({ sent: 20, state: 'done' });
  });
});
