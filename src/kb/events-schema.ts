/**
 * The schema of knowledge/events.yaml: the topics people can subscribe to,
 * and the events the bot reminds them of, checked one field at a time.
 * `parseEventsFile` names the event by its id in every problem, written in
 * Vietnamese for the staff who edit the file. The scheduler compiles what it
 * returns (scheduler/events.ts).
 */
import { z } from 'zod';
import type { KbProblem } from './problems.ts';
import { entryIdSchema } from './schema.ts';

/** The file name problems are reported against. */
export const EVENTS_FILE = 'events.yaml';

/** A day and month as staff write it: 25/3. */
export const DAY_MONTH = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{1,2}):(\d{2})$/;
const OFFSET = /^(?:0d|-[1-9]\d{0,2}[dh])$/;
/** Days in each month of a leap year: 29/2 is refused separately because it does not come every year. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** How far ahead a reminder may go, so planning stays cheap and reminders stay relevant. */
const MAX_OFFSET_DAYS = 60;
const MAX_OFFSET_HOURS = 72;

/** A day of the year, for events that come back every year. */
export interface DayOfYear {
  month: number;
  day: number;
}

/** A topic people choose when they subscribe. */
export interface EventTopic {
  id: string;
  label: string;
}

const toText = (v: unknown): unknown => (typeof v === 'number' ? String(v) : v);

function isValidDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

const dayMonthSchema = z.preprocess(
  toText,
  z
    .string('viết ngày/tháng, ví dụ 25/3')
    .trim()
    .regex(DAY_MONTH, 'viết ngày/tháng theo dương lịch, ví dụ 25/3 (ngày 25 tháng 3)')
    .refine((s) => {
      const match = DAY_MONTH.exec(s);
      // A malformed value is already reported by the regex.
      return !match || isValidDayMonth(Number(match[1]), Number(match[2]));
    }, 'ngày này không có trong năm; kiểm tra lại ngày/tháng (ví dụ 25/3, không phải 3/25)')
    .refine((s) => !/^29\s*\/\s*0?2$/.test(s), 'ngày 29/2 không có mỗi năm; hãy chọn 28/2 hoặc 1/3'),
);

const isoDateSchema = z
  .string('viết ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2027-05-20')
  .trim()
  .regex(ISO_DATE, 'viết ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2027-05-20')
  .refine((s) => {
    const match = ISO_DATE.exec(s);
    if (!match) return true;
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return (
      date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
    );
  }, 'ngày này không có thật; kiểm tra lại tháng và ngày');

/** A clock time such as "08:00" or "14:30" (Vietnam time). */
const clockSchema = z
  .string('viết giờ:phút trong ngoặc kép, ví dụ "14:00"')
  .trim()
  .regex(CLOCK, 'viết giờ:phút, ví dụ "14:00" hoặc "08:30"')
  .refine((s) => {
    const match = CLOCK.exec(s);
    return !match || (Number(match[1]) <= 23 && Number(match[2]) <= 59);
  }, 'giờ từ 00 đến 23, phút từ 00 đến 59');

const offsetSchema = z.preprocess(
  (v) => (v === 0 ? '0d' : v),
  z
    .string()
    .trim()
    .regex(
      OFFSET,
      'viết -7d (7 ngày trước), -1d (1 ngày trước), 0d (sáng ngày diễn ra) hoặc -2h (2 giờ trước giờ bắt đầu)',
    )
    .refine(
      (s) => !s.endsWith('d') || Number(s.slice(0, -1)) >= -MAX_OFFSET_DAYS,
      `nhắc trước tối đa ${MAX_OFFSET_DAYS} ngày`,
    )
    .refine(
      (s) => !s.endsWith('h') || Number(s.slice(0, -1)) >= -MAX_OFFSET_HOURS,
      `nhắc trước tối đa ${MAX_OFFSET_HOURS} giờ; xa hơn thì dùng số ngày, ví dụ -3d`,
    ),
);

/** A topic id: it travels in button payloads, so short lower-case ASCII. */
const topicIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'mã chủ đề chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: tre-em')
  .max(24, 'mã chủ đề tối đa 24 ký tự (mã này nằm trong dữ liệu của nút bấm)');

