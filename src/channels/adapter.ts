/**
 * What every chat platform provides: it receives updates (webhook routes,
 * polling or terminal input), renders the bot's replies for its platform,
 * and sends them through ONE `send`, used both for live replies and by the
 * delivery engine. A failed send throws one typed `SendError`.
 */
import type { Hono } from 'hono';
import type { ChatAddress } from '../core/address.ts';
import type { Incoming, Platform, Reply } from '../core/message.ts';

/** What answers an incoming message (the bot); adapters know nothing else of it. */
export interface Responder {
  handle(incoming: Incoming): Promise<Reply[]>;
}

/** Why a send failed, as callers need to know it. */
export type SendFailure =
  /** The person cannot be reached any more (blocked the bot, chat gone, outside Zalo's window): never retry. */
  | { kind: 'permanent'; status: 'blocked' | 'undeliverable'; reason: string }
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** The platform refused this message (not the person): count as failed, do not retry, do not mark the subscriber. */
  | { kind: 'rejected'; reason: string }
  | { kind: 'transient'; reason: string };

/** A failure that means the person cannot be reached any more. */
export type UnreachableFailure = Extract<SendFailure, { kind: 'permanent' }>;

/** Thrown by `ChannelSender.send`; `label` is the platform's finer reason, for the send-error metric. */
export class SendError extends Error {
  constructor(
    readonly failure: SendFailure,
    readonly label: string,
  ) {
    super(failure.kind === 'rate_limited' ? `rate limited for ${failure.retryAfterMs} ms` : failure.reason);
    this.name = 'SendError';
  }
}

/** How a send is made. */
export interface SendOptions {
  /**
   * A reply to someone who just wrote: rate limits and server errors are
   * retried in place, and sent messages are counted. The delivery engine
   * sends without it, since it retries (and pauses the platform) itself.
   */
  live?: boolean;
}

/** Sends prepared replies to one chat; throws `SendError` on failure. */
export interface ChannelSender {
  readonly platform: Platform;
  send(to: ChatAddress, replies: readonly Reply[], options?: SendOptions): Promise<void>;
}

/** One chat platform, receiving and sending. */
export interface ChannelAdapter extends ChannelSender {
  /** Webhook routes, mounted by the server at `/webhooks/<platform>`; undefined when updates are polled. */
  readonly webhook: Hono | undefined;
  /** How the channel stands, for /healthz ("starting", "ready", …). */
  readonly status: string;
  /** Starts receiving (polling or setting the webhook); setup failures are retried in the background. */
  start(): Promise<void>;
  /** Resolves once no update is being handled (the updates received so far are answered). */
  idle(): Promise<void>;
  /** Stops receiving and waits for updates in progress. */
  stop(): Promise<void>;
}
