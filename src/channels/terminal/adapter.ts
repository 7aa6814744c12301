/**
 * The terminal as a platform: the local chat is a real subscriber platform,
 * so reminders and notices reach the person at the terminal and the whole
 * flow can be tried without any token. `runTerminalChat` reads typed lines;
 * this adapter prints every reply: live ones with numbered options (typing
 * the number picks one), pushed ones marked with a bell.
 */
import type { Incoming, Reply, UserRef } from '../../core/message.ts';
import type { ChatAddress } from '../../core/address.ts';
import type { ChannelAdapter, SendOptions } from '../adapter.ts';
import { OptionMemory, renderNumbered } from '../numbered.ts';

const COMMAND = /^\/([a-z_]+)(?:@\S+)?\s*(.*)$/i;

/** Turns a typed line into an incoming message: an option number the person was offered, a command, or text. */
export function parseTerminalLine(user: UserRef, line: string, memory: OptionMemory): Incoming {
  const picked = memory.resolve(user, line);
  if (picked) return picked;
  const command = COMMAND.exec(line.trim());
  if (command) return { kind: 'command', user, command: (command[1] as string).toLowerCase(), args: command[2] ?? '' };
  return { kind: 'text', user, text: line };
}

/** Prints the bot's replies into the terminal chat. */
export class TerminalAdapter implements ChannelAdapter {
  readonly platform = 'terminal' as const;
  readonly webhook = undefined;
  readonly status = 'ready';
  /** One person at the terminal: only their last options are kept. */
  private readonly memory = new OptionMemory(1);

  constructor(
    private readonly output: NodeJS.WritableStream,
    /** ui.options_hint, read at send time so knowledge edits apply at once. */
    private readonly optionsHint: () => string,
  ) {}

  async start(): Promise<void> {}

  /** Lines are answered in order by the chat itself: nothing is pending here. */
  async idle(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Turns a typed line into an incoming message, picking from the options last printed. */
  readLine(user: UserRef, line: string): Incoming {
    return parseTerminalLine(user, line, this.memory);
  }

  async send(to: ChatAddress, replies: readonly Reply[], options: SendOptions = {}): Promise<void> {
    if (options.live) {
      const { texts, payloads } = renderNumbered(replies, this.optionsHint());
      this.memory.remember(to, payloads);
      for (const text of texts) this.output.write(`\nTrợ lý › ${text.replace(/\n/g, '\n         ')}\n`);
      return;
    }
    for (const reply of replies) {
      const calls = (reply.buttons ?? []).flatMap((b) => (b.kind === 'call' ? [`${b.label}: ${b.phone}`] : []));
      const text = [reply.text, ...calls].join('\n');
      this.output.write(`\n🔔 Trợ lý › ${text.replace(/\n/g, '\n           ')}\n`);
    }
  }
}
