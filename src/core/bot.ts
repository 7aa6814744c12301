/**
 * The bot: one place where an incoming message becomes replies, whatever
 * the channel. It picks the current knowledge snapshot, hands the message to
 * the router it was given, logs the decision (never the text), and turns a
 * crash into a kind reply. It knows no handler: the router is passed in.
 */
import { personKey } from './address.ts';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.ts';
import { FloodGuard, type FloodLimits } from './flood-guard.ts';
import type { Incoming, Outcome, Reply } from './message.ts';

/** A decision the bot records: an engine outcome, the kind of message handled, or a message left to a counsellor. */
export type Decision = Outcome | 'command' | 'button' | 'unsupported' | 'handoff';

/** The aspect line an answer opened with (see `aspectLead` in nlp/engine.ts), and whether it was sent alone. */
export interface AspectUsed {
  aspect: string;
  brief: boolean;
}

/** The sentences the bot itself says (from ui.yaml): slow down, not saved, something went wrong. */
export interface BotUi {
  slow_down: string;
  save_failed: string;
  internal_error: string;
}

/** One message being handled, as the bot hands it to its router. */
interface Turn<K> {
  /** The knowledge snapshot this message is answered with. */
  kb: K;
  incoming: Incoming;
  /** The time now (the bot's clock). */
  now(): Date;
  /** Logs an event about this message (never its text). */
  log(level: 'info' | 'warn', fields: Record<string, unknown>, message: string): void;
  /** Records what the bot decided (for logs and metrics), never the message text. */
  note(outcome: Decision, entryId?: string | null, aspect?: AspectUsed): void;
}

/** What the bot needs from the outside. */
export interface BotDeps<K extends { ui: BotUi } = { ui: BotUi }> {
  knowledge: () => K;
  /** Where each message goes (handlers/router.ts in the running bot). */
  route(turn: Turn<K>): Promise<Reply[]>;
  logger: Logger;
  metrics?: Metrics;
  /** Per-person flood control; omit to disable (terminal chat, CLI). */
  flood?: FloodLimits;
  /** True for an error that means something could not be saved: the person is told so. */
  isSaveFailure?: (error: unknown) => boolean;
  /** Called with every decision (what `note` records), for tools that report them (ask --conversation, eval). */
  onDecision?: (outcome: Decision, entryId: string | null, aspect?: AspectUsed) => void;
  /** The time now; the system clock when absent. */
  clock?: () => Date;
}

/** Turns incoming messages into replies. */
export class Bot<K extends { ui: BotUi } = { ui: BotUi }> {
  private readonly flood: FloodGuard | undefined;
  private readonly clock: () => Date;

  constructor(private readonly deps: BotDeps<K>) {
    this.flood = deps.flood ? new FloodGuard(deps.flood) : undefined;
    this.clock = deps.clock ?? (() => new Date());
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
      const verdict = this.flood.check(personKey(incoming.user), incomingLength(incoming));
      if (verdict !== 'allow') {
        metrics?.outcomes.inc({ outcome: 'flood' });
        return verdict === 'warn' ? [{ text: kb.ui.slow_down }] : [];
      }
    }
    const turn: Turn<K> = {
      kb,
      incoming,
      now: this.clock,
      log: (level, fields, message) => logger[level]({ ...fields, user: incoming.user.userId }, message),
      note: (outcome, entryId, aspect) => {
        this.deps.onDecision?.(outcome, entryId ?? null, aspect);
        metrics?.outcomes.inc({ outcome });
        logger.info(
          {
            platform: incoming.user.platform,
            kind: incoming.kind,
            outcome,
            entry: entryId ?? undefined,
            aspect: aspect?.aspect,
          },
          'handled',
        );
      },
    };
    try {
      return await this.deps.route(turn);
    } catch (error) {
      metrics?.outcomes.inc({ outcome: 'error' });
      // The disk is full or read-only (staff are told through /healthz and the log): the person hears it was not saved.
      if (this.deps.isSaveFailure?.(error)) return [{ text: kb.ui.save_failed }];
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
