/**
 * Turns platform-neutral replies into Telegram messages: HTML parse mode with
 * everything escaped, text split cleanly under Telegram's 4,096-character
 * limit (which counts the text after entity parsing, so the plain text is
 * split first and each piece escaped), action buttons as an inline keyboard
 * (callback data ≤ 64 bytes).
 * Telegram has no "call" button, so phone numbers are written in the text as
 * plain digits, which Telegram clients make tappable.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { callLine, type Reply } from '../../core/message.ts';
import { splitPlainText } from '../split-text.ts';

/** Telegram's limit on a message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** One sendMessage call. */
export interface TelegramMessage {
  text: string;
  replyMarkup?: InlineKeyboardMarkup;
}

/** Escapes text for Telegram's HTML parse mode. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Renders one reply as one or more Telegram messages; the keyboard goes on the last. */
export function renderTelegramReply(reply: Reply): TelegramMessage[] {
  const lines = [reply.text.trimEnd()];
  const rows: InlineKeyboardButton[][] = [];
  for (const button of reply.buttons ?? []) {
    if (button.kind === 'call') {
      lines.push(callLine(button));
    } else if (byteLength(button.payload) <= CALLBACK_DATA_LIMIT) {
      rows.push([{ text: button.label, callback_data: button.payload }]);
    }
  }
  const calls = lines.slice(1);
  const text = calls.length > 0 ? `${lines[0]}\n\n${calls.join('\n')}` : (lines[0] as string);
  const pieces = splitPlainText(text, TELEGRAM_TEXT_LIMIT).map(escapeHtml);
  return pieces.map((piece, index) =>
    index === pieces.length - 1 && rows.length > 0
      ? { text: piece, replyMarkup: { inline_keyboard: rows } }
      : { text: piece },
  );
}
