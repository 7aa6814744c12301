/**
 * Conversation context: after each answer the bot remembers, for a few
 * minutes and in memory only, the topic, whom it was about and what was
 * asked, so a follow-up ("cần giấy tờ gì", "ở đâu", "còn người khuyết tật
 * thì sao") is answered on that topic. The flow in progress is the
 * eligibility check's own session: the router lets it take a typed answer
 * before any follow-up. The router has already run the safeguarding check,
 * so nothing here comes before an emergency reply.
 */
import { ChatAddress } from '../src/core/address.ts';
import { z } from 'zod';
import { ENTRY_IDS } from '../src/kb/entry-ids.ts';
import { FOLLOW_UP_ASPECTS } from '../src/kb/schema.ts';
import type { AnswerResult } from '../src/nlp/engine.ts';
import {
  answerNearTopic,
  asksAboutCenterEntry,
  contextAfterAnswer,
  coveredByTopic,
  GROUPS,
  readFollowUp,
  resolveFollowUp,
  type ConversationContext,
} from '../src/nlp/followup.ts';
import type { HandlerContext } from './context.ts';

/** Default expiry of a conversation context: 15 minutes of silence. */
const DEFAULT_CONTEXT_TTL_MS = 15 * 60_000;

const contextSchema = z.object({
  topic: z.string().nullable(),
  who: z.enum(GROUPS).nullable(),
  what: z.enum(FOLLOW_UP_ASPECTS).nullable(),
});

/** One context per person per chat, beside (not inside) an eligibility check. */
function contextKey(ctx: HandlerContext): string {
  return `context:${ChatAddress.toKey(ctx.user)}:${ctx.user.userId}`;
}

