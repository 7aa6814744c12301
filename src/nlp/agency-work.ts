/**
 * What another agency handles, named in a short follow-up: "còn thủ tục ly
 * hôn nộp ở đâu" after the hotline asks where to file a divorce, which the
 * legal aid office handles, not where the topic is given. Read from each
 * agency's `handles` (agencies.yaml): the last two syllables of each item.
 */
import type { AnswerKnowledge } from './engine.ts';
import { CUE_PAIRS, FUNCTION_WORDS } from './followup-cues.ts';
import { pairsNamedByOne, pairsOf, rewrittenSyllables, syllables } from './syllable-pairs.ts';

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
  const common = new Set([...[...kb.entries.values()].flatMap((e) => pairsOf(syllables(e.title))), ...CUE_PAIRS]);
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

/** Words a cue may have inside it and still be said ("điều trị thuốc ARV", "thuốc ARV hết thì lấy"). */
const MAX_WORDS_INSIDE_CUE = 2;

/** Per knowledge base: each agency's cues as folded syllables, and each entry's text as one folded line. */
interface LooseCues {
  cues: ReadonlyArray<{ agency: string; words: readonly string[] }>;
  entryText: ReadonlyMap<string, string>;
}

const looseByKnowledge = new WeakMap<AnswerKnowledge, LooseCues>();

function looseCues(kb: AnswerKnowledge): LooseCues {
  const cached = looseByKnowledge.get(kb);
  if (cached) return cached;
  const cues = [...(kb.agencies?.byId.values() ?? [])].flatMap((agency) =>
    agency.cues
      .map((cue) => ({ agency: agency.id, words: rewrittenSyllables(kb.lexicon, cue) }))
      .filter((c) => c.words.length >= 2),
  );
  const entryText = new Map<string, string>();
  for (const [id, entry] of kb.entries) {
    const texts = [entry.title, ...entry.keywords, ...entry.questions, entry.answer];
    entryText.set(id, ` ${texts.map((t) => rewrittenSyllables(kb.lexicon, t).join(' ')).join(' | ')} `);
  }
  const built = { cues, entryText };
  looseByKnowledge.set(kb, built);
  return built;
}

/** Whether `words` holds `cue` in order, with at most `MAX_WORDS_INSIDE_CUE` other words between its first and last. */
function saidLoosely(words: readonly string[], cue: readonly string[]): boolean {
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== cue[0]) continue;
    let k = 1;
    // The cue's last word may stand at most cue.length + MAX_WORDS_INSIDE_CUE - 1 words after its first.
    for (
      let at = start + 1;
      at < words.length && k < cue.length && at - start < cue.length + MAX_WORDS_INSIDE_CUE;
      at++
    )
      if (words[at] === cue[k]) k++;
    if (k === cue.length) return true;
  }
  return false;
}

/**
 * "Nếu dương tính thì điều trị thuốc ARV ở đâu" after the HIV testing service, "thuốc ARV hết thì lấy ở đâu" after
 * the application: another agency's cue (agencies.yaml) said with a word or two inside it, which the engine's referral
 * (whole cues, word for word) does not catch. After a topic that never says the cue (its title, keywords, questions
 * and answer), the question has left the topic for that agency's business. The agency's id, or undefined.
 */
export function agencyCueSaidLoosely(kb: AnswerKnowledge, text: string, topic: string): string | undefined {
  const { cues, entryText } = looseCues(kb);
  const own = entryText.get(topic);
  if (own === undefined) return undefined;
  const words = rewrittenSyllables(kb.lexicon, text);
  return cues.find((c) => saidLoosely(words, c.words) && !own.includes(` ${c.words.join(' ')} `))?.agency;
}
