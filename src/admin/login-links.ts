/**
 * Single-use sign-in links for the staff console. Each link is a random
 * token; only its SHA-256 is kept, one file per link in
 * `DATA_DIR/login-links/`, so `npm run staff -- login-link` can issue one
 * while the bot runs and the server redeems it. Redeeming deletes the file:
 * the unlink succeeds once, which makes a link single-use across processes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../core/message.ts';
import { DIR_MODE, writeFileDurablySync } from '../store/disk.ts';

/** How long a link works after it was made. */
const LOGIN_LINK_TTL_MS = 10 * 60_000;

/** The staff member a link signs in. */
export interface LinkHolder {
  platform: Platform;
  userId: string;
}

interface StoredLink extends LinkHolder {
  expiresAt: number;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The link files of one data folder. */
export class LoginLinks {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly now: () => number,
  ) {
    this.dir = join(dataDir, 'login-links');
  }

  /** Makes a token for `holder`, valid for 10 minutes; expired links are deleted on the way. */
  issue(holder: LinkHolder): string {
    mkdirSync(this.dir, { recursive: true, mode: DIR_MODE });
    this.pruneExpired();
    const token = randomBytes(32).toString('base64url');
    const link: StoredLink = {
      platform: holder.platform,
      userId: holder.userId,
      expiresAt: this.now() + LOGIN_LINK_TTL_MS,
    };
    writeFileDurablySync(join(this.dir, `${hashOf(token)}.json`), JSON.stringify(link));
    return token;
  }

  /** The holder of a valid token, used up by this call; undefined for an unknown, used or expired token. */
  redeem(token: string): LinkHolder | undefined {
    if (!/^[\w-]{20,100}$/.test(token)) return undefined;
    const file = join(this.dir, `${hashOf(token)}.json`);
    let link: StoredLink;
    try {
      link = JSON.parse(readFileSync(file, 'utf8')) as StoredLink;
      unlinkSync(file);
    } catch {
      // Not there (never issued, or redeemed a moment ago by another request).
      return undefined;
    }
    if (link.expiresAt <= this.now()) return undefined;
    return { platform: link.platform, userId: link.userId };
  }

  private pruneExpired(): void {
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name);
      try {
        const link = JSON.parse(readFileSync(file, 'utf8')) as StoredLink;
        if (link.expiresAt <= this.now()) unlinkSync(file);
      } catch {
        // Taken by a redeem at the same moment, or a torn file: nothing to keep either way.
      }
    }
  }
}

/** The URL that redeems `token` on the console at `publicUrl`. */
export function loginUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/admin/dangnhap?token=${token}`;
}
