import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryEngine } from '../../src/delivery/engine.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { silentLogger } from '../../src/log.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import type { Store } from '../../src/store/types.ts';
import { FakeTelegram } from '../fakes/telegram.ts';
import { telegramSubscriber } from '../helpers/subscribers.ts';
import { telegramSender } from '../helpers/core.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
/** Chat ids no timestamp or counter in a job file could contain by chance. */
const chatId = (n: number): string => `7310${String(n).padStart(5, '0')}`;

async function storeWith(count: number): Promise<Store> {
  const store = createMemoryStore();
  for (let n = 1; n <= count; n++) await store.upsertSubscriber(telegramSubscriber(chatId(n)));
  return store;
}

function engineFor(fake: FakeTelegram, store: Store, jobsDir: string): DeliveryEngine {
  return new DeliveryEngine({
    jobsDir,
    store,
    senders: new Map([['telegram', telegramSender(TOKEN, fake.apiRoot)]]),
    limits: { telegram: { perSecond: 1000, perChatPerSecond: 1 } },
    logger: silentLogger(),
    concurrency: 1,
    audit: auditLogIn(mkdtempSync(join(tmpdir(), 'ctxh-audit-'))),
  });
}

const callsTo = (fake: FakeTelegram, id: string) =>
  fake.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === id);
const filesMention = (dir: string, text: string): string[] =>
  readdirSync(dir).filter((f) => readFileSync(join(dir, f), 'utf8').includes(text));

describe('removing a person from delivery jobs', () => {
  const fake = new FakeTelegram();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('lets a send under way finish, starts none after, and leaves their chat id in no job file, also after a restart', async () => {
    fake.reset();
    fake.sendDelayMs = 60;
    const store = await storeWith(8);
    const jobsDir = mkdtempSync(join(tmpdir(), 'ctxh-forget-'));
    const engine = engineFor(fake, store, jobsDir);
    const id = await engine.enqueue({
      kind: 'broadcast',
      key: 'b-forget',
      replies: [{ text: 'Thông báo' }],
      audience: {},
      createdBy: 'test',
      summary: 'Thông báo',
    });

    // Recipient 3's message is on the wire; recipient 6 is still waiting for their turn.
    await fake.waitFor('sendMessage', 3);
    const inFlight = chatId(3);
    const waiting = chatId(6);
    expect(callsTo(fake, inFlight)).toHaveLength(1);
    await store.deleteSubscriber(`telegram:${inFlight}`);
    await store.deleteSubscriber(`telegram:${waiting}`);
    const [jobsWithFirst, jobsWithSecond] = await Promise.all([
      engine.forgetRecipient(`telegram:${inFlight}`),
      engine.forgetRecipient(`telegram:${waiting}`),
    ]);
    const answeredAt = Date.now();
    expect([jobsWithFirst, jobsWithSecond]).toEqual([1, 1]);
    // The send under way had finished (the fake holds each answer 60 ms) before the deletion was confirmed.
    expect(answeredAt - (callsTo(fake, inFlight)[0]?.at ?? answeredAt)).toBeGreaterThanOrEqual(60);
    expect(filesMention(jobsDir, inFlight)).toEqual([]);
    expect(filesMention(jobsDir, waiting)).toEqual([]);

    // What a kill -9 right now would leave behind.
    const crashed = mkdtempSync(join(tmpdir(), 'ctxh-forget-crash-'));
    // The copy stands for the folder after a crash: the crashed engine's job leases die with its process.
    cpSync(jobsDir, crashed, { recursive: true, filter: (path) => !/\.lease\.\d+$/.test(path) });

    const result = await engine.whenDone(id);
    expect(result).toMatchObject({ total: 8, sent: 7, removed: 1, pending: 0, state: 'done' });
    expect(callsTo(fake, waiting)).toEqual([]);
    expect(callsTo(fake, inFlight)).toHaveLength(1);
    expect(filesMention(jobsDir, waiting)).toEqual([]);

    fake.reset();
    fake.sendDelayMs = 0;
    const restarted = engineFor(fake, store, crashed);
    expect(restarted.resumeAll()).toEqual([id]);
    const resumed = await restarted.whenDone(id);
    expect(resumed.pending).toBe(0);
    // The one whose send was on the wire counts as removed too if its journal line came after the copy.
    expect([1, 2]).toContain(resumed.removed);
    expect(fake.callsOf('sendMessage').length).toBeGreaterThan(0);
    expect(callsTo(fake, waiting)).toEqual([]);
    expect(callsTo(fake, inFlight)).toEqual([]);
    expect(filesMention(crashed, waiting)).toEqual([]);
  });

  it('rewrites finished jobs too, and keeps their age for retention', async () => {
    fake.reset();
    const store = await storeWith(3);
    const jobsDir = mkdtempSync(join(tmpdir(), 'ctxh-forget-done-'));
    const engine = engineFor(fake, store, jobsDir);
    const id = await engine.enqueue({
      kind: 'reminder',
      key: 'r-forget',
      replies: [{ text: 'Nhắc lịch' }],
      audience: {},
      createdBy: 'scheduler',
      summary: 'x',
    });
    await engine.whenDone(id);
    const { statSync } = await import('node:fs');
    const before = statSync(join(jobsDir, `${id}.json`)).mtimeMs;
    expect(filesMention(jobsDir, chatId(2))).toEqual([`${id}.json`]);

    expect(await engine.forgetRecipient(`telegram:${chatId(2)}`)).toBe(1);
    expect(filesMention(jobsDir, chatId(2))).toEqual([]);
    expect(filesMention(jobsDir, chatId(1))).toEqual([`${id}.json`]);
    expect(Math.abs(statSync(join(jobsDir, `${id}.json`)).mtimeMs - before)).toBeLessThan(1);
    expect(await engine.forgetRecipient('telegram:nobody')).toBe(0);
  });
});
