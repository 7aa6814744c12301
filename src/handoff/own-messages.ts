/**
 * Tells the bot's own Zalo OA messages from a counsellor's. Zalo reports every
 * message the OA sends (`oa_send_*` webhook events), whether the bot sent it
 * through the API or a person typed it in the OA Manager; the bot's own carry
 * the `message_id` its send returned. While a send to a person is on the
 * wire, an echo for that person waits for it to finish before it is judged.
 */

/** How long an id of the bot's own message is remembered (echoes arrive within seconds). */
const REMEMBER_MS = 10 * 60_000;

/** The bot's recent OA sends, per person. */
export class OwnOaMessages {
  private readonly ids = new Map<string, number>();
  private readonly pending = new Map<string, { count: number; drained: Promise<void>; release: () => void }>();

  constructor(private readonly now: () => number) {}

  /** A send to `userId` starts; call the returned function with the message id Zalo returned (or nothing on failure). */
  sending(userId: string): (messageId?: string) => void {
    let entry = this.pending.get(userId);
    if (!entry) {
      let release = (): void => undefined;
      const drained = new Promise<void>((resolve) => {
        release = resolve;
      });
      entry = { count: 0, drained, release };
      this.pending.set(userId, entry);
    }
    entry.count += 1;
    const current = entry;
    let done = false;
    return (messageId) => {
      if (done) return;
      done = true;
      if (messageId !== undefined) this.ids.set(messageId, this.now());
      current.count -= 1;
      if (current.count === 0) {
        this.pending.delete(userId);
        current.release();
      }
    };
  }

  /** True when the echo of `messageId` to `userId` is the bot's own message (waits for sends in flight to that person). */
  async isOwn(userId: string, messageId: string | undefined): Promise<boolean> {
    const inFlight = this.pending.get(userId);
    if (inFlight) await inFlight.drained;
    this.prune();
    return messageId !== undefined && this.ids.has(messageId);
  }

  private prune(): void {
    const cutoff = this.now() - REMEMBER_MS;
    for (const [id, at] of this.ids) if (at < cutoff) this.ids.delete(id);
  }
}
