/**
 * Recognises a request to pick a provider or a product by its quality or its being private: "nhà dưỡng lão tư nhân
 * nào tốt", "chỗ nào rẻ mà tốt", "mua xe lăn ở đâu rẻ", "trường mầm non tư thục nào nhận trẻ đặc biệt", "thuốc nào
 * trị đau lưng", "người già nên uống sữa gì". The center ranks no nursing home, clinic, school, shop or medicine, so the
 * honest "no information" reply is better than the entry for the people the thing is for answering as if it did.
 * Deliberately narrow: "nào" must be followed closely by a quality (never "cách/khi/lúc/thế nào", which ask how or
 * when), "đâu" directly by one; "tư nhân/tư thục" must be followed closely by "nào"; "thuốc" and "sữa" only as typed
 * with their accents; and never in a message naming the center or the bot (product-choice.ts has the same guard).
 */
import type { Token } from '../text/normalize.ts';
import { namesCenter } from './price-question.ts';
import { qualityAt, within } from './product-choice.ts';

/** How many syllables after "nào" (or "tư nhân") the quality (or "nào") may come ("nào rẻ", "tư nhân ở Sài Gòn nào"). */
const REACH = 3;

/** Folded words before "nào" that make it ask how or when ("cách nào tốt", "khi nào tốt"), not which one. */
const HOW_OR_WHEN = new Set(['cach', 'khi', 'luc', 'the', 'bao', 'hoi']);

/** True when a provider is chosen at `at`: "nào tốt/rẻ/uy tín", "đâu rẻ", "tư nhân/tư thục … nào", "thuốc nào", "sữa gì". */
function providerChosenAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at] as Token;
  const next = tokens[at + 1];
  if (word.folded === 'nao')
    return !HOW_OR_WHEN.has(tokens[at - 1]?.folded ?? '') && within(tokens, at, REACH, (k) => qualityAt(tokens, k));
  if (word.folded === 'dau') return qualityAt(tokens, at + 1);
  if (word.folded === 'tu' && (next?.folded === 'nhan' || next?.folded === 'thuc'))
    return within(tokens, at + 1, REACH, (k) => tokens[k]?.folded === 'nao');
  if (word.text === 'thuốc') return next?.folded === 'nao';
  if (word.text === 'sữa') return next?.folded === 'nao' || next?.folded === 'gi';
  return false;
}

/** Folded words every reading here starts from: a message with none chooses no provider. */
export const PROVIDER_WORDS: readonly string[] = ['nao', 'dau', 'tu', 'thuoc', 'sua'];

/** True when the (tokenised) message asks which provider, shop, school or medicine is good, cheap or private. */
export function asksToChooseProvider(tokens: readonly Token[]): boolean {
  return (
    tokens.some((_, i) => providerChosenAt(tokens, i)) &&
    !namesCenter(tokens) &&
    !tokens.some((t) => t.folded === 'bot')
  );
}
