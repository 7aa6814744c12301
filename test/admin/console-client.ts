/** A minimal browser for the console over `app.request`: keeps the session cookie, reads the CSRF token from pages. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../src/core/message.ts';
import type { Store } from '../../src/store/types.ts';
import { KNOWLEDGE_DIR } from '../helpers/kb.ts';

/** A copy of the real knowledge folder that a test may edit. */
export function knowledgeCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ctxh-kb-')), 'knowledge');
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** Where requests go: a Hono app (`app.request`) or a running server (over fetch). */
interface RequestTarget {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** A running server at `base`, as a request target (redirects are not followed, as with `app.request`). */
export const overHttp = (base: string): RequestTarget => ({
  request: (path, init) => fetch(`${base}${path}`, { ...init, redirect: 'manual' }),
});

/** One person's browser session against the app. */
export class ConsoleClient {
  cookie = '';

  constructor(private readonly app: RequestTarget) {}

  async get(path: string): Promise<Response> {
    return this.app.request(path, { headers: this.cookie ? { cookie: this.cookie } : {} });
  }

  async post(path: string, fields: Record<string, string>): Promise<Response> {
    const response = await this.app.request(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return response;
  }

  /** Opens a login link (its path and query) and presses the button, as a person would. */
  async signIn(url: string): Promise<Response> {
    const { pathname, search } = new URL(url);
    const form = await (await this.get(`${pathname}${search}`)).text();
    const token = /name="token" value="([^"]+)"/.exec(form)?.[1] ?? '';
    return this.post('/admin/dangnhap', { token });
  }

  /** The CSRF token of the page at `path`. */
  async csrf(path = '/admin'): Promise<string> {
    const page = await (await this.get(path)).text();
    return /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  }
}

/** Subscribes people as [id, platform, topic ('' for every topic), commune/ward], active and consenting now. */
export async function addSubscribers(
  store: Store,
  people: ReadonlyArray<readonly [string, Platform, string, string?]>,
): Promise<void> {
  const at = new Date().toISOString();
  for (const [id, platform, topic, area] of people)
    await store.upsertSubscriber({
      key: `${platform}:${id}`,
      platform,
      chatId: id,
      userId: id,
      topics: topic ? [topic] : [],
      ...(area ? { area } : {}),
      consentAt: at,
      status: 'active',
      updatedAt: at,
    });
}
