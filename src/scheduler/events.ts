/**
 * The events of knowledge/events.yaml, compiled for the scheduler:
 * `compileEvents` cross-checks topics, linked entries and placeholders, then
 * fills `{center.x}` and parses when each event happens and when to remind.
 * Problems are written in Vietnamese for the staff who edit the file.
 */
import { DAY_MONTH, EVENTS_FILE, type DayOfYear, type EventTopic, type EventsFile } from '../kb/events-schema.ts';
import type { KbProblem } from '../kb/problems.ts';
import type { Center } from '../kb/schema.ts';
import { placeholderProblems, renderCenter } from '../kb/template.ts';

/** Reminders when an event lists none: 7 days before, the day before, and the morning of. */
export const DEFAULT_REMIND = ['-7d', '-1d', '0d'] as const;

/** Longest reminder message after placeholders are filled (the reminder adds a heading and a footer). */
const MAX_EVENT_MESSAGE_CHARS = 1200;

/** When an event happens. */
type EventWhen =
  | { kind: 'yearly'; month: number; day: number; until?: DayOfYear }
  /** `date` is YYYY-MM-DD and `time` HH:MM, both in Vietnam time. */
  | { kind: 'once'; date: string; time?: string };

/** One "remind N days/hours before" setting, e.g. `-7d`, `0d`, `-2h`. */
export interface ReminderOffset {
  /** Canonical text, part of the occurrence key. */
  label: string;
  unit: 'd' | 'h';
  /** Zero or negative: days or hours before the event. */
  amount: number;
}

/** An event ready to schedule: placeholders filled, reminders parsed. */
export interface EventDef {
  id: string;
  title: string;
  message: string;
  /** One line for the /sukien list. */
  summary: string;
  /** Who gets the reminders: subscribers of this topic (and those who chose every topic). */
  topic: string;
  /** Commune/ward: only subscribers there get the reminders. */
  area?: string;
  /** A knowledge entry offered as a "read more" button. */
  entry?: string;
  when: EventWhen;
  remind: ReminderOffset[];
}

/** The compiled events file. */
export interface EventCatalog {
  topics: EventTopic[];
  events: EventDef[];
}

function parseDayMonth(text: string): DayOfYear {
  const [, d, m] = DAY_MONTH.exec(text) ?? [];
  return { day: Number(d), month: Number(m) };
}

/** Parses a reminder offset already checked by the schema (`-7d`, `0d`, `-2h`). */
function parseOffset(label: string): ReminderOffset {
  const unit = label.endsWith('h') ? 'h' : 'd';
  const amount = Number(label.slice(0, -1));
  return { label: amount === 0 ? '0d' : label, unit, amount };
}

/** The first line of a message, shortened at a word boundary: the /sukien line when no summary is written. */
function summaryOf(message: string, max = 160): string {
  const line =
    message
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** What compiling needs from the rest of the knowledge base. */
export interface EventsContext {
  center: Center;
  /** The "being updated" text that replaces empty center facts. */
  missing: string;
  /** The entry ids: a set, or the entries by id (only looked up). */
  entryIds: Pick<ReadonlySet<string>, 'has'>;
}

/**
 * Cross-checks the events file (unique ids, known topics and entries, valid
 * placeholders, message length) and compiles it; problems are pushed.
 */
export function compileEvents(
  source: EventsFile,
  context: EventsContext,
  problems: KbProblem[],
  file = EVENTS_FILE,
): EventCatalog {
  const { center, missing, entryIds } = context;
  const topicIds = new Set<string>();
  source.topics.forEach((topic, index) => {
    if (topicIds.has(topic.id)) {
      problems.push({
        file,
        field: `topics › mục thứ ${index + 1}`,
        message: `mã chủ đề "${topic.id}" bị lặp; mỗi chủ đề cần một mã riêng.`,
      });
    }
    topicIds.add(topic.id);
  });
  const topicList = [...topicIds].join(', ');

  const ids = new Set<string>();
  const events: EventDef[] = [];
  for (const e of source.events) {
    const where = { file, entryId: e.id };
    if (ids.has(e.id))
      problems.push({
        ...where,
        field: 'id',
        message: 'mã này đã dùng cho một sự kiện khác; mỗi sự kiện cần một mã riêng.',
      });
    ids.add(e.id);
    if (!topicIds.has(e.topic)) {
      problems.push({
        ...where,
        field: 'topic',
        message: `không có chủ đề "${e.topic}" trong danh sách topics; dùng một trong: ${topicList}.`,
      });
    }
    if (e.entry !== undefined && !entryIds.has(e.entry)) {
      problems.push({ ...where, field: 'entry', message: `không có mục hỏi–đáp nào mang mã "${e.entry}".` });
    }
    for (const [field, text] of [
      ['title', e.title],
      ['summary', e.summary ?? ''],
      ['message', e.message],
    ] as const) {
      for (const message of placeholderProblems(text, center)) problems.push({ ...where, field, message });
    }
    const message = renderCenter(e.message, center, missing);
    if (message.length > MAX_EVENT_MESSAGE_CHARS) {
      problems.push({
        ...where,
        field: 'message',
        message: `nội dung dài ${message.length} ký tự (sau khi điền thông tin trung tâm); tối đa ${MAX_EVENT_MESSAGE_CHARS}. Hãy rút gọn.`,
      });
    }
    if (e.until !== undefined && e.yearly !== undefined) {
      const start = parseDayMonth(e.yearly);
      const end = parseDayMonth(e.until);
      if (end.month * 100 + end.day <= start.month * 100 + start.day) {
        problems.push({
          ...where,
          field: 'until',
          message: 'ngày kết thúc phải sau ngày bắt đầu trong cùng năm (ví dụ yearly: 15/11, until: 15/12).',
        });
      }
    }
    const when: EventWhen =
      e.yearly !== undefined
        ? {
            kind: 'yearly',
            ...parseDayMonth(e.yearly),
            ...(e.until !== undefined ? { until: parseDayMonth(e.until) } : {}),
          }
        : { kind: 'once', date: e.date as string, ...(e.time !== undefined ? { time: e.time.padStart(5, '0') } : {}) };
    const title = renderCenter(e.title, center, missing);
    events.push({
      id: e.id,
      title,
      message,
      summary: e.summary !== undefined ? renderCenter(e.summary, center, missing) : summaryOf(message),
      topic: e.topic,
      ...(e.area !== undefined ? { area: e.area } : {}),
      ...(e.entry !== undefined ? { entry: e.entry } : {}),
      when,
      remind: (e.remind ?? DEFAULT_REMIND).map(parseOffset),
    });
  }
  return { topics: source.topics, events };
}
