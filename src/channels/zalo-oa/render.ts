/**
 * Turns platform-neutral replies into Zalo OA consultation messages.
 *
 * Every message to a person counts against Zalo's allowance of free replies
 * (8 within 48 hours of their last message), so one batch of replies is
 * merged into as few messages as possible: the texts joined into one, split
 * cleanly under 2,000 characters, with the buttons on the last piece. Action
 * buttons become `oa.query.hide` buttons whose payload comes back as a
 * hidden message from the person ("#ctxh e:hotline"); call buttons become
 * `oa.open.phone` buttons that open the phone's dialler. Past five buttons,
 * the rest follow in extra messages.
 */
import type { Button, Reply } from '../../core/message.ts';
import { splitPlainText } from '../split-text.ts';
import type { ZaloOaButton, ZaloOaMessage } from './client.ts';

/** Longest text of one message, in characters (documented for text messages; assumed with buttons too). */
const ZALO_OA_TEXT_LIMIT = 2000;
/** Most buttons on one message (assumed from public integrations; not stated in the docs we found). */
export const ZALO_OA_MAX_BUTTONS = 5;
/** Longest button title, in characters. */
const ZALO_OA_BUTTON_TITLE_LIMIT = 100;
/** Marks a query-button payload, so a tap is told apart from typed text. */
const ZALO_OA_PAYLOAD_PREFIX = '#ctxh ';

/** The button payload inside a message sent by tapping one of our query buttons, if it is one. */
export function decodeZaloOaPayload(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith(ZALO_OA_PAYLOAD_PREFIX.trim())) return undefined;
  const payload = trimmed.slice(ZALO_OA_PAYLOAD_PREFIX.trim().length).trim();
  return payload.length > 0 ? payload : undefined;
}

function title(label: string): string {
  return label.length <= ZALO_OA_BUTTON_TITLE_LIMIT ? label : `${label.slice(0, ZALO_OA_BUTTON_TITLE_LIMIT - 1)}…`;
}

function toOaButton(button: Button): ZaloOaButton {
  if (button.kind === 'call')
    return { title: title(button.label), type: 'oa.open.phone', payload: { phone_code: button.phone } };
  return { title: title(button.label), type: 'oa.query.hide', payload: `${ZALO_OA_PAYLOAD_PREFIX}${button.payload}` };
}

function buttonKey(button: Button): string {
  return button.kind === 'call' ? `call:${button.phone}` : `action:${button.payload}`;
}

/**
 * Renders one batch of replies as consultation messages. `moreOptionsText`
 * (ui.more_options) heads the extra messages that carry buttons past the fifth.
 */
export function renderZaloOaReplies(
  replies: readonly Reply[],
  moreOptionsText: string,
  limit = ZALO_OA_TEXT_LIMIT,
): ZaloOaMessage[] {
  const text = replies
    .map((r) => r.text.trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
  // The same button in two replies of a batch (the hotline under the fallback and under the menu) is shown once.
  const seen = new Set<string>();
  const buttons: ZaloOaButton[] = [];
  for (const button of replies.flatMap((r) => r.buttons ?? [])) {
    const key = buttonKey(button);
    if (seen.has(key)) continue;
    seen.add(key);
    buttons.push(toOaButton(button));
  }
  const pieces = text.length > 0 ? splitPlainText(text, limit) : [];
  if (pieces.length === 0 && buttons.length > 0) pieces.push(moreOptionsText);
  const messages: ZaloOaMessage[] = pieces.map((piece) => ({ text: piece }));
  for (let start = 0; start < buttons.length; start += ZALO_OA_MAX_BUTTONS) {
    const chunk = buttons.slice(start, start + ZALO_OA_MAX_BUTTONS);
    const attachment = { type: 'template' as const, payload: { buttons: chunk } };
    if (start === 0) {
      const last = messages[messages.length - 1] as ZaloOaMessage;
      last.attachment = attachment;
    } else {
      messages.push({ text: moreOptionsText, attachment });
    }
  }
  return messages;
}
