/**
 * The HTTP client grammY uses to call the Bot API. grammY needs only
 * `fetch(url, init).then((res) => res.json())`, so this adapter maps that onto
 * undici's `request`, which keeps connections alive and costs far less per
 * call than grammY's default node-fetch shim (measured with
 * `npm run bench:webhook`: the reply call dominates the cost of an update).
 */
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
