/** Shared test helpers: the real knowledge base, and throwaway copies of it. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Bot } from '../../src/core/bot.ts';
import type { Incoming, Reply, UserRef } from '../../src/core/message.ts';
import { loadKnowledge, type Knowledge } from '../../src/kb/load.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { MemorySessionStore, type SessionStore } from '../../src/store/sessions.ts';

/** The project's knowledge folder. */
export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../knowledge');

let cached: Knowledge | undefined;
/** The real knowledge base, loaded once per test file. */
export function realKnowledge(): Knowledge {
  cached ??= loadKnowledge(KNOWLEDGE_DIR);
  return cached;
}

/** A writable copy of the knowledge folder in a temp dir. */
export function copyKnowledge(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ctxh-kb-')), 'knowledge');
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** A test user on the given platform. */
export function testUser(platform: UserRef['platform'] = 'terminal'): UserRef {
  return { platform, chatId: 'chat-1', userId: 'user-1' };
}

/** A bot over the real knowledge base; pass a session store to control the clock of eligibility checks. */
export function realBot(options: { sessions?: SessionStore } = {}): Bot {
  const kb = realKnowledge();
  const sessions = options.sessions ?? new MemorySessionStore();
  return new Bot({ knowledge: () => kb, engine: DEFAULT_ENGINE_CONFIG, logger: silentLogger(), sessions });
}

/** Sends text to a bot and returns its replies. */
export function ask(bot: Bot, text: string): Promise<Reply[]> {
  const incoming: Incoming = { kind: 'text', user: testUser(), text };
  return bot.handle(incoming);
}

/** All action-button payloads of some replies. */
export function payloadsOf(replies: readonly Reply[]): string[] {
  return replies.flatMap((r) => (r.buttons ?? []).flatMap((b) => (b.kind === 'action' ? [b.payload] : [])));
}
