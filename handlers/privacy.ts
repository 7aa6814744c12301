/** /xoadulieu: delete what the bot stores about a person. */
import type { Handler } from './context.ts';

/** The core bot stores nothing about a person yet, and says so plainly. */
export const handleDeleteMyData: Handler = (ctx) => [{ text: ctx.kb.ui.nothing_stored }];
