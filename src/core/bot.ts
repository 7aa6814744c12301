/**
 * The bot: one place where an incoming message becomes replies, whatever
 * the channel. It picks the current knowledge snapshot, runs the router,
 * logs the decision (never the text), and turns a crash into a kind reply.
 */
import type { Logger } from 'pino';
import { routeIncoming } from '../../handlers/router.ts';
import type { BotServices, HandlerContext } from '../../handlers/context.ts';
import type { Knowledge } from '../kb/load.ts';
import type { EngineConfig, Outcome } from '../nlp/engine.ts';
import type { Metrics } from '../metrics.ts';
import { MemorySessionStore, type SessionStore } from '../store/sessions.ts';
import { DiskWriteError } from '../store/disk-health.ts';
import { FloodGuard, type FloodLimits } from './flood-guard.ts';
import type { Incoming, Reply } from './message.ts';

/** What the bot needs from the outside. */
export interface BotDeps {
  knowledge: () => Knowledge;
  engine: EngineConfig;
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
  onDecision?: (outcome: Outcome | 'command' | 'button' | 'unsupported', entryId: string | null) => void;
}

/** Turns incoming messages into replies. */
export class Bot {
  private readonly flood: FloodGuard | undefined;
  private readonly sessions: SessionStore;

  constructor(private readonly deps: BotDeps) {
    this.flood = deps.flood ? new FloodGuard(deps.flood) : undefined;
    this.sessions = deps.sessions ?? new MemorySessionStore();
  }

  /**
   * Handles one message; never rejects. Returns no replies when the person is
   * flooding and has already been asked to slow down.
   */
  async handle(incoming: Incoming): Promise<Reply[]> {
    const kb = this.deps.knowledge();
    const { logger, metrics } = this.deps;
    metrics?.updatesReceived.inc({ platform: incoming.user.platform });
    if (this.flood) {
      const verdict = this.flood.check(`${incoming.user.platform}:${incoming.user.userId}`, incomingLength(incoming));
      if (verdict !== 'allow') {
        metrics?.outcomes.inc({ outcome: 'flood' });
        return verdict === 'warn' ? [{ text: kb.ui.slow_down }] : [];
      }
    }
    const ctx: HandlerContext = {
      kb,
      user: incoming.user,
      engine: this.deps.engine,
      sessions: this.sessions,
      ...(this.deps.contextTtlMs !== undefined ? { contextTtlMs: this.deps.contextTtlMs } : {}),
      log: (level, fields, message) => logger[level]({ ...fields, user: incoming.user.userId }, message),
      ...(this.deps.services ? { services: this.deps.services } : {}),
      note: (outcome, entryId) => {
        this.deps.onDecision?.(outcome, entryId ?? null);
        metrics?.outcomes.inc({ outcome });
        logger.info(
          { platform: incoming.user.platform, kind: incoming.kind, outcome, entry: entryId ?? undefined },
          'handled',
        );
      },
    };
    try {
      return await routeIncoming(ctx, incoming);
    } catch (error) {
      metrics?.outcomes.inc({ outcome: 'error' });
      // The disk is full or read-only (staff are told through /healthz and the log): the person hears it was not saved.
      if (error instanceof DiskWriteError) return [{ text: kb.ui.save_failed }];
      logger.error({ err: error, platform: incoming.user.platform, kind: incoming.kind }, 'handler failed');
      return [{ text: kb.ui.internal_error }];
    }
  }
}

/** Characters of text the bot will read in a message (what flood control charges for). */
function incomingLength(incoming: Incoming): number {
  switch (incoming.kind) {
    case 'text':
      return incoming.text.length;
    case 'command':
      return incoming.command.length + incoming.args.length;
    case 'button':
      return incoming.payload.length;
    case 'unsupported':
      return 0;
  }
}
