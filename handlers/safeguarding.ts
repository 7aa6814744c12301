/**
 * What the bot says when the safeguarding layer recognises danger or a
 * disclosure: the right emergency numbers first, what to do now, then how to
 * get help; and the answers to the buttons offered after it ("Tôi đang an
 * toàn", "Tôi cần nói chuyện với người thật"). The wording is data in
 * knowledge/safeguarding.yaml.
 */
import { ENTRY_IDS } from '../src/kb/entry-ids.ts';
import type { CompiledKnowledge } from '../src/knowledge.ts';
import type { Button, Reply } from '../src/core/message.ts';
import { actionButton } from '../src/core/message.ts';
import { buttonPayload, type SafeguardingAction } from '../src/core/payload.ts';
import type { AnswerResult } from '../src/nlp/engine.ts';
import type { ConcernResult, SafeguardingResult } from '../src/safeguarding/detector.ts';
import { SITUATION_IDS, type EmergencyNumber } from '../src/kb/safeguarding-schema.ts';
import type { HandlerContext } from './context.ts';
import {
  callButton,
  englishButton,
  englishEntryReply,
  entryButtons,
  entryReply,
  hotlineButton,
  menuButton,
} from './replies.ts';
import { hotlineOpenAt } from './hotline-hours.ts';

/** After an English message, channels without buttons explain the numbered options in English. */
function englishHint(kb: CompiledKnowledge, english: boolean): Pick<Reply, 'optionsHint'> {
  return english ? { optionsHint: kb.ui.options_hint_en } : {};
}

/** The numbers block: one line per emergency number, in order, then the center's hotline. */
function numbersBlock(kb: CompiledKnowledge, numbers: readonly EmergencyNumber[], english: boolean): string {
  const text = kb.safeguarding.text;
  const lines = numbers.map((n) => (english ? text.number_lines_en : text.number_lines)[n]);
  lines.push(english ? text.hotline_line_en : text.hotline_line);
  return lines.join('\n');
}

/** The buttons under a safeguarding reply: calls first, then "I am safe" and "a real person". */
function safeguardingButtons(
  kb: CompiledKnowledge,
  result: SafeguardingResult,
  numbers: readonly EmergencyNumber[],
): Button[] {
  const english = result.english;
  const buttons = english ? kb.safeguarding.text.buttons_en : kb.safeguarding.text.buttons;
  return [
    ...numbers.map((n) => callButton(kb, n, english)),
    hotlineButton(kb, english),
    actionButton(buttons.safe, buttonPayload.safeguarding.safe(result.situation, english)),
    actionButton(buttons.human, buttonPayload.safeguarding.human(result.situation, english)),
  ];
}

/** Situations whose own advice still matters after the first aid, when a sign that kills first led with medical. */
const AFTER_FIRST_AID: ReadonlySet<string> = new Set([
  'child-abuse',
  'sexual-assault',
  'violence',
  'trafficking',
  'missing-person',
]);

/** Replies for a message the safeguarding layer raised (danger now or a disclosure). */
export function safeguardingReplies(ctx: HandlerContext, result: AnswerResult): Reply[] {
  const { kb } = ctx;
  const safety = result.safeguarding;
  if (!safety) return [];
  const situation = kb.safeguarding.text.situations[safety.situation];
  if (!situation) return [];
  ctx.note(result.outcome === 'crisis' ? 'crisis' : 'disclosure', result.entryId);
  ctx.log?.('info', { situation: safety.situation, safeguarding: safety.outcome }, 'safeguarding');

  if (result.outcome === 'crisis') {
    const advice = safety.english ? situation.english : situation.danger;
    // A sign that kills first puts medical first (`medical_first`: 115 and its first aid); the other danger's own
    // advice follows, so a beaten child is still taken away from the one who hurt them and a survivor of an assault
    // still hears how to keep the evidence.
    const also = safety.situation === 'medical' ? safety.situations.find((id) => AFTER_FIRST_AID.has(id)) : undefined;
    const alsoText = also ? kb.safeguarding.text.situations[also] : undefined;
    const alsoAdvice = alsoText ? `\n\n${safety.english ? alsoText.english : alsoText.danger}` : '';
    const first: Reply = {
      ...englishHint(kb, safety.english),
      text: `${numbersBlock(kb, safety.numbers, safety.english)}\n\n${advice}${alsoAdvice}`,
      buttons: [
        ...safeguardingButtons(kb, safety, safety.numbers),
        ...entryButtons(kb, situation.entry === ENTRY_IDS.emergency ? [] : [situation.entry]).map((button) =>
          safety.english ? englishButton(kb, button) : button,
        ),
      ],
    };
    return [first];
  }

  // A disclosure: a warm acknowledgement (with the number to call if it happens again), then how to get help.
  const acknowledgement = safety.english
    ? (situation.disclosure_en ?? situation.english)
    : (situation.disclosure ?? situation.danger);
  const childLine =
    safety.child && !acknowledgement.includes('111')
      ? `\n${(safety.english ? kb.safeguarding.text.number_lines_en : kb.safeguarding.text.number_lines)['111']}`
      : '';
  const numbers = safety.child ? (['111'] as EmergencyNumber[]) : [];
  const replies: Reply[] = [
    {
      ...englishHint(kb, safety.english),
      text: `${acknowledgement}${childLine}`,
      buttons: safeguardingButtons(kb, safety, numbers),
    },
  ];
  const entry = kb.entries.get(result.entryId ?? situation.entry);
  if (entry) replies.push((safety.english && englishEntryReply(kb, entry)) || entryReply(kb, entry));
  return replies;
}

