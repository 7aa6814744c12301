/**
 * Notices when the OA webhook's signature check keeps failing. One forged
 * request is noise; several in a few minutes mean ZALO_OA_SECRET_KEY is
 * probably wrong, and every resident's message is being dropped, so staff
 * must hear of it loudly (an error-level log line) and at once.
 */

/** Settings for `SignatureAlarm`. */
export interface SignatureAlarmOptions {
  /** Failures within `windowMs` that sound the alarm. Default 5. */
  threshold?: number;
  /** How far back failures count, in ms. Default 10 minutes. */
  windowMs?: number;
  now?: () => number;
}

/** Counts signature failures in a sliding window and says when they cross the threshold. */
export class SignatureAlarm {
  private readonly failures: number[] = [];
  private readonly threshold: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private lastAlarmAt = Number.NEGATIVE_INFINITY;

  constructor(options: SignatureAlarmOptions = {}) {
    this.threshold = options.threshold ?? 5;
    this.windowMs = options.windowMs ?? 10 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Records one failure; returns the count in the window when the alarm should sound (at most once per window). */
  failed(): number | undefined {
    const now = this.now();
    this.failures.push(now);
    while ((this.failures[0] ?? now) <= now - this.windowMs) this.failures.shift();
    if (this.failures.length < this.threshold || now - this.lastAlarmAt < this.windowMs) return undefined;
    this.lastAlarmAt = now;
    return this.failures.length;
  }
}
