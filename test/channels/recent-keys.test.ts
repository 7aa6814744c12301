import { describe, expect, it } from 'vitest';
import { RecentKeys } from '../../src/channels/recent-keys.ts';

/** The rules RecentKeys keeps, written plainly: a Map in time order, its first keys expired or evicted. */
class PlainRecentKeys {
  readonly seen = new Map<string, number>();
  constructor(
    private readonly ttlMs: number,
    private readonly limit: number,
  ) {}
  seenBefore(key: string, now: number): boolean {
    for (const [k, at] of this.seen) {
      if (now - at <= this.ttlMs) break;
      this.seen.delete(k);
    }
    const at = this.seen.get(key);
    if (at !== undefined && now - at <= this.ttlMs) return true;
    this.seen.delete(key);
    this.seen.set(key, now);
    if (this.seen.size > this.limit) this.seen.delete(this.seen.keys().next().value as string);
    return false;
  }
}

describe('recent keys', () => {
  it('answers, keeps and forgets exactly as a Map in time order would, through expiry, eviction and re-seen keys', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (const [ttl, limit] of [
      [50, 20],
      [1_000, 30],
      [5, 2_000],
    ] as const) {
      const keys = new RecentKeys(ttl, limit);
      const plain = new PlainRecentKeys(ttl, limit);
      let now = 0;
      for (let step = 0; step < 20_000; step++) {
        now += random(3);
        const key = `k${random(60)}`;
        expect(keys.seenBefore(key, now), `step ${step}`).toBe(plain.seenBefore(key, now));
      }
      expect([...keys.live(now)]).toEqual([...plain.seen].filter(([, at]) => now - at <= ttl));
      expect(keys.size).toBe(plain.seen.size);
    }
  });
});