/**
 * The safety check-in for a message the bot cannot answer that carries a
 * weaker danger signal: the emergency numbers and the hotline, "I am safe" and
 * "a real person", then the did-you-mean topics (if any) so an ordinary
 * question still gets its choices.
 */
export function concernReplies(ctx: HandlerContext, result: AnswerResult, concern: ConcernResult): Reply[] {
  const { kb } = ctx;
  ctx.log?.('info', { concern: concern.situation ?? 'unclassified', outcome: result.outcome }, 'safeguarding concern');
  const english = concern.english || result.english;
  const buttons = english ? kb.safeguarding.text.buttons_en : kb.safeguarding.text.buttons;
  const situation = concern.situation ?? CONCERN_SITUATION;
  const topics =
    result.outcome === 'did-you-mean' ? [result.entryId as string, ...result.alternatives.map((c) => c.id)] : [];
  const checkIn = english ? kb.ui.concern_check_in_en : kb.ui.concern_check_in;
  // A new concern right after an emergency reply: the danger may not be over, so its first number comes first when
  // the check-in does not already name it.
  const still = result.dangerStill;
  const reminder =
    still && !checkIn.includes(still.number)
      ? `${(still.english ? kb.ui.danger_still_en : kb.ui.danger_still).replace('{number}', still.number)}\n`
      : '';
  return [
    {
      ...englishHint(kb, english),
      text: `${reminder}${checkIn}`,
      buttons: [
        actionButton(buttons.safe, buttonPayload.safeguarding.safe(situation, english)),
        actionButton(buttons.human, buttonPayload.safeguarding.human(situation, english)),
        ...entryButtons(kb, topics),
        hotlineButton(kb, english),
        menuButton(kb),
      ],
    },
  ];
}

/** The situation sent with a check-in's buttons when the classifier named none (the buttons then answer in general). */
const CONCERN_SITUATION = 'concern';

/** A safeguarding button: "I am safe" or "I need a person", after a reply about a situation. */
export function handleSafeguardingButton(ctx: HandlerContext, pressed: SafeguardingAction | undefined): Reply[] {
  const { kb } = ctx;
  const action = pressed?.kind;
  const situationId = SITUATION_IDS.find((s) => s === pressed?.situation);
  const situation = situationId ? kb.safeguarding.text.situations[situationId] : undefined;
  const english = pressed?.english ?? false;
  const text = kb.safeguarding.text;
  if (action === 'safe') {
    const related = situation && situation.entry !== ENTRY_IDS.emergency ? entryButtons(kb, [situation.entry]) : [];
    return [
      {
        ...englishHint(kb, english),
        text: english ? text.safe_reply_en : text.safe_reply,
        buttons: [hotlineButton(kb, english), ...related, menuButton(kb)],
      },
    ];
  }
  if (action === 'human') {
    const numbers: EmergencyNumber[] = ['113', '115', '114', '111'];
    const emergency = numbers.map((n) => callButton(kb, n, english));
    // Outside the hotline's hours, or when they are not known, the 24/7 numbers come first.
    const calls = hotlineOpenAt(kb.center, ctx.now())
      ? [hotlineButton(kb, english), ...emergency]
      : [...emergency, hotlineButton(kb, english)];
    return [
      {
        ...englishHint(kb, english),
        text: english ? text.human_reply_en : text.human_reply,
        buttons: [...calls, menuButton(kb)],
      },
    ];
  }
  return [{ text: kb.ui.unknown_button }];
}
