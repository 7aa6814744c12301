import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { quietDaytimeClock } from '../helpers/real-io.ts';
import { startService, type Service } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { JobFiles } from '../../src/delivery/journal.ts';
import { readStoredData } from '../../src/store/change-log.ts';
import { emptyStoreData } from '../../src/store/data-store.ts';
import type { Subscriber } from '../../src/store/types.ts';
import { callbackUpdate, FakeTelegram, textUpdate } from '../fakes/telegram.ts';
import { FailingDisk, ManualWaits, watchUnhandledRejections } from '../helpers/disk.ts';
import { KNOWLEDGE_DIR, realKnowledge } from '../helpers/kb.ts';
import { statusBecomes } from '../helpers/subscribers.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const SECRET = 'webhook-secret-123';
const kb = realKnowledge();

function subscriber(n: number): Subscriber {
  const at = '2026-11-01T00:00:00.000Z';
  return {
    key: `telegram:${n}`,
    platform: 'telegram',
    chatId: String(n),
    userId: String(n),
    topics: [],
    consentAt: at,
    status: 'active',
    updatedAt: at,
  };
}

/** Lets pending I/O callbacks and promise reactions run (an unhandled rejection is reported by then). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
/** Waits for a condition that real file and HTTP I/O bring about (polled, not a fixed sleep). */
const until = (condition: () => boolean, what: string): Promise<void> =>
  vi.waitFor(() => expect(condition(), what).toBe(true), { timeout: 10_000, interval: 2 });
/** Releases retry waits until `condition` holds (each release lets the waiting writes try again). */
const retryUntil = (waits: ManualWaits, condition: () => boolean, what: string): Promise<void> =>
  until(() => {
    waits.release();
    return condition();
  }, what);

