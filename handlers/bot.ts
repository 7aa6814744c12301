/**
 * The running bot: the core bot given this folder's router, with the context
 * every handler receives (knowledge, person, engine settings, sessions,
 * services, the time).
 */
import type { CompiledKnowledge } from '../src/knowledge.ts';
import type { Logger } from 'pino';
import { type AspectUsed, Bot, type Decision } from '../src/core/bot.ts';
import type { FloodLimits } from '../src/core/flood-guard.ts';
import type { Metrics } from '../src/metrics.ts';
import {
  type AnswerEngine,
  type AnswerKnowledge,
  type AnswerResult,
  createAnswerEngine,
  type EngineConfig,
} from '../src/nlp/engine.ts';
import { DiskWriteError } from '../src/store/disk-health.ts';
import { MemorySessionStore, type SessionStore } from '../src/store/sessions.ts';
import type { BotServices, HandlerContext } from './context.ts';
import { rememberAnswered } from './feedback.ts';
import { routeIncoming } from './router.ts';

/** What the running bot needs from the outside. */
export interface BotOptions {
  knowledge: () => CompiledKnowledge;
  engine: EngineConfig;
  /** The answer engine; one with the default cache when absent. */
  answers?: AnswerEngine;
  logger: Logger;
  metrics?: Metrics;
  /** Per-person flood control; omit to disable (terminal chat, CLI). */
  flood?: FloodLimits;
  /** Storage, delivery and staff services (subscriptions, broadcasts). */
  services?: BotServices;
  /**
   * Short-lived per-person state (eligibility checks). Defaults to an
   * in-memory store with a 30-minute expiry, so one-shot tools need not set it.
   */
  sessions?: SessionStore;
  /** How long the conversation context (last topic, group, aspect) survives silence, in ms. */
  contextTtlMs?: number;
  /** Called with every decision (what `note` records), for tools that report them (ask --conversation, eval). */
  onDecision?: (outcome: Decision, entryId: string | null, aspect?: AspectUsed) => void;
  /** The time now; the services' clock, else the system clock, when absent. */
  clock?: () => Date;
}

/**
 * After a typed question: one that ended in a fallback or a "did you mean"
 * is kept for the console (redacted by the log), and one that was answered
 * is remembered for a 👎. Never one the safeguarding layer recognised
 * anything in: those are not stored as text. A failed write costs the
 * console one line, never the reply.
 */
async function afterQuestion(
  ctx: HandlerContext,
  text: string,
  decided: ReadonlyArray<{ outcome: Decision; entryId: string | null }>,
): Promise<void> {
  const last = decided.at(-1);
  if (!ctx.services || !last) return;
  if (!['fallback', 'did-you-mean', 'answer'].includes(last.outcome)) return;
  const result = ctx.answers.find(ctx.kb, text, ctx.engine);
  if (result.safeguarding !== null || decided.some((d) => d.outcome === 'crisis' || d.outcome === 'disclosure')) return;
  if (last.outcome === 'answer') {
    if (last.entryId) await rememberAnswered(ctx, text, last.entryId);
    return;
  }
  await ctx.services.unanswered
    ?.record({ kind: last.outcome === 'fallback' ? 'fallback' : 'did-you-mean', text, entryId: result.entryId })
    .catch((error: unknown) => ctx.log?.('warn', { err: String(error) }, 'could not keep an unanswered question'));
}

/**
 * The engine as one message's handlers see it: its decision on the message
 * is made once, however often they ask (the router, then `afterQuestion`). A
 * message over 200 characters, which the answer cache never keeps, was
 * decided twice; a shorter one paid a second keyed hash. Each caller gets
 * its own copy, as from the cache. Lives as long as the message's handling.
 */
function decidingOnce(answers: AnswerEngine): AnswerEngine {
  let last: { kb: AnswerKnowledge; text: string; config: EngineConfig | undefined; result: AnswerResult } | undefined;
  return {
    cacheFor: (kb, config) => answers.cacheFor(kb, config),
    find: (kb, text, config) => {
      if (last?.kb !== kb || last.text !== text || last.config !== config)
        last = { kb, text, config, result: answers.find(kb, text, config) };
      return { ...last.result, alternatives: [...last.result.alternatives] };
    },
  };
}

/** Builds the bot that answers with the handlers of this folder. */
export function createBot(options: BotOptions): Bot<CompiledKnowledge> {
  const { engine, services, contextTtlMs } = options;
  const sessions = options.sessions ?? new MemorySessionStore();
  const answers = options.answers ?? createAnswerEngine();
  const clock = options.clock ?? (services ? () => services.now() : () => new Date());
  return new Bot<CompiledKnowledge>({
    knowledge: options.knowledge,
    logger: options.logger,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.flood ? { flood: options.flood } : {}),
    ...(options.onDecision ? { onDecision: options.onDecision } : {}),
    clock,
    isSaveFailure: (error) => error instanceof DiskWriteError,
    route: async (turn) => {
      const decided: Array<{ outcome: Decision; entryId: string | null }> = [];
      const ctx: HandlerContext = {
        kb: turn.kb,
        user: turn.incoming.user,
        engine,
        answers: decidingOnce(answers),
        sessions,
        now: turn.now,
        ...(contextTtlMs !== undefined ? { contextTtlMs } : {}),
        log: turn.log,
        ...(services ? { services } : {}),
        note: (outcome, entryId, aspect) => {
          decided.push({ outcome, entryId: entryId ?? null });
          turn.note(outcome, entryId, aspect);
        },
      };
      const replies = await routeIncoming(ctx, turn.incoming);
      if (turn.incoming.kind === 'text') await afterQuestion(ctx, turn.incoming.text, decided);
      return replies;
    },
  });
}
