/**
 * "Was this helpful?": 👍/👎 under an answer to a typed question (not small
 * talk, not the emergency replies). A vote is counted per entry for the
 * console; a 👎 also puts the question, redacted, on the console's list of
 * questions the bot could not answer. The question is remembered in memory
 * only, for the conversation's few minutes, and only to be able to do that.
 */
import { z } from 'zod';
import { ChatAddress } from '../src/core/address.ts';
import { actionButton, type Button, type Reply } from '../src/core/message.ts';
import { buttonPayload, type FeedbackAction } from '../src/core/payload.ts';
import { ENTRY_IDS } from '../src/kb/entry-ids.ts';
import type { HandlerContext } from './context.ts';
import { hotlineButton, menuButton } from './replies.ts';

/** Entries that get no vote: greetings and thanks, the help text, and the emergency numbers. */
const NO_VOTE: ReadonlySet<string> = new Set([
  ENTRY_IDS.greeting,
  ENTRY_IDS.botHelp,
  ENTRY_IDS.emergency,
  ENTRY_IDS.childProtectionHotline,
]);

const DEFAULT_TTL_MS = 15 * 60_000;
const askedSchema = z.object({ text: z.string(), entryId: z.string() });

/** Where the last answered question of one person in one chat is kept. */
function askedKey(ctx: HandlerContext): string {
  return `asked:${ChatAddress.toKey(ctx.user)}:${ctx.user.userId}`;
}

/** The 👍/👎 buttons for an answer with `entryId`; none without the services that count votes, or for small talk. */
export function feedbackButtons(ctx: HandlerContext, entryId: string): Button[] {
  if (!ctx.services?.feedback || NO_VOTE.has(entryId)) return [];
  return [
    actionButton(ctx.kb.ui.feedback_up, buttonPayload.feedback.up(entryId)),
    actionButton(ctx.kb.ui.feedback_down, buttonPayload.feedback.down(entryId)),
  ];
}

/** Remembers the question just answered with `entryId`, so that a 👎 can report it. */
export async function rememberAnswered(ctx: HandlerContext, text: string, entryId: string): Promise<void> {
  if (!ctx.services?.feedback || NO_VOTE.has(entryId)) return;
  await ctx.sessions.set(askedKey(ctx), { text, entryId }, ctx.contextTtlMs ?? DEFAULT_TTL_MS);
}

/** Forgets the remembered question (/xoadulieu). */
export async function forgetAnswered(ctx: HandlerContext): Promise<void> {
  await ctx.sessions.delete(askedKey(ctx));
}

/** A 👍 or 👎 pressed. */
export async function handleFeedbackButton(ctx: HandlerContext, action: FeedbackAction | undefined): Promise<Reply[]> {
  const { kb, services } = ctx;
  if (!action || !services?.feedback || !kb.entries.has(action.entryId)) return [{ text: kb.ui.unknown_button }];
  services.feedback(action.vote, action.entryId);
  if (action.vote === 'up') return [{ text: kb.ui.feedback_thanks }];
  const asked = askedSchema.safeParse(await ctx.sessions.get(askedKey(ctx)));
  if (asked.success && asked.data.entryId === action.entryId) {
    await forgetAnswered(ctx);
    await services.unanswered
      ?.record({ kind: 'not-helpful', text: asked.data.text, entryId: action.entryId })
      .catch((error: unknown) =>
        ctx.log?.('warn', { err: String(error) }, 'could not keep a question marked not helpful'),
      );
  }
  return [{ text: kb.ui.feedback_sorry, buttons: [hotlineButton(kb), menuButton(kb)] }];
}
