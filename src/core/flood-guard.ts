/**
 * Per-person flood control: a token bucket per chat. Someone sending dozens
 * of messages a second gets one polite "slow down" and is then ignored until
 * the bucket refills; everyone else is unaffected. A message costs more the
 * longer it is, because reading it does (the safeguarding check reads up to
 * 4,000 characters): otherwise a handful of accounts sending the longest
 * messages allowed would take the CPU from everyone else.
 */

/** Limits for the token bucket. */
export interface FloodLimits {
  /** Tokens in a full bucket: ordinary messages allowed in a burst. */
  burst: number;
  /** Tokens regained per second. */
  perSecond: number;
  /**
   * Each full `charsPerToken` characters of a message cost one more token (a
   * 4,000-character message costs 5 at 1,000); 0 makes every message cost 1.
   * Never more than `burst`, so any single message gets through a full bucket.
   */
  charsPerToken: number;
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

  /** Tokens a message of `chars` characters costs. */
  cost(chars: number): number {
    const extra = this.limits.charsPerToken > 0 ? Math.floor(chars / this.limits.charsPerToken) : 0;
    return Math.min(this.limits.burst, 1 + extra);
  }

  /**
   * Takes the tokens a message of `chars` characters costs from this key's
   * bucket; "warn" the first time there are not enough, then "drop".
   */
  check(key: string, chars = 0): FloodVerdict {
    const cost = this.cost(chars);
    const t = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxTracked) this.evictIdle(t);
      bucket = { tokens: this.limits.burst, updated: t, warned: false };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + ((t - bucket.updated) / 1000) * this.limits.perSecond);
    bucket.updated = t;
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
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