async function loadContext(ctx: HandlerContext): Promise<ConversationContext | null> {
  const stored = await ctx.sessions.get(contextKey(ctx));
  // Most messages have no context: a failed parse would build an error object for nothing.
  if (stored === undefined) return null;
  const parsed = contextSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

async function saveContext(ctx: HandlerContext, context: ConversationContext): Promise<void> {
  await ctx.sessions.set(contextKey(ctx), { ...context }, ctx.contextTtlMs ?? DEFAULT_CONTEXT_TTL_MS);
}

/**
 * The engine's decision, reconsidered in the light of the conversation: a
 * follow-up is answered on the remembered topic; a clear new question (a
 * confident answer that names its own group, with no "còn … thì sao") keeps
 * its own answer; a closing thanks gets the goodbye; a question about part of
 * a safeguarding situation's service stays on it; an unclear short question
 * is offered the topic first. Either way the context is updated.
 */
export async function answerInContext(ctx: HandlerContext, text: string, result: AnswerResult): Promise<AnswerResult> {
  if (result.outcome === 'crisis' || result.outcome === 'disclosure' || result.outcome === 'empty') return result;
  const previous = await loadContext(ctx);
  const read = readFollowUp(ctx.kb, text, previous?.topic ?? null);
  // "Rứa hai người cùng nhận được không": marked as continuing, and nothing else places it.
  const reading = result.outcome === 'fallback' && read.loose ? { ...read, followUp: true } : read;
  const clearNewQuestion =
    result.outcome === 'answer' &&
    result.score >= ctx.engine.answerThreshold &&
    reading.who !== null &&
    !reading.marker;
  // "Còn đăng ký thất nghiệp thì sao": another agency's question that only borrows the topic's words stays referred.
  const referred = result.outcome === 'referral' && reading.topicWords;
  const resolved = clearNewQuestion || referred ? undefined : resolveFollowUp(ctx.kb, reading, previous, ctx.engine);
  if (resolved) {
    await saveContext(ctx, resolved.context);
    return {
      ...result,
      outcome: 'answer',
      entryId: resolved.entryId,
      score: resolved.score,
      alternatives: resolved.alternatives,
    };
  }
  // "Thôi không cần nữa, cảm ơn": a thanks the engine could not place closes the conversation; the topic stays.
  if (reading.closing && result.outcome !== 'answer' && ctx.kb.entries.has(ENTRY_IDS.greeting)) {
    if (previous) await saveContext(ctx, previous);
    return {
      ...result,
      outcome: 'answer',
      entryId: ENTRY_IDS.greeting,
      score: ctx.engine.answerThreshold,
      alternatives: [],
    };
  }
  // "Có tư vấn tâm lý không" after the trafficking support: part of the service the topic's answer describes.
  if (
    previous?.topic &&
    result.entryId !== previous.topic &&
    (result.outcome === 'answer' || result.outcome === 'did-you-mean') &&
    situationService(ctx, previous.topic) &&
    coveredByTopic(ctx.kb, text, previous.topic)
  ) {
    await saveContext(ctx, previous);
    return {
      ...result,
      outcome: 'answer',
      entryId: previous.topic,
      score: ctx.engine.answerThreshold,
      alternatives: [],
    };
  }
  // Unsure alone but clear with the topic ("có cấp chứng chỉ không" after training): offer the topic first,
  // as a "did you mean", never as a confident answer, so a question that left the topic is not misanswered.
  const newGroup = reading.who !== null && reading.who !== previous?.who;
  // "Trung tâm làm gì" after the help entry asks about the center: the engine's reading (an entry about the center) stands.
  const aboutOther = result.entryId !== null && asksAboutCenterEntry(ctx.kb, reading, result.entryId);
  const near =
    previous?.topic && result.outcome !== 'answer' && result.outcome !== 'referral' && !newGroup && !aboutOther
      ? answerNearTopic(ctx.kb, text, previous.topic, ctx.engine)
      : undefined;
  if (near && previous) {
    await saveContext(ctx, previous);
    const others = [...(result.entryId ? [{ id: result.entryId, score: result.score }] : []), ...result.alternatives];
    const alternatives = others.filter((c) => c.id !== near.id).slice(0, ctx.engine.maxSuggestions - 1);
    return { ...result, outcome: 'did-you-mean', entryId: near.id, score: near.score, alternatives };
  }
  if ((result.outcome === 'answer' || result.outcome === 'did-you-mean') && result.entryId !== null) {
    await saveContext(ctx, contextAfterAnswer(previous, result.entryId, reading));
  } else if (previous) {
    // A message the bot could not place is not silence: the topic stays, and so does its expiry.
    await saveContext(ctx, previous);
  }
  return result;
}

/**
 * Whether an entry is the service of a safeguarding situation (trafficking,
 * violence…), not a phone line: its answer lists the help it gives, which
 * people then ask about one by one.
 */
function situationService(ctx: HandlerContext, entryId: string): boolean {
  if (Object.values(ENTRY_IDS).some((id) => id === entryId)) return false;
  return Object.values(ctx.kb.safeguarding.text.situations).some((s) => s?.entry === entryId);
}

/**
 * After a safeguarding reply, the situation's service entry becomes the topic
 * ("có hỗ trợ tâm lý không" after a trafficking disclosure is about that
 * service). Called after the reply is made, so it never changes it.
 */
export async function rememberSafeguardingTopic(ctx: HandlerContext, result: AnswerResult): Promise<void> {
  const situation = result.safeguarding
    ? ctx.kb.safeguarding.text.situations[result.safeguarding.situation]
    : undefined;
  if (situation?.entry) await rememberTopic(ctx, situation.entry);
}

/** Remembers a topic the person picked with a button. */
export async function rememberTopic(ctx: HandlerContext, entryId: string): Promise<void> {
  if (!ctx.kb.entries.has(entryId)) return;
  const previous = await loadContext(ctx);
  await saveContext(ctx, { topic: entryId, who: previous?.who ?? null, what: null });
}

/** Deletes the context (/xoadulieu); resolves to whether there was one. */
export function forgetContext(ctx: HandlerContext): Promise<boolean> {
  return ctx.sessions.delete(contextKey(ctx));
}
