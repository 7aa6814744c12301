/**
 * A free-text question, as the answer engine decided it: safeguarding first
 * (danger now or a disclosure), then the best entry, close candidates, or an
 * honest "not sure" with the hotline. A message of only crying emoji gets a
 * gentle word.
 */
import type { Reply } from '../src/core/message.ts';
import type { AnswerResult } from '../src/nlp/engine.ts';
import type { Handler } from './context.ts';
import { checkButtons, entryButtons, entryReply, fallbackReplies, hotlineButton, menuButton, menuReply } from './replies.ts';
import { safeguardingReplies } from './safeguarding.ts';

/** Answers one typed question, given the engine's decision about it. */
export const handleQuestion: Handler<AnswerResult> = (ctx, result) => {
  const { kb } = ctx;
  if (result.outcome === 'crisis' || result.outcome === 'disclosure') return safeguardingReplies(ctx, result);
  ctx.note(result.outcome, result.entryId);
  if (result.distressEmojiOnly) return [{ text: kb.ui.feeling_down, buttons: [hotlineButton(kb)] }, menuReply(kb)];
  return vietnameseReplies(ctx, result);
};

const vietnameseReplies: Handler<AnswerResult> = (ctx, result) => {
  const { kb } = ctx;
  const notice: Reply[] = result.truncated ? [{ text: kb.ui.long_message }] : [];
  switch (result.outcome) {
    case 'crisis':
    case 'disclosure':
      return safeguardingReplies(ctx, result);
    case 'empty':
      return [{ text: kb.ui.empty_message }, menuReply(kb)];
    case 'answer': {
      const entry = kb.entries.get(result.entryId as string);
      return entry ? [...notice, entryReply(kb, entry)] : fallbackReplies(kb);
    }
    case 'did-you-mean': {
      const ids = [result.entryId as string, ...result.alternatives.map((c) => c.id)];
      // "nhà tôi nghèo có được trợ cấp gì không" often lands here: the check answers it better than any one entry.
      const check = ids.some((id) => kb.eligibility?.offerOn.has(id)) ? checkButtons(kb) : [];
      return [...notice, { text: kb.ui.did_you_mean, buttons: [...entryButtons(kb, ids), ...check, hotlineButton(kb), menuButton(kb)] }];
    }
    case 'fallback':
      return [...notice, ...fallbackReplies(kb)];
  }
};
