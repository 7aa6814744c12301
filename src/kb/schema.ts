/**
 * The shape of every file under knowledge/, checked with zod. Messages are in
 * Vietnamese because the people who read them are the center's staff.
 */
import { z } from 'zod';
import { dutyHoursSchema, handoffUiSchema } from './handoff-schema.ts';

z.config(z.locales.vi());

/** A string field that staff may have written as a bare number (`- 18001769`); YAML reads that as a number. */
const textOf = (min: number, message?: string) =>
  z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(min, message));

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An entry id: lower-case ASCII words joined by hyphens, e.g. `service-elderly`. */
export const entryIdSchema = z
  .string()
  .regex(ENTRY_ID, 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: service-elderly');

/** What a short follow-up asks about the topic just answered ("cần giấy tờ gì" = papers); see src/nlp/followup.ts. */
export const FOLLOW_UP_ASPECTS = [
  'papers',
  'place',
  'cost',
  'duration',
  'amount',
  'eligibility',
  'apply',
  'contact',
  'time',
  'privacy',
] as const;

/** How staff read each aspect in a problem line (kb check), in the staff guide's words. */
const ASPECT_HINTS: Record<(typeof FOLLOW_UP_ASPECTS)[number], string> = {
  papers: 'giấy tờ',
  place: 'ở đâu',
  cost: 'có mất phí không',
  duration: 'mất bao lâu',
  amount: 'được bao nhiêu tiền',
  eligibility: 'ai được hưởng',
  apply: 'làm sao, đăng ký thế nào',
  contact: 'số điện thoại',
  time: 'giờ nào',
  privacy: 'có giữ bí mật không',
};

/** The longest aspect line: one or two short sentences, read before (or instead of) the whole answer. */
const MAX_ASPECT_CHARS = 400;

/**
 * One or two sentences per aspect (`aspects:`, `aspects_en:`) that answer just that
 * aspect of the entry; a reply to a message that asks one aspect opens with it
 * (handlers/followup.ts). Keys are the follow-up aspects; an unknown key gets a
 * problem line that lists the allowed ones, since a typo would otherwise be
 * silently never used.
 */
const aspectLines = (label: string) =>
  z
    .record(
      z.string(),
      z.preprocess(
        (v) => (typeof v === 'number' ? String(v) : v),
        z
          .string()
          .trim()
          .min(10, `${label} quá ngắn`)
          .max(MAX_ASPECT_CHARS, `${label} tối đa ${MAX_ASPECT_CHARS} ký tự (một hai câu ngắn)`),
      ),
    )
    .superRefine((lines, issues) => {
      for (const key of Object.keys(lines)) {
        if ((FOLLOW_UP_ASPECTS as readonly string[]).includes(key)) continue;
        const allowed = FOLLOW_UP_ASPECTS.map((a) => `${a} (${ASPECT_HINTS[a]})`).join(', ');
        issues.addIssue({
          code: 'custom',
          path: [key],
          message: `không có khía cạnh "${key}". Chỉ dùng: ${allowed}.`,
        });
      }
    });

/** One question-and-answer entry (`knowledge/entries/<id>.yaml`). */
export const entrySchema = z.strictObject({
  id: entryIdSchema,
  title: z.string().trim().min(3, 'tiêu đề quá ngắn').max(80, 'tiêu đề tối đa 80 ký tự (hiện trên nút bấm)'),
  /** The title in English, on the entry's button under a reply to an English message (needs `answer_en`). */
  title_en: z
    .string()
    .trim()
    .min(3, 'tiêu đề tiếng Anh quá ngắn')
    .max(80, 'tiêu đề tiếng Anh tối đa 80 ký tự (hiện trên nút bấm)')
    .optional(),
  questions: z
    .array(z.string().trim().min(3, 'câu hỏi quá ngắn'))
    .min(4, 'cần ít nhất 4 cách hỏi khác nhau mà người dân hay dùng'),
  keywords: z.array(textOf(2, 'từ khóa quá ngắn')).default([]),
  /** How people ask in English; matched only against messages written in English (src/nlp/english.ts). */
  questions_en: z
    .array(z.string().trim().min(3, 'câu hỏi tiếng Anh quá ngắn'))
    .min(4, 'cần ít nhất 4 cách hỏi bằng tiếng Anh (hoặc bỏ hẳn mục questions_en)')
    .optional(),
  answer: z.string().trim().min(20, 'câu trả lời quá ngắn'),
  /** A short English answer for people who write in English; without it they get the English introduction. */
  answer_en: z.string().trim().min(20, 'câu trả lời tiếng Anh quá ngắn').optional(),
  related: z.array(entryIdSchema).max(6, 'tối đa 6 chủ đề liên quan').default([]),
  /** After this entry, which entry answers a follow-up about each aspect (itself allowed); unlisted aspects stay here. */
  follow_ups: z.partialRecord(z.enum(FOLLOW_UP_ASPECTS), entryIdSchema).optional(),
  /** One or two sentences per aspect ("mất bao lâu"), leading the reply to a message that asks just that aspect. */
  aspects: aspectLines('câu trả lời theo khía cạnh').optional(),
  /** The same in English, for English messages (without it, an English reply has no aspect line). */
  aspects_en: aspectLines('câu trả lời theo khía cạnh bằng tiếng Anh').optional(),
  sources: z.array(z.string().trim().min(3)).min(1, 'cần ghi ít nhất một nguồn (tên bài viết hoặc văn bản pháp luật)'),
  reviewed: z.string().regex(DATE, 'ngày rà soát viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-23'),
});
export type EntryFile = z.infer<typeof entrySchema>;

/** The center facts staff can mark `verify` until the center has confirmed them. */
const CENTER_FACTS = [
  'name',
  'short_name',
  'province',
  'hotline',
  'address',
  'hours',
  'hotline_hours',
  'duty_hours',
  'website',
  'email',
] as const;

/** What changes from one center to another (`knowledge/center.yaml`). */
export const centerSchema = z.strictObject({
  name: z.string().trim().min(3),
  short_name: z.string().trim().min(2),
  province: z.string().trim().default(''),
  /** figures.yaml's code for this province's own levels (`quang-ninh`); '' for national levels only. */
  figures_province: z
    .string()
    .regex(/^([a-z0-9-]{2,24})?$/, 'mã tỉnh chỉ gồm chữ thường không dấu, số, dấu gạch ngang, ví dụ quang-ninh')
    .default(''),
  hotline: z.string().trim().min(3, 'cần số tổng đài'),
  hotline_tel: z.string().regex(/^\+?\d{3,15}$/, 'số để bấm gọi chỉ gồm chữ số, ví dụ "18001769"'),
  address: z.string().trim().default(''),
  hours: z.string().trim().default(''),
  website: z.string().trim().default(''),
  email: z.string().trim().default(''),
  /** When counsellors answer handed-over conversations; empty when not known. */
  duty_hours: dutyHoursSchema,
  /** When the hotline answers: "24/7", or stretches of days and hours; empty when not known (no promise is made). */
  hotline_hours: z.union([z.literal('24/7'), dutyHoursSchema]).default([]),
  /** Center facts not yet confirmed by the center itself (e.g. its name after the 2025 merger); kb:check lists them. */
  verify: z
    .array(z.enum(CENTER_FACTS, { message: `chỉ ghi tên trường của center.yaml: ${CENTER_FACTS.join(', ')}` }))
    .default([]),
});
export type Center = z.infer<typeof centerSchema>;

/** Abbreviations, teencode, dialect words and fillers (`knowledge/lexicon.yaml`). */
export const lexiconSchema = z.strictObject({
  replacements: z
    .array(
      z.strictObject({
        from: z.array(textOf(1)).min(1),
        to: textOf(1),
      }),
    )
    .default([]),
  fillers: z.array(textOf(1)).default([]),
  end_particles: z.array(textOf(1)).default([]),
  /** Greetings and thanks, dropped when a real question follows ("Chào bạn, …"). */
  greetings: z.array(textOf(1)).default([]),
  /** Words that make a sentence a question; long messages are read from their question sentences. */
  question_words: z.array(textOf(1)).default([]),
  /** Phrases in which a question word does not ask ("ai đó", "ai cũng", "không ai"). */
  not_questions: z.array(textOf(1)).default([]),
  /** "Where I live" phrases ("em ở phường 5"), left out of the reading of a question. */
  residence: z
    .strictObject({
      who: z.array(textOf(1)).default([]),
      says: z.array(textOf(1)).default([]),
      places: z.array(textOf(1)).default([]),
      services: z.array(textOf(1)).default([]),
      not_names: z.array(textOf(1)).default([]),
      ends_before: z.array(textOf(1)).default([]),
    })
    .default({ who: [], says: [], places: [], services: [], not_names: [], ends_before: [] }),
  /** A person described (a group) with a money ask names that group's entry (`src/nlp/person-asked.ts`). */
  person_asks: z
    .strictObject({
      groups: z
        .array(
          z.strictObject({
            id: z.string().trim().min(1),
            words: z.array(textOf(1)).min(1),
            money: entryIdSchema.optional(),
            services: z.array(entryIdSchema).default([]),
            /** A group that is itself the carer (a single parent): still the person asked before a carer's verb. */
            caring: z.boolean().default(false),
          }),
        )
        .default([]),
      both_money: entryIdSchema.optional(),
      relatives: z.array(textOf(1)).default([]),
      follow_on: z.array(textOf(1)).default([]),
      money: z.array(textOf(1)).default([]),
      money_named: z.array(textOf(1)).default([]),
      besides_money: z.array(textOf(1)).default([]),
      other_topics: z.array(textOf(1)).default([]),
      /** Another agency's business asked beside a group ("giảm tiền điện"): the group's entry is not the answer. */
      elsewhere: z.array(textOf(1)).default([]),
      carers: z.array(textOf(1)).default([]),
      asks: z.array(textOf(1)).default([]),
      aspects: z
        .array(
          z.strictObject({
            entry: entryIdSchema,
            words: z.array(textOf(1)).min(1),
            groups: z.array(z.string().trim().min(1)).default([]),
          }),
        )
        .default([]),
      /** What a question asks that names a neighbour of the entry ranked first (`neighbourAsked` in person-asked.ts). */
      neighbours: z
        .array(
          z.strictObject({
            entry: entryIdSchema,
            over: z.array(entryIdSchema).min(1),
            words: z.array(textOf(1)).min(1),
            with: z.array(textOf(1)).default([]),
            unless: z.array(textOf(1)).default([]),
          }),
        )
        .default([]),
      /** A life situation told outright that names the entry covering it (`situationsTold` in person-asked.ts). */
      situations: z
        .array(
          z.strictObject({
            entry: entryIdSchema,
            words: z.array(textOf(1)).min(1),
            /** One of these must be said too, when any are listed: a funeral "sau lũ" is the disaster's. */
            with: z.array(textOf(1)).default([]),
            /** None of these may be said: "nhà tui nghèo, không có gạo ăn" tells poverty, not a household out of food. */
            unless: z.array(textOf(1)).default([]),
            /** Answered even where the engine found nothing to offer (a household out of food): see `decideTold`. */
            on_fallback: z.boolean().default(false),
          }),
        )
        .default([]),
    })
    .default({
      groups: [],
      relatives: [],
      follow_on: [],
      money: [],
      money_named: [],
      besides_money: [],
      other_topics: [],
      elsewhere: [],
      carers: [],
      asks: [],
      aspects: [],
      neighbours: [],
      situations: [],
    }),
});
export type LexiconFile = z.infer<typeof lexiconSchema>;

const text = z.string().trim().min(1);

/** Another public agency residents ask about; the bot refers such questions there (`knowledge/agencies.yaml`). */
const agencySchema = z.strictObject({
  id: entryIdSchema,
  /** The agency as residents call it, e.g. "cơ quan Bảo hiểm xã hội (BHXH)". */
  name: z.string().trim().min(3, 'tên cơ quan quá ngắn'),
  /** What it handles, in a few words ("lương hưu, thẻ bảo hiểm y tế…"). */
  handles: z.string().trim().min(5, 'cần ghi cơ quan này lo những việc gì'),
  /** How to reach it, valid in any province; no phone number without a source. */
  contact: z.string().trim().min(10, 'cần ghi cách liên hệ (nơi đến, tổng đài chính thức nếu có)'),
  /** Phrases that mean a question belongs there (accents optional: they are matched without accents). */
  cues: z.array(textOf(2, 'cụm từ quá ngắn')).min(3, 'cần ít nhất 3 cụm từ người dân hay dùng khi hỏi việc này'),
  /**
   * Phrases naming the agency itself or a procedure only it performs ("tư pháp", "chứng thực"): matched like cues,
   * they take a question from a confident entry that never speaks of them, however little of the question they cover.
   */
  procedures: z.array(textOf(2, 'cụm từ quá ngắn')).default([]),
  /** Companies of the agency's trade ("viettel", "điện lực"): a question for one's number or address is referred here. */
  brands: z.array(textOf(2, 'cụm từ quá ngắn')).default([]),
});
export type AgencyFile = z.infer<typeof agencySchema>;

/** The agencies file: a list of agencies. */
export const agenciesSchema = z.strictObject({
  agencies: z.array(agencySchema).default([]),
  /**
   * Commercial brands and services that are no public social service (a shop, a ride app, a bank): asked for
   * their number, address or hours, the bot says it has no such information instead of giving the center's.
   */
  other_brands: z.array(textOf(2, 'cụm từ quá ngắn')).default([]),
});
export type AgenciesFile = z.infer<typeof agenciesSchema>;

/** One kind of small talk: the phrases that say it and the short reply to it. */
const smallTalkKindSchema = z.strictObject({
  words: z.array(textOf(1)).min(1),
  reply: text,
  reply_en: text,
});

/**
 * Thanks, goodbyes and "ok" that the greeting entry would answer: a short reply of the kind said instead of the
 * whole greeting again (src/nlp/small-talk.ts); a hail that asks nothing yet ("ad ơi cho em hỏi chút") is told the
 * bot is here and invited to ask. `around`: words that may stand beside an "ok" ("ok bạn nhé").
 */
const smallTalkSchema = z.strictObject({
  around: z.array(textOf(1)).default([]),
  goodbye: smallTalkKindSchema,
  thanks: smallTalkKindSchema,
  ack: smallTalkKindSchema,
  hail: smallTalkKindSchema,
  /** Words that may stand in a hail besides its own phrases ("cho em hỏi chút"). */
  hail_around: z.array(textOf(1)).default([]),
});

/** The words `{center.hotline_hours}` is said in (`ui.yaml` › `hotline_hours_words`). */
const hotlineHoursWordsSchema = z.strictObject({
  always: text,
  unknown: text,
  every_day: text,
  days_range: text,
  span: text,
  /** Monday to Sunday, as center.yaml numbers them (1 … 7). */
  weekdays: z.array(text).length(7),
});
export type HotlineHoursWords = z.infer<typeof hotlineHoursWordsSchema>;

/** Every sentence the bot says that is not an answer (`knowledge/ui.yaml`). */
export const uiSchema = z.strictObject({
  greeting: text,
  menu_prompt: text,
  menu_button: text,
  /** Starts the guided eligibility check (menu and allowance entries). */
  eligibility_button: text,
  group_prompt: text,
  back_to_menu: text,
  related_prompt: text,
  call_hotline: text,
  call_hotline_en: text,
  /** The menu and eligibility-check buttons under an English reply (what they open is in Vietnamese). */
  menu_button_en: text,
  eligibility_button_en: text,
  /** Call buttons for national emergency numbers, by number. */
  call_emergency: z.strictObject({ '113': text, '115': text, '111': text }),
  /** How staff see each platform's name when choosing an audience. */
  platform_names: z.strictObject({ telegram: text, 'zalo-bot': text, 'zalo-oa': text, terminal: text }),
  did_you_mean: text,
  did_you_mean_en: text,
  fallback: text,
  /** The safety check-in before a did-you-mean or fallback on a message with a weaker danger signal. */
  concern_check_in: text,
  /** The same, for an English message. */
  concern_check_in_en: text,
  /**
   * The line before a check-in on a new concern right after an emergency reply, when the check-in does not name that
   * emergency's first number: {number} is it.
   */
  danger_still: text,
  /** The same, after an English emergency. */
  danger_still_en: text,
  /**
   * An out-of-scope question another agency handles (agencies.yaml):
   * {agency}, {handles} and {contact} are filled from the agency.
   */
  referral: text,
  empty_message: text,
  long_message: text,
  /** Reply to a message of nothing but crying or heartbroken emoji. */
  feeling_down: text,
  /** The warm line before the mental-health service answered to despair told (session 32, issue 10). */
  despair_lead: text,
  small_talk: smallTalkSchema,
  /** Heads every reply to an English message: what the bot is, the hotline, the emergency numbers. */
  english_intro: text,
  /** Follows an entry's English answer: the full answers are in Vietnamese. */
  english_footer: text,
  /** Under an English answer: the button that opens the entry's full Vietnamese answer. */
  english_full_answer_button: text,
  /**
   * After a follow-up on the entry just shown, the reply is the entry's aspect line and this pointer ({button}: the
   * label below) instead of the whole answer again; the button shows the whole answer.
   */
  aspect_pointer: text,
  aspect_full_answer_button: text,
  aspect_pointer_en: text,
  aspect_full_answer_button_en: text,
  unsupported_content: text,
  /** Reply to a protected account (child, disability, cannot read) whose text Zalo hides: short, hotline and 111. */
  protected_user: text,
  unknown_command: text,
  unknown_button: text,
  coming_soon: text,
  nothing_stored: text,
  missing_info: text,
  /** `{center.hotline_hours}` in words (see `hotlineHoursText` in template.ts). */
  hotline_hours_words: hotlineHoursWordsSchema,
  internal_error: text,
  /** A change (subscription, deletion, …) could not be written because the disk is full or read-only. */
  save_failed: text,
  options_hint: text,
  options_hint_en: text,
  /** Heads an extra Zalo OA message that carries buttons past the fifth. */
  more_options: text,
  slow_down: text,
  subscribe_intro: text,
  subscribe_yes: text,
  subscribe_no: text,
  subscribe_declined: text,
  subscribe_done: text,
  subscribe_status: text,
  subscribe_all_topics: text,
  subscribe_no_area: text,
  subscribe_choose_topics: text,
  subscribe_topics_button: text,
  subscribe_topics_all_button: text,
  subscribe_topics_done_button: text,
  subscribe_area_button: text,
  subscribe_area_help: text,
  subscribe_area_set: text,
  subscribe_area_cleared: text,
  subscribe_stop_button: text,
  subscribe_start_button: text,
  subscribe_unavailable: text,
  not_subscribed: text,
  unsubscribed: text,
  data_deleted: text,
  staff_not_recognised: text,
  console_link: text,
  feedback_up: text,
  feedback_down: text,
  feedback_thanks: text,
  feedback_sorry: text,
  console_off: text,
  console_private_only: text,
  events_intro: text,
  events_item: text,
  events_ongoing: text,
  events_area: text,
  events_none: text,
  events_footer: text,
  reminder_today: text,
  reminder_tomorrow: text,
  reminder_days: text,
  reminder_soon: text,
  reminder_footer: text,
  broadcast_help: text,
  broadcast_preview: text,
  broadcast_choose_audience: text,
  broadcast_audience_all: text,
  broadcast_audience_platform: text,
  broadcast_audience_topic: text,
  broadcast_audience_area: text,
  broadcast_confirm: text,
  broadcast_send_button: text,
  broadcast_cancel_button: text,
  broadcast_no_draft: text,
  broadcast_already_sending: text,
  broadcast_empty_audience: text,
  broadcast_started: text,
  broadcast_progress: text,
  broadcast_report: text,
  /** Added to the report per reason people could not be reached ({count}, {reason}). */
  broadcast_report_unreachable: text.default('• {count} người không liên lạc được: {reason}'),
  broadcast_cancelled: text,
  broadcast_nothing_running: text,
  broadcast_discarded: text,
  terminal_intro: text,
  terminal_bye: text,
  /** Handing a person to a counsellor: what residents and the staff group read. */
  handoff: handoffUiSchema,
  /** Command descriptions published to Telegram's command menu. */
  commands: z.record(z.string().regex(/^[a-z0-9_]{1,32}$/), z.string().trim().min(3).max(256)),
  groups: z
    .array(
      z.strictObject({
        id: entryIdSchema,
        title: z.string().trim().min(2).max(60),
        entries: z.array(entryIdSchema).min(1),
      }),
    )
    .min(1),
});
export type UiFile = z.infer<typeof uiSchema>;
