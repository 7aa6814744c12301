/**
 * A follow-up that names business of its own: "giấy giám hộ làm ở đâu" after the
 * allowance, "gia vàng hôm nay bao nhiêu" after the center's card, "xin vào biên
 * chế công chức thì hỏi ai" after the training. Such a message is clear alone (it
 * says what it asks about), so the conversation's topic should not fill it in:
 * offered the topic as a "did you mean", the resident is led back to what they just
 * left instead of being told honestly that the center has no answer (or referred).
 *
 * Two signals, both needed: the intent classifier, reading the message alone,
 * is sure it is out of scope (it learnt what out-of-scope questions look like from
 * the labelled training corpus, so this is no list of phrases), and the message
 * shares no two-word phrase with anything the topic's entry says (title, keywords,
 * questions, answer), so it does not speak of the topic in the topic's own words
 * ("vay vốn ngân hàng chính sách" after the poverty services, whose answer names the
 * policy bank, still gets the topic). Pairs of the follow-up cues ("ở đâu", "giấy
 * tờ") and of function words name nothing and are not counted.
 */
import type { AnswerKnowledge } from './engine.ts';
import { CUE_PAIRS, FUNCTION_WORDS } from './followup-cues.ts';
import { pairsOf, rewrittenSyllables } from './syllable-pairs.ts';

/**
 * The classifier's out-of-scope probability, for the message alone, from which it names business of its own. Chosen
 * on the training conversations (train to train11, tune, dev): from 0.75 up, no follow-up whose expected entry was
 * the topic (or the entry the topic sends it to) lost its offer; at 0.7 two did ("răng chưa thấy xã cho tiền").
 */
export const OUT_OF_SCOPE_ALONE = 0.75;

/** Per knowledge base: each entry's two-word phrases. */
const phrasesByKnowledge = new WeakMap<AnswerKnowledge, ReadonlyMap<string, ReadonlySet<string>>>();

/** Whether a pair of syllables can name a thing: both are letters, and neither is a function word. */
function contentPair(pair: string): boolean {
  return pair.split(' ').every((w) => /^[a-z]+$/.test(w) && !FUNCTION_WORDS.has(w));
}

function topicPhrases(kb: AnswerKnowledge): ReadonlyMap<string, ReadonlySet<string>> {
  const cached = phrasesByKnowledge.get(kb);
  if (cached) return cached;
  const byEntry = new Map<string, ReadonlySet<string>>();
  for (const [id, entry] of kb.entries) {
    const texts = [entry.title, ...(entry.keywords ?? []), ...entry.questions, entry.answer];
    byEntry.set(id, new Set(texts.flatMap((t) => pairsOf(rewrittenSyllables(kb.lexicon, t)))));
  }
  phrasesByKnowledge.set(kb, byEntry);
  return byEntry;
}

/**
 * Whether a message the classifier places out of scope with probability `outOfScope` (read alone; undefined when the
 * classifier took no part, as in English) names business of its own rather than the topic's.
 */
export function namesOwnBusiness(
  kb: AnswerKnowledge,
  text: string,
  topic: string,
  outOfScope: number | undefined,
): boolean {
  if (outOfScope === undefined || outOfScope < OUT_OF_SCOPE_ALONE) return false;
  const own = topicPhrases(kb).get(topic);
  if (!own) return false;
  return !pairsOf(rewrittenSyllables(kb.lexicon, text)).some(
    (pair) => contentPair(pair) && !CUE_PAIRS.has(pair) && own.has(pair),
  );
}
