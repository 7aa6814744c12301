import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { scheduleRetention } from '../../src/services.ts';
import type { Subscriber } from '../../src/store/types.ts';
import { botWithServices } from '../helpers/core.ts';
import { telegramSubscriber } from '../helpers/subscribers.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2027-01-10T03:00:00.000Z');

const subscriber = (chatId: string, extra: Partial<Subscriber> = {}): Subscriber =>
  telegramSubscriber(chatId, { area: 'Xã Tân Dân', updatedAt: new Date(T0 - 10 * DAY).toISOString(), ...extra });

/** Job files in DATA_DIR/jobs that contain `text`. */
function jobFilesWith(dataDir: string, text: string): string[] {
  const dir = join(dataDir, 'jobs');
  return readdirSync(dir).filter((f) => readFileSync(join(dir, f), 'utf8').includes(text));
}

describe('retention of people who can no longer be reached', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('deletes a subscriber 90 days after they blocked the bot, at start and then daily, with their place in delivery jobs', async () => {
    // Finished jobs are kept long here, so what the test sees in them is the rewrite, not the job retention.
    const t = await botWithServices({ DELIVERY_RETENTION_DAYS: '3650' });
    const { dataDir } = t.config;
    await t.store.upsertSubscribers([subscriber('7350001'), subscriber('7350002'), subscriber('7350003')]);
    const jobId = await t.core.delivery.enqueue({
      kind: 'broadcast',
      key: 'before-blocking',
      replies: [{ text: 'Thông báo' }],
      audience: {},
      createdBy: 'cli',
      summary: 'x',
    });
    expect((await t.core.delivery.whenDone(jobId)).sent).toBe(3);
    vi.useFakeTimers({ now: T0 });

    await t.store.markUnreachable('telegram:7350001', 'blocked', 'bot was blocked by the user', new Date());
    const sweeper = scheduleRetention(t.core, silentLogger());
    try {
      await vi.advanceTimersByTimeAsync(60 * DAY);
      // A second failure later does not restart their retention period.
      await t.store.markUnreachable('telegram:7350001', 'blocked', 'bot was blocked by the user', new Date());
      await t.store.markUnreachable('telegram:7350002', 'undeliverable', 'unfollowed the Zalo OA', new Date());
      await vi.advanceTimersByTimeAsync(29 * DAY);
      expect(await t.store.getSubscriber('telegram:7350001')).toMatchObject({
        status: 'blocked',
        unreachableSince: new Date(T0).toISOString(),
      });
      expect(jobFilesWith(dataDir, '7350001')).toEqual([`${jobId}.json`]);

      // Day 91: the daily pass deletes them, and their chat id leaves the job files.
      await vi.advanceTimersByTimeAsync(2 * DAY);
      expect(await t.store.getSubscriber('telegram:7350001')).toBeUndefined();
      expect(jobFilesWith(dataDir, '7350001')).toEqual([]);
      expect(await t.store.getSubscriber('telegram:7350002')).toMatchObject({ status: 'undeliverable' });
      expect(await t.store.getSubscriber('telegram:7350003')).toMatchObject({ status: 'active' });
      expect(jobFilesWith(dataDir, '7350003')).toEqual([`${jobId}.json`]);

      // The one who unfollowed 60 days later goes 90 days after that.
      await vi.advanceTimersByTimeAsync(60 * DAY);
      expect(await t.store.getSubscriber('telegram:7350002')).toBeUndefined();
      expect(await t.store.getSubscriber('telegram:7350003')).toMatchObject({ status: 'active' });
    } finally {
      sweeper.stop();
    }
  });

  it('counts from the last change for records kept before the date was recorded, and honours UNREACHABLE_RETENTION_DAYS', async () => {
    vi.useFakeTimers({ now: T0 });
    const t = await botWithServices({ UNREACHABLE_RETENTION_DAYS: '30' });
    await t.store.upsertSubscribers([
      subscriber('7360001', { status: 'blocked', updatedAt: new Date(T0 - 31 * DAY).toISOString() }),
      subscriber('7360002', { status: 'undeliverable', updatedAt: new Date(T0 - 29 * DAY).toISOString() }),
      subscriber('7360003', { updatedAt: new Date(T0 - 400 * DAY).toISOString() }),
    ]);
    expect(await t.core.applyRetention()).toEqual({ subscribers: 1, jobs: 0 });
    expect((await t.store.listSubscribers()).map((s) => s.chatId)).toEqual(['7360003']);
    expect(await t.store.getSubscriber('telegram:7360002')).toBeDefined();
  });

  it('keeps unreachable people 90 days by default and refuses a period under a day', () => {
    expect(loadConfig({}).unreachableRetentionDays).toBe(90);
    expect(() => loadConfig({ UNREACHABLE_RETENTION_DAYS: '0' })).toThrow(
      /UNREACHABLE_RETENTION_DAYS: must be at least 1 day/,
    );
    expect(() => loadConfig({ UNREACHABLE_RETENTION_DAYS: 'ba tháng' })).toThrow(/UNREACHABLE_RETENTION_DAYS/);
  });
});
