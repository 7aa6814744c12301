/**
 * Maps an incoming message to the handler that deals with it: a command, a
 * button payload, free text, or content the bot cannot read.
 */
import { ENTRY_IDS } from '../src/kb/entry-ids.ts';
import type { Incoming, Reply } from '../src/core/message.ts';
import { parsePayload } from '../src/core/payload.ts';
import type { HandlerContext } from './context.ts';
import { forgetCheck, handleCheckButton, handleTextWithCheck, startCheck } from './eligibility.ts';
import { handleConsoleLogin } from './console-login.ts';
import { handleEvents } from './events.ts';
import { forgetAnswered, handleFeedbackButton } from './feedback.ts';
import { handleHelp, handleHotline } from './hotline.ts';
import {
  handleBroadcastButton,
  handleBroadcastCancel,
  handleBroadcastCommand,
  handleBroadcastProgress,
} from './broadcast.ts';
import {
  handleArea,
  handleDeleteMyData,
  handleSubscribe,
  handleSubscribeButton,
  handleUnsubscribe,
} from './subscribe.ts';
import { closeSubscribeScreen, handleSubscribeText } from './subscribe.ts';
import { englishEntryReply, entryReply, menuReply } from './replies.ts';
import { handleSafeguardingButton, safeguardingReplies } from './safeguarding.ts';
import {
  answerInContext,
  forgetContext,
  rememberSafeguardingTopic,
  rememberTopic,
  safeAfterDanger,
  writeHeldContext,
} from './followup.ts';
import { handleStart } from './start.ts';
import { asksForPerson, handleStaffGroup, requestHandoff, whileHandedOver } from './handoff.ts';
import { handleEntry, handleGroup, handleMenu } from './topics.ts';
import { isEnglishText } from '../src/nlp/engine.ts';

type CommandHandler = (ctx: HandlerContext, args: string) => Reply[] | Promise<Reply[]>;

/** Commands the bot understands, by name without the slash. */
const COMMANDS: Record<string, CommandHandler> = {
  start: (ctx) => handleStart(ctx),
  help: (ctx) => handleHelp(ctx),
  trogiup: (ctx) => handleHelp(ctx),
  hotline: (ctx) => handleHotline(ctx),
  chude: (ctx) => handleMenu(ctx),
  menu: (ctx) => handleMenu(ctx),
  xoadulieu: (ctx) => deleteMyData(ctx),
  kiemtra: (ctx) => startCheck(ctx),
  dangky: (ctx) => handleSubscribe(ctx),
  huydangky: (ctx) => handleUnsubscribe(ctx),
  khuvuc: (ctx, args) => handleArea(ctx, args),
  thongbao: (ctx, args) => handleBroadcastCommand(ctx, args),
  tiendo: (ctx) => handleBroadcastProgress(ctx),
  huythongbao: (ctx) => handleBroadcastCancel(ctx),
  sukien: (ctx) => handleEvents(ctx),
  dangnhap: (ctx) => handleConsoleLogin(ctx),
};

/** /xoadulieu: subscriptions, any eligibility check in progress, and the conversation context. */
async function deleteMyData(ctx: HandlerContext): Promise<Reply[]> {
  // The context is only a few minutes of "what we were talking about": deleted without a word of its own.
  await forgetContext(ctx);
  await forgetAnswered(ctx);
  const check = await forgetCheck(ctx);
  const rest = await handleDeleteMyData(ctx);
  // Right after deleting a check, "nothing is stored" would read as a contradiction: say only what was deleted.
  return check.length > 0 && rest.length === 1 && rest[0]?.text === ctx.kb.ui.nothing_stored
    ? check
    : [...check, ...rest];
}

/** Runs the handler for one incoming message; the conversation context it leaves is written once, at the end. */
export async function routeIncoming(ctx: HandlerContext, incoming: Incoming): Promise<Reply[]> {
  try {
    return await routeMessage(ctx, incoming);
  } finally {
    await writeHeldContext(ctx);
  }
}

