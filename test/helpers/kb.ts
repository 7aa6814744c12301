/** Shared test helpers: the real knowledge base, and throwaway copies of it. */
import { type CompiledKnowledge, KnowledgeStore, loadKnowledge } from '../../src/knowledge.ts';
import { KnowledgeError } from '../../src/kb/load.ts';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Bot } from '../../src/core/bot.ts';
import { createBot } from '../../handlers/bot.ts';
import type { Incoming, Reply, UserRef } from '../../src/core/message.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { MemorySessionStore, type SessionStore } from '../../src/store/sessions.ts';

/** The project's knowledge folder. */
export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../knowledge');

let cachedStore: KnowledgeStore | undefined;
/**
 * The real knowledge folder, loaded once per worker (the unit project shares modules between files).
 * Nothing reloads it: it never watches the folder and keeps no last good copy.
 */
export function realKnowledgeStore(): KnowledgeStore {
  cachedStore ??= new KnowledgeStore(KNOWLEDGE_DIR, silentLogger());
  return cachedStore;
}

/** The real knowledge base, parsed once per worker. */
export function realKnowledge(): CompiledKnowledge {
  return realKnowledgeStore().current;
}

/** The problems that make loading `dir` fail (the test fails if it loads). */
export function problemsOfLoading(dir: string): KnowledgeError['problems'] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
  throw new Error('expected the knowledge base to be rejected');
}

/** A writable copy of the knowledge folder in a temp dir. */
export function copyKnowledge(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ctxh-kb-')), 'knowledge');
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** A writable copy of the knowledge folder whose center has no provincial levels (national figures only). */
export function copyKnowledgeNationalOnly(): string {
  const dir = copyKnowledge();
  const file = join(dir, 'center.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^figures_province: .*$/m, 'figures_province: ""'));
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
  return createBot({ knowledge: () => kb, engine: DEFAULT_ENGINE_CONFIG, logger: silentLogger(), sessions });
}

/** What the bot decided for one text message: the outcome and the entry (null on fallback). */
export type TurnDecision = { outcome: string; id: string | null };

/** The decision on each message of one conversation, one person through a fresh bot over the real knowledge base. */
export async function conversationDecisions(...messages: string[]): Promise<TurnDecision[]> {
  const kb = realKnowledge();
  const now = 1_000_000;
  const decisions: TurnDecision[] = [];
  const bot = createBot({
    knowledge: () => kb,
    engine: DEFAULT_ENGINE_CONFIG,
    logger: silentLogger(),
    sessions: new MemorySessionStore({ clock: () => now }),
    onDecision: (outcome, id) => decisions.push({ outcome, id }),
  });
  const user = testUser();
  for (const text of messages) await bot.handle({ kind: 'text', user, text });
  return decisions;
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

/**
 * Rewrites a copy's safeguarding.yaml with one concept moved to the very end
 * (same content, so still complete) and returns that text, and the same text
 * cut after a whole line halfway through the concept: still valid YAML that
 * passes every schema, as a slow upload leaves it. The shipped file ends
 * with required replies, so a cut there is caught by the schema; staff may
 * order the keys as they like.
 */
export function safeguardingEndingWith(dir: string, concept = 'beat'): { complete: string; truncated: string } {
  const file = join(dir, 'safeguarding.yaml');
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const conceptsAt = lines.indexOf('concepts:');
  const conceptsEnd = lines.indexOf('neutral:');
  const start = lines.indexOf(`  ${concept}:`);
  let end = start + 1;
  while (end < conceptsEnd && !/^ {2}[a-z_]+:/.test(lines[end] ?? '')) end++;
  const block = lines.slice(start, end);
  const head = [
    ...lines.slice(0, conceptsAt),
    ...lines.slice(conceptsEnd),
    ...lines.slice(conceptsAt, start),
    ...lines.slice(end, conceptsEnd),
  ];
  const complete = `${[...head, ...block].join('\n')}\n`;
  writeFileSync(file, complete);
  return { complete, truncated: `${[...head, ...block.slice(0, Math.ceil(block.length / 2))].join('\n')}\n` };
}
