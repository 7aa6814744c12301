/**
 * A staff notice as a delivery job: the one place that turns a draft into
 * what the engine sends, so /thongbao and the console's Notices page (two
 * front ends over one draft model) send exactly the same thing.
 */
import type { Reply } from '../core/message.ts';
import type { BroadcastDraft } from '../store/types.ts';
import type { NewJob } from './types.ts';

/** The notice as residents get it: its text, nothing added. */
export function noticeReplies(text: string): Reply[] {
  return [{ text }];
}

/** The broadcast job of a draft with its audience chosen; `createdBy` is "staff:<platform>:<id>". */
export function noticeJob(draft: BroadcastDraft, createdBy: string): NewJob {
  return {
    kind: 'broadcast',
    key: draft.id,
    replies: noticeReplies(draft.text),
    audience: draft.audience ?? {},
    createdBy,
    summary: draft.text,
  };
}
