/**
 * How a platform's adapter is built from config: the one signature every
 * platform folder exports and `registry.ts` lists.
 */
import type { Logger } from 'pino';
import type { AppConfig } from '../config.ts';
import type { Platform } from '../core/message.ts';
import type { Knowledge } from '../kb/load.ts';
import type { Metrics } from '../metrics.ts';
import type { ChatAddress } from '../core/address.ts';
import type { ChannelAdapter, Responder, UnreachableFailure } from './adapter.ts';
import type { SeenUpdates } from './seen-updates.ts';

/**
 * Learns of every message the Zalo OA sends, to tell a counsellor's (typed in
 * the OA Manager, seen only as an `oa_send_*` event) from the bot's own.
 */
export interface OaOutgoingWatcher {
  /** The bot starts a send to `userId`; the returned function gets the message id Zalo returned (none on failure). */
  sending(userId: string): (messageId?: string) => void;
  /** Zalo reported a message the OA sent to `userId`. */
  sentByOa(userId: string, messageId: string | undefined): void;
}

/** What an adapter is built with. */
export interface AdapterDeps {
  bot: Responder;
  /** The knowledge in force (command menu, option hints), read at send time so edits apply at once. */
  knowledge: () => Knowledge;
  logger: Logger;
  metrics?: Metrics | undefined;
  /** Called when a person cannot be reached any more: while replying, or when they leave (unfollow). */
  onUnreachable: (to: ChatAddress, failure: UnreachableFailure) => void;
  /** Handled update ids for one account of a platform, kept in DATA_DIR so replays after a restart are refused. */
  seenUpdates: (platform: Platform, account: string) => SeenUpdates;
  /** Epoch milliseconds now. */
  now: () => number;
  /** When the person with this chat key last wrote (the interaction log); undefined when not recorded. */
  lastInteraction?: (chatKey: string) => Date | undefined;
  /** Told of the Zalo OA's outgoing messages (staff taking over a conversation). */
  oaOutgoing?: OaOutgoingWatcher;
}

/** Builds a platform's adapter, or undefined when the platform is not configured. */
export type AdapterFactory = (config: AppConfig, deps: AdapterDeps) => ChannelAdapter | undefined;
