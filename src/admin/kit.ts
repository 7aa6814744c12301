/** What the console's core lends each page module, so pages are added without touching each other. */
import type { Context, Hono } from 'hono';
import type { ConsoleAction } from '../store/audit-log.ts';
import type { Html } from './layout.ts';
import type { ConsoleSession } from './sessions.ts';

/** The audit, the session's name, form fields, the page frame and the time. */
export interface ConsoleKit {
  audit(action: ConsoleAction, by: string, detail?: string): Promise<void>;
  who(session: ConsoleSession): string;
  form(c: Context): Promise<(name: string) => string>;
  render(c: Context, title: string, body: Html, session: ConsoleSession): Response | Promise<Response>;
  now(): Date;
  /** Back to `path` under /admin with a message (`ok`) or an error (`loi`) shown on top. */
  back(c: Context, path: string, message: { ok: string } | { loi: string }): Response;
  /** The message or error a redirect carried, as the top of the page. */
  flash(c: Context): Html;
}

/** The console's app, as page modules add routes to it. */
export type ConsoleApp = Hono<{ Variables: { session: ConsoleSession } }>;
