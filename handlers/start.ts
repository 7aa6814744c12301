/** Greets a person and shows the topic menu (/start, first contact). */
import type { Handler } from './context.ts';
import { menuReply } from './replies.ts';

/** Greeting, then the menu. */
export const handleStart: Handler = (ctx) => [{ text: ctx.kb.ui.greeting }, menuReply(ctx.kb)];
