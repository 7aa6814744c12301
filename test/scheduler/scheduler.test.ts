import type { CompiledKnowledge } from '../../src/knowledge.ts';
import { reminderReplies } from '../../handlers/events.ts';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import type { ReminderSettings } from '../../src/scheduler/occurrences.ts';
import { ReminderScheduler } from '../../src/scheduler/scheduler.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import type { OccurrenceRecord, Store } from '../../src/store/types.ts';
import { realKnowledge } from '../helpers/kb.ts';
import { FakeClock, FakeQueue, knowledgeWithEvents, TEST_TOPICS } from './helpers.ts';

const SETTINGS: ReminderSettings = {
  reminderTime: 8 * 60,
  quietHours: { start: 21 * 60, end: 7 * 60 },
  graceMs: 12 * 3_600_000,
};

function setup(options: { kb?: CompiledKnowledge; settings?: ReminderSettings; store?: Store; start: string }) {
  const clock = new FakeClock(Date.parse(options.start));
  const queue = new FakeQueue(clock.now);
  const store = options.store ?? createMemoryStore();
  const kb = options.kb ?? realKnowledge();
  const scheduler = new ReminderScheduler({
    knowledge: () => kb,
    wordReminder: reminderReplies,
    store,
    queue,
    logger: silentLogger(),
    settings: options.settings ?? SETTINGS,
    clock: clock.now,
  });
  return { clock, queue, store, scheduler };
}

const SOCIAL_WORK_DAY = [
  'social-work-day|2027-03-25|-7d',
  'social-work-day|2027-03-25|-1d',
  'social-work-day|2027-03-25|0d',
];

