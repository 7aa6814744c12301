/**
 * Sends the bot's replies to someone who just wrote, through the channel's
 * one `send`. A failure is counted and logged; a person who cannot be reached
 * any more is reported so that they get no more reminders or notices.
 */
import type { Logger } from 'pino';
import type { Reply } from '../core/message.ts';
import type { Metrics } from '../metrics.ts';
import type { ChatAddress } from '../core/address.ts';
import { SendError, type ChannelSender, type UnreachableFailure } from './adapter.ts';

/** Where a live reply's failures go. */
export interface LiveReplyReporting {
  logger: Logger;
  metrics?: Metrics | undefined;
  /** Called when the chat cannot be reached any more (blocked the bot, chat gone, outside Zalo's window). */
  onUnreachable?: ((to: ChatAddress, failure: UnreachableFailure) => void) | undefined;
}

/** Sends live replies; never throws a send failure (it is counted, logged and, when permanent, reported). */
export async function sendLiveReplies(
  channel: ChannelSender,
  to: ChatAddress,
  replies: readonly Reply[],
  reporting: LiveReplyReporting,
): Promise<void> {
  try {
    await channel.send(to, replies, { live: true });
  } catch (error) {
    const { logger, metrics } = reporting;
    const sendError = error instanceof SendError ? error : undefined;
    const kind = sendError?.label ?? 'other';
    metrics?.sendErrors.inc({ platform: channel.platform, kind });
    if (sendError?.failure.kind === 'permanent') {
      logger.info({ chat: to.chatId, kind }, `${channel.platform} chat unreachable (blocked or gone); recorded`);
      reporting.onUnreachable?.(to, sendError.failure);
      return;
    }
    logger.error({ err: sendError?.message ?? String(error), kind }, `${channel.platform} send failed`);
  }
}
