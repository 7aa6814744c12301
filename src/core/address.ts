/**
 * Where a chat lives: a platform and the chat's id there. Stored and passed
 * around as a key, `telegram:123`, whose format must never change (existing
 * data folders key subscribers, drafts and delivery jobs by it). Platforms
 * hold no colon, chat ids may: the key splits at its first colon.
 */
import type { Platform } from './message.ts';

/** A chat on one platform. */
export interface ChatAddress {
  platform: Platform;
  chatId: string;
}

/** Every platform, for checking keys read back. */
const PLATFORMS: readonly Platform[] = ['terminal', 'telegram', 'zalo-bot', 'zalo-oa'];

/** True when the text names a platform the bot knows. */
function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/** Builds and reads chat keys (`telegram:123`). */
export const ChatAddress = {
  /** The stored key of a chat: `platform:chatId`. */
  toKey(address: ChatAddress): string {
    return `${address.platform}:${address.chatId}`;
  },
  /** The chat a key names; undefined when it names no known platform or no chat. */
  parse(key: string): ChatAddress | undefined {
    const split = key.indexOf(':');
    if (split <= 0 || split === key.length - 1) return undefined;
    const platform = key.slice(0, split);
    return isPlatform(platform) ? { platform, chatId: key.slice(split + 1) } : undefined;
  },
};

/** One person on one platform (`platform:userId`), for what is counted per person (flood control). */
export function personKey(user: { platform: Platform; userId: string }): string {
  return `${user.platform}:${user.userId}`;
}
