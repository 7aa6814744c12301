/** A bot with real services over a memory store and a recording sender. */
import { KnowledgeStore } from '../../src/knowledge.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot } from '../../handlers/bot.ts';
import type { Incoming, Platform, Reply, UserRef } from '../../src/core/message.ts';
import type { Sender } from '../../src/delivery/types.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createCore, type Core } from '../../src/services.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import type { Store } from '../../src/store/types.ts';
import { KNOWLEDGE_DIR, realKnowledgeStore } from './kb.ts';

/** Records what the delivery engine sends. */
export class RecordingSender implements Sender {
  readonly sent: Array<{ chatId: string; replies: readonly Reply[] }> = [];
  constructor(readonly platform: Platform) {}
  async send(chatId: string, replies: readonly Reply[]): Promise<void> {
    this.sent.push({ chatId, replies });
  }
}

/** A bot wired like production, but in memory unless a store is given (`DATA_DIR` in `env` places the audit log). */
export function botWithServices(
  env: Record<string, string> = {},
  store: Store = createMemoryStore(),
  topics: Array<{ id: string; label: string }> = [
    { id: 'tre-em', label: 'Trẻ em' },
    { id: 'nguoi-cao-tuoi', label: 'Người cao tuổi' },
  ],
) {
  const config = loadConfig({
    KNOWLEDGE_DIR,
    KB_WATCH: 'off',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-data-')),
    ...env,
  });
  const logger = silentLogger();
  // The real folder is parsed once per worker; a test's own copy is loaded for it.
  const knowledge =
    config.knowledgeDir === KNOWLEDGE_DIR ? realKnowledgeStore() : new KnowledgeStore(config.knowledgeDir, logger);
  const telegram = new RecordingSender('telegram');
  const core: Core = createCore({
    config,
    store,
    knowledge,
    senders: new Map([['telegram', telegram]]),
    logger,
    topics: () => topics,
  });
  const bot = createBot({ knowledge: () => knowledge.current, engine: config.engine, logger, services: core.services });
  const user = (id: string, platform: Platform = 'telegram'): UserRef => ({
    platform,
    chatId: id,
    userId: id,
    displayName: `Người ${id}`,
  });
  const send = (incoming: Incoming): Promise<Reply[]> => bot.handle(incoming);
  return {
    bot,
    config,
    core,
    store,
    telegram,
    kb: knowledge.current,
    user,
    command: (u: UserRef, command: string, args = '') => send({ kind: 'command', user: u, command, args }),
    press: (u: UserRef, payload: string) => send({ kind: 'button', user: u, payload }),
    say: (u: UserRef, text: string) => send({ kind: 'text', user: u, text }),
  };
}

/** Action payloads of some replies, in order. */
export function payloads(replies: readonly Reply[]): string[] {
  return replies.flatMap((r) => (r.buttons ?? []).flatMap((b) => (b.kind === 'action' ? [b.payload] : [])));
}