describe('the reminder scheduler', () => {
  it('sends the 25/3 reminders at 08:00 Vietnam time on 18/3, 24/3 and 25/3, and at no other minute', async () => {
    const { clock, queue, scheduler } = setup({ start: '2027-03-17T00:00:00Z' });
    // Tick like node-cron, every minute, from 17/3 to the end of 25/3 (Vietnam time).
    for (let t = Date.parse('2027-03-17T00:00:00Z'); t < Date.parse('2027-03-25T17:00:00Z'); t += 60_000) {
      await scheduler.runDue(clock.set(new Date(t).toISOString()));
    }
    expect(queue.jobs.map((j) => [j.at, j.key])).toEqual([
      ['2027-03-18T01:00:00.000Z', SOCIAL_WORK_DAY[0]],
      ['2027-03-24T01:00:00.000Z', SOCIAL_WORK_DAY[1]],
      ['2027-03-25T01:00:00.000Z', SOCIAL_WORK_DAY[2]],
    ]);
    expect(queue.jobs[0]).toMatchObject({
      kind: 'reminder',
      audience: { topic: 'cong-tac-xa-hoi' },
      createdBy: 'scheduler',
      summary: 'Ngày Công tác xã hội Việt Nam',
    });
  });

  it('words each reminder for how soon the event is, with the message, a way out and buttons', async () => {
    const { clock, queue, scheduler } = setup({ start: '2027-03-18T01:00:00Z' });
    for (const when of ['2027-03-18T01:00:00Z', '2027-03-24T01:00:00Z', '2027-03-25T01:00:00Z'])
      await scheduler.runDue(clock.set(when));
    const texts = queue.jobs.map((j) => j.replies[0]?.text ?? '');
    expect(texts[0]).toMatch(/^📅 Còn 7 ngày nữa, 25\/3\/2027: Ngày Công tác xã hội Việt Nam/);
    expect(texts[1]).toMatch(/^📅 Ngày mai, 25\/3\/2027/);
    expect(texts[2]).toMatch(/^📅 Hôm nay, 25\/3\/2027/);
    for (const text of texts) {
      expect(text).toContain('1800 1769');
      expect(text).toContain('/huydangky');
      expect(text).not.toMatch(/\{[a-z_.]+\}/);
    }
    const buttons = queue.jobs[0]?.replies[0]?.buttons ?? [];
    expect(buttons).toContainEqual({
      kind: 'action',
      label: realKnowledge().entries.get('social-work-day')?.title,
      payload: 'e:social-work-day',
    });
    expect(buttons).toContainEqual({ kind: 'call', label: realKnowledge().ui.call_hotline, phone: '18001769' });
  });

  it('duplicates nothing across a restart: a new scheduler on the same store sends only what is new', async () => {
    const store = createMemoryStore();
    const first = setup({ store, start: '2027-03-18T01:00:00Z' });
    expect((await first.scheduler.runDue()).sent.map((s) => s.key)).toEqual([SOCIAL_WORK_DAY[0]]);
    await first.scheduler.stop();

    const second = setup({ store, start: '2027-03-18T01:05:00Z' });
    const atStart = await second.scheduler.start();
    await second.scheduler.stop();
    expect(atStart).toEqual({ sent: [], skipped: [], waiting: [] });
    expect((await second.scheduler.runDue(second.clock.set('2027-03-24T01:00:00Z'))).sent.map((s) => s.key)).toEqual([
      SOCIAL_WORK_DAY[1],
    ]);
    expect(second.queue.jobs.map((j) => j.key)).toEqual([SOCIAL_WORK_DAY[1]]);
    expect(await store.getOccurrence(SOCIAL_WORK_DAY[0] as string)).toMatchObject({
      status: 'sent',
      jobId: 'job-1',
      at: '2027-03-18T01:00:00.000Z',
    });
  });

  it('re-enqueues the same key when it crashed between enqueueing and recording, so the queue dedupes it', async () => {
    const inner = createMemoryStore();
    let failNext = true;
    const flaky: Store = Object.assign(Object.create(inner) as Store, {
      recordOccurrence: async (record: OccurrenceRecord) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        return inner.recordOccurrence(record);
      },
    });
    const { clock, queue, scheduler } = setup({ store: flaky, start: '2027-03-18T01:00:00Z' });
    const first = await scheduler.runDue();
    expect(first.sent).toEqual([]);
    expect(first.waiting.map((w) => w.key)).toEqual([SOCIAL_WORK_DAY[0]]);
    const retry = await scheduler.runDue(clock.set('2027-03-18T01:01:00Z'));
    expect(retry.sent).toEqual([{ key: SOCIAL_WORK_DAY[0], jobId: 'job-1' }]);
    expect(queue.calls).toEqual([SOCIAL_WORK_DAY[0], SOCIAL_WORK_DAY[0]]);
    expect(queue.jobs).toHaveLength(1);
  });

  it('at start, sends a reminder missed by less than the grace period and skips (and records) older ones', async () => {
    // Down from 17/3 until 08:30 on 25/3: the 18/3 and 24/3 reminders are too old, the 25/3 one is 30 minutes late.
    const { queue, store, scheduler } = setup({ start: '2027-03-25T01:30:00Z' });
    const report = await scheduler.start();
    await scheduler.stop();
    expect(report.sent.map((s) => s.key)).toEqual([SOCIAL_WORK_DAY[2]]);
    expect(report.skipped.map((s) => s.key)).toEqual([SOCIAL_WORK_DAY[0], SOCIAL_WORK_DAY[1]]);
    expect(queue.jobs.map((j) => j.key)).toEqual([SOCIAL_WORK_DAY[2]]);
    expect(await store.getOccurrence(SOCIAL_WORK_DAY[1] as string)).toMatchObject({
      status: 'skipped',
      at: '2027-03-25T01:30:00.000Z',
      reason: expect.stringContaining('24.5 h'),
    });
    // The catch-up still reads right: it is the day itself.
    expect(queue.jobs[0]?.replies[0]?.text).toMatch(/^📅 Hôm nay/);
  });

  it('records every skip of a catch-up in one write, and decides them again when that write fails', async () => {
    const inner = createMemoryStore();
    const writes: string[][] = [];
    let failNext = true;
    const counting: Store = Object.assign(Object.create(inner) as Store, {
      recordOccurrence: async (record: OccurrenceRecord) => {
        writes.push([record.key]);
        return inner.recordOccurrence(record);
      },
      recordOccurrences: async (records: readonly OccurrenceRecord[]) => {
        writes.push(records.map((r) => r.key));
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        return inner.recordOccurrences(records);
      },
    });
    // Down from 17/3 until 08:30 on 25/3: two reminders are too old to send.
    const { clock, scheduler } = setup({ store: counting, start: '2027-03-25T01:30:00Z' });
    const failed = await scheduler.runDue();
    expect(failed.skipped).toEqual([]);
    expect(failed.waiting.map((w) => w.key)).toEqual([SOCIAL_WORK_DAY[0], SOCIAL_WORK_DAY[1]]);
    expect(await inner.getOccurrence(SOCIAL_WORK_DAY[0] as string)).toBeUndefined();
    writes.length = 0;
    const retry = await scheduler.runDue(clock.set('2027-03-25T01:31:00Z'));
    expect(retry.skipped.map((s) => s.key)).toEqual([SOCIAL_WORK_DAY[0], SOCIAL_WORK_DAY[1]]);
    expect(writes).toEqual([[SOCIAL_WORK_DAY[0], SOCIAL_WORK_DAY[1]]]);
    expect(await inner.getOccurrence(SOCIAL_WORK_DAY[1] as string)).toMatchObject({ status: 'skipped' });
  });

  it('sends a reminder 11 hours late, but not 13 hours late', async () => {
    const late = setup({ start: '2027-03-24T12:00:00Z' }); // 19:00, 11 h after the 24/3 reminder
    expect((await late.scheduler.runDue()).sent.map((s) => s.key)).toEqual([SOCIAL_WORK_DAY[1]]);
    const tooLate = setup({ start: '2027-03-24T14:00:00Z' }); // 21:00, 13 h after
    const report = await tooLate.scheduler.runDue();
    expect(report.sent).toEqual([]);
    expect(report.skipped.map((s) => s.key)).toEqual([SOCIAL_WORK_DAY[0], SOCIAL_WORK_DAY[1]]);
  });

  it('never sends a reminder once its event has passed, even within a long grace period', async () => {
    const { scheduler } = setup({ start: '2027-03-26T02:00:00Z', settings: { ...SETTINGS, graceMs: 48 * 3_600_000 } });
    const report = await scheduler.runDue();
    expect(report.sent.map((s) => s.key)).not.toContain(SOCIAL_WORK_DAY[2]);
    expect(report.skipped).toContainEqual({
      key: SOCIAL_WORK_DAY[2],
      reason: 'the event has already started or passed',
    });
  });

  it('holds a reminder due at 22:00 until 07:00 the next morning', async () => {
    const kb = knowledgeWithEvents(`${TEST_TOPICS}
events:
  - id: social-work-day
    title: Ngày Công tác xã hội Việt Nam
    yearly: 25/3
    topic: cong-tac-xa-hoi
    message: Ngày 25/3 là Ngày Công tác xã hội Việt Nam, gọi {center.hotline} để được tư vấn.
    remind: [-1d]
`);
    const { clock, queue, scheduler } = setup({
      kb,
      start: '2027-03-24T15:00:00Z',
      settings: { ...SETTINGS, reminderTime: 22 * 60 },
    });
    for (const local of ['2027-03-24T22:00', '2027-03-24T23:59', '2027-03-25T03:00', '2027-03-25T06:59']) {
      expect((await scheduler.runDue(clock.set(`${local}+07:00`))).sent, local).toEqual([]);
    }
    const morning = await scheduler.runDue(clock.set('2027-03-25T07:00+07:00'));
    expect(morning.sent.map((s) => s.key)).toEqual(['social-work-day|2027-03-25|-1d']);
    expect(queue.jobs[0]?.at).toBe('2027-03-25T00:00:00.000Z');
  });

  it('keeps a catch-up found in quiet hours waiting for the morning', async () => {
    const kb = knowledgeWithEvents(`${TEST_TOPICS}
events:
  - id: hop-mat
    title: Gặp mặt tình nguyện viên
    date: 2027-04-10
    time: "19:30"
    topic: cong-tac-xa-hoi
    message: Buổi gặp mặt tình nguyện viên công tác xã hội của trung tâm.
    remind: [-1d]
`);
    // Due 08:00 on 9/4; the bot comes back at 22:00 (14 h late with a 24 h grace): wait, then send at 07:00.
    const { clock, scheduler } = setup({
      kb,
      start: '2027-04-09T22:00+07:00',
      settings: { ...SETTINGS, graceMs: 24 * 3_600_000 },
    });
    const night = await scheduler.runDue();
    expect(night).toEqual({
      sent: [],
      skipped: [],
      waiting: [{ key: 'hop-mat|2027-04-10|-1d', reason: 'quiet hours' }],
    });
    const morning = await scheduler.runDue(clock.set('2027-04-10T07:00+07:00'));
    expect(morning.sent.map((s) => s.key)).toEqual(['hop-mat|2027-04-10|-1d']);
  });

  it('sends area events to that commune only, and picks up edited events without a restart', async () => {
    let kb = knowledgeWithEvents(`${TEST_TOPICS}\nevents: []\n`);
    const clock = new FakeClock(Date.parse('2027-05-19T08:00+07:00'));
    const queue = new FakeQueue(clock.now);
    const scheduler = new ReminderScheduler({
      knowledge: () => kb,
      wordReminder: reminderReplies,
      store: createMemoryStore(),
      queue,
      logger: silentLogger(),
      settings: SETTINGS,
      clock: clock.now,
    });
    expect((await scheduler.runDue()).sent).toEqual([]);
    kb = knowledgeWithEvents(`${TEST_TOPICS}
events:
  - id: tu-van-luu-dong
    title: Tư vấn lưu động
    date: 2027-05-20
    time: "14:00"
    area: Xã Đầm Hà
    topic: giam-ngheo
    message: Cán bộ trung tâm tư vấn miễn phí về trợ giúp xã hội tại nhà văn hóa xã.
    remind: [-1d, -2h]
`);
    await scheduler.runDue(clock.set('2027-05-19T08:01+07:00'));
    await scheduler.runDue(clock.set('2027-05-20T12:00+07:00'));
    expect(queue.jobs.map((j) => [j.key, j.audience])).toEqual([
      ['tu-van-luu-dong|2027-05-20|-1d', { topic: 'giam-ngheo', area: 'Xã Đầm Hà' }],
      ['tu-van-luu-dong|2027-05-20|-2h', { topic: 'giam-ngheo', area: 'Xã Đầm Hà' }],
    ]);
    expect(queue.jobs[0]?.replies[0]?.text).toMatch(
      /^📅 Ngày mai, 14:00 ngày 20\/5\/2027: Tư vấn lưu động \(tại Xã Đầm Hà\)/,
    );
    expect(queue.jobs[1]?.replies[0]?.text).toMatch(/^⏰ Sắp bắt đầu, lúc 14:00 ngày 20\/5\/2027/);
  });

  it('runs once at start and then on node-cron, and stops cleanly', async () => {
    const { queue, scheduler } = setup({ start: '2027-03-18T01:00:00Z' });
    const report = await scheduler.start();
    expect(report.sent.map((s) => s.key)).toEqual([SOCIAL_WORK_DAY[0]]);
    expect(await scheduler.start()).toEqual({ sent: [], skipped: [], waiting: [] });
    await scheduler.stop();
    expect(queue.jobs).toHaveLength(1);
  });
});
