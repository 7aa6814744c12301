/**
 * Sends broadcasts and reminders to Telegram chats for the delivery engine.
 * It uses its own API client without auto-retry: the engine decides about
 * retries, so a 429 pauses the whole platform instead of one send.
 */
import { Api, GrammyError, HttpError } from 'grammy';
import type { Reply } from '../../core/message.ts';
import { SendError, type Sender } from '../../delivery/types.ts';
import { telegramFetch } from './http.ts';
import { renderTelegramReply } from './render.ts';

/** The delivery engine's sender for Telegram. */
export class TelegramSender implements Sender {
  readonly platform = 'telegram' as const;
  private readonly api: Api;

  constructor(token: string, apiRoot: string) {
    this.api = new Api(token, { apiRoot, fetch: telegramFetch as unknown as typeof fetch });
  }

  async send(chatId: string, replies: readonly Reply[]): Promise<void> {
    for (const reply of replies) {
      for (const message of renderTelegramReply(reply)) {
        try {
          await this.api.sendMessage(chatId, message.text, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
          });
        } catch (error) {
          throw new SendError(classify(error));
        }
      }
    }
  }
}

function classify(error: unknown): SendError['failure'] {
  if (error instanceof GrammyError) {
    if (error.error_code === 403) return { kind: 'permanent', status: 'blocked', reason: error.description };
    if (error.error_code === 400 && /chat not found|user is deactivated|bot was kicked/i.test(error.description)) {
      return { kind: 'permanent', status: 'undeliverable', reason: error.description };
    }
    if (error.error_code === 429) {
      return { kind: 'rate_limited', retryAfterMs: (error.parameters.retry_after ?? 1) * 1000 };
    }
    if (error.error_code >= 500) return { kind: 'transient', reason: error.description };
    // Other 4xx (a bad message) will not get better by retrying, and say nothing about the person.
    return { kind: 'rejected', reason: error.description };
  }
  if (error instanceof HttpError) return { kind: 'transient', reason: 'network error' };
  return { kind: 'transient', reason: String(error) };
}
