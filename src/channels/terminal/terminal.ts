/**
 * The local chat: anyone can try the bot in a terminal without any token.
 * Buttons are numbered options; typing the number picks one. Replies go
 * through the terminal adapter's `send`, as notices do.
 */
import { createInterface } from 'node:readline';
import type { Incoming, UserRef } from '../../core/message.ts';
import type { Knowledge } from '../../kb/load.ts';
import type { Responder } from '../adapter.ts';
import { TerminalAdapter } from './adapter.ts';

/** Where the terminal chat reads and writes. */
export interface TerminalOptions {
  bot: Responder;
  knowledge: () => Knowledge;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The runtime's terminal adapter (which also prints notices); one over `output` by default. */
  channel?: TerminalAdapter | undefined;
}

const QUIT = new Set(['/thoat', '/exit', '/quit', 'thoát', 'thoat']);

/** Runs the chat until the person quits or input ends. */
export async function runTerminalChat(options: TerminalOptions): Promise<void> {
  const { bot, output } = options;
  const user: UserRef = { platform: 'terminal', chatId: 'local', userId: 'local', displayName: 'Bạn' };
  const channel = options.channel ?? new TerminalAdapter(output, () => options.knowledge().ui.options_hint);
  const interactive = (options.input as NodeJS.ReadStream).isTTY === true;
  const rl = createInterface({ input: options.input, output, terminal: interactive, prompt: '\nBạn › ' });
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };

  const respond = async (incoming: Incoming): Promise<void> => {
    await channel.send(user, await bot.handle(incoming), { live: true });
  };

  write(options.knowledge().ui.terminal_intro);

  // Lines are handled one at a time, in order, even when input arrives faster
  // than replies (a pasted block, or a pipe that closes at once). Listeners are
  // attached before anything is awaited so no early line is lost.
  await new Promise<void>((resolveDone) => {
    let chain = respond({ kind: 'command', user, command: 'start', args: '' }).then(() => {
      if (interactive) rl.prompt();
    });
    let quitting = false;
    rl.on('line', (line) => {
      if (quitting) return;
      if (QUIT.has(line.trim().toLowerCase())) {
        quitting = true;
        rl.close();
        return;
      }
      chain = chain.then(async () => {
        if (!interactive) write(`\nBạn › ${line}`);
        await respond(channel.readLine(user, line));
        if (interactive && !quitting) rl.prompt();
      });
    });
    rl.on('close', () => {
      void chain.then(() => resolveDone());
    });
  });
  write(`\n${options.knowledge().ui.terminal_bye}`);
}
