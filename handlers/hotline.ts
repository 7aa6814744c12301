/** The hotline (/hotline) and help (/help): fixed entries of the knowledge base. */
import { ENTRY_IDS } from '../src/kb/entry-ids.ts';
import type { Handler } from './context.ts';
import { handleEntry } from './topics.ts';

/** The hotline entry, with its call button. */
export const handleHotline: Handler = (ctx) => handleEntry(ctx, ENTRY_IDS.hotline);

/** What the bot can do and how to use it. */
export const handleHelp: Handler = (ctx) => handleEntry(ctx, ENTRY_IDS.botHelp);
