/**
 * Keeps values that repeat across subscribers once: platform, status, areas,
 * consent versions, the times of a bulk import, topic ids and whole topic
 * lists are the same string or array for every person who has them, instead
 * of one copy per person from `JSON.parse`; a subscriber's key is the
 * record's key, and a user id equal to the chat id is the same string.
 */
import type { Subscriber } from './types.ts';

/** Subscriber fields whose values repeat across people. */
const SHARED_FIELDS = [
  'platform',
  'status',
  'area',
  'consentVersion',
  'consentAt',
  'statusReason',
  'unreachableSince',
  'updatedAt',
] as const;

/** True when both lists hold the same values in the same order. */
function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Makes equal values of the repeating fields one string, and equal topic lists one array. */
export function shareRepeatedValues(subscribers: Record<string, Subscriber>): void {
  const strings = new Map<string, string>();
  const share = <T>(value: T): T => {
    if (typeof value !== 'string') return value;
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  const topicLists = new Map<string, string[]>();
  for (const key in subscribers) {
    const subscriber = subscribers[key] as Subscriber;
    const fields = subscriber as unknown as Record<string, unknown>;
    for (const field of SHARED_FIELDS) if (field in fields) fields[field] = share(fields[field]);
    // The record's own key, and a chat id that is also the user id (private chats), need no copy of their own.
    if (subscriber.key === key) subscriber.key = key;
    if (subscriber.userId === subscriber.chatId) subscriber.userId = subscriber.chatId;
    const topics = subscriber.topics;
    if (!Array.isArray(topics)) continue;
    const id = topics.join('\n');
    const known = topicLists.get(id);
    if (known && sameList(known, topics)) subscriber.topics = known;
    else {
      subscriber.topics = topics.map(share);
      topicLists.set(id, subscriber.topics);
    }
  }
}
