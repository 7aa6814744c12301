/**
 * Logging with pino. Residents write about violence, illness and poverty, so
 * the bot logs decisions (outcome, entry id), not what people wrote. Every
 * log call goes through `scrubLogValue` first, at any depth: secrets and
 * content are censored by key, tokens and phone or ID numbers are masked in
 * any string, errors become their class, message and a short stack, and
 * objects that are not plain data (a grammY context, a socket) are never
 * walked, so a thrown error cannot drag a token or a message into the logs.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Phone numbers (Vietnamese mobiles, landlines, +84…) and 9/12-digit ID numbers. */
const PHONE_OR_ID = /(?:\+?84|0)(?:[\s.-]?\d){8,10}\b|\b\d{9}\b|\b\d{12}\b/g;

/** Masks phone and ID numbers in free text. */
export function redactText(text: string): string {
  return text.replace(PHONE_OR_ID, '[đã ẩn]');
}

/** What replaces a censored value. */
const CENSORED = '[ẩn]';

/** Keys whose values are secrets, whatever their shape. */
const SECRET_KEY = /token|secret|password|passwd|authorization|cookie|api[-_]?key|signature|^mac$/i;
/** Keys whose values are what a person wrote or who they are (Telegram, Zalo Bot and Zalo OA field names). */
const CONTENT_KEY =
  /^(?:text|caption|args|summary|query|first_name|last_name|full_name|fullName|username|display_name|displayName|name|title|phone|phone_number|phoneNumber|address|avatar)$/i;
/** Token shapes found in free text: a Bot API URL path (`/bot123:ABC/sendMessage`), a bare `id:secret` token, a token in a query string. */
const TOKEN_IN_TEXT: Array<[RegExp, string]> = [
  [/bot[^/\s:]+:[^/\s]+/g, `bot${CENSORED}`],
  [/\b\d{5,}:[\w-]{16,}/g, CENSORED],
  [/\b((?:access_|refresh_)?token|secret(?:_key)?|code)=[^&\s"']+/gi, `$1=${CENSORED}`],
];
/** Keys whose values are platform ids (chat, user, job): kept whole even when they look like a phone or ID number, so log lines can be correlated. */
const ID_KEY = /^(?:chat|chatId|chat_id|user|userId|user_id|job|jobId|update_id|message_id|msg_id)$/;
const MAX_DEPTH = 6;
const MAX_ARRAY = 20;
const STACK_FRAMES = 5;

/** Masks tokens (configured ones and token shapes) and, unless the string is a platform id, phone and ID numbers. */
function scrubString(text: string, secrets: readonly string[], isId = false): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(CENSORED);
  for (const [pattern, replacement] of TOKEN_IN_TEXT) out = out.replace(pattern, replacement);
  return isId ? out : redactText(out);
}

/** A logged error: its class, its message (scrubbed), a few stack frames, and its cause. */
interface ErrorSummary {
  type: string;
  message: string;
  code?: string | number;
  stack?: string;
  cause?: ErrorSummary | string;
}

function summarizeError(error: Error, secrets: readonly string[], depth: number): ErrorSummary {
  const summary: ErrorSummary = {
    type: error.constructor?.name || error.name,
    message: scrubString(error.message, secrets),
  };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') summary.code = code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, STACK_FRAMES);
  if (frames.length > 0) summary.stack = scrubString(frames.map((f) => f.trim()).join('\n'), secrets);
  // grammY's BotError keeps the thrown error in `error` (and the whole context in `ctx`, never logged).
  const inner = (error as { cause?: unknown; error?: unknown }).cause ?? (error as { error?: unknown }).error;
  if (inner !== undefined && depth < 3) {
    summary.cause =
      inner instanceof Error
        ? summarizeError(inner, secrets, depth + 1)
        : typeof inner === 'string'
          ? scrubString(inner, secrets)
          : typeof inner;
  }
  return summary;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function scrub(value: unknown, secrets: readonly string[], depth: number, seen: WeakSet<object>): unknown {
  switch (typeof value) {
    case 'string':
      return scrubString(value, secrets);
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return String(value);
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return null;
  const object = value as object;
  if (object instanceof Error) return summarizeError(object, secrets, 0);
  if (object instanceof Date) return object.toISOString();
  if (seen.has(object) || depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(object)) {
    seen.add(object);
    return object.slice(0, MAX_ARRAY).map((item) => scrub(item, secrets, depth + 1, seen));
  }
  // A class instance (grammY's Context and Api, sockets, requests) is named, never walked: its graph holds tokens and messages.
  if (!isPlainObject(object)) return `[${object.constructor?.name ?? 'object'}]`;
  seen.add(object);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object)) {
    if (item === undefined) continue;
    if (SECRET_KEY.test(key) || CONTENT_KEY.test(key)) out[key] = CENSORED;
    else if (typeof item === 'string' && ID_KEY.test(key)) out[key] = scrubString(item, secrets, true);
    else out[key] = scrub(item, secrets, depth + 1, seen);
  }
  return out;
}

/**
 * A copy of a value that is safe to log: secrets and content censored by key
 * at any depth, tokens (`secrets`, and anything shaped like one) and phone or
 * ID numbers masked in strings, errors summarised, class instances named only.
 */
export function scrubLogValue(value: unknown, secrets: readonly string[] = []): unknown {
  return scrub(value, secrets, 0, new WeakSet());
}

/** Options for `createLogger`. */
export interface LoggerOptions {
  /** Configured tokens and secrets: masked wherever they appear, even inside a URL or an error message. */
  secrets?: readonly string[];
  /** Where JSON lines go; stderr by default (stdout belongs to the terminal chat and CLI output). */
  destination?: DestinationStream;
}

/** Creates the process logger, writing scrubbed JSON lines to stderr. */
export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  // Short secrets would mask ordinary words; config already refuses secrets under 8 characters.
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  return pino(
    {
      level,
      base: undefined,
      // Errors are already summaries by the time pino sees them (see logMethod below).
      serializers: { err: (value: unknown) => value },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          // logger.error(error) would otherwise log the raw error and take its message unscrubbed.
          const fields = first instanceof Error ? { err: first } : first;
          const scrubbed = [
            scrubLogValue(fields, secrets),
            ...rest.map((arg) => (typeof arg === 'string' ? scrubString(arg, secrets) : scrubLogValue(arg, secrets))),
          ];
          if (first instanceof Error && rest.length === 0) scrubbed.push(scrubString(first.message, secrets));
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that drops everything (tests, one-shot commands). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
