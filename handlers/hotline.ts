/** The hotline (/hotline) and help (/help): fixed entries of the knowledge base. */
import type { Handler } from './context.ts';
import { handleEntry } from './topics.ts';

/** The hotline entry, with its call button. */
export const handleHotline: Handler = (ctx) => handleEntry(ctx, 'hotline');

/** What the bot can do and how to use it. */
export const handleHelp: Handler = (ctx) => handleEntry(ctx, 'bot-help');
