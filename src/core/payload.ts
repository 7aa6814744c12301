/**
 * Button payloads: what a pressed button sends back. One codec builds every
 * payload the bot puts on a button and reads every one that comes back, so
 * the short prefixes (`e:`, `g:`, `s:`, `t:`, `k:`, `sg:`, `fb:`) live here only.
 * They are short because Telegram allows 64 bytes of callback data; a
 * payload built longer than that throws instead of being refused by Telegram
 * at sending time. The strings never change: buttons already sent stay valid.
 */

/** Telegram's limit on callback data, in bytes. */
export const MAX_PAYLOAD_BYTES = 64;

/** Thrown when a button payload would not fit in Telegram's callback data. */
export class PayloadTooLongError extends Error {
  constructor(readonly payload: string) {
    super(`button payload "${payload}" is ${Buffer.byteLength(payload)} bytes; Telegram allows ${MAX_PAYLOAD_BYTES}`);
    this.name = 'PayloadTooLongError';
  }
}

/** A button of the subscription flow. */
export type SubscribeAction =
  | { kind: 'start' | 'yes' | 'no' | 'topics' | 'area' | 'stop' }
  /** Toggles topics by id ("*" is every topic). */
  | { kind: 'toggle'; topics: string[] };

/** A button of the staff notice flow: send, discard, or an audience. */
export type BroadcastAction =
  | { kind: 'send' | 'discard' | 'all' }
  | { kind: 'platform'; platform: string }
  | { kind: 'topic'; topic: string }
  /** The area at this index of the known areas list. */
  | { kind: 'area'; index: number };

/** A button of the eligibility check. */
export type CheckAction =
  | { kind: 'start' }
  | { kind: 'answer'; question: string; value: string }
  | { kind: 'back' }
  | { kind: 'stop' }
  | { kind: 'continue' };

/** A button offered after a safeguarding reply: "I am safe", "I need a person". */
export interface SafeguardingAction {
  kind: 'safe' | 'human';
  /** The situation id as sent (checked by the handler). */
  situation: string | undefined;
  /** The reply was in English, so the answer to the button is too. */
  english: boolean;
}

/** "Was this helpful?" under an answer: 👍 or 👎, and the entry it was about. */
export interface FeedbackAction {
  vote: 'up' | 'down';
  entryId: string;
}

/** A staff button under a handoff request in the staff group: claim it or close it. */
interface HandoffAction {
  kind: 'claim' | 'close';
  /** The handoff code ("H12"). */
  id: string;
}

/**
 * A pressed button, read. A feature's prefix with an action it does not know
 * keeps the feature and no action, so the feature answers it (its checks,
 * such as staff only, come first).
 */
export type Payload =
  /** `english`: the button was under an English reply, so the entry answers in English. */
  | { kind: 'entry'; id: string; english: boolean }
  | { kind: 'group'; id: string }
  | { kind: 'menu' }
  | { kind: 'subscribe'; action: SubscribeAction | undefined }
  | { kind: 'broadcast'; action: BroadcastAction | undefined }
  | { kind: 'check'; action: CheckAction | undefined }
  | { kind: 'safeguarding'; action: SafeguardingAction | undefined }
  | { kind: 'feedback'; action: FeedbackAction | undefined }
  | { kind: 'handoff'; action: HandoffAction | undefined };

/** Returns the payload, or throws when it does not fit Telegram's callback data. */
function checked(payload: string): string {
  if (Buffer.byteLength(payload, 'utf8') > MAX_PAYLOAD_BYTES) throw new PayloadTooLongError(payload);
  return payload;
}

const TOGGLE_PREFIX = 's:t:';

/** Builders of every button payload. */
export const buttonPayload = {
  entry: (id: string, english = false): string => checked(`e:${id}${english ? ':en' : ''}`),
  group: (id: string): string => checked(`g:${id}`),
  menu: 'menu',
  subscribe: {
    start: 's:start',
    yes: 's:yes',
    no: 's:no',
    topics: 's:topics',
    area: 's:area',
    stop: 's:stop',
    topic: (id: string): string => checked(`${TOGGLE_PREFIX}${id}`),
    allTopics: `${TOGGLE_PREFIX}*`,
  },
  broadcast: {
    all: 't:a',
    platform: (platform: string): string => checked(`t:p:${platform}`),
    topic: (id: string): string => checked(`t:t:${id}`),
    area: (index: number): string => checked(`t:r:${index}`),
    send: 't:go',
    discard: 't:x',
  },
  check: {
    start: 'k:s',
    back: 'k:b',
    stop: 'k:x',
    continue: 'k:c',
    answer: (question: string, value: string): string => checked(`k:a:${question}:${value}`),
  },
  safeguarding: {
    safe: (situation: string, english = false): string => checked(`sg:safe:${situation}${english ? ':en' : ''}`),
    human: (situation: string, english = false): string => checked(`sg:human:${situation}${english ? ':en' : ''}`),
  },
  feedback: {
    up: (entryId: string): string => checked(`fb:up:${entryId}`),
    down: (entryId: string): string => checked(`fb:down:${entryId}`),
  },
  handoff: {
    claim: (id: string): string => checked(`h:claim:${id}`),
    close: (id: string): string => checked(`h:close:${id}`),
  },
} as const;

