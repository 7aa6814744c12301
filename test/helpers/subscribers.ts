/** Subscribers for tests. */
import type { Subscriber } from '../../src/store/types.ts';

/** An active Telegram subscriber who consented on 1 January 2027; `extra` overrides any field. */
export function telegramSubscriber(chatId: string, extra: Partial<Subscriber> = {}): Subscriber {
  return {
    key: `telegram:${chatId}`,
    platform: 'telegram',
    chatId,
    userId: chatId,
    displayName: `Người ${chatId}`,
    topics: [],
    consentAt: '2027-01-01T00:00:00.000Z',
    status: 'active',
    updatedAt: '2027-01-01T00:00:00.000Z',
    ...extra,
  };
}
