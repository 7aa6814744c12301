/**
 * How many questions each day ended in each outcome (answer, did-you-mean,
 * fallback, crisis, …), for the console's overview. Counts only: no text,
 * no person. Kept in memory and written to `DATA_DIR/outcomes.json` every
 * minute and on close; days older than 90 are dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from './disk.ts';

/** Days of counts kept. */
const KEPT_DAYS = 90;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Counts by outcome for one day. */
export type OutcomeCounts = Record<string, number>;

/** The Vietnam calendar day of an instant, as YYYY-MM-DD. */
function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The per-day outcome counter of one data folder. */
export class DailyOutcomes {
  private readonly path: string;
  private readonly days: Record<string, OutcomeCounts>;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'outcomes.json');
    this.days = DailyOutcomes.read(this.path);
  }

  private static read(path: string): Record<string, OutcomeCounts> {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Record<string, OutcomeCounts>;
    } catch {
      // Missing on first start; a damaged file only loses counts.
      return {};
    }
  }

  /** Counts one outcome on the day of `at`. */
  record(outcome: string, at: Date): void {
    const day = vietnamDay(at);
    const counts = this.days[day] ?? {};
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    this.days[day] = counts;
    this.dirty = true;
  }

  /** The counts of the `count` days that end with `today`, oldest first (days without questions are empty). */
  lastDays(today: Date, count: number): Array<{ day: string; counts: OutcomeCounts }> {
    const result: Array<{ day: string; counts: OutcomeCounts }> = [];
    for (let back = count - 1; back >= 0; back--) {
      const day = vietnamDay(new Date(today.getTime() - back * 86_400_000));
      result.push({ day, counts: { ...(this.days[day] ?? {}) } });
    }
    return result;
  }

  /** Writes the counts every `everyMs` while anything changed (the timer does not keep the process alive). */
  startSaving(everyMs = 60_000): void {
    this.timer = setInterval(() => void this.save().catch(() => undefined), everyMs);
    this.timer.unref();
  }

  /** Writes the counts now if they changed, dropping days past 90. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const days = Object.keys(this.days).sort();
    for (const day of days.slice(0, Math.max(0, days.length - KEPT_DAYS))) delete this.days[day];
    await writeFileDurably(this.path, JSON.stringify(this.days));
  }

  /** Stops the timer and writes what is left. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.save();
  }
}
