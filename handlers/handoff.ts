/**
 * Handing a person to a counsellor, as residents and staff read it: the
 * request ("cho tôi nói chuyện với người thật", the "a real person" button),
 * off-duty hours, the bot's silence while a counsellor has the conversation
 * (crisis replies excepted), and the staff group's buttons and replies. The
 * state lives in src/handoff/; the wording in ui.yaml › handoff.
 */
import { ChatAddress } from '../src/core/address.ts';
import { actionButton, type Incoming, type Reply } from '../src/core/message.ts';
import { buttonPayload, parsePayload } from '../src/core/payload.ts';
import { dutyStatus, formatDutyStart } from '../src/handoff/duty-hours.ts';
import { handoffIdIn } from '../src/handoff/service.ts';
import type { HandoffReason, HandoffWording, StaffRef } from '../src/handoff/types.ts';
import { fill } from '../src/kb/template.ts';
import { foldAccents } from '../src/text/fold.ts';
import type { CompiledKnowledge } from '../src/knowledge.ts';
import type { AnswerResult } from '../src/nlp/engine.ts';
import type { HandlerContext } from './context.ts';
import { hotlineButton, menuButton } from './replies.ts';

/** What the handoff service sends, in the words of ui.yaml › handoff. */
export function handoffWording(kb: CompiledKnowledge): HandoffWording {
  const ui = kb.ui.handoff;
  const code = (id: string): string => `#${id}`;
  return {
    announce: (handoff, excerpt) => ({
      text: fill(ui.staff_announce, {
        id: code(handoff.id),
        platform: kb.ui.platform_names[handoff.platform],
        reason: ui.reasons[handoff.reason],
        excerpt: excerpt || '…',
      }),
      buttons: [
        actionButton(ui.claim_button, buttonPayload.handoff.claim(handoff.id)),
        actionButton(ui.close_button, buttonPayload.handoff.close(handoff.id)),
      ],
    }),
    relay: (handoff, excerpt) => ({ text: fill(ui.staff_relay, { id: code(handoff.id), text: excerpt }) }),
    crisis: (handoff) => ({ text: fill(ui.staff_crisis, { id: code(handoff.id) }) }),
    claimed: (handoff, staff) => ({
      text: fill(ui.staff_claimed, { id: code(handoff.id), name: staff.name ?? staff.userId }),
      buttons: [actionButton(ui.close_button, buttonPayload.handoff.close(handoff.id))],
    }),
    closedForStaff: (handoff, end) => ({
      text: fill(ui.staff_closed, { id: code(handoff.id), how: ui.closed_how[end] }),
    }),
    notDelivered: (handoff) => ({ text: fill(ui.staff_not_delivered, { id: code(handoff.id) }) }),
    staffMessage: (text) => ({ text: `${ui.staff_prefix}\n${text}` }),
    closedForResident: (end) => [
      { text: end === 'timeout' ? ui.timed_out : ui.closed, buttons: [hotlineButton(kb), menuButton(kb)] },
    ],
  };
}

