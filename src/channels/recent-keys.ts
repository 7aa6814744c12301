/**
 * Remembers keys seen recently (event ids, signatures) so that a platform's
 * re-sent or replayed event is processed once. Bounded in time and in count,
 * so a flood of events cannot grow memory without limit.
 */

/** A set of string keys that forgets them after `ttlMs` or when over `limit`. */
export class RecentKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly limit = 50_000,
  ) {}

  /** True if `key` was seen within the time window; otherwise records it and returns false. */
  seenBefore(key: string, now = Date.now()): boolean {
    this.expire(now);
    const at = this.seen.get(key);
    if (at !== undefined && now - at <= this.ttlMs) return true;
    this.seen.delete(key);
    this.seen.set(key, now);
    if (this.seen.size > this.limit) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return false;
  }

  /** True if `key` was seen within the window, without recording it. */
  has(key: string, now = Date.now()): boolean {
    const at = this.seen.get(key);
    return at !== undefined && now - at <= this.ttlMs;
  }

  /** The keys still within the window, each with the time it was recorded, oldest first. */
  *live(now = Date.now()): Generator<[string, number]> {
    for (const [key, at] of this.seen) if (now - at <= this.ttlMs) yield [key, at];
  }

  /** Number of keys remembered. */
  get size(): number {
    return this.seen.size;
  }

  private expire(now: number): void {
    // Insertion order is time order (re-seen keys are re-inserted), so stop at the first live one.
    for (const [key, at] of this.seen) {
      if (now - at <= this.ttlMs) break;
      this.seen.delete(key);
    }
  }
}
