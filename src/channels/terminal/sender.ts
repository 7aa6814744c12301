/**
 * Delivers reminders and notices to the person at the terminal (the local
 * chat is a real subscriber platform, so the whole flow can be tried without
 * any token).
 */
import type { Reply } from '../../core/message.ts';
import type { Sender } from '../../delivery/types.ts';

/** Prints pushed messages into the terminal chat. */
export class TerminalSender implements Sender {
  readonly platform = 'terminal' as const;

  constructor(private readonly output: NodeJS.WritableStream) {}

  async send(_chatId: string, replies: readonly Reply[]): Promise<void> {
    for (const reply of replies) {
      const calls = (reply.buttons ?? []).flatMap((b) => (b.kind === 'call' ? [`${b.label}: ${b.phone}`] : []));
      const text = [reply.text, ...calls].join('\n');
      this.output.write(`\n🔔 Trợ lý › ${text.replace(/\n/g, '\n           ')}\n`);
    }
  }
}
