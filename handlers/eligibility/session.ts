/**
 * The state of one person's check in the session store: their answers and
 * the order they gave them (for "Quay lại"). Read back through zod, because
 * a persistent store hands back whatever is on disk, and checked against the
 * current rules, because staff may edit them while a check is under way.
 */
import { ChatAddress } from '../../src/core/address.ts';
import { z } from 'zod';
import type { UserRef } from '../../src/core/message.ts';
import { isValidAnswer, type Answer } from '../../src/eligibility/evaluate.ts';
import type { EligibilityRules } from '../../src/eligibility/rules.ts';
import type { HandlerContext } from '../context.ts';

const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), value: z.string() }),
  z.object({ kind: z.literal('number'), min: z.number(), max: z.number(), option: z.string().nullable() }),
]);
const sessionSchema = z.object({
  v: z.literal(1),
  answers: z.record(z.string(), answerSchema),
  history: z.array(z.string()),
});

/** A check in progress. */
export type CheckSession = { v: 1; answers: Record<string, Answer>; history: string[] };

/** A new, empty check. */
export function newSession(): CheckSession {
  return { v: 1, answers: {}, history: [] };
}

/** One check per person per chat. */
function sessionKey(user: UserRef): string {
  return `check:${ChatAddress.toKey(user)}:${user.userId}`;
}

/** The person's check in progress, keeping only answers that still fit the rules; undefined when none (or expired). */
export async function loadSession(ctx: HandlerContext, rules: EligibilityRules): Promise<CheckSession | undefined> {
  const stored = await ctx.sessions.get(sessionKey(ctx.user));
  // Most messages come with no check running: a failed parse would build an error object for nothing.
  if (stored === undefined) return undefined;
  const parsed = sessionSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const session = newSession();
  for (const id of parsed.data.history) {
    const question = rules.questionById.get(id);
    const answer = parsed.data.answers[id];
    if (!question || !answer || session.answers[id] || !isValidAnswer(question, answer)) continue;
    session.answers[id] = answer;
    session.history.push(id);
  }
  return session;
}

/** Stores the check; each write restarts the expiry, so it lapses only after a stretch of silence. */
export async function saveSession(ctx: HandlerContext, session: CheckSession): Promise<void> {
  await ctx.sessions.set(sessionKey(ctx.user), session);
}

/** Deletes the check and its answers; resolves to whether there was one. */
export async function deleteSession(ctx: HandlerContext): Promise<boolean> {
  return ctx.sessions.delete(sessionKey(ctx.user));
}
