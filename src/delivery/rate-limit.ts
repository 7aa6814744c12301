/**
 * Rate limits for outbound messages: an overall rate per platform (Telegram's
 * bulk limit is about 30/s; we default lower), a minimum gap per chat, and a
 * platform-wide pause when the platform answers "too many requests".
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
/** Pace a little under the limit so a caught-up burst never crosses it. */
const HEADROOM = 0.97;

/** Paces sends so they never exceed the platform's limits. */
export class RateLimiter {
  private nextSlot = 0;
  private pausedUntil = 0;
  private readonly lastByChat = new Map<string, number>();

  constructor(
    private readonly limits: PlatformLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Waits until `count` messages may be sent to `chatId`. */
  async take(chatId: string, count = 1): Promise<void> {
    const interval = 1000 / (this.limits.perSecond * HEADROOM);
    const chatGap = 1000 / this.limits.perChatPerSecond;
    for (;;) {
      const t = this.now();
      const wait = Math.max(
        this.pausedUntil - t,
        (this.lastByChat.get(chatId) ?? -Infinity) + chatGap - t,
        this.nextSlot - t,
      );
      if (wait <= 0) break;
      await sleep(Math.min(wait, 1000));
    }
    const t = this.now();
    // Slots are reserved evenly; a burst never exceeds the rate.
    this.nextSlot = Math.max(this.nextSlot, t - MAX_CATCH_UP_MS) + interval * count;
    this.lastByChat.set(chatId, t + chatGap * (count - 1));
    if (this.lastByChat.size > 100_000) this.lastByChat.clear();
  }

  /** Stops all sends for a while (a 429 with retry_after). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }
}
