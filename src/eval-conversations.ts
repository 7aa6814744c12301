/**
 * Measures follow-ups: scripted conversations (JSON lines like
 * test/eval/conversations-dev.jsonl) go through the real bot, one person per
 * conversation, and every turn after the first is checked for the topic it
 * was answered with.
 */
import type { CompiledKnowledge } from './knowledge.ts';
import { z } from 'zod';
import { createBot } from '../handlers/bot.ts';
import { silentLogger } from './log.ts';
import type { EngineConfig } from './nlp/engine.ts';
import { parseJsonLines } from './eval.ts';

const conversationSchema = z.object({
  turns: z.array(z.object({ q: z.string(), expect: z.string().nullable() })).min(1),
  tags: z.array(z.string()).default([]),
});
/** One scripted conversation: the messages in order, each with the entry that should answer it (null: none). */
export type Conversation = z.infer<typeof conversationSchema>;

/** Parses scripted conversations. */
export function parseConversationLines(text: string, source = 'conversations'): Conversation[] {
  return parseJsonLines(text, conversationSchema, source);
}

/** A turn answered with the wrong topic. */
interface ConversationMiss {
  conversation: number;
  turn: number;
  q: string;
  expect: string | null;
  got: string | null;
  outcome: string;
}

/** Follow-up accuracy for one set. */
export interface ConversationReport {
  conversations: number;
  first: { total: number; correct: number; accuracy: number };
  followUps: { total: number; correct: number; accuracy: number };
  misses: ConversationMiss[];
}

/** What the bot decided for a text message: the entry (null on fallback) and the outcome. */
type Decision = { id: string | null; outcome: string };

/** Runs each conversation through a fresh bot and scores every turn. */
export async function evaluateConversations(
  kb: CompiledKnowledge,
  conversations: readonly Conversation[],
  engine: EngineConfig,
): Promise<ConversationReport> {
  const report: ConversationReport = {
    conversations: conversations.length,
    first: { total: 0, correct: 0, accuracy: 0 },
    followUps: { total: 0, correct: 0, accuracy: 0 },
    misses: [],
  };
  for (const [index, conversation] of conversations.entries()) {
    let decision: Decision = { id: null, outcome: 'none' };
    const bot = createBot({
      knowledge: () => kb,
      engine,
      logger: silentLogger(),
      onDecision: (outcome, entryId) => {
        decision = { id: outcome === 'fallback' || outcome === 'empty' ? null : entryId, outcome };
      },
    });
    for (const [turn, { q, expect }] of conversation.turns.entries()) {
      decision = { id: null, outcome: 'none' };
      await bot.handle({
        kind: 'text',
        user: { platform: 'terminal', chatId: `eval-${index}`, userId: `eval-${index}` },
        text: q,
      });
      const bucket = turn === 0 ? report.first : report.followUps;
      bucket.total++;
      if (decision.id === expect) bucket.correct++;
      else
        report.misses.push({
          conversation: index + 1,
          turn: turn + 1,
          q,
          expect,
          got: decision.id,
          outcome: decision.outcome,
        });
    }
  }
  for (const bucket of [report.first, report.followUps])
    bucket.accuracy = bucket.total === 0 ? 1 : bucket.correct / bucket.total;
  return report;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Formats a conversation report for the terminal. */
export function formatConversationReport(report: ConversationReport, title: string, showMisses = true): string {
  const lines = [
    `== ${title}`,
    `conversations:           ${report.conversations}`,
    `first turns right topic: ${pct(report.first.accuracy)} (${report.first.correct}/${report.first.total})`,
    `follow-ups right topic:  ${pct(report.followUps.accuracy)} (${report.followUps.correct}/${report.followUps.total})`,
  ];
  if (showMisses) {
    lines.push(`misses (${report.misses.length}):`);
    for (const m of report.misses) {
      lines.push(
        `  ✗ #${m.conversation}.${m.turn} ${JSON.stringify(m.q)} expected ${m.expect ?? 'null'}, got ${m.got ?? 'null'} (${m.outcome})`,
      );
    }
  }
  return lines.join('\n');
}
