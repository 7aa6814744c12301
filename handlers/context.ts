/**
 * What every handler receives: the current knowledge snapshot, the person,
 * and the engine settings. Handlers return replies and never touch a channel.
 */
import type { Knowledge } from '../src/kb/load.ts';
import type { Reply, UserRef } from '../src/core/message.ts';
import type { EngineConfig, Outcome } from '../src/nlp/engine.ts';

/** Inputs shared by all handlers for one incoming message. */
export interface HandlerContext {
  kb: Knowledge;
  user: UserRef;
  engine: EngineConfig;
  /** Records what the bot decided (for logs and metrics), never the message text. */
  note(outcome: Outcome | 'command' | 'button' | 'unsupported', entryId?: string | null): void;
}

/** A handler: context and input in, replies out (async handlers may use storage). */
export type Handler<I = void> = (ctx: HandlerContext, input: I) => Reply[];

/** A handler that needs to wait (storage, sessions). */
export type AsyncHandler<I = void> = (ctx: HandlerContext, input: I) => Promise<Reply[]>;
