import { afterEach, describe, expect, it } from 'vitest';
import {
  afterQuietHours,
  formatLocalIso,
  parseQuietHours,
  parseVietnamInstant,
  planOccurrences,
  type ReminderTiming,
} from '../../src/scheduler/occurrences.ts';
import { realKnowledge } from '../helpers/kb.ts';
import { knowledgeWithEvents, TEST_TOPICS } from './helpers.ts';

const DEFAULT_TIMING: ReminderTiming = { reminderTime: 8 * 60, quietHours: { start: 21 * 60, end: 7 * 60 } };
const at = (iso: string): number => Date.parse(iso);

describe('reminder occurrences', () => {
  const events = realKnowledge().events?.events ?? [];

  it('plans the 25/3 reminders at 08:00 Vietnam time on 18/3, 24/3 and 25/3 (01:00 UTC)', () => {
    const plan = planOccurrences(events, at('2027-03-01T00:00+07:00'), at('2027-03-26T00:00+07:00'), DEFAULT_TIMING);
    expect(plan.map((o) => [new Date(o.dueAt).toISOString(), o.key])).toEqual([
      ['2027-03-18T01:00:00.000Z', 'social-work-day|2027-03-25|-7d'],
      ['2027-03-24T01:00:00.000Z', 'social-work-day|2027-03-25|-1d'],
      ['2027-03-25T01:00:00.000Z', 'social-work-day|2027-03-25|0d'],
    ]);
    expect(plan.map((o) => formatLocalIso(o.dueAt))).toEqual([
      '2027-03-18T08:00+07:00',
      '2027-03-24T08:00+07:00',
      '2027-03-25T08:00+07:00',
    ]);
  });

  describe('whatever the machine time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('gives the same instants in New York and in Hanoi', () => {
      const plans = ['America/New_York', 'Asia/Ho_Chi_Minh', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        return planOccurrences(events, at('2027-01-01T00:00Z'), at('2028-01-01T00:00Z'), DEFAULT_TIMING).map(
          (o) => `${o.key}@${o.dueAt}`,
        );
      });
      expect(plans[0]).toEqual(plans[1]);
      expect(plans[1]).toEqual(plans[2]);
    });
  });

  it('covers a year: three reminders for every yearly event, in due order', () => {
    const plan = planOccurrences(events, at('2027-01-01T00:00+07:00'), at('2028-01-01T00:00+07:00'), DEFAULT_TIMING);
    expect(plan).toHaveLength(events.length * 3);
    for (let i = 1; i < plan.length; i++) expect(plan[i]?.dueAt).toBeGreaterThanOrEqual(plan[i - 1]?.dueAt ?? 0);
    expect(new Set(plan.map((o) => o.key)).size).toBe(plan.length);
  });

  it('crosses the new year: a 3/1 event is reminded on 27/12 of the year before', () => {
    const kb = knowledgeWithEvents(`${TEST_TOPICS}
events:
  - id: new-year-event
    title: Sự kiện đầu năm
    yearly: 3/1
    topic: giam-ngheo
    message: Nội dung nhắc sự kiện đầu năm của trung tâm.
`);
    const plan = planOccurrences(
      kb.events?.events ?? [],
      at('2026-12-20T00:00Z'),
      at('2027-01-05T00:00Z'),
      DEFAULT_TIMING,
    );
    expect(plan.map((o) => [formatLocalIso(o.dueAt), o.key])).toEqual([
      ['2026-12-27T08:00+07:00', 'new-year-event|2027-01-03|-7d'],
      ['2027-01-02T08:00+07:00', 'new-year-event|2027-01-03|-1d'],
      ['2027-01-03T08:00+07:00', 'new-year-event|2027-01-03|0d'],
    ]);
  });

  it('moves a reminder due in quiet hours to the end of them', () => {
    const quiet = parseQuietHours('21:00-07:00');
    expect(formatLocalIso(afterQuietHours(at('2027-03-24T22:00+07:00'), quiet))).toBe('2027-03-25T07:00+07:00');
    expect(formatLocalIso(afterQuietHours(at('2027-03-25T03:30+07:00'), quiet))).toBe('2027-03-25T07:00+07:00');
    expect(formatLocalIso(afterQuietHours(at('2027-03-24T20:59+07:00'), quiet))).toBe('2027-03-24T20:59+07:00');
    expect(formatLocalIso(afterQuietHours(at('2027-03-25T07:00+07:00'), quiet))).toBe('2027-03-25T07:00+07:00');
    // A window that does not wrap midnight.
    expect(formatLocalIso(afterQuietHours(at('2027-03-25T12:30+07:00'), parseQuietHours('12:00-13:30')))).toBe(
      '2027-03-25T13:30+07:00',
    );
    expect(parseQuietHours('off')).toBeUndefined();
  });

  it('plans one-off events at their time, by hours, and drops a morning reminder that would come after the start', () => {
    const kb = knowledgeWithEvents(`${TEST_TOPICS}
events:
  - id: tu-van-luu-dong
    title: Tư vấn lưu động
    date: 2027-05-20
    time: "14:00"
    area: Xã Đầm Hà
    topic: giam-ngheo
    message: Cán bộ trung tâm tư vấn miễn phí tại nhà văn hóa xã.
    remind: [-1d, 0d, -2h]
  - id: sinh-hoat-som
    title: Sinh hoạt sáng sớm
    date: 2027-05-21
    time: "07:30"
    topic: giam-ngheo
    message: Buổi sinh hoạt câu lạc bộ bắt đầu sớm.
    remind: [-1d, 0d]
`);
    const plan = planOccurrences(
      kb.events?.events ?? [],
      at('2027-05-01T00:00Z'),
      at('2027-06-01T00:00Z'),
      DEFAULT_TIMING,
    );
    expect(plan.map((o) => [formatLocalIso(o.dueAt), o.key])).toEqual([
      ['2027-05-19T08:00+07:00', 'tu-van-luu-dong|2027-05-20|-1d'],
      ['2027-05-20T08:00+07:00', 'sinh-hoat-som|2027-05-21|-1d'],
      ['2027-05-20T08:00+07:00', 'tu-van-luu-dong|2027-05-20|0d'],
      ['2027-05-20T12:00+07:00', 'tu-van-luu-dong|2027-05-20|-2h'],
    ]);
  });

  it('reads operator times as Vietnam time unless an offset is given', () => {
    expect(parseVietnamInstant('2027-03-18T08:00')).toBe(at('2027-03-18T01:00Z'));
    expect(parseVietnamInstant('2027-03-18T08:00+07:00')).toBe(at('2027-03-18T01:00Z'));
    expect(parseVietnamInstant('2027-03-18T01:00Z')).toBe(at('2027-03-18T01:00Z'));
    expect(parseVietnamInstant('2027-03-18')).toBe(at('2027-03-17T17:00Z'));
    expect(parseVietnamInstant('2027-02-30')).toBeUndefined();
    expect(parseVietnamInstant('18/3/2027')).toBeUndefined();
  });
});