/** A service on a fake Telegram, with a disk the test can fill and retry waits it releases. */
async function startOnDisk(
  fake: FakeTelegram,
  dataDir: string,
  disk: FailingDisk,
  waits: ManualWaits,
  logLines: string[] = [],
): Promise<Service> {
  const config = loadConfig({
    KNOWLEDGE_DIR,
    KB_WATCH: 'off',
    DATA_DIR: dataDir,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    BROADCAST_TELEGRAM_PER_SECOND: '1000',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const logger = pino({ level: 'info', base: undefined }, { write: (line: string) => void logLines.push(line) });
  const service = await startService(config, logger, { disk, sleep: waits.sleep, clock: quietDaytimeClock() });
  await fake.waitFor('setWebhook');
  return service;
}

describe('a full or read-only disk', () => {
  const fake = new FakeTelegram();
  const disk = new FailingDisk();
  const waits = new ManualWaits();
  const logLines: string[] = [];
  let dataDir: string;
  let service: Service;
  let base: string;
  let unhandled: ReturnType<typeof watchUnhandledRejections>;
  let chat = 5000;

  const post = (body: unknown): Promise<Response> =>
    fetch(`${base}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(body),
    });
  const textsTo = (chatId: number): string[] =>
    fake
      .callsOf('sendMessage')
      .filter((c) => String(c.body.chat_id) === String(chatId))
      .map((c) => String(c.body.text));
  const health = async (): Promise<{ status: number; body: { status: string; reason?: string } }> => {
    const res = await fetch(`${base}/healthz`);
    return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
  };

  beforeAll(async () => {
    await fake.start();
    dataDir = mkdtempSync(join(tmpdir(), 'ctxh-full-'));
    service = await startOnDisk(fake, dataDir, disk, waits, logLines);
    base = `http://127.0.0.1:${service.server?.port}`;
  });
  afterAll(async () => {
    disk.failWith = undefined;
    waits.release();
    await service.stop();
    await fake.stop();
  });
  afterEach(async () => {
    // Whatever failed in the test, the disk is healthy again for the next one.
    disk.failWith = undefined;
    fake.respondWith(undefined);
    chat++;
    await settle();
    unhandled.stop();
    expect(unhandled.reasons, 'unhandled rejections (each would end the bot)').toEqual([]);
  });
  // Registered per test, so a rejection is blamed on the test that caused it.
  const watch = (): void => {
    unhandled = watchUnhandledRejections();
  };

  it('tells a resident the subscription was not saved, turns /healthz unhealthy, and recovers when writes work', async () => {
    watch();
    disk.failWith = 'ENOSPC';
    expect((await post(callbackUpdate('s:yes', chat))).status).toBe(200);
    expect(textsTo(chat)).toEqual([kb.ui.save_failed]);
    expect(kb.ui.save_failed).toContain('chưa lưu được');

    const unhealthy = await health();
    expect(unhealthy.status).toBe(503);
    expect(unhealthy.body.status).toBe('unhealthy');
    expect(unhealthy.body.reason).toMatch(/store\.json: ENOSPC \(the disk is full\)/);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/ctxh_disk_writes_failing 1/);
    expect(metrics).toMatch(/ctxh_disk_write_errors_total\{target="store.json",code="ENOSPC"\} [1-9]/);

    // A second failed change: still one error in the log, not one per write.
    await post(callbackUpdate('s:yes', chat));
    expect(textsTo(chat)).toEqual([kb.ui.save_failed, kb.ui.save_failed]);
    const errors = logLines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level >= 50);
    expect(errors.map((e) => e.msg)).toEqual([
      expect.stringMatching(/^cannot write store\.json in the data folder \(the disk is full\)/),
    ]);

    disk.failWith = undefined;
    await post(callbackUpdate('s:yes', chat));
    expect(textsTo(chat).at(-1)).toBe(kb.ui.subscribe_done);
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/ctxh_disk_writes_failing 0/);
    // On disk = the snapshot plus the change log.
    const onDisk = readStoredData(dataDir, emptyStoreData());
    expect(onDisk.subscribers[`telegram:${chat}`]).toBeDefined();
  });

  it('keeps running when a subscriber who blocked the bot cannot be marked (EACCES)', async () => {
    watch();
    await post(callbackUpdate('s:yes', chat));
    expect(textsTo(chat)).toEqual([kb.ui.subscribe_done]);
    disk.failWith = 'EACCES';
    const blocked = chat;
    fake.respondWith((call) =>
      call.method === 'sendMessage' && String(call.body.chat_id) === String(blocked)
        ? { status: 403, description: 'Forbidden: bot was blocked by the user' }
        : undefined,
    );
    await post(textUpdate('/start', blocked));
    expect(await statusBecomes(service.store, `telegram:${blocked}`, 'blocked')).toBe('blocked');
    // The store's write fails in the background; it must be reported, not end the process.
    await until(() => waits.pending > 0, 'a retry is scheduled');
    expect((await health()).body.reason).toMatch(/store\.json: EACCES \(permission denied\)/);
    // Writable again: the retry writes the change held in memory.
    disk.failWith = undefined;
    await retryUntil(waits, () => service.diskHealth.problem() === undefined, 'the store recovers');
    expect((await health()).status).toBe(200);
    const onDisk = readStoredData(dataDir, emptyStoreData());
    expect(onDisk.subscribers[`telegram:${blocked}`]?.status).toBe('blocked');
  });

  it('pauses a broadcast when the journal cannot be written, reports it, and finishes it once there is room', async () => {
    watch();
    const recipients = Array.from({ length: 30 }, (_, i) => subscriber(900_000 + i));
    await service.store.upsertSubscribers(recipients);
    const broadcastChats = new Set(recipients.map((r) => r.chatId));
    let sends = 0;
    // The disk fills up after the fifth message of the notice.
    fake.respondWith((call) => {
      if (call.method === 'sendMessage' && broadcastChats.has(String(call.body.chat_id)) && ++sends === 5)
        disk.failWith = 'ENOSPC';
      return undefined;
    });
    const jobId = await service.core.delivery.enqueue({
      kind: 'broadcast',
      key: 'full-disk-notice',
      replies: [{ text: 'Thông báo thử' }],
      audience: { platform: 'telegram' },
      createdBy: 'cli',
      summary: 'Thông báo thử',
    });
    // Every sender (8 per job) ends up waiting for the journal.
    await until(() => waits.pending === 8, 'all senders wait for the journal');
    const unhealthy = await health();
    expect(unhealthy.status).toBe(503);
    expect(unhealthy.body.reason).toMatch(/delivery journal: ENOSPC/);
    // Sending stops while nothing can be recorded: at most the sends in flight go out.
    const sentWhileFull = sends;
    for (let i = 0; i < 20; i++) await settle();
    expect(sends).toBe(sentWhileFull);
    expect(sends).toBeLessThanOrEqual(5 + 8);

    disk.failWith = undefined;
    const done = service.core.delivery.whenDone(jobId);
    let finished = false;
    void done.then(() => (finished = true));
    await retryUntil(waits, () => finished, 'the notice finishes');
    const progress = await done;
    expect(progress).toMatchObject({ state: 'done', failed: 0, pending: 0 });
    expect(progress.sent).toBe(progress.total);
    // Everyone got the notice exactly once.
    for (const r of recipients) expect(textsTo(Number(r.chatId)), r.chatId).toEqual(['Thông báo thử']);
    expect((await health()).status).toBe(200);
  });
});

