/** Subscribers for tests. */
import type { Store, Subscriber } from '../../src/store/types.ts';

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

/** The stored subscriber's status once it is `expected`, or the last one seen after `withinMs` (people are marked unreachable in the background). */
export async function statusBecomes(
  store: Pick<Store, 'getSubscriber'>,
  key: string,
  expected: Subscriber['status'],
  withinMs = 3000,
): Promise<Subscriber['status'] | undefined> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const status = (await store.getSubscriber(key))?.status;
    if (status === expected || Date.now() > deadline) return status;
    await new Promise((r) => setTimeout(r, 10));
  }
}
