/**
 * Remembers keys seen recently (event ids, signatures) so that a platform's
 * re-sent or replayed event is processed once. Bounded in time and in count,
 * so a flood of events cannot grow memory without limit.
 */

/** A set of string keys that forgets them after `ttlMs` or when over `limit`. */
export class RecentKeys {
  private readonly seen = new Map<string, number>();
  /**
   * Every key recorded, with its time, in the order recorded (from `head`): the oldest key is found
   * here, not as the Map's first key, which V8 reaches only by walking over every slot deleted since
   * the Map last rehashed (7–23 µs per update once more than `limit` keys were recorded in the
   * window, three times per update). An entry whose time is no longer the key's is stale and skipped.
   */
  private keys: string[] = [];
  private times: number[] = [];
  private head = 0;

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
    this.keys.push(key);
    this.times.push(now);
    if (this.seen.size > this.limit) {
      const oldest = this.oldest();
      if (oldest !== undefined) {
        this.seen.delete(oldest);
        this.head++;
      }
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
    for (let key = this.oldest(); key !== undefined; key = this.oldest()) {
      if (now - (this.times[this.head] as number) <= this.ttlMs) break;
      this.seen.delete(key);
      this.head++;
    }
    this.compact();
  }

  /** The oldest key held (at `head`, stale entries before it dropped), or undefined when none is. */
  private oldest(): string | undefined {
    while (this.head < this.keys.length) {
      const key = this.keys[this.head] as string;
      if (this.seen.get(key) === this.times[this.head]) return key;
      this.head++;
    }
    return undefined;
  }

  /** Drops the consumed entries once they are most of the lists. */
  private compact(): void {
    if (this.head < 1024 || this.head * 2 < this.keys.length) return;
    this.keys = this.keys.slice(this.head);
    this.times = this.times.slice(this.head);
    this.head = 0;
  }
}
