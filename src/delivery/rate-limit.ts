/**
 * Rate limits for outbound messages: an overall rate per platform (Telegram's
 * Bot FAQ: bulk notices "not more than about 30 messages per second"), a
 * minimum gap per chat, and a platform-wide pause when the platform answers
 * "too many requests".
 *
 * Pacing is adaptive: sends go out at the configured limit until a 429 proves
 * it too fast; then the rate drops and climbs back to the limit while no
 * further 429 comes, so headroom is kept only as long as it is needed.
 */

/** Limits for one platform. */
export interface PlatformLimits {
  /** Messages per second, overall. */
  perSecond: number;
  /** Messages per second to one chat. */
  perChatPerSecond: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Timers fire late by a millisecond or so; slots missed by up to this much are
 * caught up, so the average rate does not sag below the limit.
 */
const MAX_CATCH_UP_MS = 10;
/**
 * No more than the limit is sent in any window this long: a little over a
 * second, so requests that reach the platform a few milliseconds apart from
 * when they left still fit its one-second window (this costs 1% of the rate).
 */
const WINDOW_MS = 1010;
/** A 429 slows the pace to this share of the rate it was sent at. */
const BACKOFF_FACTOR = 0.9;
/** The pace never drops below this share of the limit (the pause itself covers the rest). */
const MIN_RATE_SHARE = 0.25;
/** After a 429 the pace climbs back by this share of the limit per second without another. */
const RECOVERY_SHARE_PER_SECOND = 0.05;
/** Above this many remembered chats, those whose gap has passed are forgotten (they delay nothing). */
const CHAT_MEMORY_LIMIT = 100_000;

/** Paces sends so they never exceed the platform's limits, slowing down only after a 429. */
export class RateLimiter {
  private nextSlot = 0;
  private pausedUntil = 0;
  private readonly lastByChat = new Map<string, number>();
  /** When each of the last `limit` messages was allowed, as a ring (oldest at `ringAt`). */
  private readonly recent: Float64Array;
  private ringAt = 0;
  /** The rate right after the last 429, and when it came (no 429 yet: the limit). */
  private throttledRate: number;
  private throttledAt = 0;

  constructor(
    private readonly limits: PlatformLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.throttledRate = limits.perSecond;
    this.recent = new Float64Array(Math.max(1, Math.floor(limits.perSecond))).fill(-Infinity);
  }

  /** Messages per second sends are paced at now: the limit, or less for a while after a 429. */
  currentRate(): number {
    const limit = this.limits.perSecond;
    if (this.throttledRate >= limit) return limit;
    const recovered = ((this.now() - this.throttledAt) / 1000) * RECOVERY_SHARE_PER_SECOND * limit;
    return Math.min(limit, this.throttledRate + Math.max(0, recovered));
  }

  /** Waits until `count` messages may be sent to `chatId`. */
  async take(chatId: string, count = 1): Promise<void> {
    const chatGap = 1000 / this.limits.perChatPerSecond;
    for (;;) {
      const t = this.now();
      const wait = Math.max(
        this.pausedUntil - t,
        (this.lastByChat.get(chatId) ?? -Infinity) + chatGap - t,
        this.nextSlot - t,
        (this.recent[this.ringAt] as number) + WINDOW_MS - t,
      );
      if (wait <= 0) break;
      await sleep(Math.min(wait, 1000));
    }
    const t = this.now();
    // Slots are reserved evenly; a burst never exceeds the rate.
    this.nextSlot = Math.max(this.nextSlot, t - MAX_CATCH_UP_MS) + (1000 / this.currentRate()) * count;
    for (let i = 0; i < count; i++) {
      this.recent[this.ringAt] = t;
      this.ringAt = (this.ringAt + 1) % this.recent.length;
    }
    this.lastByChat.set(chatId, t + chatGap * (count - 1));
    if (this.lastByChat.size > CHAT_MEMORY_LIMIT) this.forgetIdleChats(t - chatGap);
  }

  /** Stops all sends for a while and slows the pace afterwards (a 429 with retry_after). */
  pause(ms: number): void {
    const t = this.now();
    // Several sends in flight may all get the same 429: one back-off per pause, not one per reply.
    if (t >= this.pausedUntil) {
      const floor = this.limits.perSecond * MIN_RATE_SHARE;
      this.throttledRate = Math.max(floor, this.currentRate() * BACKOFF_FACTOR);
      this.throttledAt = t + ms;
    }
    this.pausedUntil = Math.max(this.pausedUntil, t + ms);
  }

  /** Drops chats whose gap has passed: they no longer delay anything. */
  private forgetIdleChats(before: number): void {
    for (const [chat, last] of this.lastByChat) if (last <= before) this.lastByChat.delete(chat);
  }
}
