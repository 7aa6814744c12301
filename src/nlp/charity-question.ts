/**
 * Recognises a question about a charity's own work: where a group hands out meals tonight, which fund pays for a
 * child's heart surgery, where to donate for a flood ("ủng hộ đồng bào lũ lụt"), when a pagoda hands out rice. The center is no charity; its entry on social work and charity
 * explains how the two differ, and answering a charity's errand with it reads as if the center ran one.
 * Deliberately narrow: a fund, an association or a group of volunteers ("quỹ/hội/nhóm từ thiện"), or someone doing
 * charity ("làm/đi từ thiện"), never a charitable shelter or pagoda that takes in children or old people (the center's
 * residential care), and only in a message that neither names social work or the center ("công tác xã hội", "ctxh",
 * "nhân viên xã hội", "trung tâm") nor compares ("khác", "giống", "so với", "phải là"): every question of that entry
 * does one or the other ("cstxh khác làm từ thiện ko").
 */
import { foldedRunAt, type Token } from '../text/normalize.ts';

/** Folded runs that name social work or the center, or compare charity with something. */
const NAMED_OR_COMPARED = [
  ['cong', 'tac', 'xa', 'hoi'],
  ['nhan', 'vien', 'xa', 'hoi'],
  ['trung', 'tam'],
  ['social', 'work'],
  ['so', 'voi'],
  ['phai', 'la'],
  ['ctxh'],
  ['cstxh'],
  ['khac'],
  ['giong'],
  ['vs'],
];

/**
 * Folded words before "từ thiện" that make it a charity's fund, association or group, someone doing charity, or what a
 * charity hands out ("gạo, cơm, cháo, quà từ thiện", "bếp từ thiện"): the hours and place of a pagoda's rice handout
 * are the pagoda's to tell.
 */
const CHARITY_ACTORS = new Set(['quy', 'hoi', 'nhom', 'lam', 'di', 'gao', 'com', 'chao', 'qua', 'bep']);

/** Folded "ủng hộ đồng bào": a donation drive for people struck by a disaster, run by the Fatherland Front or a charity. */
const DONATION_DRIVE = ['ung', 'ho', 'dong', 'bao'];

/** True when "từ thiện" (typed with or without accents) starts at `at`, after a fund, a group or "làm/đi". */
function charityAt(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.folded === 'tu' &&
    tokens[at + 1]?.folded === 'thien' &&
    CHARITY_ACTORS.has(tokens[at - 1]?.folded ?? '')
  );
}

/** Folded words every reading here starts from: a message without "thiện" or "ủng" asks nothing of a charity. */
export const CHARITY_WORDS: readonly string[] = ['thien', 'ung'];

/** True when the (tokenised) message asks about a charity's own work, with no word of social work or a comparison. */
export function asksOfCharity(tokens: readonly Token[]): boolean {
  if (!tokens.some((_, i) => charityAt(tokens, i) || foldedRunAt(tokens, i, DONATION_DRIVE))) return false;
  return !tokens.some((_, i) => NAMED_OR_COMPARED.some((run) => foldedRunAt(tokens, i, run)));
}
