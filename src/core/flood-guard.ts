/**
 * Per-person flood control: a token bucket per chat. Someone sending dozens
 * of messages a second gets one polite "slow down" and is then ignored until
 * the bucket refills; everyone else is unaffected.
 */

/** Limits for the token bucket. */
export interface FloodLimits {
  /** Messages allowed in a burst. */
  burst: number;
  /** Messages regained per second. */
  perSecond: number;
}

/** What to do with a message. */
export type FloodVerdict = 'allow' | 'warn' | 'drop';

interface Bucket {
  tokens: number;
  updated: number;
  warned: boolean;
}

/** Tracks buckets for recently active people (bounded memory). */
export class FloodGuard {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: FloodLimits,
    private readonly now: () => number = Date.now,
    private readonly maxTracked = 50_000,
  ) {}

  /** Takes one token for this key; "warn" the first time the bucket is empty, then "drop". */
  check(key: string): FloodVerdict {
    const t = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxTracked) this.evictIdle(t);
      bucket = { tokens: this.limits.burst, updated: t, warned: false };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + ((t - bucket.updated) / 1000) * this.limits.perSecond);
    bucket.updated = t;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return 'allow';
    }
    if (bucket.warned) return 'drop';
    bucket.warned = true;
    return 'warn';
  }

  private evictIdle(t: number): void {
    const fullAfterMs = (this.limits.burst / this.limits.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) if (t - bucket.updated > fullAfterMs) this.buckets.delete(key);
    if (this.buckets.size >= this.maxTracked) this.buckets.clear();
  }
}
