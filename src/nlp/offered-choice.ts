/**
 * A reply to a "did you mean": the bot offered a few topics and the person
 * answers with one of them, by its number ("2", "cái thứ 2", "thứ hai", "cái
 * đầu"), by the words of its title with or without accents, or with a
 * fragment that fits one of them clearly better than the others ("trợ cấp
 * người già", "khuyết tật"). Anything else is left to be read afresh. It holds
 * no state: the handler keeps the offered topics in the conversation context.
 */
import type { AnswerKnowledge, EngineConfig } from './engine.ts';
import { readNumbers, readTypedChoice } from './typed-choice.ts';
import { tokenize, type Token } from '../text/normalize.ts';
import { FUNCTION_WORDS } from './followup-cues.ts';

/** Words around an ordinal that carry no choice of their own ("em chọn cái thứ 2 nha"). */
const ORDINAL_FILLERS = new Set([
  'a',
  'nha',
  'nhe',
  'nhen',
  'di',
  'do',
  'ad',
  'oi',
  'em',
  'minh',
  'toi',
  'tui',
  'chau',
  'con',
  'chon',
  'lay',
  'xem',
  'hoi',
  'muon',
  'cho',
  'la',
  'vay',
  'the',
  'ay',
  'kia',
  'one',
  'option',
  'number',
  'i',
  'want',
  'pick',
]);

/** Words that say "the one numbered …" before an ordinal ("cái", "số", "câu", "ý", "mục", "thứ"). */
const ORDINAL_HEADS = new Set(['cai', 'so', 'cau', 'y', 'muc', 'thu', 'phuong', 'an', 'lua']);

/** Numbers written as words, after a head word only ("ba" alone is a father, "năm" alone a year). */
const NUMBER_WORDS: Record<string, number> = {
  mot: 1,
  nhat: 1,
  hai: 2,
  nhi: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  first: 1,
  second: 2,
  third: 3,
};

/** The first offered and the last: "cái đầu", "cái đầu tiên", "cái trên", "cái cuối", "cái cuối cùng", "cái dưới". */
const FIRST_WORDS = new Set(['dau', 'tren']);
const LAST_WORDS = new Set(['cuoi', 'duoi', 'last']);
/** What may follow "đầu" and "cuối" ("đầu tiên", "cuối cùng"). */
const END_TAILS = new Set(['tien', 'cung']);

/**
 * "Cái thứ 2", "thứ hai", "số 2 ạ", "cái đầu tiên", "the second one": the
 * position typed, 1-based, with `count` options offered; undefined for
 * anything else.
 */
function readOrdinal(text: string, count: number): number | undefined {
  const typed = readNumbers(text);
  if (typed) return typed.length === 1 ? typed[0] : undefined;
  const words = tokenize(text)
    .map((t) => t.folded)
    .filter((w) => !ORDINAL_FILLERS.has(w));
  const heads = words.filter((w) => ORDINAL_HEADS.has(w)).length;
  const rest = words.filter((w) => !ORDINAL_HEADS.has(w));
  if (rest.length === 0 || rest.length > 2) return undefined;
  const [end, tail] = rest;
  const atEnd = heads > 0 && end !== undefined && (tail === undefined || END_TAILS.has(tail));
  if (atEnd && FIRST_WORDS.has(end)) return 1;
  if (atEnd && LAST_WORDS.has(end)) return count;
  if (rest.length !== 1) return undefined;
  const word = rest[0] as string;
  // "2 ạ", "em chọn 2", "option 2": a digit with nothing but fillers around it.
  if (/^\d$/.test(word)) return Number(word);
  const english = word === 'first' || word === 'second' || word === 'third';
  return heads > 0 || english ? NUMBER_WORDS[word] : undefined;
}

/**
 * "Cái thứ 2, cách đăng ký ấy", "cái đầu tiên, mức tiền ấy": a position typed
 * first, then, after a comma, words that say which topic is meant. The words
 * are what the person remembers; the number may be counted from another list.
 * Undefined when the message does not open with a position and go on.
 */
