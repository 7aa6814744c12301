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
 * Timers fire late (by tens of milliseconds on a busy machine); slots missed by
 * up to this much are caught up, so the average rate does not sag below the
 * limit. The window below still holds any one second to the limit.
 */
const MAX_CATCH_UP_MS = 250;
/**
 * No more than the limit is sent in any window this long. A message counts from
 * when it reached the platform at the latest, its answer, so requests held up
 * on the way never land bunched inside the platform's one-second window (the
 * cost: on a round trip of r ms, a full window takes 1000 + r ms).
 */
const WINDOW_MS = 1000;
/** A message not answered after this long stops holding its place in the window (its send has stalled). */
const MAX_UNANSWERED_MS = 5000;
/** How often a send waiting on an unanswered message looks again. */
const UNANSWERED_POLL_MS = 5;
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
  /** When each of the last `limit` messages reached the platform at the latest, as a ring (the oldest at `taken % limit`). */
  private readonly recent: Float64Array;
  /** Which ring entries still wait for the platform's answer (their time is when they left). */
  private readonly unanswered: Uint8Array;
  /** How many messages were ever allowed, so a late answer only updates its own ring entry. */
  private taken = 0;
  /** The rate right after the last 429, and when it came (no 429 yet: the limit). */
  private throttledRate: number;
  private throttledAt = 0;

  constructor(
    private readonly limits: PlatformLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.throttledRate = limits.perSecond;
    this.recent = new Float64Array(Math.max(1, Math.floor(limits.perSecond))).fill(-Infinity);
    this.unanswered = new Uint8Array(this.recent.length);
  }

  /** Messages per second sends are paced at now: the limit, or less for a while after a 429. */
  currentRate(): number {
    const limit = this.limits.perSecond;
    if (this.throttledRate >= limit) return limit;
    const recovered = ((this.now() - this.throttledAt) / 1000) * RECOVERY_SHARE_PER_SECOND * limit;
    return Math.min(limit, this.throttledRate + Math.max(0, recovered));
  }

  /** Waits until `count` messages may be sent to `chatId`; call the returned function when the platform has answered. */
  async take(chatId: string, count = 1): Promise<() => void> {
    const chatGap = 1000 / this.limits.perChatPerSecond;
    for (;;) {
      const t = this.now();
      const wait = Math.max(
        this.pausedUntil - t,
        (this.lastByChat.get(chatId) ?? -Infinity) + chatGap - t,
        this.nextSlot - t,
        this.windowWait(t),
      );
      if (wait <= 0) break;
      await sleep(Math.min(wait, 1000));
    }
    const t = this.now();
    // Slots are reserved evenly; a burst never exceeds the rate.
    this.nextSlot = Math.max(this.nextSlot, t - MAX_CATCH_UP_MS) + (1000 / this.currentRate()) * count;
    const first = this.taken;
    for (let i = 0; i < count; i++) {
      const slot = this.taken++ % this.recent.length;
      this.recent[slot] = t;
      this.unanswered[slot] = 1;
    }
    this.lastByChat.set(chatId, t + chatGap * (count - 1));
    if (this.lastByChat.size > CHAT_MEMORY_LIMIT) this.forgetIdleChats(t - chatGap);
    return () => this.answered(first, count);
  }

  /** Moves messages' ring entries to when they reached the platform at the latest. */
  private answered(first: number, count: number): void {
    const reached = this.now();
    const size = this.recent.length;
    // Entries the ring has since reused belong to later messages.
    for (let n = Math.max(first, this.taken - size); n < first + count; n++) {
      this.recent[n % size] = reached;
      this.unanswered[n % size] = 0;
    }
  }

  /** How long until the message `limit` places back is a second old (it may still be on its way: look again soon). */
  private windowWait(t: number): number {
    const slot = this.taken % this.recent.length;
    const at = this.recent[slot] as number;
    if (this.unanswered[slot] === 1 && t - at < MAX_UNANSWERED_MS) return UNANSWERED_POLL_MS;
    return at + WINDOW_MS - t;
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
