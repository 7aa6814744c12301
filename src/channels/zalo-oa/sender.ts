/**
 * Sends broadcasts and reminders to Zalo OA followers for the delivery
 * engine, as consultation messages. It shares the channel's client (one
 * token chain: two clients would spend each other's refresh tokens) but
 * never retries itself: the engine decides, so a rate limit pauses the whole
 * platform instead of one send. A person outside Zalo's interaction window is
 * reported as permanently undeliverable, never retried.
 */
import type { Reply } from '../../core/message.ts';
import { SendError, type Sender } from '../../delivery/types.ts';
import { ZaloOaApiError, ZaloOaAuthError, ZaloOaNetworkError, type ZaloOaClient } from './client.ts';
import { renderZaloOaReplies } from './render.ts';

/** Zalo's limit is per minute with no published number: wait a minute. */
const RATE_LIMIT_WAIT_MS = 60_000;

/** The delivery engine's sender for Zalo OA. */
export class ZaloOaSender implements Sender {
  readonly platform = 'zalo-oa' as const;

  constructor(
    private readonly client: ZaloOaClient,
    /** ui.more_options, read at send time. */
    private readonly moreOptionsText: () => string,
  ) {}

  async send(chatId: string, replies: readonly Reply[]): Promise<void> {
    for (const message of renderZaloOaReplies(replies, this.moreOptionsText())) {
      try {
        await this.client.sendConsultation(chatId, message, { retries: 0 });
      } catch (error) {
        throw new SendError(classifyForDelivery(error));
      }
    }
  }
}

/** Maps a failed OA send to what the delivery engine needs to know. */
export function classifyForDelivery(error: unknown): SendError['failure'] {
  if (error instanceof ZaloOaApiError) {
    if (error.isUnreachable)
      return { kind: 'permanent', status: 'undeliverable', reason: `Zalo ${error.code}: ${error.description}` };
    if (error.isRateLimited) return { kind: 'rate_limited', retryAfterMs: RATE_LIMIT_WAIT_MS };
    // The free-reply quota to this person (or the OA's quota) is spent: retrying now will not help.
    if (error.isQuotaExceeded) return { kind: 'rejected', reason: `Zalo ${error.code}: ${error.description}` };
    if (error.isServerError || error.isTokenError) return { kind: 'transient', reason: error.message };
    return { kind: 'rejected', reason: `Zalo ${error.code ?? error.httpStatus}: ${error.description}` };
  }
  if (error instanceof ZaloOaAuthError) return { kind: 'transient', reason: error.message };
  if (error instanceof ZaloOaNetworkError) return { kind: 'transient', reason: 'network error' };
  return { kind: 'transient', reason: String(error) };
}
