/**
 * A free-text question, as the answer engine decided it: safeguarding first
 * (danger now or a disclosure; a safety check-in before a did-you-mean or
 * "not sure" that carries a weaker danger signal), then the best entry, close candidates, the
 * agency that handles it, or an honest "not sure" with the hotline. A
 * message of only crying emoji gets a gentle word; an English message gets a
 * short English reply.
 */
import type { CompiledKnowledge } from '../src/knowledge.ts';
import type { Button, Reply } from '../src/core/message.ts';
import { parsePayload } from '../src/core/payload.ts';
import type { AnswerResult } from '../src/nlp/engine.ts';
import type { Handler } from './context.ts';
import {
  aspectOnlyReply,
  checkButtons,
  entryButtons,
  englishButton,
  englishEntryReply,
  entryReply,
  fallbackReplies,
  hotlineButton,
  ledBy,
  menuButton,
  menuReply,
  referralReplies,
} from './replies.ts';
import { feedbackButtons } from './feedback.ts';
import { concernReplies, safeguardingReplies } from './safeguarding.ts';

/** Buttons one Zalo OA message carries; more would send a second message holding only buttons. */
const BUTTONS_PER_MESSAGE = 5;

/**
 * The answer with 👍/👎 added after its buttons. Related topics give way
 * (last first) so that the whole still fits one message on every platform;
 * call buttons, the check and the menu stay.
 */
function withVotes(reply: Reply, votes: Button[]): Reply {
  if (votes.length === 0) return reply;
  const buttons = [...(reply.buttons ?? [])];
  for (let i = buttons.length - 1; i >= 0 && buttons.length + votes.length > BUTTONS_PER_MESSAGE; i--) {
    const button = buttons[i];
    if (button?.kind === 'action' && parsePayload(button.payload)?.kind === 'entry') buttons.splice(i, 1);
  }
  return { ...reply, buttons: [...buttons, ...votes] };
}

/** How many of the center's close topics a referral also offers (more would read as the old did-you-mean). */
const REFERRAL_TOPICS = 1;

/** Answers one typed question, given the engine's decision about it. */
export const handleQuestion: Handler<AnswerResult> = (ctx, result) => {
  const { kb } = ctx;
  if (result.outcome === 'crisis' || result.outcome === 'disclosure') return safeguardingReplies(ctx, result);
  ctx.note(result.outcome, result.entryId, result.aspectLead);
  if (result.concern && (result.outcome === 'did-you-mean' || result.outcome === 'fallback'))
    return concernReplies(ctx, result, result.concern);
  // Who handles it still matters, after making sure the person is safe.
  if (result.concern && result.outcome === 'referral')
    return [...concernReplies(ctx, result, result.concern), ...vietnameseReplies(ctx, result)];
  if (result.distressEmojiOnly) return [{ text: kb.ui.feeling_down, buttons: [hotlineButton(kb)] }, menuReply(kb)];
  const replies = vietnameseReplies(ctx, result);
  return result.english ? inEnglish(kb, result, replies) : replies;
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
      if (!entry) return fallbackReplies(kb);
      // The aspect asked leads (English replies take theirs in `inEnglish`); after the same entry, it is the reply.
      // "Cảm ơn nhiều nha", "tạm biệt", "ok": a short reply of that kind, the greeting's buttons kept.
      if (result.smallTalk) return [{ ...entryReply(kb, entry), text: kb.ui.small_talk[result.smallTalk].reply }];
      const lead = result.english ? undefined : result.aspectLead;
      // Despair told (see `despairAnswer` in src/nlp/engine.ts): a warm line before the mental-health service.
      const line = lead ? entry.aspects?.[lead.aspect] : result.despairLead ? ctx.kb.ui.despair_lead.trim() : undefined;
      const reply =
        lead?.brief && line !== undefined
          ? aspectOnlyReply(kb, entry, line, false)
          : ledBy(entryReply(kb, entry), line);
      return [...notice, withVotes(reply, feedbackButtons(ctx, entry.id))];
    }
    case 'did-you-mean': {
      const ids = [result.entryId as string, ...result.alternatives.map((c) => c.id)];
      // "nhà tôi nghèo có được trợ cấp gì không" often lands here: the check answers it better than any one entry.
      const check = ids.some((id) => kb.eligibility?.offerOn.has(id)) ? checkButtons(kb) : [];
      return [
        ...notice,
        { text: kb.ui.did_you_mean, buttons: [...entryButtons(kb, ids), ...check, hotlineButton(kb), menuButton(kb)] },
      ];
    }
    case 'referral': {
      // Center topics that came as close as a "did you mean" stay one tap away.
      const close = result.alternatives.filter((c) => c.score >= ctx.engine.suggestThreshold).slice(0, REFERRAL_TOPICS);
      return [
        ...notice,
        ...referralReplies(
          kb,
          result.referral as string,
          close.map((c) => c.id),
        ),
      ];
    }
    case 'fallback':
      return [...notice, ...fallbackReplies(kb)];
  }
};

/**
 * The reply to an English message: the entry's English answer when it has
 * one; otherwise a short English introduction (what the bot is, the hotline,
 * the emergency numbers) before the Vietnamese answer or the menu.
 */
function inEnglish(kb: CompiledKnowledge, result: AnswerResult, vietnamese: Reply[]): Reply[] {
  const entry = result.outcome === 'answer' ? kb.entries.get(result.entryId as string) : undefined;
  if (entry && result.smallTalk)
    return [englishLabels(kb, { ...entryReply(kb, entry), text: kb.ui.small_talk[result.smallTalk].reply_en })];
  // The aspect asked leads in English only from the entry's `aspects_en`, never its Vietnamese line.
  const lead = result.aspectLead;
  const line = entry && lead ? entry.aspects_en?.[lead.aspect] : undefined;
  if (entry && lead?.brief && line !== undefined) return [aspectOnlyReply(kb, entry, line, true)];
  const answer = entry && englishEntryReply(kb, entry);
  if (answer) return [ledBy(answer, line)];
  const intro: Reply = ledBy({ text: kb.ui.english_intro, buttons: [hotlineButton(kb)] }, line);
  // A fallback's Vietnamese "not sure" adds nothing the introduction does not say; keep its menu.
  const replies =
    result.outcome === 'fallback' || result.outcome === 'empty' ? [intro, menuReply(kb)] : [intro, ...vietnamese];
  return replies.map((reply) => englishLabels(kb, reply));
}

/** The parts of a reply the bot itself words, in English: "did you mean", the hotline and topic buttons. */
function englishLabels(kb: CompiledKnowledge, reply: Reply): Reply {
  const text = reply.text === kb.ui.did_you_mean ? kb.ui.did_you_mean_en : reply.text;
  const buttons = reply.buttons?.map((b) => englishButton(kb, b));
  const optionsHint = kb.ui.options_hint_en;
  return buttons ? { ...reply, text, buttons, optionsHint } : { ...reply, text, optionsHint };
}
