/** A bot with real services over a memory store and a recording sender, built by the production composition root. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelSender } from '../../src/channels/adapter.ts';
import type { ChatAddress } from '../../src/core/address.ts';
import { TelegramChannel } from '../../src/channels/telegram/channel.ts';
import type { Incoming, Platform, Reply, UserRef } from '../../src/core/message.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createRuntime } from '../../src/runtime.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import type { Store } from '../../src/store/types.ts';
import { KNOWLEDGE_DIR, realBot, realKnowledgeStore } from './kb.ts';

/** Records what the delivery engine sends. */
export class RecordingSender implements ChannelSender {
  readonly sent: Array<{ chatId: string; replies: readonly Reply[] }> = [];
  constructor(readonly platform: Platform) {}
  async send(to: ChatAddress, replies: readonly Reply[]): Promise<void> {
    this.sent.push({ chatId: to.chatId, replies });
  }
}

/** A bot wired like production, but in memory unless a store is given (`DATA_DIR` in `env` places the audit log). */
export async function botWithServices(
  env: Record<string, string> = {},
  store: Store = createMemoryStore(),
  topics: Array<{ id: string; label: string }> = [
    { id: 'tre-em', label: 'Trẻ em' },
    { id: 'nguoi-cao-tuoi', label: 'Người cao tuổi' },
  ],
  /** Senders besides the recording Telegram one (a real adapter against an HTTP fake replaces it). */
  senders: ReadonlyArray<ChannelSender> = [],
) {
  const config = loadConfig({
    KNOWLEDGE_DIR,
    KB_WATCH: 'off',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-data-')),
    ...env,
  });
  const telegram = new RecordingSender('telegram');
  const runtime = await createRuntime(config, {
    logger: silentLogger(),
    // The real folder is parsed once per worker.
    ...(config.knowledgeDir === KNOWLEDGE_DIR ? { knowledge: realKnowledgeStore() } : {}),
    store,
    senders: new Map<Platform, ChannelSender>([
      ['telegram', telegram],
      ...senders.map((s) => [s.platform, s] as const),
    ]),
    topics: () => topics,
  });
  const { bot, core } = runtime;
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
    runtime,
    outcomes: runtime.outcomes,
    store,
    telegram,
    kb: runtime.knowledge.current,
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

/** The Telegram adapter as the delivery engine uses it (sending only; nothing is started). */
export function telegramSender(token: string, apiRoot: string): TelegramChannel {
  return new TelegramChannel({ token, apiRoot, commands: () => ({}), bot: realBot(), logger: silentLogger() });
}
