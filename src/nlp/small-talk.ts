/**
 * Small talk the greeting entry answers: a thanks, a goodbye or a bare "ok" gets a short reply of its kind
 * (`small_talk` in knowledge/ui.yaml) instead of the whole greeting again: someone who says "cảm ơn nhiều nha"
 * after an answer should not be told who the bot is a second time. Read only once the engine has chosen the
 * greeting entry, so a real question with "cảm ơn" in it is still answered as a question, and never on a message
 * the safeguarding layer heard (that one never reaches the greeting). A hail that asks nothing yet ("ad ơi cho em hỏi
 * chút") is read also where the ranking offered something or nothing (see `withSmallTalk` in engine.ts).
 */
import type { UiFile } from '../kb/schema.ts';
import { PhraseRules, type Lexicon } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/normalize.ts';

/**
 * The kinds of small talk, in the order they win: "ok cảm ơn, tạm biệt" is a goodbye, "ok cảm ơn" a thanks, "ok ad ơi"
 * an "ok"; a hail ("ad ơi cho em hỏi chút", "có ai trực không") opens a conversation and asks nothing yet.
 */
export type SmallTalk = 'goodbye' | 'thanks' | 'ack' | 'hail';

interface SmallTalkRules {
  goodbye: PhraseRules;
  thanks: PhraseRules;
  ack: PhraseRules;
  hail: PhraseRules;
  around: PhraseRules;
  hailAround: PhraseRules;
}

/** Greetings are short: a longer message that the engine answered with the greeting keeps the whole greeting. */
const MAX_SMALL_TALK_CHARS = 200;

const compiled = new WeakMap<UiFile['small_talk'], SmallTalkRules>();

function rulesOf(smallTalk: UiFile['small_talk']): SmallTalkRules {
  let rules = compiled.get(smallTalk);
  if (!rules) {
    const phrases = (list: readonly string[]) => new PhraseRules(list.map((w) => [w, ''] as const));
    rules = {
      goodbye: phrases(smallTalk.goodbye.words),
      thanks: phrases(smallTalk.thanks.words),
      ack: phrases(smallTalk.ack.words),
      hail: phrases(smallTalk.hail.words),
      around: phrases(smallTalk.around),
      hailAround: phrases(smallTalk.hail_around),
    };
    compiled.set(smallTalk, rules);
  }
  return rules;
}

function saidAnywhere(rules: PhraseRules, words: readonly Token[]): boolean {
  for (let i = 0; i < words.length; i++) if (rules.lengthAt(words, i) > 0) return true;
  return false;
}

/**
 * The kind of small talk a message the greeting entry answers is: a goodbye or a thanks said anywhere in it, or an
 * "ok" with nothing else but greetings and the words that stand around it; undefined for a hello ("chào bạn") and
 * anything else, which keep the whole greeting.
 */
export function readSmallTalk(
  kb: { ui: Pick<UiFile, 'small_talk'>; lexicon: Lexicon },
  text: string,
): SmallTalk | undefined {
  if (text.length > MAX_SMALL_TALK_CHARS) return undefined;
  const rules = rulesOf(kb.ui.small_talk);
  const words = kb.lexicon.rewrite(tokenize(text));
  if (saidAnywhere(rules.goodbye, words)) return 'goodbye';
  if (saidAnywhere(rules.thanks, words)) return 'thanks';
  if (onlySaying(kb.lexicon, rules, rules.ack, [], words)) return 'ack';
  // "Cho em hỏi chút": the filler "cho em hỏi" covers its "hỏi", which still hails.
  const hailed = saidAnywhere(rules.hail, words);
  if (hailed && onlySaying(kb.lexicon, rules, rules.hail, [rules.hailAround, kb.lexicon.endParticles], words, true)) {
    return 'hail';
  }
  return undefined;
}

/**
 * True when the words are nothing but `said`'s phrases, greetings, fillers, the small talk's `around` words and the
 * `more` given, with one of `said`'s phrases among them (or, `saidElsewhere`, already found inside a filler): "ok bạn
 * nhé" only acknowledges, "ad ơi cho em hỏi chút" only hails. A word of anything else ("có ai giúp em với, chồng em
 * đang đánh em") makes a message of its own.
 */
function onlySaying(
  lexicon: Lexicon,
  rules: SmallTalkRules,
  said: PhraseRules,
  more: readonly PhraseRules[],
  words: readonly Token[],
  saidElsewhere = false,
): boolean {
  let saying = saidElsewhere;
  for (let i = 0; i < words.length; ) {
    const length = said.lengthAt(words, i);
    if (length > 0) {
      saying = true;
      i += length;
      continue;
    }
    const beside = Math.max(
      lexicon.greetings.lengthAt(words, i),
      lexicon.fillers.lengthAt(words, i),
      rules.around.lengthAt(words, i),
      ...more.map((m) => m.lengthAt(words, i)),
    );
    if (beside === 0) return false;
    i += beside;
  }
  return saying;
}
