/**
 * Short-lived conversation state (an eligibility check in progress), kept
 * per person with an expiry. Handlers see only the `SessionStore` interface,
 * so a persistent implementation (lowdb) can replace the in-memory one
 * without touching them.
 */

/** A value that survives JSON serialisation unchanged (what a file-backed store can keep). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Key–value storage with expiry. Methods are async so a disk or database store fits the same shape. */
export interface SessionStore {
  /** The value under `key`, or undefined when absent or expired. Callers validate its shape (it may come from disk). */
  get(key: string): Promise<JsonValue | undefined>;
  /** Stores `value` under `key`; it expires `ttlMs` after this write (the store's default when omitted). */
  set(key: string, value: JsonValue, ttlMs?: number): Promise<void>;
  /** Removes `key`; resolves to whether a live value was there. */
  delete(key: string): Promise<boolean>;
}

/** Default expiry: 30 minutes of silence. */
const DEFAULT_SESSION_TTL_MS = 30 * 60_000;

/** Options for the in-memory store. */
export interface MemorySessionStoreOptions {
  /** Expiry applied when `set` is called without one. */
  ttlMs?: number;
  /** Milliseconds since the epoch; injected so tests control time. */
  clock?: () => number;
  /** Most sessions kept at once; the oldest write is dropped first. Bounds memory if many people start and leave. */
  maxEntries?: number;
}

interface Stored {
  /** The value as JSON text: a stored session can never share mutable objects with a handler. */
  json: string;
  expiresAt: number;
}

/** A `SessionStore` in process memory: lost on restart, which suits state that lives for minutes. */
export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, Stored>();
  private readonly ttlMs: number;
  private readonly clock: () => number;
  private readonly maxEntries: number;
  private nextSweep = 0;

  constructor(options: MemorySessionStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_SESSION_TTL_MS;
    this.clock = options.clock ?? Date.now;
    this.maxEntries = options.maxEntries ?? 100_000;
    if (!(this.ttlMs > 0)) throw new RangeError('ttlMs must be a positive number of milliseconds');
  }

  async get(key: string): Promise<JsonValue | undefined> {
    const stored = this.entries.get(key);
    if (!stored) return undefined;
    if (stored.expiresAt <= this.clock()) {
      this.entries.delete(key);
      return undefined;
    }
    return JSON.parse(stored.json) as JsonValue;
  }

  async set(key: string, value: JsonValue, ttlMs: number = this.ttlMs): Promise<void> {
    const now = this.clock();
    this.sweep(now);
    // Re-inserting moves the key to the end, so Map order stays "oldest write first".
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { json: JSON.stringify(value), expiresAt: now + ttlMs });
  }

  async delete(key: string): Promise<boolean> {
    const stored = this.entries.get(key);
    this.entries.delete(key);
    return stored !== undefined && stored.expiresAt > this.clock();
  }

  /** How many sessions are held, expired ones included until the next sweep (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  /** Drops expired sessions at most once per expiry period, so abandoned checks do not pile up. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.ttlMs;
    for (const [key, stored] of this.entries) if (stored.expiresAt <= now) this.entries.delete(key);
  }
}
