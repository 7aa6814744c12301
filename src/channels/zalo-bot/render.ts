/**
 * Turns platform-neutral replies into Zalo Bot messages. The Zalo Bot
 * Platform has no inline buttons, so action buttons become numbered options
 * ("Gõ số từ 1 đến 3 để chọn…", remembered per person by `OptionMemory`),
 * call buttons become "label: number" lines (Zalo makes numbers tappable),
 * and text is split cleanly under the 2,000-character limit.
 */
import type { Reply } from '../../core/message.ts';
import { renderNumbered } from '../numbered.ts';
import { splitPlainText } from '../split-text.ts';
import { ZALO_BOT_TEXT_LIMIT } from './client.ts';

/** The messages to send, in order, and the option payloads they offer (option n is payloads[n-1]). */
export interface ZaloBotRendering {
  texts: string[];
  payloads: string[];
}

/** Renders a batch of replies; `hintTemplate` is ui.options_hint ("… từ 1 đến {count} …"). */
export function renderZaloBotReplies(
  replies: readonly Reply[],
  hintTemplate: string,
  limit = ZALO_BOT_TEXT_LIMIT,
): ZaloBotRendering {
  const { texts, payloads } = renderNumbered(replies, hintTemplate);
  return { texts: texts.flatMap((text) => splitPlainText(text, limit)), payloads };
}
