/**
 * Which entry a short follow-up names in words only that entry uses: "vậy can
 * thiệp ở đâu" after the disability certificate names the autism service,
 * whose keywords alone say "can thiệp". Read from each entry's title and
 * keywords, two neighbouring syllables at a time.
 */
import type { AnswerKnowledge } from './engine.ts';
import { tokenize } from '../text/normalize.ts';
import { CHAT_SPELLINGS, CLEAR_MARKER_CUES, CUE_PAIRS } from './followup-cues.ts';
import { pairsNamedByOne, pairsOf, syllables } from './syllable-pairs.ts';

/** Syllable pairs that name one entry alone, to that entry's id. */
type NamingPairs = ReadonlyMap<string, string>;

const pairsByKnowledge = new WeakMap<AnswerKnowledge, NamingPairs>();

/** The longest message read for it: longer ones say enough for the engine alone. */
const MAX_SYLLABLES = 12;

/** "Còn" opening a message: and what about … */
const MOVING_ON = 'còn';

/**
 * The pairs of each entry's title and keywords that no other entry's use
 * ("can thiep" of the autism service); pairs of a follow-up's cues ("o dau",
 * "nguoi gia") ask or name a person, not an entry.
 */
function namingPairs(kb: AnswerKnowledge): NamingPairs {
  const cached = pairsByKnowledge.get(kb);
  if (cached) return cached;
  const pairs = pairsNamedByOne(
    [...kb.entries].map(
      ([id, entry]) =>
        [
          id,
          [entry.title, ...entry.keywords]
            .flatMap((name) => pairsOf(syllables(name)))
            .filter((pair) => !CUE_PAIRS.has(pair)),
        ] as const,
    ),
  );
  pairsByKnowledge.set(kb, pairs);
  return pairs;
}

/**
 * Whether a short message marked as moving on ("vậy", "thì sao", opening with
 * "còn") names the entry `other`, not the topic, in two neighbouring words
 * only `other`'s title or keywords use ("vậy can thiệp ở đâu": the autism
 * service).
 */
export function namesOtherEntry(kb: AnswerKnowledge, text: string, topic: string, other: string): boolean {
  const tokens = tokenize(text);
  const words = tokens.flatMap((t) => CHAT_SPELLINGS.get(t.folded)?.split(' ') ?? [t.folded]);
  // "Còn" opening it, written so or in a message typed without accents; "con" elsewhere is often a child.
  const opens = tokens[0]?.text === MOVING_ON || (words[0] === 'con' && tokens.every((t) => t.plain));
  const spaced = ` ${words.join(' ')} `;
  const moving = opens || CLEAR_MARKER_CUES.some((cue) => spaced.includes(` ${cue} `));
  if (other === topic || !moving) return false;
  return namedByPair(kb, words, other);
}

/** Whether the words, at most `MAX_SYLLABLES`, say two neighbouring words only `entry`'s title or keywords use. */
function namedByPair(kb: AnswerKnowledge, words: readonly string[], entry: string): boolean {
  if (words.length > MAX_SYLLABLES) return false;
  const pairs = namingPairs(kb);
  return pairsOf(words).some((pair) => pairs.get(pair) === entry);
}

/**
 * Whether a short message names `entry`, which the topic lists among its `related` entries, in two neighbouring words
 * only that entry's title or keywords use ("có lớp học nào cho người mới không" after volunteering names the
 * training's "lớp học"), marked as moving on or not: the topic itself points to that entry for that service, so the
 * service named is that entry's business, not the topic's.
 */
export function namesRelatedEntry(kb: AnswerKnowledge, text: string, topic: string, entry: string): boolean {
  if (entry === topic || !(kb.entries.get(topic)?.related ?? []).includes(entry)) return false;
  const words = tokenize(text).flatMap((t) => CHAT_SPELLINGS.get(t.folded)?.split(' ') ?? [t.folded]);
  return namedByPair(kb, words, entry);
}
