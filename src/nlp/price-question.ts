/**
 * Recognises a question about a market price ("viện dưỡng lão tư nhân giá bao nhiêu", "máy trợ thính cũ giá bao
 * nhiêu", "mua bán đất giá nhiêu 1 mét"). No entry quotes a price: what the center offers is free or has a fee
 * ("chi phí", "mất tiền") the entry explains, so a price is always something sold elsewhere, and the honest "no
 * information" reply is better than the closest entry answering as if the center sold it.
 * Deliberately narrow (rules over lists of topics cost in-scope questions before): only the word "giá" itself,
 * never "đánh giá" (assess), "trợ giá" (subsidy) or "giảm giá" (discount) unless "rẻ" follows ("hỗ trợ giá rẻ"). Typed without accents, "gia" is also
 * "già" (old) and "gia đình", so only "gia re" (giá rẻ) counts: "tro cap nguoi gia bao nhieu" asks the elderly
 * allowance's amount, and "ba toi gia khoang 80 tuoi" is about age. A question naming the center asks the center's own terms and is left alone.
 * Two more kinds of market question are read the same way. Asking whether someone sells a thing ("trung tâm có bán vé
 * số từ thiện không"): the center sells nothing, so naming it changes nothing; only "có bán" typed with the accent
 * ("co ban" is also "cơ bản"), never a person sold ("có bán người", "bán dâm"). And a wage ("lương nhân viên công tác
 * xã hội bao nhiêu"): what a job pays is the price of work, never a benefit an entry explains; only "lương" typed with
 * its accents and asked "bao nhiêu" just after, with no figure nor allowance in between (a wage told in a story is no
 * question about it), never a pension ("lương hưu"), food ("lương thực") or "lương cơ sở", the base
 * figure some allowances are reckoned from. In English, "how much" with "private" asks a market price too.
 */
import type { Token } from '../text/normalize.ts';

/** Folded words before "giá" that make it something other than a price. */
const NOT_A_PRICE_AFTER = new Set(['danh', 'tro', 'giam']);

/** True when the token is the syllable "giá" (or an unaccented "gia" that could be it) in the price sense's place. */
function priceAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const before = tokens[i - 1]?.folded ?? '';
  if (token.folded !== 'gia') return false;
  // "giá rẻ" is a price even after "hỗ trợ": "gạo hỗ trợ giá rẻ" is sold cheaply, not a subsidy.
  const cheap = tokens[i + 1]?.folded === 're';
  if (NOT_A_PRICE_AFTER.has(before) && !cheap) return false;
  if (token.text === 'giá') return true;
  return token.plain && cheap;
}

/** True when the message names the center itself ("trung tâm", "ctxh"): its own fee or service is then what is asked. */
export function namesCenter(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.folded === 'ctxh' || (t.folded === 'trung' && tokens[i + 1]?.folded === 'tam'));
}

/** Folded words after "có bán" that make the thing sold a person ("có bán người", "bán dâm", "bán con"). */
const SOLD_PERSON = new Set(['nguoi', 'dam', 'con', 'vo', 'tre', 'be', 'chau', 'em', 'chi', 'sang', 'qua']);

/** True when "có bán" (typed with the accent on "bán") asks whether someone sells a thing. */
function saleAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return token.text === 'bán' && tokens[i - 1]?.folded === 'co' && !SOLD_PERSON.has(tokens[i + 1]?.folded ?? '');
}

/** Folded words after "lương" that make it something other than a wage: a pension, food, the base figure. */
const NOT_A_WAGE_BEFORE = new Set(['huu', 'thuc', 'co']);
/** Folded words before "lương" that make it another word ("cải lương", "hoàn lương"). */
const NOT_A_WAGE_AFTER = new Set(['cai', 'hoan']);

/** True when the syllable "lương" (typed with its accents) names a wage. */
function wageAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return (
    token.text === 'lương' &&
    !NOT_A_WAGE_AFTER.has(tokens[i - 1]?.folded ?? '') &&
    !NOT_A_WAGE_BEFORE.has(tokens[i + 1]?.folded ?? '')
  );
}

/** How many syllables after "lương" its "bao nhiêu" may come: further, the wage is a detail of a story. */
const WAGE_QUESTION_REACH = 10;

/**
 * True when "bao nhiêu" (typed with or without accents) comes shortly after position `at` and asks the wage itself:
 * a figure in between ("lương 5 triệu thì trợ cấp bao nhiêu") tells the wage, and "trợ cấp" in between asks the
 * allowance.
 */
function howMuchAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + WAGE_QUESTION_REACH && k < tokens.length; k++) {
    const word = tokens[k]?.folded ?? '';
    const next = tokens[k + 1]?.folded;
    if (/\d/.test(word) || (word === 'tro' && next === 'cap')) return false;
    if (word === 'bao' && next === 'nhieu') return true;
  }
  return false;
}

/**
 * True when an English question asks what something private costs ("how much is a private caregiver per month"):
 * the center's services are public, so "private" names something bought elsewhere; "how much" alone asks the
 * allowance's amount.
 */
function privatePrice(tokens: readonly Token[]): boolean {
  return (
    tokens.some((t) => t.folded === 'private') &&
    tokens.some((t, i) => t.folded === 'how' && tokens[i + 1]?.folded === 'much')
  );
}

/**
 * Folded pairs of the market's money, by their second syllable: stocks, shares, profit ("chứng khoán", "cổ phiếu",
 * "lợi nhuận"). The center invests nothing and earns nothing, so a question about either is never its own; session 32
 * saw "mở viện dưỡng lão tư nhân thì lợi nhuận có cao không" answered with residential care, and "công tác xã hội có
 * được tính là ngành hot để đầu tư chứng khoán không" offered what social work is. A non-profit ("phi lợi nhuận") is
 * no profit asked about: "trung tâm có phải tổ chức phi lợi nhuận không" asks about the center.
 */
const MARKET_MONEY: ReadonlyMap<string, string> = new Map([
  ['khoan', 'chung'],
  ['phieu', 'co'],
  ['nhuan', 'loi'],
]);

/** True when the words ending at `at` name stocks, shares or a profit (`MARKET_MONEY`), not a non-profit. */
function marketMoneyAt(tokens: readonly Token[], at: number): boolean {
  const first = MARKET_MONEY.get(tokens[at]?.folded ?? '');
  if (first === undefined || tokens[at - 1]?.folded !== first) return false;
  return tokens[at - 2]?.folded !== 'phi';
}

/**
 * Folded words every reading here starts from ("giá", "bán", "lương", "private", the last syllable of stocks, shares or
 * profit): a question with none asks no market price.
 */
export const MARKET_PRICE_WORDS: readonly string[] = ['gia', 'ban', 'luong', 'private', ...MARKET_MONEY.keys()];

/**
 * True when the (tokenised) question asks a market price of something (not the center's own), a sale, a wage, or about
 * stocks, shares or profit.
 */
export function asksMarketPrice(tokens: readonly Token[]): boolean {
  return (
    (tokens.some((_, i) => priceAt(tokens, i)) && !namesCenter(tokens)) ||
    tokens.some((_, i) => saleAt(tokens, i)) ||
    tokens.some((_, i) => wageAt(tokens, i) && howMuchAfter(tokens, i)) ||
    privatePrice(tokens) ||
    tokens.some((_, i) => marketMoneyAt(tokens, i))
  );
}
