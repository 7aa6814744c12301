/**
 * The knowledge fields of the handoff to a counsellor: the center's duty
 * hours (`center.yaml` › `duty_hours`) and what the bot says to residents and
 * to the staff group (`ui.yaml` › `handoff`). Messages are in Vietnamese
 * because the people who read them are the center's staff.
 */
import { z } from 'zod';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const text = z.string().trim().min(1);

/** One stretch of duty: the days it applies to (1 = thứ Hai … 7 = Chủ nhật) and the hours, Vietnam time. */
const dutySpanSchema = z.strictObject({
  days: z
    .array(
      z.number().int().min(1, 'ngày từ 1 (thứ Hai) đến 7 (Chủ nhật)').max(7, 'ngày từ 1 (thứ Hai) đến 7 (Chủ nhật)'),
    )
    .min(1, 'cần ít nhất một ngày'),
  from: z.string().regex(CLOCK, 'giờ viết dạng GIỜ:PHÚT, ví dụ "07:30"'),
  to: z.string().regex(CLOCK, 'giờ viết dạng GIỜ:PHÚT, ví dụ "17:00"'),
});
export type DutySpan = z.infer<typeof dutySpanSchema>;

/** When counsellors are on duty; empty when the center has not said (the bot then makes no promise about hours). */
export const dutyHoursSchema = z
  .array(dutySpanSchema)
  .default([])
  .refine((spans) => spans.every((s) => s.from < s.to), 'giờ bắt đầu phải trước giờ kết thúc trong cùng một ngày');

/** What the bot says about a handoff (`ui.yaml` › `handoff`). */
export const handoffUiSchema = z.strictObject({
  /**
   * Phrases that mean "let me talk to a person" ("gặp tư vấn viên"), matched
   * without accents as whole words anywhere in a message. Kept out of the
   * answer engine so that they do not pull other questions their way.
   */
  cues: z.array(z.string().trim().min(5, 'cụm từ quá ngắn')).min(3, 'cần ít nhất 3 cách người dân xin gặp người thật'),
  /** To the resident: a counsellor was told and will write here; {hotline} is filled. */
  opened: text,
  /** The same when the center's duty hours are not known. */
  opened_unknown_hours: text,
  /** Outside duty hours: {next} is when someone is on duty again. */
  off_duty: text,
  /** The person asked again while a handoff is open. */
  already_open: text,
  /** A counsellor closed the conversation. */
  closed: text,
  /** Nobody wrote for a while and the conversation closed by itself. */
  timed_out: text,
  /** Heads a counsellor's message to the resident. */
  staff_prefix: text,
  /** To the staff group: a new request; {id}, {platform}, {reason}, {excerpt}. */
  staff_announce: text,
  /** Why the person was handed over, by reason. */
  reasons: z.strictObject({ asked: text, button: text }),
  /** To the staff group: the resident wrote again; {id}, {text}. */
  staff_relay: text,
  /** To the staff group: the resident wrote something dangerous and got the emergency reply; {id}. */
  staff_crisis: text,
  /** To the staff group: {id} was claimed by {name}. */
  staff_claimed: text,
  /** To the staff group: {id} was closed; {how}. */
  staff_closed: text,
  /** How a handoff ended, for staff_closed. */
  closed_how: z.strictObject({ staff: text, timeout: text, resident: text }),
  /** To the staff group: a reply that names no open request. */
  staff_unknown: text,
  /** To the staff group: the reply could not be delivered to the resident. */
  staff_not_delivered: text,
  claim_button: text,
  close_button: text,
});
