/**
 * Recognises a question about keeping a pet ("nhận nuôi chó mèo bị bỏ rơi ở đâu", "thú cưng bị bệnh"): animals are
 * no service of the center, and the entry whose words come closest (fostering a child, care of the elderly) would
 * answer as if they were. Deliberately narrow: "chó" and "mèo" only typed with their accents ("cho" is also the
 * everyday "for" and "give") and only as animals kept ("nuôi chó", "chó mèo", or the speaker's own: "chó nhà tôi",
 * "mèo nhà em"), never alone: "bị chó cắn" is a question for the health station, and "đồ chó" an insult in a story
 * of abuse. A neighbour's dog ("chó nhà hàng xóm", "chó nhà bên") is not the speaker's own, and a bite by any dog
 * ("cắn") is never read here: a bite needs the rabies shot.
 */
import type { Token } from '../text/normalize.ts';

/** The animals named, typed with their accents. */
const ANIMALS = new Set(['chó', 'mèo']);

/**
 * Folded words by which speakers name themselves after "nhà" ("chó nhà tôi", "mèo nhà tui"): the animal of their own
 * home is their pet (session 32: "chó nhà tôi già 15 tuổi rồi, có viện dưỡng lão cho chó không" was answered with the
 * center's residential care).
 */
const OWN_HOME = new Set(['toi', 'tui', 'em', 'minh', 'tao', 'to', 'chau']);

/** True when the animal at `at` is the speaker's own: "nhà" and a word for the speaker just after it. */
function ownAnimalAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at + 1]?.folded === 'nha' && OWN_HOME.has(tokens[at + 2]?.folded ?? '');
}

/**
 * True when the animal at `at` is kept: "nuôi" just before it, the other animal just after ("chó mèo"), or the
 * speaker's own, unless it bit someone.
 */
function keptAnimalAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.text ?? '';
  if (!ANIMALS.has(word)) return false;
  const next = tokens[at + 1]?.text ?? '';
  if (tokens[at - 1]?.folded === 'nuoi' || (ANIMALS.has(next) && next !== word)) return true;
  return ownAnimalAt(tokens, at) && !tokens.some((t) => t.folded === 'can' && t.text !== 'cần');
}

/** True when the words at `at` are "thú cưng" (a pet), typed with or without accents. */
function petAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.folded === 'thu' && tokens[at + 1]?.folded === 'cung';
}

/** True when a pet question may start at the token: an animal typed with its accents, or "thú" ("thú cưng"). */
export function mayStartPetQuestion(token: Token): boolean {
  return ANIMALS.has(token.text) || token.folded === 'thu';
}

/** True when the (tokenised) question is about a pet. */
export function asksAboutPet(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => keptAnimalAt(tokens, i) || petAt(tokens, i));
}
