import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeliveryEngine, jobIdFor } from '../../src/delivery/engine.ts';
import type { ChannelSender } from '../../src/channels/adapter.ts';
import type { NewJob } from '../../src/delivery/types.ts';
import type { Platform } from '../../src/core/message.ts';
import { silentLogger } from '../../src/log.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import type { Subscriber } from '../../src/store/types.ts';
import { FakeTelegram } from '../fakes/telegram.ts';
import { telegramSender } from '../helpers/core.ts';
import { useFakeClock, withFastTime } from '../helpers/real-io.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';

function subscriber(n: number, extra: Partial<Subscriber> = {}): Subscriber {
  return {
    key: `telegram:${n}`,
    platform: 'telegram',
    chatId: String(n),
    userId: String(n),
    topics: [],
    consentAt: '2026-11-01T00:00:00.000Z',
    status: 'active',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...extra,
  };
}

/** An audit log in a folder of its own. */
const freshAudit = () => auditLogIn(mkdtempSync(join(tmpdir(), 'ctxh-audit-')));

async function storeWith(count: number) {
  const store = createMemoryStore();
  for (let n = 1; n <= count; n++) await store.upsertSubscriber(subscriber(n));
  return store;
}

describe('delivery engine against the fake Telegram API', () => {
  const fake = new FakeTelegram();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  afterEach(() => {
    vi.useRealTimers();
  });

  it('delivers a broadcast to 2,000 subscribers exactly once despite 429s and 403s, and reports the blocked', async () => {
    fake.reset();
    // The 429s' one-second pauses and the pacing pass on a fake clock; the HTTP calls are real.
    useFakeClock();
    const store = await storeWith(2000);
    const blocked = new Set(['17', '345', '1999']);
    let calls = 0;
    fake.respondWith((call) => {
      if (call.method !== 'sendMessage') return undefined;
      calls++;
      if (blocked.has(String(call.body.chat_id)))
        return { status: 403, description: 'Forbidden: bot was blocked by the user' };
      if (calls % 400 === 0) return { status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 };
      return undefined;
    });
    const senders = new Map<Platform, ChannelSender>([['telegram', telegramSender(TOKEN, fake.apiRoot)]]);
    const audit = freshAudit();
    const engine = new DeliveryEngine({
      jobsDir: mkdtempSync(join(tmpdir(), 'ctxh-jobs-')),
      store,
      audit,
      senders,
      limits: { telegram: { perSecond: 2000, perChatPerSecond: 1 } },
      logger: silentLogger(),
    });
    const id = await engine.enqueue({
      kind: 'broadcast',
      key: 'b1',
      replies: [{ text: 'Thông báo <thử>' }],
      audience: {},
      createdBy: 'test',
      summary: 'Thông báo thử',
    });
    const result = await withFastTime(engine.whenDone(id));
    fake.respondWith(undefined);

    expect(result).toMatchObject({ total: 2000, sent: 1997, blocked: 3, failed: 0, pending: 0, state: 'done' });
    const ok = fake.callsOf('sendMessage').filter((c) => !blocked.has(String(c.body.chat_id)));
    const perChat = new Map<string, number>();
    // A 429'd call was refused, so only count calls after which the fake said ok: those are all but the 429s.
    for (const c of ok) perChat.set(String(c.body.chat_id), (perChat.get(String(c.body.chat_id)) ?? 0) + 1);
    const rateLimitedCalls = Math.floor(calls / 400);
    expect([...perChat.values()].reduce((a, b) => a + b, 0)).toBe(1997 + rateLimitedCalls);
    expect(perChat.size).toBe(1997);
    expect(fake.callsOf('sendMessage')[0]?.body.text).toBe('Thông báo &lt;thử&gt;');
    for (const key of blocked) expect((await store.getSubscriber(`telegram:${key}`))?.status).toBe('blocked');
    expect(audit.jobs()).toMatchObject([
      { jobId: id, recipients: 2000, results: { sent: 1997, blocked: 3, failed: 0, cancelled: false } },
    ]);
  });

  it('resumes after a crash from the journal: nobody skipped, nobody sent twice', async () => {
    fake.reset();
    const store = await storeWith(300);
    const jobsDir = mkdtempSync(join(tmpdir(), 'ctxh-jobs-'));
    const id = jobIdFor('reminder', 'social-work-day|2027-03-25|0d');
    const recipients = (await store.listSubscribers()).map((s) => ({
      key: s.key,
      platform: s.platform,
      chatId: s.chatId,
    }));
    // What a process killed half-way leaves behind: the manifest and a journal of the first 120 sends (last line torn).
    writeFileSync(
      join(jobsDir, `${id}.json`),
      JSON.stringify({
        id,
        kind: 'reminder',
        key: 'social-work-day|2027-03-25|0d',
        createdAt: '',
        createdBy: 'scheduler',
        summary: 'x',
        replies: [{ text: 'Nhắc lịch' }],
        audience: {},
        recipients,
      }),
    );
    writeFileSync(join(jobsDir, `${id}.log`), `${Array.from({ length: 120 }, (_, i) => `${i} s`).join('\n')}\n12`);
    const engine = new DeliveryEngine({
      jobsDir,
      store,
      audit: freshAudit(),
      senders: new Map([['telegram', telegramSender(TOKEN, fake.apiRoot)]]),
      limits: { telegram: { perSecond: 3000, perChatPerSecond: 1 } },
      logger: silentLogger(),
    });
    expect(engine.resumeAll()).toEqual([id]);
    const result = await engine.whenDone(id);
    expect(result).toMatchObject({ total: 300, sent: 300, state: 'done' });
    const chats = fake.callsOf('sendMessage').map((c) => String(c.body.chat_id));
    expect(chats.length).toBe(180);
    expect(new Set(chats).size).toBe(180);
    expect(chats).not.toContain(recipients[0]?.chatId);
    expect(
      readFileSync(join(jobsDir, `${id}.log`), 'utf8')
        .trimEnd()
        .endsWith('done'),
    ).toBe(true);
    // Enqueueing the same key again does not create a second job.
    expect(
      await engine.enqueue({
        kind: 'reminder',
        key: 'social-work-day|2027-03-25|0d',
        replies: [],
        audience: {},
        createdBy: 'scheduler',
        summary: 'x',
      }),
    ).toBe(id);
    expect(fake.callsOf('sendMessage').length).toBe(180);
  });

  it('journals each send before it starts, resends an unconfirmed one once, and never a third time', async () => {
    fake.reset();
    const store = await storeWith(20);
    const jobsDir = mkdtempSync(join(tmpdir(), 'ctxh-jobs-'));
    const id = jobIdFor('broadcast', 'in-doubt');
    const recipients = (await store.listSubscribers()).map((s) => ({
      key: s.key,
      platform: s.platform,
      chatId: s.chatId,
    }));
    writeFileSync(
      join(jobsDir, `${id}.json`),
      JSON.stringify({
        id,
        kind: 'broadcast',
        key: 'in-doubt',
        createdAt: '',
        createdBy: 'cli',
        summary: 'x',
        replies: [{ text: 'Nhắc lịch' }],
        audience: {},
        recipients,
      }),
    );
    // Recipients 0-9 are done; 10 was in flight at one crash, 11 at two crashes in a row.
    const before = [...Array.from({ length: 10 }, (_, i) => `${i} >\n${i} s`), '10 >', '11 >', '11 >'].join('\n');
    writeFileSync(join(jobsDir, `${id}.log`), `${before}\n`);
    const engine = new DeliveryEngine({
      jobsDir,
      store,
      audit: freshAudit(),
      senders: new Map([['telegram', telegramSender(TOKEN, fake.apiRoot)]]),
      limits: { telegram: { perSecond: 1000, perChatPerSecond: 30 } },
      logger: silentLogger(),
    });
    expect(engine.resumeAll()).toEqual([id]);
    expect(await engine.whenDone(id)).toMatchObject({ sent: 19, failed: 1, pending: 0, state: 'done' });
    const chats = fake.callsOf('sendMessage').map((c) => String(c.body.chat_id));
    expect(chats).toContain(recipients[10]?.chatId);
    expect(chats).not.toContain(recipients[11]?.chatId);
    expect(chats).toHaveLength(9);
    // Every send of this run: its start line, then its outcome line.
    const lines = readFileSync(join(jobsDir, `${id}.log`), 'utf8')
      .slice(before.length + 1)
      .trimEnd()
      .split('\n');
    for (const i of [10, ...Array.from({ length: 8 }, (_, k) => k + 12)]) {
      expect(lines.indexOf(`${i} >`), `recipient ${i}`).toBeGreaterThanOrEqual(0);
      expect(lines.indexOf(`${i} >`)).toBeLessThan(lines.indexOf(`${i} s`));
    }
    expect(lines).toContain('11 f');
    expect(lines).not.toContain('11 >');
  });

  it('starts one job when the same key is enqueued twice at once', async () => {
    fake.reset();
    const store = await storeWith(300);
    const audit = freshAudit();
    const engine = new DeliveryEngine({
      jobsDir: mkdtempSync(join(tmpdir(), 'ctxh-jobs-')),
      store,
      audit,
      senders: new Map([['telegram', telegramSender(TOKEN, fake.apiRoot)]]),
      limits: { telegram: { perSecond: 1000, perChatPerSecond: 30 } },
      logger: silentLogger(),
    });
    const job: NewJob = {
      kind: 'broadcast',
      key: 'same-draft',
      replies: [{ text: 'Một lần thôi' }],
      audience: {},
      createdBy: 'test',
      summary: 'x',
    };
    const [a, b] = await Promise.all([engine.enqueue(job), engine.enqueue(job)]);
    expect(a).toBe(b);
    await engine.whenDone(a);
    const chats = fake.callsOf('sendMessage').map((c) => String(c.body.chat_id));
    expect(chats).toHaveLength(300);
    expect(new Set(chats).size).toBe(300);
    expect(audit.jobs()).toHaveLength(1);
  });

  it('stops a cancelled job; people not yet reached get nothing', async () => {
    fake.reset();
    const store = await storeWith(200);
    const engine = new DeliveryEngine({
      jobsDir: mkdtempSync(join(tmpdir(), 'ctxh-jobs-')),
      store,
      audit: freshAudit(),
      senders: new Map([['telegram', telegramSender(TOKEN, fake.apiRoot)]]),
      limits: { telegram: { perSecond: 100, perChatPerSecond: 1 } },
      logger: silentLogger(),
      concurrency: 2,
    });
    const id = await engine.enqueue({
      kind: 'broadcast',
      key: 'b-cancel',
      replies: [{ text: 'x' }],
      audience: {},
      createdBy: 'test',
      summary: 'x',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await engine.cancel(id)).toBe(true);
    const progress = engine.progress(id);
    expect(progress?.state).toBe('cancelled');
    expect(progress?.sent).toBeLessThan(200);
    expect(fake.callsOf('sendMessage').length).toBe(progress?.sent);
  });

  it('keeps no recipient list or per-job map once a job ends, only a bounded summary', async () => {
    fake.reset();
    const store = await storeWith(40);
    // One person blocked the bot: each job counts a reason for them, kept per job while it runs.
    fake.respondWith((call) =>
      call.method === 'sendMessage' && String(call.body.chat_id) === '7'
        ? { status: 403, description: 'Forbidden: bot was blocked by the user' }
        : undefined,
    );
    const engine = new DeliveryEngine({
      jobsDir: mkdtempSync(join(tmpdir(), 'ctxh-jobs-')),
      store,
      audit: freshAudit(),
      senders: new Map([['telegram', telegramSender(TOKEN, fake.apiRoot)]]),
      limits: { telegram: { perSecond: 5000, perChatPerSecond: 5000 } },
      logger: silentLogger(),
      finishedJobsKept: 3,
    });
    const ids: string[] = [];
    for (let j = 0; j < 6; j++) {
      const id = await engine.enqueue({
        kind: 'broadcast',
        key: `notice-${j}`,
        replies: [{ text: `Thông báo số ${j}` }],
        audience: {},
        createdBy: 'test',
        summary: `Thông báo số ${j}`,
      });
      await engine.whenDone(id);
      ids.push(id);
      // The blocked person was marked blocked; active again, the next job lists them too.
      await store.upsertSubscriber(subscriber(7));
    }
    fake.respondWith(undefined);

    expect(engine.collectionSizes()).toEqual({
      jobs: 0,
      finished: 3,
      creating: 0,
      pendingManifests: 0,
      sending: 0,
      unreachable: 0,
    });
    // The latest summaries still answer, with the counts and the reasons.
    const last = ids.at(-1) as string;
    expect(engine.progress(last)).toMatchObject({ total: 40, sent: 39, blocked: 1, pending: 0, state: 'done' });
    expect(await engine.whenDone(last)).toMatchObject({ sent: 39, state: 'done' });
    expect(Object.values(engine.unreachableReasons(last))).toEqual([1]);
    expect(engine.progress(ids[0] as string)).toBeUndefined();
    // A job whose summary was dropped is still known from its files: enqueueing its key again sends nothing.
    const calls = fake.callsOf('sendMessage').length;
    expect(engine.has(ids[0] as string)).toBe(true);
    await engine.enqueue({
      kind: 'broadcast',
      key: 'notice-0',
      replies: [{ text: 'Thông báo số 0' }],
      audience: {},
      createdBy: 'test',
      summary: 'Thông báo số 0',
    });
    expect(fake.callsOf('sendMessage')).toHaveLength(calls);
    expect(engine.collectionSizes()).toMatchObject({ jobs: 0, finished: 3 });
  });
});

describe('delivery job retention', () => {
  it('deletes finished jobs past the retention period and keeps unfinished or recent ones', async () => {
    const { utimesSync, existsSync } = await import('node:fs');
    const jobsDir = mkdtempSync(join(tmpdir(), 'ctxh-prune-'));
    const write = (id: string, finished: boolean, ageDays: number) => {
      const manifest = join(jobsDir, `${id}.json`);
      writeFileSync(manifest, JSON.stringify({ id, recipients: [] }));
      writeFileSync(join(jobsDir, `${id}.log`), finished ? '0 s\ndone\n' : '0 s\n');
      const t = (Date.now() - ageDays * 86_400_000) / 1000;
      utimesSync(manifest, t, t);
    };
    write('old-done', true, 40);
    write('old-unfinished', false, 40);
    write('new-done', true, 2);
    const engine = new DeliveryEngine({
      jobsDir,
      store: createMemoryStore(),
      audit: freshAudit(),
      senders: new Map(),
      limits: {},
      logger: silentLogger(),
    });
    expect(engine.pruneFinished(30 * 86_400_000)).toBe(1);
    expect(existsSync(join(jobsDir, 'old-done.json'))).toBe(false);
    expect(existsSync(join(jobsDir, 'old-done.log'))).toBe(false);
    expect(existsSync(join(jobsDir, 'old-unfinished.json'))).toBe(true);
    expect(existsSync(join(jobsDir, 'new-done.json'))).toBe(true);
  });
});
