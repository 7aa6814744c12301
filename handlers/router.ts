/**
 * Maps an incoming message to the handler that deals with it: a command, a
 * button payload, free text, or content the bot cannot read.
 */
import type { Incoming, Reply } from '../src/core/message.ts';
import { handleQuestion } from './ask.ts';
import type { HandlerContext } from './context.ts';
import { handleHelp, handleHotline } from './hotline.ts';
import { handleDeleteMyData } from './privacy.ts';
import { menuReply } from './replies.ts';
import { handleStart } from './start.ts';
import { handleEntry, handleGroup, handleMenu } from './topics.ts';

type CommandHandler = (ctx: HandlerContext) => Reply[] | Promise<Reply[]>;

/** Commands the bot understands, by name without the slash. */
const COMMANDS: Record<string, CommandHandler> = {
  start: (ctx) => handleStart(ctx),
  help: (ctx) => handleHelp(ctx),
  trogiup: (ctx) => handleHelp(ctx),
  hotline: (ctx) => handleHotline(ctx),
  chude: (ctx) => handleMenu(ctx),
  menu: (ctx) => handleMenu(ctx),
  xoadulieu: (ctx) => handleDeleteMyData(ctx),
  // Subscriptions and events arrive with their own issue; until then, say so honestly.
  dangky: (ctx) => [{ text: ctx.kb.ui.coming_soon }],
  huydangky: (ctx) => [{ text: ctx.kb.ui.coming_soon }],
  sukien: (ctx) => [{ text: ctx.kb.ui.coming_soon }],
};

/** The command names, for channels that publish a command list. */
export const COMMAND_NAMES = Object.keys(COMMANDS);

/** Runs the handler for one incoming message. */
export async function routeIncoming(ctx: HandlerContext, incoming: Incoming): Promise<Reply[]> {
  switch (incoming.kind) {
    case 'command': {
      ctx.note('command');
      const handler = COMMANDS[incoming.command.toLowerCase()];
      return handler ? handler(ctx) : [{ text: ctx.kb.ui.unknown_command }, menuReply(ctx.kb)];
    }
    case 'button': {
      ctx.note('button');
      const [kind, ...rest] = incoming.payload.split(':');
      const arg = rest.join(':');
      if (kind === 'e') return handleEntry(ctx, arg);
      if (kind === 'g') return handleGroup(ctx, arg);
      if (kind === 'menu') return handleMenu(ctx);
      return [{ text: ctx.kb.ui.unknown_button }, menuReply(ctx.kb)];
    }
    case 'text':
      return handleQuestion(ctx, incoming.text);
    case 'unsupported':
      ctx.note('unsupported');
      return [{ text: ctx.kb.ui.unsupported_content }, menuReply(ctx.kb)];
  }
}
