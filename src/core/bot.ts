/**
 * The bot: one place where an incoming message becomes replies, whatever
 * the channel. It picks the current knowledge snapshot, runs the router,
 * logs the decision (never the text), and turns a crash into a kind reply.
 */
import type { Logger } from 'pino';
import { routeIncoming } from '../../handlers/router.ts';
import type { HandlerContext } from '../../handlers/context.ts';
import type { Knowledge } from '../kb/load.ts';
import type { EngineConfig, Outcome } from '../nlp/engine.ts';
import type { Incoming, Reply } from './message.ts';

/** Counts of decisions, for metrics. */
export type OutcomeCounts = Record<Outcome | 'command' | 'button' | 'unsupported' | 'error', number>;

/** What the bot needs from the outside. */
export interface BotDeps {
  knowledge: () => Knowledge;
  engine: EngineConfig;
  logger: Logger;
}

/** Turns incoming messages into replies. */
export class Bot {
  readonly outcomes: OutcomeCounts = {
    answer: 0,
    'did-you-mean': 0,
    fallback: 0,
    crisis: 0,
    empty: 0,
    command: 0,
    button: 0,
    unsupported: 0,
    error: 0,
  };

  constructor(private readonly deps: BotDeps) {}

  /** Handles one message; never throws. */
  handle(incoming: Incoming): Reply[] {
    const kb = this.deps.knowledge();
    const { logger } = this.deps;
    const ctx: HandlerContext = {
      kb,
      user: incoming.user,
      engine: this.deps.engine,
      note: (outcome, entryId) => {
        this.outcomes[outcome]++;
        logger.info({ platform: incoming.user.platform, kind: incoming.kind, outcome, entry: entryId ?? undefined }, 'handled');
      },
    };
    try {
      return routeIncoming(ctx, incoming);
    } catch (error) {
      this.outcomes.error++;
      logger.error({ err: error, platform: incoming.user.platform, kind: incoming.kind }, 'handler failed');
      return [{ text: kb.ui.internal_error }];
    }
  }
}
