/**
 * Recognises a question about a market price ("viện dưỡng lão tư nhân giá bao nhiêu", "máy trợ thính cũ giá bao
 * nhiêu", "mua bán đất giá nhiêu 1 mét"). No entry quotes a price: what the center offers is free or has a fee
 * ("chi phí", "mất tiền") the entry explains, so a price is always something sold elsewhere, and the honest "no
 * information" reply is better than the closest entry answering as if the center sold it.
 * Deliberately narrow (rules over lists of topics cost in-scope questions before): only the word "giá" itself,
 * never "đánh giá" (assess), "trợ giá" (subsidy) or "giảm giá" (discount). Typed without accents, "gia" is also
 * "già" (old) and "gia đình", so only "gia re" (giá rẻ) counts: "tro cap nguoi gia bao nhieu" asks the elderly
 * allowance's amount, and "ba toi gia khoang 80 tuoi" is about age. A question naming the center asks the center's own terms and is left alone.
 */
import type { Token } from '../text/normalize.ts';

/** Folded words before "giá" that make it something other than a price. */
const NOT_A_PRICE_AFTER = new Set(['danh', 'tro', 'giam']);

/** True when the token is the syllable "giá" (or an unaccented "gia" that could be it) in the price sense's place. */
function priceAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const before = tokens[i - 1]?.folded ?? '';
  if (token.folded !== 'gia' || NOT_A_PRICE_AFTER.has(before)) return false;
  if (token.text === 'giá') return true;
  return token.plain && tokens[i + 1]?.folded === 're';
}

/** True when the message names the center itself ("trung tâm", "ctxh"): its own fee is then what is asked. */
function namesCenter(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.folded === 'ctxh' || (t.folded === 'trung' && tokens[i + 1]?.folded === 'tam'));
}

/** True when the (tokenised) question asks a market price of something, and not the center's own. */
export function asksMarketPrice(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => priceAt(tokens, i)) && !namesCenter(tokens);
}
