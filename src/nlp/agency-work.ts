/**
 * What another agency handles, named in a short follow-up: "còn thủ tục ly
 * hôn nộp ở đâu" after the hotline asks where to file a divorce, which the
 * legal aid office handles, not where the topic is given. Read from each
 * agency's `handles` (agencies.yaml): the last two syllables of each item.
 */
import type { AnswerKnowledge } from './engine.ts';
import { ASPECT_CUES, FUNCTION_WORDS, WHO_CUES } from './followup-cues.ts';
import { pairsNamedByOne, pairsOf, syllables } from './syllable-pairs.ts';

/** Two folded syllables an agency's `handles` names, to the agency's id. */
type HandledPairs = ReadonlyMap<string, string>;

const pairsByKnowledge = new WeakMap<AnswerKnowledge, HandledPairs>();

/**
 * The last two syllables of each item an agency's `handles` lists, where no entry title
 * uses: "ly hôn", "học phí" are another agency's; "trợ cấp", "tư vấn", "giấy
 * xác nhận" name the center's own topics too; pairs with a word of no topic
 * ("người có", "bảo mật") or of a follow-up's cues ("hồ sơ", "điện thoại")
 * name nothing. A pair two agencies name is neither's.
 */
function handledPairs(kb: AnswerKnowledge): HandledPairs {
  const cached = pairsByKnowledge.get(kb);
  if (cached) return cached;
  const cues = [...Object.values(ASPECT_CUES), ...Object.values(WHO_CUES)].flat();
  const common = new Set([
    ...[...kb.entries.values()].flatMap((e) => pairsOf(syllables(e.title))),
    ...cues.flatMap((c) => pairsOf(c.split(' '))),
  ]);
  const named = (pair: string): boolean => !common.has(pair) && pair.split(' ').every((w) => !FUNCTION_WORDS.has(w));
  // The item's last two syllables name it ("thủ tục ly hôn"); inner pairs ("giấy chứng" of "giấy chứng sinh") need not.
  const pairs = pairsNamedByOne(
    [...(kb.agencies?.byId.values() ?? [])].map(
      (agency) =>
        [
          agency.id,
          agency.handles.split(',').flatMap((part) => pairsOf(syllables(part)).slice(-1).filter(named)),
        ] as const,
    ),
  );
  pairsByKnowledge.set(kb, pairs);
  return pairs;
}

/**
 * The agency whose business a message names that the topic's title and
 * keywords never speak of ("ly hôn" after the hotline); undefined when none,
 * or when the topic speaks of it ("miễn học phí" after the poverty services).
 */
export function agencyBusinessNamed(kb: AnswerKnowledge, text: string, topic: string): string | undefined {
  const pairs = handledPairs(kb);
  const entry = kb.entries.get(topic);
  if (!entry || pairs.size === 0) return undefined;
  const own = new Set([entry.title, ...entry.keywords].flatMap((t) => pairsOf(syllables(t))));
  for (const pair of pairsOf(syllables(text))) {
    const agency = pairs.get(pair);
    if (agency !== undefined && !own.has(pair)) return agency;
  }
  return undefined;
}
