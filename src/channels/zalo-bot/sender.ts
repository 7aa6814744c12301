/**
 * Sends broadcasts and reminders to Zalo Bot chats for the delivery engine.
 * Its client never retries: the engine decides, so a rate limit pauses the
 * whole platform instead of one send. Options in a notice are numbered and
 * remembered in the channel's memory, so a reply of "1" works as in a chat.
 */
import type { Reply, UserRef } from '../../core/message.ts';
import { SendError, type Sender } from '../../delivery/types.ts';
import type { OptionMemory } from '../numbered.ts';
import { ZaloBotApiError, ZaloBotClient, ZaloBotNetworkError } from './client.ts';
import { renderZaloBotReplies } from './render.ts';

/** No retry_after is documented for Zalo Bot: wait this long after a rate-limit answer. */
const RATE_LIMIT_WAIT_MS = 30_000;

/** The delivery engine's sender for the Zalo Bot Platform. */
export class ZaloBotSender implements Sender {
  readonly platform = 'zalo-bot' as const;
  private readonly client: ZaloBotClient;

  constructor(
    options: { token: string; apiRoot: string; fetch?: typeof fetch },
    /** ui.options_hint, read at send time. */
    private readonly optionsHint: () => string,
    /** The channel's option memory, shared so "2" after a notice picks its second option. */
    private readonly memory?: OptionMemory,
  ) {
    this.client = new ZaloBotClient({ ...options, retries: 0 });
  }

  async send(chatId: string, replies: readonly Reply[]): Promise<void> {
    const { texts, payloads } = renderZaloBotReplies(replies, this.optionsHint());
    const user: UserRef = { platform: 'zalo-bot', chatId, userId: chatId };
    this.memory?.remember(user, payloads);
    for (const text of texts) {
      try {
        await this.client.sendMessage({ chatId, text });
      } catch (error) {
        throw new SendError(classifyForDelivery(error));
      }
    }
  }
}

/** Maps a failed Zalo Bot send to what the delivery engine needs to know. */
export function classifyForDelivery(error: unknown): SendError['failure'] {
  if (error instanceof ZaloBotApiError) {
    if (error.isRateLimited) return { kind: 'rate_limited', retryAfterMs: RATE_LIMIT_WAIT_MS };
    if (error.isServerError) return { kind: 'transient', reason: error.description };
    // Assumed like Telegram's Bot API, which this API mirrors: 403 means the person blocked the bot.
    if (error.errorCode === 403 || /block|forbidden|not allowed/i.test(error.description)) {
      return { kind: 'permanent', status: 'blocked', reason: error.description };
    }
    if (/chat not found|user not found/i.test(error.description))
      return { kind: 'permanent', status: 'undeliverable', reason: error.description };
    return { kind: 'rejected', reason: error.description };
  }
  if (error instanceof ZaloBotNetworkError) return { kind: 'transient', reason: 'network error' };
  return { kind: 'transient', reason: String(error) };
}
