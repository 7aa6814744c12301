/**
 * The handoffs and Zalo OA takeovers, kept in `DATA_DIR/handoffs.json` so that
 * a restart neither forgets who is talking to a counsellor nor lets the bot
 * interrupt them. Written whole (temp file, fsync, rename) after each change,
 * one write at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../store/disk.ts';
import type { Handoff } from './types.ts';

/** What the file holds. */
export interface HandoffState {
  /** The number of the next handoff code ("H<next>"). */
  next: number;
  handoffs: Handoff[];
  /** Zalo OA chats a counsellor answered from the OA Manager: chat key → silent until (ISO 8601). */
  takeovers: Record<string, string>;
}

const staffSchema = z.object({
  platform: z.enum(['terminal', 'telegram', 'zalo-bot', 'zalo-oa', 'console']),
  userId: z.string(),
  name: z.string().optional(),
});
const handoffSchema = z.object({
  id: z.string(),
  chatKey: z.string(),
  platform: z.enum(['terminal', 'telegram', 'zalo-bot', 'zalo-oa']),
  reason: z.enum(['asked', 'button']),
  state: z.enum(['open', 'claimed', 'closed']),
  openedAt: z.string(),
  lastActivityAt: z.string(),
  claimedBy: staffSchema.optional(),
  closedAt: z.string().optional(),
  endedBy: z.enum(['staff', 'timeout', 'resident']).optional(),
  messages: z.array(z.object({ from: z.enum(['resident', 'staff']), text: z.string(), at: z.string() })),
});
const stateSchema = z.object({
  next: z.number().int().min(1),
  handoffs: z.array(handoffSchema),
  takeovers: z.record(z.string(), z.string()),
});

/** The file's name under DATA_DIR. */
const HANDOFF_FILE = 'handoffs.json';

/** Reads and writes the handoff state of one data folder. */
export class HandoffFile {
  private readonly path: string;
  private writing: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.path = join(dataDir, HANDOFF_FILE);
  }

  /** The stored state; empty when there is no file yet. A damaged file is an error: it must not silently reopen the bot on people. */
  load(): HandoffState {
    let raw: string;
    try {
      raw = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { next: 1, handoffs: [], takeovers: {} };
      throw error;
    }
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${this.path} is not a handoff state file: ${parsed.error.message}`);
    return parsed.data as HandoffState;
  }

  /** Writes the state durably, after any write in progress; resolves once it is on the disk. */
  save(state: HandoffState): Promise<void> {
    const content = `${JSON.stringify(state)}\n`;
    const write = this.writing.then(() => writeFileDurably(this.path, content));
    this.writing = write.catch(() => undefined);
    return write;
  }
}
