/**
 * Runs work one at a time per chat, in arrival order, while different chats
 * proceed in parallel. A person who types "2" right after a question gets the
 * options of the answer to that question, and replies never overtake each
 * other. Also tracks everything in flight so a channel can stop gracefully.
 */

/** A per-key sequential queue. */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  /** Queues `work` behind earlier work for the same key; resolves or rejects with it. */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    // The chain itself never rejects, so one failure does not block the chat.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    this.inFlight.add(tail);
    void tail.then(() => {
      this.inFlight.delete(tail);
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of chats with work queued or running. */
  get activeChats(): number {
    return this.tails.size;
  }

  /** Resolves when all work queued so far has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
