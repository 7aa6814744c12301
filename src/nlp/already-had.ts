/**
 * What a question says the person already has, or asks about besides: "đã có giấy xác nhận khuyết tật rồi, trung
 * tâm hỗ trợ gì", "ngoài tiền trợ cấp người già còn được gì nữa". The words of that clause are not what is asked:
 * an entry about them alone answers what the person already knows, and its neighbour is the question.
 */
import type { Token } from '../text/normalize.ts';

/** How many syllables a clause may have: longer, and it is the question itself rather than an aside. */
const MAX_CLAUSE = 7;

/** "đã có", "đã được", "đã nhận", "đã hưởng", "đã làm" … "rồi": what the person already has. */
const ALREADY_VERBS = new Set(['co', 'duoc', 'nhan', 'huong', 'lam']);

/** Words that end a "ngoài …" clause: "ngoài tiền ra", "ngoài trợ cấp thì … còn", "ngoài tiền trợ cấp còn". */
const BESIDES_ENDS = new Set(['ra', 'con', 'thi']);

/**
 * Before "ngoai", these make it another word or another "ngoài": "bà ngoại", "năm ngoái", "nước ngoài", "bên ngoài",
 * "lộ ra ngoài", "ở ngoài chợ".
 */
const NOT_BESIDES_AFTER = new Set(['ba', 'ong', 'nam', 'nuoc', 'ben', 'ra', 'o', 'nguoi', 'gio', 'lo', 'di', 'ngu']);

/** True when a token is "ngoài" meaning "besides": typed with that accent, or without accents after no word that changes it. */
function isBesides(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.folded !== 'ngoai') return false;
  if (!t.plain && t.text !== 'ngoài') return false;
  return !NOT_BESIDES_AFTER.has(tokens[at - 1]?.folded ?? '');
}

/**
 * "ngoài X ra", "ngoài X thì … còn", "ngoài X còn": X, when it is short and names something ("ngoài 70 tuổi" is an
 * age; "ngoài chợ thì …" with no "còn" asks for nothing more).
 */
function besidesClause(tokens: readonly Token[], at: number): string[] | null {
  const clause: string[] = [];
  for (let j = at + 1; j < tokens.length && clause.length <= MAX_CLAUSE; j++) {
    const folded = (tokens[j] as Token).folded;
    if (BESIDES_ENDS.has(folded)) {
      const asksMore = folded !== 'thi' || tokens.slice(j + 1, j + 1 + MAX_CLAUSE).some((t) => t.folded === 'con');
      return clause.length > 0 && asksMore && !/^\d/.test(clause[0] as string) ? clause : null;
    }
    clause.push(folded);
  }
  return null;
}

/** The folded syllables of the first clause that names what the person already has or asks besides, or null. */
export function alreadyHadClause(tokens: readonly Token[]): string[] | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.folded === 'da' && ALREADY_VERBS.has(tokens[i + 1]?.folded ?? '')) {
      for (let j = i + 2; j < tokens.length && j <= i + 2 + MAX_CLAUSE; j++)
        if (tokens[j]?.folded === 'roi') return j > i + 2 ? tokens.slice(i + 2, j).map((x) => x.folded) : null;
    }
    if (isBesides(tokens, i)) {
      const clause = besidesClause(tokens, i);
      if (clause) return clause;
    }
  }
  return null;
}
