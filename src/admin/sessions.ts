/**
 * Console sessions, in memory: a random session id (the cookie) maps to the
 * staff member and a CSRF token that every form carries. A restart signs
 * everyone out, which is acceptable for a tool staff open with a fresh link.
 */
import { randomBytes } from 'node:crypto';
import type { LinkHolder } from './login-links.ts';

/** How long a console session lasts without being used. */
const SESSION_IDLE_MS = 8 * 3_600_000;

/** One signed-in staff member. */
export interface ConsoleSession extends LinkHolder {
  id: string;
  /** Sent with every form; a post without it is refused. */
  csrf: string;
  expiresAt: number;
}

/** The console's request variables: the signed-in session. */
export type ConsoleEnv = { Variables: { session: ConsoleSession } };

/** The sessions of one running server. */
export class ConsoleSessions {
  private readonly sessions = new Map<string, ConsoleSession>();

  constructor(private readonly now: () => number) {}

  /** Opens a session for the holder of a redeemed link. */
  open(holder: LinkHolder): ConsoleSession {
    // Sessions nobody uses again would otherwise stay until a restart: sign-ins sweep the expired ones.
    const now = this.now();
    for (const [id, open] of this.sessions) if (open.expiresAt <= now) this.sessions.delete(id);
    const session: ConsoleSession = {
      id: randomBytes(32).toString('base64url'),
      csrf: randomBytes(24).toString('base64url'),
      platform: holder.platform,
      userId: holder.userId,
      expiresAt: now + SESSION_IDLE_MS,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, its idle time restarted; undefined when unknown or expired. */
  find(id: string | undefined): ConsoleSession | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    session.expiresAt = this.now() + SESSION_IDLE_MS;
    return session;
  }

  /** Sessions held in memory, live or expired but not yet swept. */
  get size(): number {
    return this.sessions.size;
  }

  /** Ends a session (sign-out). */
  close(id: string): void {
    this.sessions.delete(id);
  }
}
