/**
 * Checks a Zalo OA webhook request before anything acts on it: the
 * `X-ZEvent-Signature` MAC, the event's age, and whether it was seen before.
 *
 * Sources relied on: developers.zalo.me "Webhook › Tổng quan" as explained in
 * hainh.me "Zalo API – PHP Webhook, Callback Official Account" and
 * tinhoc88.com "Zalo API – PHP Xử lý sự kiện Webhook": the header is the
 * SHA-256 (hex) of app id + the raw JSON body + the `timestamp` taken from
 * that JSON + the OA secret key (not the app secret), and is sent as
 * `mac=<hex>`; Zalo expects 200 within 2 seconds and re-sends otherwise.
 * Event shapes (`event_name`, `app_id`, `sender.id`, `follower.id`,
 * `message.msg_id`, `message.text`, `timestamp` in milliseconds as a string)
 * from hoangnd25/monorepo `wip/zalo-platform-integration.md` and the
 * event list of n8n-nodes-zalo-oa-integration.
 *
 * Uncertain: some integrations read the timestamp from a header; the
 * documentation we found says it comes from the body, which is what this
 * does. A timestamp in seconds (rather than milliseconds) is accepted.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { SeenUpdates } from '../seen-updates.ts';

const id = z.union([z.string().min(1), z.number()]).transform(String);

/** A webhook event, with the fields the bot reads. */
const zaloOaEventSchema = z.looseObject({
  event_name: z.string().min(1),
  app_id: id.optional(),
  timestamp: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]),
  user_id_by_app: id.optional(),
  sender: z.looseObject({ id }).optional(),
  recipient: z.looseObject({ id }).optional(),
  follower: z.looseObject({ id }).optional(),
  message: z
    .looseObject({
      msg_id: id.optional(),
      text: z.string().optional(),
      /** Sent with `anonymous_send_*` events: replies to an anonymous person go to this conversation. */
      conversation_id: id.optional(),
      attachments: z.array(z.looseObject({ type: z.string().optional() })).optional(),
    })
    .optional(),
});
export type ZaloOaEvent = z.infer<typeof zaloOaEventSchema>;

/** The outcome of checking one request. */
export type ZaloOaVerdict =
  | { kind: 'accepted'; event: ZaloOaEvent }
  /** Missing or wrong signature: refused (answered 200, counted). */
  | { kind: 'signature' }
  /** Not JSON, or not a Zalo event: refused (answered 200, counted). */
  | { kind: 'malformed' }
  /** Authentic but older (or newer) than the window allows: ignored. */
  | { kind: 'stale' }
  /** The same event again: ignored. */
  | { kind: 'replay' };

/** The MAC Zalo puts in X-ZEvent-Signature (lower-case hex, without "mac="). */
function zaloEventSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`).digest('hex');
}

/** Compares a received signature header (with or without "mac=") to the expected hex, in constant time. */
function signatureMatches(header: string | undefined, expectedHex: string): boolean {
  if (header === undefined) return false;
  const given = header.trim().replace(/^mac=/i, '').toLowerCase();
  // Hashing first makes both sides the same length, so the comparison time says nothing about the secret.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expectedHex.toLowerCase()).digest();
  return timingSafeEqual(a, b);
}

/** Settings for the verifier. */
export interface ZaloOaVerifierOptions {
  appId: string;
  /** The OA secret key (developers.zalo.me › app › Official Account › webhook), not the app secret. */
  oaSecretKey: string;
  /** Events older than this (by their own timestamp) are refused, in ms. */
  windowMs: number;
  /** Events already seen; by default in memory for twice the window. The channel records message ids once handled. */
  seen?: SeenUpdates;
  now?: () => number;
}

/** The key that identifies a person's message even if Zalo re-serialised it; undefined for events without a message id. */
export function zaloOaMessageKey(event: ZaloOaEvent): string | undefined {
  const msgId = event.message?.msg_id;
  return msgId === undefined ? undefined : `msg:${event.event_name}:${msgId}`;
}

/** Verifies webhook requests and remembers recent events to refuse replays. */
export class ZaloOaVerifier {
  /** Kept at least twice the window: anything older is refused as stale anyway. */
  private readonly recent: SeenUpdates;
  private readonly now: () => number;

  constructor(private readonly options: ZaloOaVerifierOptions) {
    this.recent = options.seen ?? new SeenUpdates({ ttlMs: options.windowMs * 2 });
    this.now = options.now ?? Date.now;
  }

  /** Checks one request: its raw body exactly as received, and its X-ZEvent-Signature header. */
  verify(rawBody: string, signatureHeader: string | undefined): ZaloOaVerdict {
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      return { kind: 'malformed' };
    }
    const stamp = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).timestamp : undefined;
    if (typeof stamp !== 'string' && typeof stamp !== 'number')
      return signatureHeader === undefined ? { kind: 'signature' } : { kind: 'malformed' };
    const timestamp = String(stamp);
    const expected = zaloEventSignature(this.options.appId, rawBody, timestamp, this.options.oaSecretKey);
    if (!signatureMatches(signatureHeader, expected)) return { kind: 'signature' };

    const parsed = zaloOaEventSchema.safeParse(json);
    if (!parsed.success) return { kind: 'malformed' };
    const now = this.now();
    const raw = Number(timestamp);
    const at = raw < 1e12 ? raw * 1000 : raw;
    if (Math.abs(now - at) > this.options.windowMs) return { kind: 'stale' };

    // The message id identifies a re-sent message even if Zalo re-serialised it; the MAC covers every other event.
    const msgKey = zaloOaMessageKey(parsed.data);
    const keys = [`mac:${expected}`, ...(msgKey !== undefined ? [msgKey] : [])];
    const repeated = keys.some((key) => this.recent.has(key, now));
    for (const key of keys) this.recent.claim(key, now);
    if (repeated) return { kind: 'replay' };
    return { kind: 'accepted', event: parsed.data };
  }
}
