import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, type KbProblem } from '../../src/kb/load.ts';
import { DEFAULT_REMIND } from '../../src/scheduler/events.ts';
import { copyKnowledge, problemsOfLoading, realKnowledge } from '../helpers/kb.ts';
import { TEST_TOPICS } from './helpers.ts';

/** The awareness days listed in the project brief (facts for the knowledge base), as day/month. */
const AWARENESS_DAYS = [
  '25/3',
  '2/4',
  '18/4',
  '1/6',
  '6/6',
  '26/6',
  '28/6',
  '30/7',
  '1/10',
  '10/10',
  '17/10',
  '15/11',
  '25/11',
  '1/12',
  '3/12',
];

function problemsFor(eventsYaml: string): KbProblem[] {
  const dir = copyKnowledge();
  writeFileSync(join(dir, 'events.yaml'), eventsYaml);
  return problemsOfLoading(dir);
}

const event = (fields: string): string => `${TEST_TOPICS}
events:
  - id: ok-event
    title: Một sự kiện đúng
    yearly: 2/9
    topic: giam-ngheo
    message: Nội dung lời nhắc đủ dài để hợp lệ.
  - id: broken
    title: Sự kiện có lỗi
${fields}
`;

describe('the shipped events.yaml', () => {
  const catalog = realKnowledge().events;

  it('has every awareness day of the year, 25/3 Ngày Công tác xã hội Việt Nam first', () => {
    const days = (catalog?.events ?? []).flatMap((e) =>
      e.when.kind === 'yearly' ? [`${e.when.day}/${e.when.month}`] : [],
    );
    expect(days).toEqual(AWARENESS_DAYS);
    expect(catalog?.events[0]).toMatchObject({
      id: 'social-work-day',
      title: 'Ngày Công tác xã hội Việt Nam',
      topic: 'cong-tac-xa-hoi',
    });
  });

  it('runs the month-long campaigns from their start date to their end', () => {
    const children = catalog?.events.find((e) => e.id === 'children-month');
    expect(children?.when).toEqual({ kind: 'yearly', day: 1, month: 6, until: { day: 30, month: 6 } });
    const gender = catalog?.events.find((e) => e.id === 'gender-equality-month');
    expect(gender?.when).toEqual({ kind: 'yearly', day: 15, month: 11, until: { day: 15, month: 12 } });
  });

  it('declares the topics with Vietnamese labels, and every event uses one of them', () => {
    const topics = new Set(catalog?.topics.map((t) => t.id));
    expect([...topics]).toEqual(
      expect.arrayContaining(['cong-tac-xa-hoi', 'tre-em', 'nguoi-cao-tuoi', 'nguoi-khuyet-tat', 'gia-dinh', 'hiv']),
    );
    for (const t of catalog?.topics ?? []) expect(t.label, t.id).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìóòỏõọúùủũụýỳ]/i);
    for (const e of catalog?.events ?? []) expect(topics.has(e.topic), e.id).toBe(true);
  });

  it('fills the hotline into every message and reminds 7 days, 1 day before and on the day', () => {
    for (const e of catalog?.events ?? []) {
      expect(e.message, e.id).toContain('1800 1769');
      expect(e.message, e.id).not.toMatch(/\{[a-z_.]+\}/);
      expect(
        e.remind.map((r) => r.label),
        e.id,
      ).toEqual([...DEFAULT_REMIND]);
    }
  });
});

describe('events.yaml errors for staff', () => {
  it('names the file, the event and the field for an impossible date', () => {
    const problems = problemsFor(
      event('    yearly: 31/2\n    topic: giam-ngheo\n    message: Nội dung lời nhắc đủ dài để hợp lệ.'),
    );
    expect(problems).toEqual([
      {
        file: 'events.yaml',
        entryId: 'broken',
        field: 'yearly (ngày hằng năm)',
        message: expect.stringContaining('ngày này không có trong năm'),
      },
    ]);
    expect(formatProblems(problems, 'x')).toContain('events.yaml › mục "broken" › trường yearly (ngày hằng năm)');
  });

  it('refuses an unknown topic and lists the ones that exist', () => {
    const problems = problemsFor(
      event('    yearly: 1/9\n    topic: tre-em\n    message: Nội dung lời nhắc đủ dài để hợp lệ.'),
    );
    expect(problems).toEqual([
      {
        file: 'events.yaml',
        entryId: 'broken',
        field: 'topic',
        message: expect.stringContaining('cong-tac-xa-hoi, giam-ngheo'),
      },
    ]);
  });

  it('needs exactly one of yearly and date, and hours only for a timed event', () => {
    const both = problemsFor(
      event(
        '    yearly: 1/9\n    date: 2027-09-01\n    topic: giam-ngheo\n    message: Nội dung lời nhắc đủ dài để hợp lệ.',
      ),
    );
    expect(both.map((p) => p.message)).toEqual([expect.stringContaining('đúng một trong hai')]);
    const hours = problemsFor(
      event(
        '    date: 2027-09-01\n    topic: giam-ngheo\n    message: Nội dung lời nhắc đủ dài để hợp lệ.\n    remind: [-2h]',
      ),
    );
    expect(hours.map((p) => [p.field, p.message])).toEqual([
      ['remind (khi nào nhắc)', expect.stringContaining('date và time')],
    ]);
  });

  it('explains how to write a reminder offset, a date and a time', () => {
    const problems = problemsFor(
      event(
        '    date: 20/5/2027\n    time: "25:00"\n    topic: giam-ngheo\n    message: Nội dung lời nhắc đủ dài để hợp lệ.\n    remind: [7 ngày trước]',
      ),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'date (ngày diễn ra)',
      'time (giờ bắt đầu)',
      'remind › mục thứ 1 (khi nào nhắc)',
    ]);
    expect(problems[0]?.message).toContain('NĂM-THÁNG-NGÀY');
    expect(problems[2]?.message).toContain('-7d (7 ngày trước)');
  });

  it('catches a duplicate id, an unknown entry and an unknown placeholder', () => {
    const problems = problemsFor(`${TEST_TOPICS}
events:
  - id: same
    title: Sự kiện một
    yearly: 1/9
    topic: giam-ngheo
    entry: no-such-entry
    message: Gọi số {center.fax} để được tư vấn thêm.
  - id: same
    title: Sự kiện hai
    yearly: 2/9
    topic: giam-ngheo
    message: Nội dung lời nhắc đủ dài để hợp lệ.
`);
    expect(problems.map((p) => [p.entryId, p.field, p.message])).toEqual([
      ['same', 'entry', 'không có mục hỏi–đáp nào mang mã "no-such-entry".'],
      ['same', 'message', 'chỗ trống {center.fax} không có trong center.yaml.'],
      ['same', 'id', expect.stringContaining('mã này đã dùng')],
    ]);
  });

  it('names an event without an id by its position, and reports a missing message', () => {
    const problems = problemsFor(`${TEST_TOPICS}
events:
  - title: Không có mã
    yearly: 1/9
    topic: giam-ngheo
`);
    expect(problems.map((p) => [p.entryId, p.field])).toEqual([
      ['sự kiện thứ 1', 'id (mã sự kiện)'],
      ['sự kiện thứ 1', 'message (nội dung lời nhắc)'],
    ]);
  });

  it('reports a YAML syntax error with its line, and needs the topics list', () => {
    expect(problemsFor('topics:\n\t- id: x\n')[0]?.message).toMatch(/sai cú pháp YAML/);
    expect(problemsFor('events: []\n')).toEqual([
      { file: 'events.yaml', field: 'topics', message: 'cần danh sách chủ đề (topics)' },
    ]);
  });
});
