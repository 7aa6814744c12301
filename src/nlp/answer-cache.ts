/**
 * Recent decisions of the answer engine, kept so that the cache holds no
 * message text. Residents write about violence, illness and poverty: a cache
 * keyed by their words would keep those words in memory after /xoadulieu,
 * and evicting "their" entries on request would need a map from each person
 * to what they wrote, which is worse. So each key is a SHA-256 of the text
 * under a random secret made at start and never stored: the same text still
 * finds its decision, the text cannot be read back from the cache, and no
 * entry points to a person, so a deletion has nothing here to evict. The
 * secret is a fixed-length prefix hashed in one call: an HMAC object cost four
 * times as much on every message, and the keys never leave the process, so
 * HMAC's protection against length extension would protect nothing here.
 * Decisions in which the safeguarding layer recognised something are not
 * kept at all: their cues quote words of the message (and they are rare).
 */
import { hash, randomBytes } from 'node:crypto';

/** What the cache needs of a decision: whether safeguarding recognised something, and the list it copies out. */
export interface CacheableDecision {
  safeguarding: unknown;
  alternatives: readonly unknown[];
}

/** A bounded map from a message (by keyed hash) to the decision made on it; the oldest entry goes first. */
export class AnswerCache<R extends CacheableDecision> {
  private readonly entries = new Map<string, R>();
  /**
   * The keys in the order they were kept, as a ring once the cache is full: the oldest is at `oldest`.
   * Finding it as the Map's first key cost 3 µs per message once full, since V8 walks over every
   * deleted slot before it (about 0.2 µs this way).
   */
  private readonly order: string[] = [];
  private oldest = 0;
  /** The secret as the fixed-length text every key's input starts with. */
  private readonly prefix: string;

  constructor(
    private readonly limit: number,
    secret: Buffer = randomBytes(32),
  ) {
    this.prefix = secret.toString('base64');
  }

  private keyOf(text: string): string {
    return hash('sha256', this.prefix + text, 'base64');
  }

  /**
   * A copy of the decision on this text: the remembered one, or `decide`'s,
   * then remembered unless it carries words of the message. The text is
   * hashed once for both, and what is kept is the decision itself, which no
   * caller ever sees.
   */
  recall(text: string, decide: () => R): R {
    const key = this.keyOf(text);
    const hit = this.entries.get(key);
    if (hit) return { ...hit, alternatives: [...hit.alternatives] };
    const result = decide();
    this.keep(key, result);
    return { ...result, alternatives: [...result.alternatives] };
  }

  private keep(key: string, result: R): void {
    if (result.safeguarding !== null || this.limit <= 0) return;
    // A key is kept only after a miss, so each is in `order` once.
    if (this.entries.size >= this.limit) {
      this.entries.delete(this.order[this.oldest] as string);
      this.order[this.oldest] = key;
      this.oldest = (this.oldest + 1) % this.limit;
    } else this.order.push(key);
    this.entries.set(key, result);
  }

  /** Decisions held. */
  get size(): number {
    return this.entries.size;
  }
}
