/**
 * Danger now told beside a past (session 28, issue 10). People tell what happened and then what is happening in one
 * message: "năm ngoái bố đánh em gãy tay, giờ ông lại say về đang đập cửa phòng em", "em về nước rồi mà bọn nó đang
 * đứng trước nhà em cầm dao". A past or habit cue anywhere ("năm ngoái", "về nước rồi", "hồi trước") made the whole
 * message a disclosure, so the emergency numbers did not come first. A past clause only says that the harm it tells is
 * over; it cannot speak for another clause that tells harm now. So the message is read part by part, exactly as
 * `now_over_framing` reads it, with the past's cues in the place of the framing: a cry, or a now word with an act
 * right after it, in a part that holds no past cue, is heard. A now word inside the past's own part ("hôm đó nó đang
 * say thì đánh em", "hồi đó em đang ngủ thì bị đánh") is the story told, not now, and raises nothing here.
 */
import type { Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import type { Kept } from './acute-turn.ts';
import { nowOverFramingIn, partsOf, type Outranking } from './now-over-framing.ts';

type NowBesidePast = NonNullable<SafeguardingFile['now_beside_past']>;

/** The cry or the act told now in a part no past cue shares, when the message tells a past elsewhere; or null. */
export function nowBesidePastIn(
  rule: NowBesidePast,
  breaks: readonly Token[],
  kept: readonly Kept[],
  tokens: readonly Token[],
): Outranking | null {
  // Nothing told as past: nothing for the present part to outrank (the other rules read the message as before).
  if (!kept.some((k) => rule.past.includes(k.concept))) return null;
  // A cry in the past's own part ("hồi đó em kêu cứu mà không ai nghe") is part of the story, one in a part that asks
  // ("are there programmes to help us") a question: no cry is heard anywhere.
  const framing = [...rule.past, ...rule.asked];
  const heard = nowOverFramingIn(
    {
      framing,
      cries: rule.cries.filter((c) => !rule.after_now.includes(c)),
      anywhere: [],
      now: rule.now,
      acts: rule.acts,
      within: rule.within,
    },
    breaks,
    kept,
    tokens,
  );
  return heard ?? afterNow(rule, framing, breaks, kept, tokens);
}

/**
 * A cue of `after_now` (blood flowing) heard after a now word told outside the past, with no past cue between: "Giờ họ
 * kéo cả chục người sang, ông tôi bị đánh chảy máu đầu". Blood told in a clause after a past with no now word ("năm
 * ngoái ông em ngã nằm dưới nền nhà, chảy máu đầu") goes on telling that past.
 */
function afterNow(
  rule: NowBesidePast,
  framing: readonly string[],
  breaks: readonly Token[],
  kept: readonly Kept[],
  tokens: readonly Token[],
): Outranking | null {
  const partOf = partsOf(breaks, tokens);
  const framed = new Set(kept.filter((k) => framing.includes(k.concept)).map((k) => partOf[k.start]));
  const past = kept.filter((k) => rule.past.includes(k.concept));
  for (const now of kept) {
    if (!rule.now.includes(now.concept) || framed.has(partOf[now.start])) continue;
    const cry = kept.find(
      (k) =>
        rule.after_now.includes(k.concept) &&
        k.start >= now.end &&
        !framed.has(partOf[k.start]) &&
        !past.some((p) => p.start >= now.end && p.start < k.start),
    );
    if (cry) return { said: `${now.phrase} … ${cry.phrase}`, concepts: [now.concept, cry.concept] };
  }
  return null;
}
