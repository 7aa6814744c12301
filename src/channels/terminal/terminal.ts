/**
 * The local chat: anyone can try the bot in a terminal without any token.
 * Buttons are numbered options; typing the number picks one.
 */
import { createInterface } from 'node:readline';
import type { Bot } from '../../core/bot.ts';
import type { Incoming, UserRef } from '../../core/message.ts';
import type { Knowledge } from '../../kb/load.ts';
import { OptionMemory, renderNumbered } from '../numbered.ts';

/** Where the terminal chat reads and writes. */
export interface TerminalOptions {
  bot: Bot;
  knowledge: () => Knowledge;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const QUIT = new Set(['/thoat', '/exit', '/quit', 'thoát', 'thoat']);
const COMMAND = /^\/([a-z_]+)(?:@\S+)?\s*(.*)$/i;

/** Turns a typed line into an incoming message. */
export function parseTerminalLine(user: UserRef, line: string, memory: OptionMemory): Incoming {
  const picked = memory.resolve(user, line);
  if (picked) return picked;
  const command = COMMAND.exec(line.trim());
  if (command) return { kind: 'command', user, command: (command[1] as string).toLowerCase(), args: command[2] ?? '' };
  return { kind: 'text', user, text: line };
}

/** Runs the chat until the person quits or input ends. */
export async function runTerminalChat(options: TerminalOptions): Promise<void> {
  const { bot, output } = options;
  const user: UserRef = { platform: 'terminal', chatId: 'local', userId: 'local', displayName: 'Bạn' };
  const memory = new OptionMemory(1);
  const interactive = (options.input as NodeJS.ReadStream).isTTY === true;
  const rl = createInterface({ input: options.input, output, terminal: interactive, prompt: '\nBạn › ' });
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };

  const respond = async (incoming: Incoming): Promise<void> => {
    const replies = await bot.handle(incoming);
    const { texts, payloads } = renderNumbered(replies, options.knowledge().ui.options_hint);
    memory.remember(user, payloads);
    for (const text of texts) write(`\nTrợ lý › ${text.replace(/\n/g, '\n         ')}`);
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
        await respond(parseTerminalLine(user, line, memory));
        if (interactive && !quitting) rl.prompt();
      });
    });
    rl.on('close', () => {
      void chain.then(() => resolveDone());
    });
  });
  write(`\n${options.knowledge().ui.terminal_bye}`);
}
