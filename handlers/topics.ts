/** Browsing: the topic menu, a group's entries, and one entry. */
import type { Reply } from '../src/core/message.ts';
import type { Handler, HandlerContext } from './context.ts';
import { englishEntryReply, entryReply, groupReply, menuReply } from './replies.ts';

/** The topic menu (/chude, the menu button). */
export const handleMenu: Handler = (ctx) => [menuReply(ctx.kb)];

/** A group's entries; an unknown group shows the menu again. */
export const handleGroup: Handler<string> = (ctx, groupId) => {
  const reply = groupReply(ctx.kb, groupId);
  return reply ? [reply] : unknownChoice(ctx.kb.ui.unknown_button, menuReply(ctx.kb));
};

/**
 * One entry by id (a related-topic or menu button); a stale id shows the menu.
 * A button from under an English reply opens the entry's English answer.
 */
export const handleEntry = (ctx: HandlerContext, entryId: string, english = false): Reply[] => {
  const entry = ctx.kb.entries.get(entryId);
  if (!entry) return unknownChoice(ctx.kb.ui.unknown_button, menuReply(ctx.kb));
  return [(english && englishEntryReply(ctx.kb, entry)) || entryReply(ctx.kb, entry)];
};

function unknownChoice(text: string, menu: Reply): Reply[] {
  return [{ text }, menu];
}
