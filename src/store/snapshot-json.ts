/**
 * Parses the store snapshot with as little memory as the format allows.
 * Decoded as UTF-8, a snapshot holding any Vietnamese name becomes a UTF-16
 * string twice the file's size (50 MB for 100,000 subscribers) on top of the
 * file's bytes. Decoded as latin1 (one byte per character) the same text
 * takes the file's size, and JSON's structure is plain ASCII, so it parses
 * the same; only the strings that held multi-byte characters are decoded
 * again, one by one. A snapshot with `\u` escapes (never written by
 * `JSON.stringify` for letters, but possible in a hand-edited file) takes
 * the plain path, since an escaped character cannot be told from a byte.
 * Values that repeat across subscribers (platform, status, topics, areas,
 * consent versions, times of a bulk import) are shared, not kept once per
 * person.
 */
import type { Subscriber } from './types.ts';

/** True when `text` has a character outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** The UTF-8 text that `latin1` holds byte for byte. */
function utf8Of(latin1: string): string {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/** Re-decodes every string and key under `value` that held multi-byte UTF-8 characters. */
function decodeStrings(value: unknown): unknown {
  if (typeof value === 'string') return utf8Of(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeStrings(value[i]);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.some((key) => NON_ASCII.test(key))) {
    // Rebuilt rather than renamed in place, so the keys keep their order.
    const decoded: Record<string, unknown> = {};
    for (const key of keys) decoded[utf8Of(key)] = decodeStrings(record[key]);
    return decoded;
  }
  for (const key of keys) record[key] = decodeStrings(record[key]);
  return record;
}

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

/** Makes equal values of the repeating fields one string, and equal topic lists one array. */
function shareRepeatedValues(subscribers: Record<string, Subscriber>): void {
  const strings = new Map<string, string>();
  const share = (s: string): string => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  const topicLists = new Map<string, string[]>();
  for (const key in subscribers) {
    const subscriber = subscribers[key] as Subscriber;
    const fields = subscriber as unknown as Record<string, unknown>;
    for (const field of SHARED_FIELDS) {
      const value = fields[field];
      if (typeof value === 'string') fields[field] = share(value);
    }
    if (!Array.isArray(subscriber.topics)) continue;
    const id = JSON.stringify(subscriber.topics);
    const known = topicLists.get(id);
    if (known) subscriber.topics = known;
    else {
      subscriber.topics = subscriber.topics.map((topic) => (typeof topic === 'string' ? share(topic) : topic));
      topicLists.set(id, subscriber.topics);
    }
  }
}

/** Parses the snapshot file's bytes; the caller drops its reference to `bytes` once this returns. */
export function parseSnapshot(bytes: Buffer): unknown {
  const latin1 = bytes.toString('latin1');
  const escaped = latin1.includes('\\u');
  const parsed: unknown = escaped ? JSON.parse(bytes.toString('utf8')) : decodeStrings(JSON.parse(latin1));
  const subscribers = (parsed as { subscribers?: unknown } | null)?.subscribers;
  if (typeof subscribers === 'object' && subscribers !== null)
    shareRepeatedValues(subscribers as Record<string, Subscriber>);
  return parsed;
}
