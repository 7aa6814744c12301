/** Reach before sending: Zalo OA's windows by each person's last message, blocked people on every platform. */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { describeReach, reachOf } from '../../src/delivery/reach.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import { InteractionLog } from '../../src/store/interactions.ts';
import { botWithServices } from '../helpers/core.ts';
import { telegramSubscriber } from '../helpers/subscribers.ts';

const HOUR = 60 * 60_000;
const NOW = new Date('2027-03-20T08:00:00Z');
const oa = (id: string, extra = {}) => telegramSubscriber(id, { key: `zalo-oa:${id}`, platform: 'zalo-oa', ...extra });
const zaloBot = (id: string, extra = {}) =>
  telegramSubscriber(id, { key: `zalo-bot:${id}`, platform: 'zalo-bot', ...extra });

async function audience() {
  const store = createMemoryStore();
  const log = new InteractionLog();
  const wrote = (key: string, hoursAgo: number) => log.record(key, new Date(NOW.getTime() - hoursAgo * HOUR));
  await store.upsertSubscribers([
    oa('a'), // wrote 1 h ago: free reply
    oa('b'), // 47 h: still free
    oa('c'), // 49 h: consultation
    oa('d'), // 6 days 23 h: consultation
    oa('e'), // 8 days: refused
    oa('f'), // never recorded
    oa('g', { status: 'undeliverable', statusReason: 'unfollowed the Zalo OA' }),
    telegramSubscriber('1'),
    telegramSubscriber('2', { status: 'blocked' }),
    zaloBot('9'),
  ]);
  wrote('zalo-oa:a', 1);
  wrote('zalo-oa:b', 47);
  wrote('zalo-oa:c', 49);
  wrote('zalo-oa:d', 6 * 24 + 23);
  wrote('zalo-oa:e', 8 * 24);
  return { store, lastInteraction: (key: string) => log.lastAt(key) };
}

describe('reach before sending', () => {
  it('splits Zalo OA followers by the 48-hour and 7-day windows and counts the blocked on each platform', async () => {
    const figures = await reachOf(await audience(), {}, NOW);
    expect(figures).toEqual({
      'zalo-oa': { active: 6, blocked: 1, free: 2, consultation: 2, outside: 1, unknown: 1 },
      telegram: { active: 1, blocked: 1 },
      'zalo-bot': { active: 1, blocked: 0 },
    });
  });

  it('moves people between windows as the clock moves', async () => {
    const sources = await audience();
    const clock = fixedClock(NOW);
    clock.advance(2 * HOUR); // b is now 49 h ago, d is past 7 days
    const figures = await reachOf(sources, { platform: 'zalo-oa' }, clock.now());
    expect(figures['zalo-oa']).toMatchObject({ free: 1, consultation: 2, outside: 2, unknown: 1 });
    expect(figures.telegram).toBeUndefined();
  });

  it('says it plainly for staff, with or without a template message', async () => {
    const figures = await reachOf(await audience(), {}, NOW);
    const text = describeReach(figures, { template: false });
    expect(text).toContain('Zalo OA: 2 nhắn trong 48 giờ qua (miễn phí); 2 nhắn trong 7 ngày qua');
    expect(text).toContain('1 đã hơn 7 ngày không nhắn: Zalo từ chối, sẽ không gửi được');
    expect(text).toContain('1 chưa có ghi nhận lần nhắn nào');
    expect(text).toContain('Telegram: 1 người nhận được, 1 đã chặn bot');
    expect(text).toContain('Zalo Bot: 1 người nhận được, 0 đã chặn bot');
    expect(describeReach(figures, { template: true })).toContain('sẽ gửi tin mẫu giao dịch');
  });

  it('the /thongbao confirmation shows the reach before "Gửi"', async () => {
    const store = createMemoryStore();
    const t = await botWithServices({ STAFF_TELEGRAM_IDS: '900' }, store);
    await store.upsertSubscribers([
      oa('a'),
      oa('e'),
      telegramSubscriber('1'),
      telegramSubscriber('2', { status: 'blocked' }),
    ]);
    const now = t.core.services.now().getTime();
    t.core.interactions.record('zalo-oa:a', new Date(now - HOUR));
    t.core.interactions.record('zalo-oa:e', new Date(now - 8 * 24 * HOUR));
    const staff = t.user('900');
    await t.command(staff, 'thongbao', 'Họp dân sáng thứ Bảy.');
    const confirm = await t.press(staff, 't:a');
    expect(confirm[0]?.text).toContain('Khả năng nhận tin:');
    expect(confirm[0]?.text).toContain('Zalo OA: 1 nhắn trong 48 giờ qua (miễn phí); 0 nhắn trong 7 ngày qua');
    expect(confirm[0]?.text).toContain('1 đã hơn 7 ngày không nhắn');
    expect(confirm[0]?.text).toContain('Telegram: 1 người nhận được, 1 đã chặn bot');
    expect(confirm[0]?.text).toContain('3 người');
  });
});