/**
 * Several topic toggles picked at once ("4, 11" on a numbered channel) as one
 * press; undefined unless every payload is a toggle. Never put on a button,
 * so not held to the 64 bytes.
 */
export function mergeTopicToggles(payloads: readonly string[]): string | undefined {
  if (!payloads.every((p) => p.startsWith(TOGGLE_PREFIX))) return undefined;
  return `${TOGGLE_PREFIX}${payloads.map((p) => p.slice(TOGGLE_PREFIX.length)).join(',')}`;
}

/** Reads a pressed button; undefined for a payload of no feature the bot has. */
export function parsePayload(payload: string): Payload | undefined {
  const [prefix, ...parts] = payload.split(':');
  const rest = parts.join(':');
  switch (prefix) {
    case 'e':
      return rest.endsWith(':en')
        ? { kind: 'entry', id: rest.slice(0, -':en'.length), english: true }
        : { kind: 'entry', id: rest, english: false };
    case 'g':
      return { kind: 'group', id: rest };
    case 'menu':
      return { kind: 'menu' };
    case 's':
      return { kind: 'subscribe', action: subscribeAction(payload) };
    case 't':
      return { kind: 'broadcast', action: broadcastAction(payload) };
    case 'k':
      return { kind: 'check', action: checkAction(rest) };
    case 'sg':
      return { kind: 'safeguarding', action: safeguardingAction(rest) };
    case 'fb':
      return { kind: 'feedback', action: feedbackAction(rest) };
    case 'h':
      return { kind: 'handoff', action: handoffAction(rest) };
    default:
      return undefined;
  }
}

const SUBSCRIBE_KINDS = ['start', 'yes', 'no', 'topics', 'area', 'stop'] as const;

function subscribeAction(payload: string): SubscribeAction | undefined {
  if (payload.startsWith(TOGGLE_PREFIX))
    return { kind: 'toggle', topics: payload.slice(TOGGLE_PREFIX.length).split(',') };
  const kind = SUBSCRIBE_KINDS.find((k) => payload === `s:${k}`);
  return kind ? { kind } : undefined;
}

function broadcastAction(payload: string): BroadcastAction | undefined {
  if (payload === buttonPayload.broadcast.send) return { kind: 'send' };
  if (payload === buttonPayload.broadcast.discard) return { kind: 'discard' };
  if (payload === buttonPayload.broadcast.all) return { kind: 'all' };
  if (payload.startsWith('t:p:')) return { kind: 'platform', platform: payload.slice(4) };
  if (payload.startsWith('t:t:')) return { kind: 'topic', topic: payload.slice(4) };
  if (payload.startsWith('t:r:')) return { kind: 'area', index: Number(payload.slice(4)) };
  return undefined;
}

/** Reads the part after "k:". */
function checkAction(rest: string): CheckAction | undefined {
  const [verb, question, value, ...extra] = rest.split(':');
  if (extra.length > 0) return undefined;
  switch (verb) {
    case 's':
      return question === undefined ? { kind: 'start' } : undefined;
    case 'b':
      return question === undefined ? { kind: 'back' } : undefined;
    case 'x':
      return question === undefined ? { kind: 'stop' } : undefined;
    case 'c':
      return question === undefined ? { kind: 'continue' } : undefined;
    case 'a':
      return question && value ? { kind: 'answer', question, value } : undefined;
    default:
      return undefined;
  }
}

/** Reads the part after "sg:": "safe:<situation>" or "human:<situation>", with ":en" after an English reply. */
function safeguardingAction(rest: string): SafeguardingAction | undefined {
  const [action, situation, language] = rest.split(':');
  if (language !== undefined && language !== 'en') return undefined;
  return action === 'safe' || action === 'human' ? { kind: action, situation, english: language === 'en' } : undefined;
}

/** Reads the part after "fb:": "up:<entry id>" or "down:<entry id>". */
function feedbackAction(rest: string): FeedbackAction | undefined {
  const [vote, entryId, ...extra] = rest.split(':');
  return (vote === 'up' || vote === 'down') && entryId && extra.length === 0 ? { vote, entryId } : undefined;
}

/** Reads the part after "h:": "claim:<id>" or "close:<id>". */
function handoffAction(rest: string): HandoffAction | undefined {
  const [action, id, ...extra] = rest.split(':');
  return (action === 'claim' || action === 'close') && id && extra.length === 0 ? { kind: action, id } : undefined;
}