async function routeMessage(ctx: HandlerContext, incoming: Incoming): Promise<Reply[]> {
  // The staff group is staff at work, not a resident: its handoff buttons and replies go to the handoff.
  const staffWork = await handleStaffGroup(ctx, incoming);
  if (staffWork) return staffWork;
  // Any command or button leaves a subscription screen; /dangky and its buttons open it again.
  if (incoming.kind !== 'text') await closeSubscribeScreen(ctx);
  // While a counsellor has the conversation the bot stays silent (text is checked for danger first, below).
  const handedOver = incoming.kind === 'text' ? undefined : await whileHandedOver(ctx, incoming);
  if (handedOver) return handedOver;
  switch (incoming.kind) {
    case 'command': {
      ctx.note('command');
      const handler = COMMANDS[incoming.command.toLowerCase()];
      return handler ? handler(ctx, incoming.args) : [{ text: ctx.kb.ui.unknown_command }, menuReply(ctx.kb)];
    }
    case 'button': {
      ctx.note('button');
      return routeButton(ctx, incoming.payload);
    }
    case 'text': {
      // Safety before any flow: danger or a disclosure is answered as such even in the middle of /kiemtra or /dangky.
      const result = ctx.answers.find(ctx.kb, incoming.text, ctx.engine);
      // A counsellor has the conversation: only a crisis reply is sent (and the counsellor is alerted).
      const withCounsellor = await whileHandedOver(ctx, incoming, result);
      if (withCounsellor) return withCounsellor;
      if (result.outcome === 'crisis' || result.outcome === 'disclosure') {
        const replies = safeguardingReplies(ctx, result);
        await rememberSafeguardingTopic(ctx, result);
        return replies;
      }
      if (asksForPerson(ctx.kb, incoming.text)) {
        // A counsellor when the center has a staff group or console; otherwise the "a real person" button's answer.
        const handedTo = await requestHandoff(ctx, 'asked', incoming.text);
        if (handedTo) return handedTo;
        ctx.note('answer');
        return handleSafeguardingButton(ctx, {
          kind: 'human',
          situation: undefined,
          english: isEnglishText(ctx.kb, incoming.text),
        });
      }
      // Right after a /dangky screen, or while an eligibility check runs, the text may be its answer;
      // otherwise the engine's answer, read in the light of the conversation so far ("ở đâu" after an
      // answer about allowances).
      const subscribed = await handleSubscribeText(ctx, incoming.text, result);
      if (subscribed) return subscribed;
      // "Em chạy sang nhà hàng xóm rồi, an toàn rồi" right after an emergency reply: as the "Tôi đang an toàn" button.
      const safe = await safeAfterDanger(ctx, incoming.text);
      if (safe) {
        // Then, as after a disclosure, how the center helps with what happened (the violence services, not 115 again).
        const entryId = ctx.kb.safeguarding.text.situations[safe.situation]?.entry;
        const entry = entryId && entryId !== ENTRY_IDS.emergency ? ctx.kb.entries.get(entryId) : undefined;
        ctx.note('answer', entry?.id ?? ENTRY_IDS.greeting);
        const replies = handleSafeguardingButton(ctx, { kind: 'safe', ...safe });
        if (!entry) return replies;
        await rememberTopic(ctx, entry.id);
        return [...replies, (safe.english && englishEntryReply(ctx.kb, entry)) || entryReply(ctx.kb, entry)];
      }
      const inContext = await answerInContext(ctx, incoming.text, result);
      // Still about the emergency just answered ("giờ làm gì"): that situation's emergency reply again.
      if (inContext.outcome === 'crisis') {
        const replies = safeguardingReplies(ctx, inContext);
        await rememberSafeguardingTopic(ctx, inContext);
        return replies;
      }
      return handleTextWithCheck(ctx, incoming.text, inContext);
    }
    case 'unsupported':
      ctx.note('unsupported');
      // A protected account (a child, someone who cannot read) gets one short line with the numbers to call, no menu.
      if (incoming.what === 'protected') return [{ text: ctx.kb.ui.protected_user }];
      return [{ text: ctx.kb.ui.unsupported_content }, menuReply(ctx.kb)];
  }
}

/** Runs the handler for a pressed button; a payload of no feature gets the menu. */
async function routeButton(ctx: HandlerContext, payload: string): Promise<Reply[]> {
  const button = parsePayload(payload);
  switch (button?.kind) {
    case 'entry':
      await rememberTopic(ctx, button.id);
      return handleEntry(ctx, button.id, button.english);
    case 'group':
      return handleGroup(ctx, button.id);
    case 'menu':
      return handleMenu(ctx);
    case 'subscribe':
      return handleSubscribeButton(ctx, button.action);
    case 'broadcast':
      return handleBroadcastButton(ctx, button.action, payload);
    case 'check':
      return handleCheckButton(ctx, button.action);
    case 'safeguarding': {
      const replies = handleSafeguardingButton(ctx, button.action);
      if (button.action?.kind !== 'human') return replies;
      // "Tôi cần nói chuyện với người thật": the numbers first, then a counsellor when the center has one.
      return [...replies, ...((await requestHandoff(ctx, 'button', '')) ?? [])];
    }
    case 'feedback':
      return handleFeedbackButton(ctx, button.action);
    default:
      return [{ text: ctx.kb.ui.unknown_button }, menuReply(ctx.kb)];
  }
}