export function describedPosition(text: string, count: number): { position: string; description: string } | undefined {
  const comma = text.indexOf(',');
  if (comma < 0) return undefined;
  const position = text.slice(0, comma);
  const description = text.slice(comma + 1).trim();
  return description !== '' && readOrdinal(position, count) !== undefined ? { position, description } : undefined;
}

/** Words that make a reply a question ("có hỗ trợ gì ko"): a question about the topic, not a pick of one. */
const QUESTION_WORDS = new Set([
  'gi',
  'khong',
  'ko',
  'k',
  'hong',
  'sao',
  'nao',
  'dau',
  'chua',
  'nhieu',
  'ntn',
  'what',
  'how',
]);

/** The longest reply read as picking an offered topic by its words; longer ones ask something of their own. */
const MAX_FRAGMENT_SYLLABLES = 8;

/**
 * How far ahead of the next offered topic the best must be for a fragment to
 * pick it: "trợ cấp" alone fits every allowance topic and picks none.
 */
const FRAGMENT_MARGIN = 1.25;

/** How many entries are ranked to find where the offered ones stand. */
const RANKED_FOR_FRAGMENT = 12;

/** An offered topic a reply picked, and how: by its position, by its title's words, or as the fragment's best fit. */
export interface OfferedPick {
  id: string;
  by: 'position' | 'words' | 'fragment';
}

/**
 * The offered topic a typed reply picks: by its number or position (only
 * where the topics were the options numbered from 1), by the words of its
 * title, or (a short fragment) by fitting it clearly better than the other
 * offered topics. Undefined when the reply is none of these.
 */
export function pickOffered(
  kb: AnswerKnowledge,
  text: string,
  offered: readonly string[],
  config: EngineConfig,
  positions = true,
): OfferedPick | undefined {
  if (offered.length === 0) return undefined;
  const position = positions ? readOrdinal(text, offered.length) : undefined;
  const atPosition = position === undefined ? undefined : offered[position - 1];
  if (atPosition !== undefined) return { id: atPosition, by: 'position' };
  const titles = offered.map((id) => ({ label: kb.entries.get(id)?.title ?? id }));
  const [byWords] = readTypedChoice(text, titles, { numbers: false }) ?? [];
  const titled = byWords === undefined ? undefined : offered[byWords];
  if (titled !== undefined) return { id: titled, by: 'words' };
  const fit = fragmentFit(kb, text, offered, config);
  return fit === undefined ? undefined : { id: fit, by: 'fragment' };
}

/** The offered topic a short fragment fits clearly best, by the matcher's ranking of the fragment alone. */
function fragmentFit(
  kb: AnswerKnowledge,
  text: string,
  offered: readonly string[],
  config: EngineConfig,
): string | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > MAX_FRAGMENT_SYLLABLES) return undefined;
  const syllables = kb.lexicon.dropFillers(kb.lexicon.rewrite(tokens)).map((t) => t.folded);
  const ranked = kb.matcher.rankTokens(syllables, RANKED_FOR_FRAGMENT).filter((c) => offered.includes(c.id));
  const [best, next] = ranked;
  if (!best || best.score < config.suggestThreshold || !namesTopic(kb, tokens, best.id)) return undefined;
  return next === undefined || best.score >= next.score * FRAGMENT_MARGIN ? best.id : undefined;
}

/**
 * Whether a fragment's words, beyond function words, all come from the
 * topic's title and keywords ("người già" for the elderly allowance): a
 * statement such as "em đang nuôi cháu" names no topic.
 */
function namesTopic(kb: AnswerKnowledge, tokens: readonly Token[], id: string): boolean {
  const entry = kb.entries.get(id);
  if (!entry) return false;
  const own = new Set(tokenize([entry.title, ...(entry.keywords ?? [])].join(' ')).map((t) => t.folded));
  const words = tokens.map((t) => t.folded);
  if (words.some((w) => QUESTION_WORDS.has(w))) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w) && !ORDINAL_FILLERS.has(w) && !ORDINAL_HEADS.has(w));
  return content.length > 0 && content.every((w) => own.has(w));
}