describe('a broadcast resumed at start on a full disk', () => {
  it('does not crash, sends nothing it cannot record, and finishes once there is room', async () => {
    const unhandled = watchUnhandledRejections();
    const fake = new FakeTelegram();
    await fake.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-resume-full-'));
    const recipients = Array.from({ length: 10 }, (_, i) => ({
      key: `telegram:${700 + i}`,
      platform: 'telegram' as const,
      chatId: String(700 + i),
    }));
    // A job that was running when the bot stopped: its manifest is on disk, its journal not yet.
    new JobFiles(join(dataDir, 'jobs')).create({
      id: 'broadcast-resume',
      kind: 'broadcast',
      key: 'resume',
      createdAt: '2026-11-01T00:00:00.000Z',
      createdBy: 'cli',
      summary: 'Thông báo',
      replies: [{ text: 'Thông báo' }],
      audience: {},
      recipients,
    });
    const disk = new FailingDisk();
    disk.failWith = 'ENOSPC';
    const waits = new ManualWaits();
    const service = await startOnDisk(fake, dataDir, disk, waits);
    try {
      await until(() => waits.pending > 0, 'the journal open is retried');
      const res = await fetch(`http://127.0.0.1:${service.server?.port}/healthz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { reason: string }).reason).toMatch(/delivery journal: ENOSPC/);
      expect(fake.callsOf('sendMessage')).toHaveLength(0);

      disk.failWith = undefined;
      const done = service.core.delivery.whenDone('broadcast-resume');
      let finished = false;
      void done.then(() => (finished = true));
      await retryUntil(waits, () => finished, 'the resumed notice finishes');
      expect(await done).toMatchObject({ state: 'done', sent: 10 });
      expect(fake.callsOf('sendMessage')).toHaveLength(10);
      await settle();
      expect(unhandled.reasons).toEqual([]);
    } finally {
      unhandled.stop();
      waits.release();
      await service.stop();
      await fake.stop();
    }
  });
});

describe('stopping on a full disk', () => {
  it('shuts down without a rejection, and logs that changes were not saved', async () => {
    const fake = new FakeTelegram();
    await fake.start();
    const disk = new FailingDisk();
    const waits = new ManualWaits();
    const lines: string[] = [];
    const service = await startOnDisk(fake, mkdtempSync(join(tmpdir(), 'ctxh-stop-full-')), disk, waits, lines);
    try {
      disk.failWith = 'ENOSPC';
      await fetch(`http://127.0.0.1:${service.server?.port}/webhooks/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(callbackUpdate('s:yes', 6100)),
      });
      await expect(service.stop()).resolves.toBeUndefined();
      expect(
        lines.some((l) => (JSON.parse(l) as { msg: string }).msg === 'stopping with changes that could not be saved'),
      ).toBe(true);
    } finally {
      await fake.stop();
    }
  });
});
