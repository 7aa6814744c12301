/**
 * What every handler receives: the current knowledge snapshot, the person,
 * and the engine settings. Handlers return replies and never touch a channel.
 */
import type { CompiledKnowledge } from '../src/knowledge.ts';
import type { Reply, UserRef } from '../src/core/message.ts';
import type { AspectUsed, Decision } from '../src/core/bot.ts';
import type { AnswerEngine, EngineConfig } from '../src/nlp/engine.ts';
import type { SessionStore } from '../src/store/sessions.ts';
import type { DeliveryQueue } from '../src/delivery/types.ts';
import type { AuditSink } from '../src/store/audit-log.ts';
import type { UnansweredSink } from '../src/store/unanswered-log.ts';
import type { AudienceFilter, Store } from '../src/store/types.ts';
import type { HandoffService } from '../src/handoff/service.ts';

/** Long-lived services handlers may use; absent in one-shot tools (ask, eval). */
export interface BotServices {
  store: Store;
  delivery: DeliveryQueue & {
    audienceSize(audience: AudienceFilter): Promise<number>;
    /** True when the job is known anywhere: running, being created, or committed on disk. */
    has(jobId: string): boolean;
    /** This engine's id, different in every process. */
    readonly instance: string;
  };
  /** True for staff: listed in STAFF_*_IDS or added with `npm run staff -- add`. */
  isStaff(user: UserRef): Promise<boolean>;
  /** Sends replies to a chat outside a request (final broadcast report). */
  notify(chatKey: string, replies: Reply[]): Promise<void>;
  /** Topics people can subscribe to (from knowledge/events.yaml). */
  topics(): Array<{ id: string; label: string }>;
  /**
   * Deletes what is kept about one chat ("telegram:123"): the subscription,
   * its place in every delivery job (a notice under way included), a staff
   * draft. Resolves once that is durable; true if anything was kept.
   */
  forget(chatKey: string): Promise<boolean>;
  /** Records notices, staff changes, exports and deletions (never what residents wrote). */
  audit: AuditSink;
  /** Counts a 👍 or 👎 for an entry (the console's helpfulness rates); absent in one-shot tools. */
  feedback?: (vote: 'up' | 'down', entryId: string) => void;
  /** Makes a single-use sign-in link to the staff console for a staff member (audited); absent while the console is off. */
  loginLink?: (user: UserRef) => Promise<string>;
  /** Keeps questions the bot could not answer, redacted, for the console; absent with UNANSWERED_LOG=off. */
  unanswered?: UnansweredSink;
  /** Handing people to a counsellor, and Zalo OA takeovers; absent in tools without channels. */
  handoff?: HandoffService;
  now(): Date;
  /** Who the audience will reach on each platform, as staff read it (Zalo OA windows, blocked people). */
  describeReach?(audience: AudienceFilter): Promise<string>;
}

/** Inputs shared by all handlers for one incoming message. */
export interface HandlerContext {
  kb: CompiledKnowledge;
  user: UserRef;
  engine: EngineConfig;
  /** The answer engine (with its cache of recent decisions). */
  answers: AnswerEngine;
  /** Short-lived per-person state (an eligibility check in progress, the conversation context), with expiry. */
  sessions: SessionStore;
  /** The time now (the bot's clock): handlers never read the system clock themselves. */
  now(): Date;
  /** How long the conversation context survives silence, in ms (15 minutes when absent). */
  contextTtlMs?: number;
  services?: BotServices;
  /** Logs an event about this message (never its text). */
  log?: (level: 'info' | 'warn', fields: Record<string, unknown>, message: string) => void;
  /** Records what the bot decided (for logs and metrics), never the message text. */
  note(outcome: Decision, entryId?: string | null, aspect?: AspectUsed): void;
}

/** A handler: context and input in, replies out (async handlers may use storage). */
export type Handler<I = void> = (ctx: HandlerContext, input: I) => Reply[];