/** A text as cues are compared: lower case, no accents, words separated by single spaces, padded. */
function cueForm(text: string): string {
  return ` ${foldAccents(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** True when the message asks to talk to a person (a cue of ui.yaml › handoff.cues, as whole words). */
export function asksForPerson(kb: CompiledKnowledge, text: string): boolean {
  const message = cueForm(text);
  return cueFormsOf(kb.ui.handoff.cues).some((cue) => message.includes(cue));
}

/** The folded cues of one knowledge snapshot, folded once (this runs on every message). */
const foldedCues = new WeakMap<readonly string[], string[]>();

function cueFormsOf(cues: readonly string[]): string[] {
  let folded = foldedCues.get(cues);
  if (!folded) {
    folded = cues.map(cueForm);
    foldedCues.set(cues, folded);
  }
  return folded;
}

/**
 * Opens a handoff for the person (or says nobody is on duty until when);
 * undefined when neither a staff group nor the console is there to hand over
 * to, or the group could not be reached without the console.
 */
export async function requestHandoff(
  ctx: HandlerContext,
  reason: HandoffReason,
  text: string,
): Promise<Reply[] | undefined> {
  const handoff = ctx.services?.handoff;
  if (!handoff?.available) return undefined;
  const { kb } = ctx;
  const ui = kb.ui.handoff;
  const chatKey = ChatAddress.toKey(ctx.user);
  if (await handoff.activeFor(chatKey)) return [{ text: ui.already_open }];
  const duty = dutyStatus(kb.center.duty_hours, ctx.now());
  if (duty.kind === 'off') {
    ctx.log?.('info', { handoff: 'off-duty' }, 'handoff asked outside duty hours');
    return [{ text: fill(ui.off_duty, { next: formatDutyStart(duty.next) }), buttons: [hotlineButton(kb)] }];
  }
  // Nobody could be told (the staff group is unreachable and the console off): the caller gives the usual answer.
  if (!(await handoff.open(chatKey, reason, text))) return undefined;
  ctx.note('handoff');
  return [{ text: duty.kind === 'unknown' ? ui.opened_unknown_hours : ui.opened, buttons: [hotlineButton(kb)] }];
}

/**
 * While a counsellor has the conversation (a handoff, or a Zalo OA takeover),
 * the bot stays silent: what the person writes goes to the staff group, and
 * no reply is returned. Undefined lets the bot answer: nobody has taken over,
 * the message is in danger (the crisis reply is always sent), or it is
 * /xoadulieu.
 */
export async function whileHandedOver(
  ctx: HandlerContext,
  incoming: Incoming,
  result?: AnswerResult,
): Promise<Reply[] | undefined> {
  const handoff = ctx.services?.handoff;
  if (!handoff) return undefined;
  const chatKey = ChatAddress.toKey(ctx.user);
  const open = await handoff.activeFor(chatKey);
  if (!open && !handoff.isTakenOver(chatKey)) return undefined;
  if (incoming.kind === 'command' && incoming.command.toLowerCase() === 'xoadulieu') return undefined;
  if (incoming.kind === 'text' && result?.outcome === 'crisis') {
    if (open) await handoff.residentWrote(open, incoming.text, true);
    return undefined;
  }
  if (open) {
    if (incoming.kind === 'button') {
      const pressed = parsePayload(incoming.payload);
      if (pressed?.kind === 'safeguarding' && pressed.action?.kind === 'human')
        return [{ text: ctx.kb.ui.handoff.already_open }];
    }
    const text =
      incoming.kind === 'text'
        ? incoming.text
        : incoming.kind === 'command'
          ? `/${incoming.command} ${incoming.args}`.trim()
          : '';
    if (text) await handoff.residentWrote(open, text);
  }
  ctx.note('handoff');
  return [];
}

/**
 * A message in the staff group about a handoff: a claim or close button, or
 * a reply to a relayed request (its text goes to the resident). Undefined for
 * anything else, which the bot handles as usual.
 */
export async function handleStaffGroup(ctx: HandlerContext, incoming: Incoming): Promise<Reply[] | undefined> {
  const handoff = ctx.services?.handoff;
  if (!handoff?.isStaffChat(ctx.user)) return undefined;
  const staff: StaffRef = {
    platform: ctx.user.platform,
    userId: ctx.user.userId,
    ...(ctx.user.displayName ? { name: ctx.user.displayName } : {}),
  };
  const unknown = [{ text: ctx.kb.ui.handoff.staff_unknown }];
  if (incoming.kind === 'button') {
    const pressed = parsePayload(incoming.payload);
    if (pressed?.kind !== 'handoff') return undefined;
    const action = pressed.action;
    if (!action) return unknown;
    const done =
      action.kind === 'claim'
        ? (await handoff.claim(action.id, staff)) !== undefined
        : await handoff.close(action.id, 'staff', staff);
    // The service posts the outcome to the group itself.
    return done ? [] : unknown;
  }
  if (incoming.kind === 'text' && incoming.replyTo !== undefined) {
    const id = handoffIdIn(incoming.replyTo);
    if (!id) return undefined;
    const sent = await handoff.reply(id, staff, incoming.text);
    return sent === 'not-found' ? unknown : [];
  }
  return undefined;
}
