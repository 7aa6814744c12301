/**
 * The HTTP client grammY uses to call the Bot API. grammY needs only
 * `fetch(url, init).then((res) => res.json())`, so this adapter maps that onto
 * undici's `request`, which keeps connections alive and costs far less per
 * call than grammY's default node-fetch shim (measured with
 * `npm run bench:webhook`: the reply call dominates the cost of an update).
 */
import { HttpError, InputFile, type Transformer } from 'grammy';
import { Agent, request } from 'undici';

/** What grammY passes to fetch. */
interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

/** What grammY reads from the response. */
interface FetchResponse {
  json(): Promise<unknown>;
}

const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });

/** A fetch-shaped function over undici, for grammY's `client.fetch` option. */
export async function telegramFetch(url: string | URL, init: FetchInit = {}): Promise<FetchResponse> {
  const { body } = await request(url, {
    method: (init.method ?? 'GET') as 'GET' | 'POST',
    ...(init.headers ? { headers: init.headers } : {}),
    ...(typeof init.body === 'string' ? { body: init.body } : {}),
    ...(init.signal ? { signal: init.signal } : {}),
    dispatcher,
  });
  return { json: () => body.json() };
}

/** The headers grammY sends with a JSON payload. */
const JSON_HEADERS: Readonly<Record<string, string>> = { 'content-type': 'application/json', connection: 'keep-alive' };

/**
 * Whether grammY would send the payload as the JSON `JSON.stringify` makes of
 * it: no file to upload anywhere in it (grammY uploads those as form data),
 * and no property whose value is null (grammY's serializer drops those; the
 * plain one would write them).
 */
function plainJson(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (value instanceof InputFile) return false;
  if (Array.isArray(value)) return value.every(plainJson);
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    if (field === null || !plainJson(field)) return false;
  }
  return true;
}

/**
 * A grammY API transformer, installed first so that it stands where grammY's
 * own client call would: a call with a plain JSON payload and no abort signal
 * (every call the bot makes) is posted straight through undici. grammY's
 * client builds, per call, an AbortController (a polyfill's), a 500-second
 * timer and a race of three promises, checks the payload for files, and
 * serializes it with a replacer function, which takes JSON.stringify off its
 * fast path: together a third of a reply call's CPU in `npm run bench:webhook`.
 * The request sent is the same (URL, headers, body bytes); the response is
 * handed back as grammY's client hands it (later transformers, auto-retry
 * among them, and `GrammyError`s work as before); a failed request throws the
 * same `HttpError`. A stuck request ends by undici's own timeouts (300 s) rather
 * than grammY's 500 s. Anything else (files, nulls, a signal) goes through
 * grammY's client unchanged.
 */
export function directJsonCalls(apiRoot: string, token: string): Transformer {
  // The URL grammY builds, parsed once: each call then names its origin and path, and undici parses no URL.
  const base = new URL(`${apiRoot}/bot${token}/`);
  // A root with a query or a fragment (never configured) is left to grammY, which joins it as text.
  const direct = base.search === '' && base.hash === '';
  return (prev, method, payload, signal) => {
    if (!direct || signal !== undefined || typeof payload !== 'object' || payload === null || !plainJson(payload))
      return prev(method, payload, signal);
    return postJson(base.origin, base.pathname + method, method, JSON.stringify(payload)) as ReturnType<typeof prev>;
  };
}

/**
 * Posts one JSON body and reads the JSON answer, with a bare undici handler:
 * the chunks are joined and parsed once they are all in, without the body
 * stream that `request` builds for each response. Any failure (no connection,
 * a body that is not JSON) is grammY's `HttpError`, as before.
 */
function postJson(origin: string, path: string, method: string, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // grammY's message for a failed request (its `toHttpError`, without the sensitive details).
    const fail = (error: unknown): void => reject(new HttpError(`Network request for '${method}' failed!`, error));
    try {
      dispatcher.dispatch(
        { origin, path, method: 'POST', headers: JSON_HEADERS, body },
        {
          // Present so that undici reads the handler with its current interface (the one below).
          onRequestStart: () => undefined,
          onResponseData: (_controller, chunk) => {
            chunks.push(chunk);
          },
          onResponseEnd: () => {
            try {
              const text =
                chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8');
              resolve(JSON.parse(text));
            } catch (error) {
              fail(error);
            }
          },
          onResponseError: (_controller, error) => fail(error),
        },
      );
    } catch (error) {
      fail(error);
    }
  });
}
