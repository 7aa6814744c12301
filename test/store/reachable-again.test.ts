import { describe, expect, it } from 'vitest';
import { DataStore, emptyStoreData } from '../../src/store/data-store.ts';
import { telegramSubscriber } from '../helpers/subscribers.ts';

describe('a person who writes again is reachable again', () => {
  it('turns a blocked or undeliverable subscriber active, writing only when the status changes', async () => {
    let writes = 0;
    const store = new DataStore(emptyStoreData(), async () => {
      writes++;
    });
    await store.upsertSubscribers([telegramSubscriber('1'), telegramSubscriber('2')]);
    await store.markUnreachable('telegram:1', 'undeliverable', 'Zalo -230', new Date('2027-02-01T00:00:00Z'));
    const before = writes;

    expect(await store.markReachable('telegram:1', new Date('2027-02-09T00:00:00Z'))).toBe(true);
    expect(await store.getSubscriber('telegram:1')).toMatchObject({
      status: 'active',
      updatedAt: '2027-02-09T00:00:00.000Z',
    });
    const reactivated = await store.getSubscriber('telegram:1');
    expect(reactivated?.statusReason).toBeUndefined();
    expect(reactivated?.unreachableSince).toBeUndefined();
    expect(writes).toBe(before + 1);

    // Already active, or not a subscriber at all: nothing is written.
    expect(await store.markReachable('telegram:1', new Date())).toBe(false);
    expect(await store.markReachable('telegram:2', new Date())).toBe(false);
    expect(await store.markReachable('telegram:nobody', new Date())).toBe(false);
    expect(writes).toBe(before + 1);
  });
});
