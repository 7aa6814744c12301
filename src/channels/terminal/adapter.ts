/**
 * The terminal as a platform: the local chat is a real subscriber platform,
 * so reminders and notices reach the person at the terminal and the whole
 * flow can be tried without any token. Typed input is read by
 * `runTerminalChat`; this adapter prints what is pushed.
 */
import type { Reply } from '../../core/message.ts';
import type { ChannelAdapter, ChatTarget } from '../adapter.ts';

/** Prints pushed messages into the terminal chat. */
export class TerminalAdapter implements ChannelAdapter {
  readonly platform = 'terminal' as const;
  readonly webhook = undefined;
  readonly status = 'ready';

  constructor(private readonly output: NodeJS.WritableStream) {}

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  async send(_to: ChatTarget, replies: readonly Reply[]): Promise<void> {
    for (const reply of replies) {
      const calls = (reply.buttons ?? []).flatMap((b) => (b.kind === 'call' ? [`${b.label}: ${b.phone}`] : []));
      const text = [reply.text, ...calls].join('\n');
      this.output.write(`\n🔔 Trợ lý › ${text.replace(/\n/g, '\n           ')}\n`);
    }
  }
}