/** One event as staff write it. */
const eventSchema = z
  .strictObject({
    id: entryIdSchema.max(60, 'mã sự kiện tối đa 60 ký tự'),
    title: z.string('cần tên sự kiện').trim().min(3, 'tên sự kiện quá ngắn').max(100, 'tên sự kiện tối đa 100 ký tự'),
    yearly: dayMonthSchema.optional(),
    until: dayMonthSchema.optional(),
    date: isoDateSchema.optional(),
    time: clockSchema.optional(),
    area: z.string().trim().min(2, 'tên xã/phường quá ngắn').max(80).optional(),
    topic: topicIdSchema,
    summary: z
      .string()
      .trim()
      .min(10, 'câu tóm tắt quá ngắn')
      .max(200, 'câu tóm tắt tối đa 200 ký tự (hiện trong danh sách /sukien)')
      .optional(),
    message: z.string('cần nội dung lời nhắc (message)').trim().min(20, 'nội dung lời nhắc quá ngắn'),
    entry: entryIdSchema.optional(),
    remind: z
      .array(offsetSchema)
      .min(1, 'cần ít nhất một lần nhắc, hoặc xóa dòng remind để dùng mặc định [-7d, -1d, 0d]')
      .optional(),
  })
  .superRefine((e, ctx) => {
    if ((e.yearly === undefined) === (e.date === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['yearly'],
        message:
          'mỗi sự kiện cần đúng một trong hai: yearly (ngày/tháng hằng năm, ví dụ 25/3) hoặc date (ngày diễn ra một lần, ví dụ 2027-05-20)',
      });
    }
    if (e.until !== undefined && e.yearly === undefined) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'until (ngày kết thúc) chỉ dùng cùng yearly' });
    }
    if (e.time !== undefined && e.date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: 'time (giờ bắt đầu) chỉ dùng cùng date; sự kiện hằng năm được nhắc vào buổi sáng',
      });
    }
    const remind = e.remind ?? [];
    if (remind.some((r) => r.endsWith('h')) && e.time === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['remind'],
        message: 'nhắc theo giờ (ví dụ -2h) chỉ dùng cho sự kiện có date và time',
      });
    }
    const seen = new Set<string>();
    for (const r of remind) {
      if (seen.has(r))
        ctx.addIssue({ code: 'custom', path: ['remind'], message: `"${r}" bị lặp; mỗi lần nhắc chỉ ghi một lần` });
      seen.add(r);
    }
  });
type EventFile = z.infer<typeof eventSchema>;

/** The whole events file as staff write it. */
const eventsFileSchema = z.strictObject({
  topics: z
    .array(
      z.strictObject({
        id: topicIdSchema,
        label: z
          .string('cần tên chủ đề (label)')
          .trim()
          .min(2, 'tên chủ đề quá ngắn')
          .max(60, 'tên chủ đề tối đa 60 ký tự (hiện trên nút bấm)'),
      }),
      'cần danh sách chủ đề (topics)',
    )
    .min(1, 'cần ít nhất một chủ đề để người dân chọn khi đăng ký'),
  events: z.array(z.unknown(), 'events phải là một danh sách, mỗi sự kiện bắt đầu bằng dấu "-"').default([]),
});
export type EventsFile = { topics: EventTopic[]; events: EventFile[] };

const FIELD_HINTS: Record<string, string> = {
  id: 'mã sự kiện',
  title: 'tên sự kiện',
  yearly: 'ngày hằng năm',
  until: 'ngày kết thúc',
  date: 'ngày diễn ra',
  time: 'giờ bắt đầu',
  area: 'xã/phường',
  topic: 'chủ đề',
  summary: 'tóm tắt',
  message: 'nội dung lời nhắc',
  entry: 'mục hỏi–đáp liên quan',
  remind: 'khi nào nhắc',
};

function fieldOf(path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path.length === 0) return undefined;
  const parts = path.map((p) => (typeof p === 'number' ? `mục thứ ${p + 1}` : String(p)));
  const hint = FIELD_HINTS[String(path[0])];
  return `${parts.join(' › ')}${hint ? ` (${hint})` : ''}`;
}

/**
 * Checks the parsed YAML of events.yaml. Each problem names the event by its
 * id (or its position when the id itself is missing); returns undefined when
 * there is any problem.
 */
export function parseEventsFile(raw: unknown, problems: KbProblem[], file = EVENTS_FILE): EventsFile | undefined {
  const before = problems.length;
  const top = eventsFileSchema.safeParse(raw ?? {});
  if (!top.success) {
    for (const issue of top.error.issues) {
      const field = fieldOf(issue.path);
      problems.push({ file, ...(field ? { field } : {}), message: issue.message });
    }
    return undefined;
  }
  const events: EventFile[] = [];
  top.data.events.forEach((item, index) => {
    const result = eventSchema.safeParse(item ?? {});
    if (result.success) {
      events.push(result.data);
      return;
    }
    const id =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : undefined;
    for (const issue of result.error.issues) {
      const field = fieldOf(issue.path);
      problems.push({
        file,
        entryId: id ?? `sự kiện thứ ${index + 1}`,
        ...(field ? { field } : {}),
        message: issue.message,
      });
    }
  });
  if (problems.length > before) return undefined;
  return { topics: top.data.topics, events };
}
