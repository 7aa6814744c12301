/**
 * A notice exactly as each platform shows it: rendered by the channels' own
 * renderers (message splits included), so what staff see before sending is
 * what residents get.
 */
import { renderTelegramReply } from '../channels/telegram/render.ts';
import { renderZaloBotReplies } from '../channels/zalo-bot/render.ts';
import { renderZaloOaReplies } from '../channels/zalo-oa/render.ts';
import type { Platform } from '../core/message.ts';
import { noticeReplies } from '../delivery/notice.ts';

/** The messages one platform sends for a notice, as residents read them. */
export interface PlatformPreview {
  platform: Exclude<Platform, 'terminal'>;
  messages: string[];
}

/** Telegram's HTML parse mode shows these entities as the characters they stand for. */
const unescapeTelegram = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The notice on Telegram, Zalo Bot and Zalo OA; the hint texts are the knowledge's `ui.options_hint` and `ui.more_options`. */
export function previewNotice(text: string, ui: { options_hint: string; more_options: string }): PlatformPreview[] {
  const replies = noticeReplies(text);
  return [
    { platform: 'telegram', messages: replies.flatMap(renderTelegramReply).map((m) => unescapeTelegram(m.text)) },
    { platform: 'zalo-bot', messages: renderZaloBotReplies(replies, ui.options_hint).texts },
    { platform: 'zalo-oa', messages: renderZaloOaReplies(replies, ui.more_options).map((m) => m.text) },
  ];
}
