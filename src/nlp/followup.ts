/**
 * Follow-up questions: "cần giấy tờ gì", "ở đâu", "còn người khuyết tật thì
 * sao" mean nothing alone but are clear after an answer. This module reads
 * what a short message asks about (an aspect: papers, place, cost…) and about
 * whom, and resolves it against the person's conversation context: the last
 * topic, who it was about and what was asked. It holds no state; the handler
 * keeps the context in the session store.
 */
import { ENTRY_IDS } from '../kb/entry-ids.ts';
import type { AnswerKnowledge, EngineConfig } from './engine.ts';
import type { Candidate } from './matcher.ts';
import type { Entry } from '../kb/load.ts';
import type { EmergencyNumber, SituationId } from '../kb/safeguarding-schema.ts';
import { type Token, tokenize } from '../text/normalize.ts';
import { isOlder, readAges } from './age.ts';
import {
  ASPECT_CUES,
  WEAK_ELIGIBILITY_CUES,
  WHO_CUES,
  CENTER_CUES,
  SUBMIT,
  CALL_CUES,
  SEVERITY_CUES,
  DEGREE_KINDS,
  ISSUED_PAPERS,
  MAKING_WORDS,
  MARKER_CUES,
  CLEAR_MARKER_CUES,
  CHAT_SPELLINGS,
  FIELD_WORDS,
  ALLOWANCE,
  ALLOWANCE_NAMES,
  QUANTITY_CUES,
  COMPARED_CUES,
  ALLOWANCE_PHRASE,
  ENGLISH_ASPECT_CUES,
  ENGLISH_WHO_CUES,
  FUNCTION_WORDS,
  ASPECT_PHRASES,
  WHO_PHRASES,
  ASPECT_HOMES,
  THANKS,
  CLOSING_WORDS,
  THANKS_TAIL,
  ACKNOWLEDGEMENTS,
  UNDERSTOOD_CUES,
  NAMED_ON_CUES,
  DECIDED_BY_CUES,
  OFFICE_WORDS,
  ANYONE_CUES,
  PHONE_LINE_NAMES,
  WRITTEN_CHANNELS,
  RECEIVING_NOTICES,
  BESIDES_MONEY,
  COMING_CUES,
  CENTER_WORK_CUES,
  CENTER_HERE_CUES,
  CENTER_KIND_CUES,
  SINCE_CUES,
  TAKES_EFFECT,
  REMAKE_CUES,
  IN_PERSON_CUES,
  LIVING_ALONE,
  type Aspect,
  type Who,
} from './followup-cues.ts';

/** The groups of people a question can be about (re-exported for the context's schema). */
export { GROUPS } from './followup-cues.ts';

/** What the bot remembers of a conversation for a few minutes: ids and labels only, never the text. */
export interface ConversationContext {
  /** The entry answered last (or picked from a button). */
  topic: string | null;
  who: Who | null;
  what: Aspect | null;
  /** The topics a "did you mean" just offered (the first is `topic`), for the reply that picks one; absent otherwise. */
  offered?: string[];
  /** Whether those topics were the options numbered 1, 2, … (not after a safety check-in's own buttons). */
  numbered?: boolean;
  /** The entry whose whole answer the person read last (a follow-up on it then gets its aspect line, not it again). */
  shown?: string;
  /** Set right after an emergency reply (danger now), for a message still about that danger; absent otherwise. */
  danger?: boolean;
  /** The emergency then answered, so a message still about it gets that situation's reply again. */
  dangerOf?: HeldSituation;
  /** Set right after a disclosure of harm done by a person, for a message that places the one harmed with them now. */
  disclosed?: HeldSituation;
}

/**
 * A safeguarding situation the context holds for the next message: which, its numbers, a child, English. A type, not
 * an interface, so the context stays a JSON value for the session store.
 */
export type HeldSituation = {
  situation: SituationId;
  numbers: EmergencyNumber[];
  child: boolean;
  english: boolean;
};

/** The longest syllable count of any follow-up: longer messages are new questions. */
const MAX_FOLLOW_UP_SYLLABLES = 12;

/** Words that make a quantity approximate ("khoảng", "tầm", "chừng"), read only right before one. */
const APPROXIMATELY: ReadonlySet<string> = new Set(['khoang', 'tam', 'chung']);

/** First syllables of a quantity asked ("bao nhiêu", "bao lâu", "mấy ngày"). */
const QUANTITY_STARTS: ReadonlySet<string> = new Set(['bao', 'may']);

/** How many words a statement about a person may say of them beyond the group ("bị cụt chân"). */
const PERSON_DETAIL_WORDS = 2;

/** How many words beyond the cues a marked follow-up may carry when the engine cannot place it alone. */
const LOOSE_EXTRA_WORDS = 2;

/** Words of applying that, beside a place, ask where to file ("làm đơn ở mô"). */
const FILING_CUES = ['lam don', 'viet don', 'lam giay', 'lam ho so', 'dang ky', 'nop'];

/** Words besides the center's name and "làm gì" that still ask what the center does ("thế trung tâm cụ thể làm gì"). */
const CENTER_WORK_EXTRA_WORDS = 2;

/** What a message says about aspect and group, and whether it reads as a follow-up. */
export interface FollowUpReading {
  aspect: Aspect | null;
  who: Who | null;
  /** "còn", "thì sao", "vậy", "thế": the message says it continues the conversation. */
  marker: boolean;
  /** True when the message is short and asks nothing beyond an aspect, a group and markers. */
  followUp: boolean;
  /**
   * Short, marked as continuing ("rứa", "vậy", "còn … thì sao") and asking an
   * aspect or about a group, with a few words besides: a follow-up when the
   * engine cannot place the message alone ("rứa hai người cùng nhận được không").
   */
  loose: boolean;
  /** It names what the topic is about with the topic's keywords ("xét nghiệm ở đâu" after HIV testing). */
  topicWords: boolean;
  /**
   * How many different aspects its cues ask ("giấy tờ gì, nộp ở đâu": two); the
   * general "how" counts only alone, a fee beside "bao nhiêu" once.
   */
  aspectsAsked: number;
  /** The aspect is asked by a cue of its own, not only by "được không" (which is how most questions are asked). */
  clearAspect: boolean;
  /** It asks where to hand papers in ("nộp cho ai", "nộp ở đâu"). */
  submit: boolean;
  /** It asks where to file the application ("làm đơn ở mô", "đăng ký ở đâu"): the place of applying. */
  filing: boolean;
  /** It asks the center's address, hours or phone and names the center ("sdt trung tâm"). */
  aboutCenter: boolean;
  /** It names the center at all ("trung tâm làm gì"): a question about the center, not about the topic. */
  namesCenter: boolean;
  /** It asks what the center does ("thôi, cho hỏi trung tâm làm gì"): the services overview. */
  centerWork: boolean;
  /** A short thanks that asks nothing ("thôi không cần nữa, cảm ơn"): the conversation is closing. */
  closing: boolean;
  /** It asks since when, or when a rise comes ("từ khi nào", "khi nào tăng"): the topic's own date, no routing. */
  since: boolean;
  /** It names the phone line itself ("hotline", "tổng đài"): the line's own entry answers, not the center's card. */
  namesLine: boolean;
  /** It names the allowance ("trợ cấp"): after a service, that is a question about the allowance. */
  allowance: boolean;
  /** It speaks of a phone call ("gọi giờ nào"): its hours and cost are the phone line's. */
  call: boolean;
  /** It names a written channel ("nhắn tin zalo được không"): the center's card lists them. */
  written: boolean;
  /** It asks whether the service is given in person or at home, not where or when ("có phải đến trung tâm không"). */
  inPerson: boolean;
  /** It asks to have a paper another agency issues made ("làm căn cước ở đâu"): that agency's question, no follow-up. */
  makesPaper: boolean;
  /** It names a degree ("nặng", "nhẹ"): with "còn … thì sao", the last question asked again for that degree. */
  severity: boolean;
  /** It asks about having what the topic names ("có lương hưu rồi thì sao"): whether one still qualifies. */
  condition: boolean;
  /** It names a group and nothing else ("cho người khuyết tật", "cho ôn tui, 81 tuổi"). */
  onlyGroup: boolean;
  /** It names a group, asks nothing, and says a little about the person ("ông em 70 tuổi bị cụt chân"). */
  aboutPerson: boolean;
  /**
   * It starts "cho" and names a group ("cho ba tôi bị liệt"), or says one has
   * what the topic speaks of ("đã có giấy xác nhận khuyết tật rồi"): the topic
   * goes on, for that person.
   */
  forWhom: boolean;
}

/** Each cue phrase's syllables, split the first time it is tried rather than on every message (the phrases are this module's constants). */
const phraseSyllables = new Map<string, readonly string[]>();

/** A cue phrase's syllables, split once. */
function syllablesOf(phrase: string): readonly string[] {
  let parts = phraseSyllables.get(phrase);
  if (!parts) {
    parts = phrase.split(' ');
    phraseSyllables.set(phrase, parts);
  }
  return parts;
}

/** Finds where `phrase` occurs in `words` among the positions still free; marks them used. */
function take(words: readonly string[], used: boolean[], phrase: string): boolean {
  const parts = syllablesOf(phrase);
  for (let i = 0; i + parts.length <= words.length; i++) {
    let j = 0;
    while (j < parts.length && words[i + j] === parts[j] && !used[i + j]) j++;
    if (j === parts.length) {
      for (j = 0; j < parts.length; j++) used[i + j] = true;
      return true;
    }
  }
  return false;
}

/** One cue phrase: its key, its syllables, and its first syllable (to skip phrases that cannot occur). */
type Cue<K> = readonly [key: K, phrase: string, first: string];

/**
 * A cue table: its phrases longest first so "bao nhiêu tiền" beats "bao
 * nhiêu", and where each first syllable's phrases are in that order. A
 * message is read against several tables of up to 250 phrases, of which only
 * the few that start with one of its words can occur: the index finds those
 * without trying the others (the order they are tried in is the table's).
 */
interface CueTable<K> {
  readonly cues: ReadonlyArray<Cue<K>>;
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
}

/** A cue table, longest phrases first. */
function byLength<K extends string>(cues: Record<K, string[]>): CueTable<K> {
  const all = (Object.entries(cues) as Array<[K, string[]]>).flatMap(([key, phrases]) =>
    phrases.map((p): Cue<K> => [key, p, p.split(' ')[0] as string]),
  );
  all.sort((a, b) => b[1].split(' ').length - a[1].split(' ').length);
  const byFirst = new Map<string, number[]>();
  all.forEach(([, , first], i) => {
    const at = byFirst.get(first);
    if (at) at.push(i);
    else byFirst.set(first, [i]);
  });
  return { cues: all, byFirst };
}
/** Each key's phrases in both tables. */
function bothLanguages<K extends string>(
  vietnamese: Record<K, string[]>,
  english: Record<K, string[]>,
): Record<K, string[]> {
  const keys = Object.keys(vietnamese) as K[];
  return Object.fromEntries(keys.map((k) => [k, [...vietnamese[k], ...english[k]]])) as Record<K, string[]>;
}
const WHO_BY_LENGTH = byLength(bothLanguages(WHO_CUES, ENGLISH_WHO_CUES));
const ASPECT_BY_LENGTH = byLength(bothLanguages(ASPECT_CUES, ENGLISH_ASPECT_CUES));
const WEAK_ASPECT_BY_LENGTH = byLength({ eligibility: WEAK_ELIGIBILITY_CUES } as Record<Aspect, string[]>);
const CENTER_BY_LENGTH = byLength(CENTER_CUES);
const CENTER_WORK_BY_LENGTH = byLength({ work: CENTER_WORK_CUES });
const CENTER_HERE_BY_LENGTH = byLength({ here: CENTER_HERE_CUES });
const ALLOWANCE_BY_LENGTH = byLength({ allowance: ALLOWANCE_NAMES });

/**
 * Takes every phrase of the table that occurs among the words still free, in
 * the table's order (longest first: an earlier phrase takes its words first),
 * marking its words used; `taken` hears each one's key. Shared by `findCue`
 * (the first key) and `aspectsCued` (every key).
 */
function takeCues<K extends string>(
  words: readonly string[],
  used: boolean[],
  table: CueTable<K>,
  taken: (key: K) => void,
): void {
  // Only phrases whose first syllable is in the message can occur: keeps a long message cheap.
  const candidates: number[] = [];
  for (const word of wordSet(words)) {
    const at = table.byFirst.get(word);
    if (at) for (const i of at) candidates.push(i);
  }
  // In the table's order, as if every phrase were tried.
  if (candidates.length > 1) candidates.sort((a, b) => a - b);
  for (const i of candidates) {
    const [key, phrase] = table.cues[i] as Cue<K>;
    if (take(words, used, phrase)) taken(key);
  }
}

/**
 * The key of the first (longest) phrase that occurs, `generic` only when no
 * other key occurs; every occurring phrase is marked used.
 */
function findCue<K extends string>(
  words: readonly string[],
  used: boolean[],
  table: CueTable<K>,
  generic?: K,
): K | null {
  let found: K | null = null;
  let general: K | null = null;
  takeCues(words, used, table, (key) => {
    if (key === generic) general ??= key;
    else found ??= key;
  });
  return found ?? general;
}

/**
 * How many different aspects the words' cues ask: "cần giấy tờ gì, nộp ở đâu"
 * asks two, so no one aspect's line can answer it. The general "how" (`apply`)
 * counts only when nothing more precise is asked ("đặt lịch thế nào"), and a fee
 * beside "bao nhiêu" is one question, the cost ("phí bao nhiêu").
 */
function aspectsCued(words: readonly string[]): number {
  const keys = new Set<Aspect>();
  takeCues(
    words,
    words.map(() => false),
    ASPECT_BY_LENGTH,
    (key) => keys.add(key),
  );
  if (keys.size > 1) keys.delete('apply');
  if (keys.has('cost')) keys.delete('amount');
  return keys.size;
}

/**
 * The group named first: "cháu tôi mồ côi, ở với bà ngoại" is about the
 * orphan, not the grandmother. Every group phrase is marked used.
 */
function findWho(words: readonly string[], used: boolean[]): Who | null {
  const before = [...used];
  if (findCue(words, used, WHO_BY_LENGTH) === null) return null;
  const start = used.findIndex((u, i) => u && !before[i]);
  for (const [key, phrase] of WHO_BY_LENGTH.cues) if (occursAt(words, start, syllablesOf(phrase))) return key;
  return null;
}

/** Whether the syllables occur in the words from position `at`. */
function occursAt(words: readonly string[], at: number, parts: readonly string[]): boolean {
  if (at < 0 || at + parts.length > words.length) return false;
  for (let j = 0; j < parts.length; j++) if (words[at + j] !== parts[j]) return false;
  return true;
}

/**
 * Whether any of the phrases occurs in the words, used or not. Called a dozen
 * times per message on every text the bot reads: it allocates nothing, and
 * skips a phrase whose first syllable the message lacks.
 */
export function hasCue(words: readonly string[], phrases: readonly string[]): boolean {
  const present = wordSet(words);
  for (const phrase of phrases) {
    const parts = syllablesOf(phrase);
    if (!present.has(parts[0] as string)) continue;
    for (let i = 0; i + parts.length <= words.length; i++) if (occursAt(words, i, parts)) return true;
  }
  return false;
}

/**
 * The distinct words of the word list read last, made once for the dozen
 * lookups of one reading (a list is never changed once read: `used` marks
 * what was taken, beside it).
 */
let lastWords: readonly string[] | undefined;
let lastWordSet: ReadonlySet<string> = new Set();

function wordSet(words: readonly string[]): ReadonlySet<string> {
  if (words !== lastWords) {
    lastWords = words;
    lastWordSet = new Set(words);
  }
  return lastWordSet;
}

/**
 * Whether an issued paper follows a word that asks to have it made ("làm
 * lại giấy khai sinh", "mất căn cước"), a few syllables before it at most.
 */
function makesIssuedPaper(words: readonly string[]): boolean {
  for (const phrase of ISSUED_PAPERS) {
    const parts = syllablesOf(phrase);
    for (let i = 1; i + parts.length <= words.length; i++) {
      if (occursAt(words, i, parts) && MAKING_WORDS.has(words[i - 1] as string)) return true;
    }
  }
  return false;
}

/** The first position marked used in `now` but not in `before` (Infinity if none). */
function firstTaken(now: readonly boolean[], before: readonly boolean[]): number {
  const i = now.findIndex((u, j) => u && !before[j]);
  return i === -1 ? Number.POSITIVE_INFINITY : i;
}

/** "Đã có … rồi": having it already. */
const ALREADY_HAVING = ['da co'];

/** "Rồi" closing a statement of having. */
const DONE = 'roi';

/** "Họ" (they) opening a question: the people the topic is about. */
const THEY = 'ho';

/** What "họ" does in "họ giúp được gì", "họ làm gì", "họ hỗ trợ những gì". */
const THEY_HELP = new Set(['giup', 'lam', 'ho']);

/** "Hỏi" (ask): "cho (em) hỏi" opens a question of its own. */
const ASK = 'hoi';

/** "Cho" before a person: "(the same) for my father". */
const FOR = 'cho';

/** "Thì sao", "rồi sao": what follows if so; beside "có" and the words of a topic's questions, a condition. */
const IF_SO_CUES = ['thi sao', 'roi sao'];

/** "Có": with "thì sao" and only the topic's words, a condition ("có lương hưu rồi thì sao"). */
const HAVING = 'co';

/** "Nếu" (if): beside "thì sao", a case supposed ("còn nếu chỉ mồ côi cha thì sao"). */
const IF = 'neu';

/** "Hỗ trợ" (support): what every service gives, so beside a quantity it names nothing new. */
const SUPPORT = 'ho tro';

/** "82 tuổi", "she is 84": an age written in digits names a group (60 and over: elderly; under 16: a child). */
function findAge(words: readonly string[], used: boolean[]): Who | null {
  for (const age of readAges(words)) {
    if (age.form !== 'digits' || age.by === 'word' || used.slice(age.at, age.end).some(Boolean)) continue;
    used.fill(true, age.at, age.end);
    return isOlder(age.years) ? 'elderly' : 'child';
  }
  // "Vậy chừng nào đủ 80 thì sao": "đủ" (reaching) before an older age in bare digits is an age without its unit.
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1] as string;
    if (words[i] !== REACHING || used[i + 1] || !/^\d{2,3}$/.test(next) || !isOlder(Number(next))) continue;
    // "Đủ 60 người", "đủ 80 nghìn": a count or an amount, not an age.
    if (/^\d/.test(words[i + 2] ?? '') || COUNT_UNITS.has(words[i + 2] ?? '')) continue;
    used.fill(true, i, i + 2);
    return 'elderly';
  }
  return null;
}

/** "Đủ" folded: reaching an age ("đủ 80"). */
const REACHING = 'du';

/** Folded units after a number that make it a count or an amount ("80 người", "80 nghìn"). */
const COUNT_UNITS: ReadonlySet<string> = new Set(
  'nguoi dua lan ngay thang nam trieu tram nghin ngan k tr buoi con ho cai phan'.split(' '),
);

/** "Bí mật" (secret) folded: also how "bị mất" (lost) is typed without accents. */
const SECRET = ['bi', 'mat'] as const;

/**
 * Whether "bi mat" in the message means lost ("bị mất"), not secret ("bí
 * mật"): written so with accents, or typed without them beside a word of
 * having the paper made again ("bi mat thi lam lai sao").
 */
function saysLost(tokens: readonly Token[], words: readonly string[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, second] = [tokens[i] as Token, tokens[i + 1] as Token];
    if (first.folded !== SECRET[0] || second.folded !== SECRET[1]) continue;
    if (!first.plain || !second.plain) return first.text === 'bị' || second.text === 'mất';
    return hasCue(words, REMAKE_CUES);
  }
  return false;
}

/**
 * Whether a short message asks what the center does: its name beside "làm
 * gì", "hỗ trợ gì" ("trung tâm gì" asks which center it is), with at most a
 * couple of other words and no group ("trung tâm hỗ trợ gì cho người khuyết
 * tật" is the group's question).
 */
function asksCenterWork(words: readonly string[]): boolean {
  const used = words.map(() => false);
  const kind = hasCue(words, CENTER_KIND_CUES);
  const named = findCue(words, used, CENTER_BY_LENGTH) ?? findCue(words, used, CENTER_HERE_BY_LENGTH);
  if (named === null) return false;
  if (findCue(words, used, CENTER_WORK_BY_LENGTH) === null && !kind) return false;
  return words.filter((w, i) => !used[i] && !FUNCTION_WORDS.has(w)).length <= CENTER_WORK_EXTRA_WORDS;
}

/**
 * Whether the message asks the center's own address, hours or phone ("sdt
 * trung tâm", "số trung tâm"): the aspects its entry answers (its
 * `follow_ups`). The center's name is marked used only then: "trung tâm có
 * mất phí không" is not about the center's card, nor is a message that names
 * the phone line ("hotline của trung tâm").
 */
function readCenter(kb: AnswerKnowledge, words: readonly string[], used: boolean[], aspect: Aspect | null): boolean {
  const tried = [...used];
  const named = findCue(words, tried, CENTER_BY_LENGTH);
  const asked = aspect ?? (named === 'phone' ? 'contact' : null);
  if (named === null || asked === null) return false;
  // "Hotline của trung tâm là số mấy" names the line itself: its own entry answers, not the center's card.
  if (hasCue(words, PHONE_LINE_NAMES)) return false;
  if (kb.entries.get(ENTRY_IDS.centerContact)?.follow_ups?.[asked] !== ENTRY_IDS.centerContact) return false;
  for (let i = 0; i < used.length; i++) used[i] = tried[i] as boolean;
  return true;
}

/** Whether the message ends by thanking ("…, cảm ơn"); "cảm ơn, cho hỏi …" opens a question instead. */
function thanks(kb: AnswerKnowledge, text: string): boolean {
  const words = kb.lexicon.rewrite(tokenize(text)).map((t) => t.folded);
  for (let i = Math.max(0, words.length - THANKS_TAIL); i + 1 < words.length; i++)
    if (words[i] === THANKS[0] && words[i + 1] === THANKS[1]) return true;
  return false;
}

/**
 * "Có" right before the money: "cháu có tiền hàng tháng không" asks whether there is money; so does "nhận" (receive)
 * before it: "bố được nhận tiền hàng tháng không" asks whether he gets any, not how much.
 */
const HAS_MONEY = ['co tien', 'nhan tien'];

/** The words that close a yes-or-no question ("có … không"), typed in full or in chat. */
const CLOSING_NO: ReadonlySet<string> = new Set(['khong', 'ko', 'k', 'kg', 'khg', 'hong', 'hok', 'hem']);

/** Particles that close a question after its last word ("không ạ", "ko ad", "thì sao ạ"). */
const AFTER_NO: ReadonlySet<string> = new Set(['a', 'ad', 'ah', 'nha', 'nhe', 'vay', 'z', 'v', 'ta', 'ne', 'ha']);

/**
 * Whether the words ask "có tiền … không" of the allowance by name ("có tiền hàng tháng không", "có tiền trợ cấp
 * không"): whether there is any, asked as yes or no. Money of another kind ("có tiền mai táng không") asks what that
 * payment is, which the amount's entry tells.
 */
function asksWhetherMoney(words: readonly string[]): boolean {
  let end = words.length;
  while (end > 0 && AFTER_NO.has(words[end - 1] as string)) end--;
  const asked = words.slice(0, end - 1);
  return CLOSING_NO.has(words[end - 1] ?? '') && hasCue(asked, HAS_MONEY) && hasCue(asked, ALLOWANCE_NAMES);
}

/**
 * Reads a message for an aspect, a group and the shape of a follow-up.
 * Words of the current topic's title ("tiền trợ cấp" after an allowance
 * answer) restate the topic and do not make the message a new question.
 */
export function readFollowUp(kb: AnswerKnowledge, text: string, topic: string | null = null): FollowUpReading {
  // Raw syllables, not the lexicon's rewrite: it reads "to" as teencode for "tôi", but here it is "giấy tờ".
  // "bn" stands for two syllables, "bao nhiêu": cues are matched syllable by syllable.
  const tokens = tokenize(text);
  const words = spelledOut(tokens);
  const used = words.map(() => false);
  // "Bị mất" (lost) asks nothing about confidentiality: its words are taken before the aspects are read.
  if (saysLost(tokens, words)) take(words, used, SECRET.join(' '));
  for (const phrase of RECEIVING_NOTICES) while (take(words, used, phrase));
  const before = [...used];
  const named = findWho(words, used);
  const afterNamed = [...used];
  const aged = findAge(words, used);
  // The person named first is the subject, by an age as much as by a word: "cháu 12 tuổi, ở với bà nội" is the child.
  const who = aged !== null && firstTaken(used, afterNamed) < firstTaken(afterNamed, before) ? aged : (named ?? aged);
  // "Khuyết tật nặng" is also a group phrase: the degree is read whether or not the group took its words.
  const severity = hasCue(words, SEVERITY_CUES);
  for (const kind of DEGREE_KINDS) for (const degree of SEVERITY_CUES) while (take(words, used, `${kind} ${degree}`));
  for (const phrase of SEVERITY_CUES) while (take(words, used, phrase));
  // "Thế nào", "xin", "làm sao" ask how in general: a more precise aspect beside them wins ("đặt lịch thế nào", "xin số").
  const cued = findCue(words, used, ASPECT_BY_LENGTH, 'apply');
  // Whose name it goes under, or who decides on it, is how the application goes whatever else the message names.
  const found = hasCue(words, NAMED_ON_CUES) || hasCue(words, DECIDED_BY_CUES) ? 'apply' : cued;
  // "Phí bao nhiêu" asks what it costs, not what is paid out: a fee beside an amount is the cost.
  const priced = found === 'amount' && hasCue(words, ASPECT_CUES.cost) ? 'cost' : found;
  // "Có ai tới thăm ông được không" asks whether the service sends someone: "được không" is no eligibility there.
  const weak = hasCue(words, ANYONE_CUES) ? null : findCue(words, used, WEAK_ASPECT_BY_LENGTH);
  // "Có được tiền hằng tháng không" asks whether, not how much: money without a quantity beside "có được".
  // "Có được nhiều hơn không" compares amounts: still the amount, though asked as yes or no.
  // "Có giấy rồi thì cháu có tiền hàng tháng ko" asks the same without "được": "có tiền … không" is whether there is
  // any money for them, not how much.
  const whether = weak ?? (asksWhetherMoney(words) ? 'eligibility' : null);
  const strong =
    priced === 'amount' && whether !== null && !hasCue(words, QUANTITY_CUES) && !hasCue(words, COMPARED_CUES)
      ? whether
      : priced;
  const namesCenter = findCue(words, [...used], CENTER_BY_LENGTH) !== null;
  // "Có phải đến trung tâm không", "tư vấn trực tiếp được không": how the service is given, unless the message also
  // asks where or when ("gặp trực tiếp ở mô" is the center's card) or weighs a call against it ("lên trung tâm hay gọi
  // điện": the phone line is as good an answer). The center named beside it says which way, not a new topic.
  const inPerson =
    words.length <= MAX_FOLLOW_UP_SYLLABLES &&
    named === null &&
    aged === null &&
    (strong ?? weak) !== 'place' &&
    (strong ?? weak) !== 'time' &&
    hasCue(words, IN_PERSON_CUES) &&
    !hasCue(words, CALL_CUES);
  if (inPerson) for (const phrase of [...IN_PERSON_CUES, ...CENTER_CUES.center]) while (take(words, used, phrase));
  // "Từ khi nào", "áp dụng từ khi nào", "khi nào tăng": when the topic's fact took or takes effect, not how long.
  const since = (strong ?? weak) === 'duration' && (hasCue(words, SINCE_CUES) || hasCue(words, TAKES_EFFECT));
  if (since) for (const phrase of TAKES_EFFECT) while (take(words, used, phrase));
  const aboutCenter = readCenter(kb, words, used, strong ?? weak);
  const aspect = strong ?? weak ?? (aboutCenter ? 'contact' : null);
  let marker = false;
  // Markers only matter in a message short enough to be a follow-up.
  const short = words.length <= MAX_FOLLOW_UP_SYLLABLES;
  // "Thế" inside "thế nào" asks how; only a "thế" no aspect took says the message continues.
  const unasked = words.map((w, i) => (used[i] ? '' : w));
  if (short) for (const phrase of MARKER_CUES) while (take(words, used, phrase)) marker = true;
  // "Có phải đóng tiền hằng tháng không": the money paid ("đóng tiền") is the cost; the monthly money its words share
  // with the allowance's name is not the allowance.
  const allowance =
    short &&
    hasCue(words, ALLOWANCE_NAMES) &&
    !(aspect === 'cost' && findCue(words, [...used], ALLOWANCE_BY_LENGTH) === null);
  if (short) for (const phrase of FIELD_WORDS) while (take(words, used, phrase));
  // "Hỗ trợ bao nhiêu tiền" after the emergency aid: how much of the topic's support, not a new topic ("có hỗ trợ
  // tiền không" still asks whether there is any, which the topic's own answer says).
  if (short && hasCue(words, QUANTITY_CUES)) while (take(words, used, SUPPORT));
  // "Được hỗ trợ khoảng bao nhiêu tiền", "tầm mấy ngày": a word that makes the quantity approximate names nothing new.
  if (short)
    for (const [i, w] of words.entries())
      if (APPROXIMATELY.has(w) && QUANTITY_STARTS.has(words[i + 1] as string)) used[i] = true;
  // Said alone, a person living alone may be a new topic (the elderly services); in a question that goes on, it is
  // how the person lives.
  if (short && (marker || aspect !== null)) for (const phrase of LIVING_ALONE) while (take(words, used, phrase));
  if (short && aspect === 'place') for (const phrase of OFFICE_WORDS) while (take(words, used, phrase));
  // "Họ giúp được gì" after the hospitals' social work offices: "they" are the people of the topic.
  const they = short && words[0] === THEY && THEY_HELP.has(words[1] as string);
  if (they) used[0] = used[1] = true;
  const entry = topic ? kb.entries.get(topic) : undefined;
  const topicNames = entry ? namingWords(entry) : NO_WORDS;
  const content = words.filter((w, i) => !used[i] && !FUNCTION_WORDS.has(w));
  const rest = content.filter((w) => !topicNames.has(w));
  const makesPaper = short && makesIssuedPaper(words);
  // "Có lương hưu rồi thì sao" after the elderly allowance: having what the topic names, asked as a condition, asks
  // whether one still qualifies (the topic's own keywords say "không có lương hưu").
  // Asked as "… thì sao", the topic's questions count too: "có lương hưu rồi thì sao" after who qualifies, one of
  // whose questions asks about the pension ("vậy có trung tâm nào nhận …" is no condition).
  const having =
    content.length > 0 &&
    words.includes(HAVING) &&
    (rest.length === 0 ||
      (entry !== undefined && hasCue(words, IF_SO_CUES) && content.every((w) => questionWords(entry).has(w))));
  // "Còn nếu chỉ mồ côi cha thì sao" after the amount for a full orphan: "nếu … thì sao" supposes another case of
  // the same question, so what it asks is whether that case still qualifies, not the last aspect again (the amount
  // only follows once it qualifies). Only a message that says nothing beyond the topic's own name and the person:
  // "còn nếu tôi nhận nuôi cháu mồ côi ở nhà thì sao" after residential care supposes another service (its words
  // beyond the topic's name say which). The case is the person's ("mồ côi cha", "khuyết tật nặng"): "thế nếu ông
  // không muốn đi thì sao" after residential care supposes no case of it but asks what else there is.
  const supposed = words.includes(IF) && hasCue(words, IF_SO_CUES) && rest.length === 0 && (who !== null || severity);
  const condition = short && aspect === null && marker && !makesPaper && (having || supposed);
  const asked = condition ? 'eligibility' : aspect;
  // "Đã có giấy xác nhận khuyết tật rồi" after how to apply: one has what the topic speaks of; the topic goes on.
  const already =
    short &&
    aspect === null &&
    !marker &&
    !makesPaper &&
    content.length > 0 &&
    hasCue(words, ALREADY_HAVING) &&
    words.at(-1) === DONE &&
    entry !== undefined &&
    content.every((w) => entryWords(entry).has(w) || questionWords(entry).has(w));
  // "Cho em hỏi người khuyết tật" opens a new question ("let me ask"); "cho ba tôi bị liệt" is for that person.
  const forWhom = (short && who !== null && words[0] === FOR && !words.includes(ASK) && rest.length === 0) || already;
  const followUp =
    !makesPaper &&
    words.length > 0 &&
    words.length <= MAX_FOLLOW_UP_SYLLABLES &&
    (rest.length === 0 || condition || already) &&
    (asked !== null ||
      ((who !== null || severity) && (marker || forWhom)) ||
      (allowance && marker) ||
      they ||
      inPerson);
  // Not where, when or whom to call: beside those, other words name a new thing ("còn thuốc ARV lấy ở đâu").
  const asks = (aspect !== null && !ASPECT_HOMES[aspect]) || who !== null || severity || allowance;
  const clearly = short && hasCue(unasked, CLEAR_MARKER_CUES);
  const loose = !makesPaper && clearly && asks && rest.length <= LOOSE_EXTRA_WORDS;
  // "Dạ", "ừ", "dạ vâng": an acknowledgement made of nothing else closes as a thanks does.
  // "Dạ cháu hiểu rồi ạ": having understood, with only function words around it, acknowledges too.
  const acknowledged =
    (words.length > 0 && words.every((w) => ACKNOWLEDGEMENTS.has(w) || CLOSING_WORDS.has(w))) ||
    hasCue(words, UNDERSTOOD_CUES);
  const closing =
    short &&
    aspect === null &&
    who === null &&
    content.every((w) => CLOSING_WORDS.has(w)) &&
    (thanks(kb, text) || acknowledged);
  const submit = words.includes(SUBMIT);
  const filing = aspect === 'place' && hasCue(words, FILING_CUES);
  const call = hasCue(words, CALL_CUES);
  const written = hasCue(words, WRITTEN_CHANNELS);
  return {
    aspect: asked,
    aspectsAsked: aspectsCued(words),
    clearAspect: priced !== null || aboutCenter,
    who,
    marker,
    followUp,
    loose,
    topicWords: content.length > 0,
    submit,
    filing,
    aboutCenter,
    namesCenter,
    centerWork: short && who === null && asksCenterWork(words),
    closing,
    since,
    namesLine: hasCue(words, PHONE_LINE_NAMES),
    allowance,
    call,
    written,
    inPerson,
    makesPaper,
    severity,
    condition,
    onlyGroup: short && who !== null && aspect === null && rest.length === 0,
    aboutPerson: short && who !== null && aspect === null && rest.length <= PERSON_DETAIL_WORDS,
    forWhom,
  };
}

/** A follow-up resolved against the context: the entry that answers it and how sure that is. */
export interface ResolvedFollowUp {
  entryId: string;
  score: number;
  alternatives: Candidate[];
  /** The context after this message. */
  context: ConversationContext;
}

/** The title of an entry with every group name removed, so a new group can replace the old one. */
function topicAnchor(kb: AnswerKnowledge, topic: string): string[] {
  const title = kb.entries.get(topic)?.title ?? '';
  const words = tokenize(title).map((t) => t.folded);
  const used = words.map(() => false);
  while (findCue(words, used, WHO_BY_LENGTH) !== null);
  return tokenize(title)
    .filter((_, i) => !used[i])
    .map((t) => t.text);
}

/** The allowance entry (its title names the allowance) that best answers an aspect for a group. */
function allowanceEntry(kb: AnswerKnowledge, who: Who | null, what: Aspect | null): string | undefined {
  const question = [who ? WHO_PHRASES[who] : '', what ? ASPECT_PHRASES[what] : '', ALLOWANCE_PHRASE].join(' ');
  const ranked = rankQuestion(kb, question, ALLOWANCE_CANDIDATES);
  return (ranked.find((c) => titleNames(kb, c.id, ALLOWANCE)) ?? ranked[0])?.id;
}

/** How many ranked entries are looked through for one about the allowance. */
const ALLOWANCE_CANDIDATES = 5;

/** The center's name as entry titles write it, folded. */
const CENTER_IN_TITLE = 'trung tam';

/** Whether a message that names the center was read as an entry whose title is about the center ("Trung tâm hỗ trợ những gì?"). */
export function asksAboutCenterEntry(kb: AnswerKnowledge, reading: FollowUpReading, entryId: string): boolean {
  return reading.namesCenter && titleNames(kb, entryId, CENTER_IN_TITLE);
}

/**
 * The entry about what the center does ("Trung tâm hỗ trợ những gì?"): the
 * one entry whose title names the center other than its card; undefined when
 * there is none or several.
 */
export function centerWorkEntry(kb: AnswerKnowledge): string | undefined {
  const about = [...kb.entries.keys()].filter(
    (id) => id !== ENTRY_IDS.centerContact && titleNames(kb, id, CENTER_IN_TITLE),
  );
  return about.length === 1 ? about[0] : undefined;
}

/** Whether an entry's title contains a folded phrase. */
function titleNames(kb: AnswerKnowledge, id: string, phrase: string): boolean {
  const title = tokenize(kb.entries.get(id)?.title ?? '').map((t) => t.folded);
  return ` ${title.join(' ')} `.includes(` ${phrase} `);
}

/**
 * How many entries two fields share to be one field: a service that sends
 * only its amount to the allowance (service-disability) is not itself about
 * the allowance.
 */
const SHARED_FOR_SAME_FIELD = 2;

/** An entry and the entries its `follow_ups` send each aspect to. */
function field(kb: AnswerKnowledge, id: string): Set<string> {
  return new Set([id, ...Object.values(kb.entries.get(id)?.follow_ups ?? {})]);
}

/**
 * Whether two entries answer the same field of questions: they share an
 * entry in their `follow_ups` ("ai được hưởng trợ cấp" and "trợ cấp người cao
 * tuổi" both send papers to the application). After an allowance question,
 * "trẻ mồ côi thì sao" still asks about the allowance, not the children's
 * services.
 */
function sameField(kb: AnswerKnowledge, topic: string, id: string): boolean {
  const own = field(kb, topic);
  return [...field(kb, id)].filter((other) => own.has(other)).length >= SHARED_FOR_SAME_FIELD;
}

/**
 * The entry for the last question asked again for a new group: the best
 * ranked in the topic's field when it has one (the allowance); otherwise the
 * best ranked whose title names the group ("trẻ em thì sao" after the
 * services overview is the children's services, after the hotline 111),
 * else the best ranked.
 */
function newGroupTarget(kb: AnswerKnowledge, topic: string, who: Who | null, ranked: readonly Candidate[]): string {
  // An entry whose title names another group ("còn bà thì sao" after the children's services) is not the new group's.
  const othersOnly = (id: string): boolean => who !== null && ![null, who].includes(titleGroup(kb, id));
  // A topic whose follow-ups all stay on it (the hotline's), or that has none, has no field to keep to.
  const inField =
    field(kb, topic).size > 1 ? ranked.find((c) => sameField(kb, topic, c.id) && !othersOnly(c.id)) : undefined;
  if (inField) return inField.id;
  const named = who === null ? undefined : ranked.find((c) => titleGroup(kb, c.id) === who);
  return (named ?? ranked[0] ?? { id: topic }).id;
}

/** What a group's services are asked with, in canonical Vietnamese. */
const SERVICES_PHRASE = 'được hỗ trợ những gì';

/** How many ranked entries are looked through for the group's services. */
const BESIDES_CANDIDATES = 5;

/**
 * "Ngoài tiền ra còn hỗ trợ gì" about a group, or "có ai đến chăm sóc mẹ
 * không" after the allowance (which sends no one): the entry whose title
 * names that group and not the allowance (the disability services after the
 * disability allowance); undefined when the message asks neither, is long,
 * or no entry names the group.
 */
export function servicesBesidesMoney(
  kb: AnswerKnowledge,
  text: string,
  who: Who | null,
  topic: string | null,
): string | undefined {
  const words = tokenize(text).map((t) => t.folded);
  const someone = topic !== null && titleNames(kb, topic, ALLOWANCE) && hasCue(words, COMING_CUES);
  if (who === null || words.length > MAX_FOLLOW_UP_SYLLABLES || !(someone || hasCue(words, BESIDES_MONEY)))
    return undefined;
  const ranked = rankQuestion(kb, `${WHO_PHRASES[who]} ${SERVICES_PHRASE}`, BESIDES_CANDIDATES);
  return ranked.find((c) => titleGroup(kb, c.id) === who && !titleNames(kb, c.id, ALLOWANCE))?.id;
}

/** The group an entry's title names, if any. */
function titleGroup(kb: AnswerKnowledge, id: string): Who | null {
  const words = tokenize(kb.entries.get(id)?.title ?? '').map((t) => t.folded);
  return findWho(
    words,
    words.map(() => false),
  );
}

/** The best-ranked entry for a question built from canonical phrases. */
function rankQuestion(kb: AnswerKnowledge, question: string, limit: number): Candidate[] {
  const syllables = kb.lexicon.dropFillers(kb.lexicon.rewrite(tokenize(question))).map((t) => t.folded);
  return kb.matcher.rankTokens(syllables, limit).filter((c) => c.id !== ENTRY_IDS.emergency);
}

/**
 * Answers a follow-up from the context. About the same group, the topic's
 * entry says where each aspect is answered (`follow_ups` in its file); an
 * aspect it does not list stays on the topic, except the center's address,
 * hours and phone, which have entries of their own. A new group ("còn người
 * khuyết tật thì sao") asks the last question again for that group.
 * A message that names the center ("số điện thoại trung tâm") is about the
 * center's card even without a context. Undefined when there is no topic or
 * the message is no follow-up. `confident` is the entry the engine answers the
 * message with confidently, if any.
 */
export function resolveFollowUp(
  kb: AnswerKnowledge,
  reading: FollowUpReading,
  previous: ConversationContext | null,
  config: EngineConfig,
  confident: string | null = null,
): ResolvedFollowUp | undefined {
  // "sdt trung tâm" names its own topic, the center, with or without a conversation before it; with no
  // conversation, a bare "số điện thoại" or "mấy giờ" is about the center too: the entry that answers that aspect.
  const bareHome =
    reading.aspect && reading.who === null ? ASPECT_HOMES[reading.aspect]?.find((id) => kb.entries.has(id)) : undefined;
  // "Vậy còn trợ cấp xã hội thì sao" with no conversation: the allowance is the topic, asked whom it is for.
  const allowance = reading.allowance && reading.marker ? allowanceEntry(kb, null, 'eligibility') : undefined;
  const context: ConversationContext | null = reading.aboutCenter
    ? { topic: ENTRY_IDS.centerContact, who: previous?.who ?? null, what: null }
    : (previous ??
      (bareHome ? { topic: bareHome, who: null, what: null } : null) ??
      (allowance ? { topic: allowance, who: null, what: 'eligibility' } : null));
  if (context === null) return undefined;
  const topic = context.topic;
  const entry = topic === null ? undefined : kb.entries.get(topic);
  if (!reading.followUp || topic === null || !entry) return undefined;
  const who = reading.who ?? context.who;
  // "Cho ba tôi bị liệt" after how to apply: the same question, on the same topic, for that person.
  const forWhom = reading.forWhom && context.offered === undefined;
  const groupChanged = reading.who !== null && reading.who !== context.who && !forWhom;
  // A new group without "còn … thì sao", "vậy", "thế" is a new question about that group ("nhà tôi nghèo có được gì không").
  if (groupChanged && !reading.marker) return undefined;
  // For a new group the amount and the eligibility carry over ("bao nhiêu" → "còn người khuyết tật thì sao");
  // papers and places are the same for everyone, so after them a new group asks whether it qualifies.
  // After a "did you mean" nothing was answered yet: the group named is who the question asked was about ("hỏi thủ
  // tục" → "khuyết tật" asks how to apply for that group).
  const asked = context.offered !== undefined || context.what === 'amount' || context.what === 'eligibility';
  const carried = context.what === null || asked ? context.what : 'eligibility';
  // "Còn nặng thì sao": the same group to another degree asks the last question again, as a new group would.
  const regraded = reading.severity && reading.marker && !groupChanged;
  const what = reading.aspect ?? (groupChanged || regraded ? carried : null);
  const question = [who ? WHO_PHRASES[who] : '', what ? ASPECT_PHRASES[what] : topicAnchor(kb, topic).join(' ')].join(
    ' ',
  );
  const ranked = rankQuestion(kb, question, config.maxSuggestions + 3);
  let target = topic;
  if (groupChanged && ranked[0]) target = newGroupTarget(kb, topic, who, ranked);
  // "Ở đâu" alone after a service is the center's address; "xét nghiệm ở đâu" asks where the service itself is given.
  // "Nộp cho ai" hands in papers: where the topic's papers go, never the center's address.
  const submit = what === 'place' && reading.submit;
  const home =
    reading.topicWords || submit ? undefined : ASPECT_HOMES[what ?? 'place']?.find((id) => kb.entries.has(id));
  const papers = submit ? entry.follow_ups?.papers : undefined;
  if (!groupChanged && what) target = entry.follow_ups?.[what] ?? papers ?? home ?? topic;
  // "Từ khi nào" after the amount: the date the amount took effect, which its own answer gives.
  if (!groupChanged && reading.since) target = topic;
  // "Gọi giờ nào", "gọi có mất tiền không": the hours or cost of the topic's phone line, as that line's entry says.
  if (!groupChanged && reading.call && what !== null) target = phoneLineAnswer(kb, entry, what) ?? target;
  // "Hay nhắn tin zalo được k": writing, not calling, is the center's card, whatever line the topic calls.
  if (
    !groupChanged &&
    what === 'contact' &&
    reading.written &&
    !reading.call &&
    kb.entries.has(ENTRY_IDS.centerContact)
  )
    target = ENTRY_IDS.centerContact;
  // "Số hotline để hỏi là gì" after the center's card: the line named is the hotline's own entry, not the card again.
  if (!groupChanged && what === 'contact' && reading.namesLine && target === ENTRY_IDS.centerContact)
    target = ASPECT_HOMES.contact?.find((id) => kb.entries.has(id)) ?? target;
  // "Có phải đến trung tâm không" after a service: how that service is given, which its own answer says.
  if (!groupChanged && reading.inPerson) target = topic;
  // "Có được trợ cấp không" after a service, "xin trợ cấp cần gì" after the disability certificate: the same
  // aspect, asked about the allowance, when the entry found is not about the allowance (its title does not say so).
  // Not when the engine, reading the whole message, answers that entry itself with confidence ("gia đình nhận nuôi có
  // được trợ cấp không" after foster care): the allowance named is that entry's own support for its people.
  if (reading.allowance && !titleNames(kb, target, ALLOWANCE) && target !== confident)
    target = allowanceEntry(kb, who, what) ?? target;
  const score = Math.max(ranked.find((c) => c.id === target)?.score ?? 0, config.answerThreshold);
  return {
    entryId: target,
    score,
    alternatives: ranked.filter((c) => c.id !== target).slice(0, config.maxSuggestions),
    context: { topic: target, who, what },
  };
}

/**
 * The entry that answers an aspect of the phone line a topic sends its phone
 * questions to (the hotline by default), when that line's `follow_ups` list
 * the aspect (its hours and cost); when they do not, the default line's
 * ("is there a number I can call for free" after the center's card, which
 * says nothing of what a call costs, is the free hotline).
 */
function phoneLineAnswer(kb: AnswerKnowledge, entry: Entry, what: Aspect): string | undefined {
  const fallback = ASPECT_HOMES.contact?.find((id) => kb.entries.has(id));
  const lines = [entry.follow_ups?.contact ?? fallback, fallback];
  return lines.map((line) => (line === undefined ? undefined : kb.entries.get(line)?.follow_ups?.[what])).find(Boolean);
}

/**
 * A short question the engine was unsure about ("có cấp chứng chỉ không"
 * after the training entry), asked again together with the topic's title:
 * the topic, when that makes it a clear match; undefined otherwise.
 */
export function answerNearTopic(
  kb: AnswerKnowledge,
  text: string,
  topic: string,
  config: EngineConfig,
): Candidate | undefined {
  const entry = kb.entries.get(topic);
  if (!entry || tokenize(text).length > MAX_FOLLOW_UP_SYLLABLES) return undefined;
  const [best] = rankQuestion(kb, `${text} ${entry.title}`, 3);
  return best && best.id === topic && best.score >= config.answerThreshold ? best : undefined;
}

/** Each entry's title and keywords as a set of folded syllables, built the first time it is asked for. */
const namedWords = new WeakMap<object, Set<string>>();

const NO_WORDS: ReadonlySet<string> = new Set();

/** The folded syllables of an entry's title and keywords: the words that restate its topic. */
function namingWords(entry: Entry): ReadonlySet<string> {
  let own = namedWords.get(entry);
  if (!own) {
    own = new Set([entry.title, ...(entry.keywords ?? [])].flatMap((k) => tokenize(k).map((t) => t.folded)));
    namedWords.set(entry, own);
  }
  return own;
}

/** Each entry's answer as a set of folded syllables, built the first time it is asked for. */
const answerWords = new WeakMap<object, Set<string>>();

/** Each entry's questions as a set of folded syllables, built the first time they are asked for. */
const askedWords = new WeakMap<object, Set<string>>();

/** The folded syllables of the questions an entry answers. */
function questionWords(entry: Entry): Set<string> {
  let own = askedWords.get(entry);
  if (!own) {
    own = new Set(entry.questions.flatMap((q) => tokenize(q).map((t) => t.folded)));
    askedWords.set(entry, own);
  }
  return own;
}

/** The folded syllables of an entry's title and answer. */
function entryWords(entry: Entry): Set<string> {
  let own = answerWords.get(entry);
  if (!own) {
    own = new Set(tokenize(`${entry.title} ${entry.answer}`).map((t) => t.folded));
    answerWords.set(entry, own);
  }
  return own;
}

/**
 * The words of a short message that carry a topic, once the given phrases
 * and function words are set aside; undefined when it is long, names a
 * group, or says nothing beyond them.
 */
function contentWords(text: string, skipped: readonly string[]): string[] | undefined {
  const words = foldedWords(text);
  if (words.length === 0 || words.length > MAX_FOLLOW_UP_SYLLABLES) return undefined;
  const used = words.map(() => false);
  if (findWho(words, used) !== null) return undefined;
  for (const phrase of skipped) while (take(words, used, phrase));
  const content = words.filter((w, i) => !used[i] && !FUNCTION_WORDS.has(w));
  return content.length > 0 ? content : undefined;
}

/**
 * "Có tư vấn tâm lý không" after the trafficking support: a short question
 * whose every word the topic's own answer uses asks about part of that
 * service, not about the general entry for it. False when the message names
 * a group or nothing beyond function words.
 */
export function coveredByTopic(kb: AnswerKnowledge, text: string, topic: string): boolean {
  const entry = kb.entries.get(topic);
  const content = entry ? contentWords(text, MARKER_CUES) : undefined;
  if (!entry || !content) return false;
  const own = entryWords(entry);
  return content.every((w) => own.has(w));
}

/** How many syllables a message that asks what "they" do may have: a sentence about the person, then the question. */
const THEY_QUESTION_SYLLABLES = 20;

/**
 * "Bố em nằm viện, nhà nghèo, họ có giúp tiền viện phí không" after the
 * hospitals' social work offices: "họ" (they) asking whether they help are
 * the people of the topic just answered, whatever else the message names.
 * "Họ" must be written so, or the whole message typed without accents
 * ("hộ" is a household).
 */
export function asksWhatTheyDo(text: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length > THEY_QUESTION_SYLLABLES) return false;
  const plain = tokens.every((t) => t.plain);
  return tokens.some((t, i) => {
    const next = tokens[i + 1]?.folded === HAVING ? tokens[i + 2] : tokens[i + 1];
    return (t.text === 'họ' || (plain && t.folded === THEY)) && next !== undefined && THEY_HELP.has(next.folded);
  });
}

/** Words that ask which command to type: "gõ lệnh gì", "bấm gì", "what command". */
const COMMAND_CUES = ['lenh', 'go gi', 'bam gi', 'command'];

/** Words a bare question for a command may have besides its cue ("gõ lệnh gì vậy ad"). */
const COMMAND_WORDS: ReadonlySet<string> = new Set(['go', 'bam', 'nao', 'what', 'which', 'type']);

/** A command in an entry's answer: a slash and letters after a space or at the start ("/xoadulieu", not "commune/ward"). */
const COMMAND_IN_ANSWER = /(^|\s)\/[a-z]+/;

/**
 * "Gõ lệnh gì" after the data policy: a bare question for the command to type,
 * asked after an answer that names a command (`/xoadulieu`), is about that
 * answer's command, not the list of every command; false for a message that
 * asks more ("có lệnh nào khác không") or after an answer that names none.
 */
export function asksTopicCommand(kb: AnswerKnowledge, text: string, topic: string): boolean {
  const entry = kb.entries.get(topic);
  if (!entry || !COMMAND_IN_ANSWER.test(entry.answer)) return false;
  const words = foldedWords(text);
  if (words.length > MAX_FOLLOW_UP_SYLLABLES || !hasCue(words, COMMAND_CUES)) return false;
  const used = words.map(() => false);
  for (const phrase of COMMAND_CUES) while (take(words, used, phrase));
  return words.every((w, i) => used[i] || FUNCTION_WORDS.has(w) || COMMAND_WORDS.has(w));
}

/** A message's folded syllables, chat spellings spelled out. */
function foldedWords(text: string): string[] {
  return spelledOut(tokenize(text));
}

/** The tokens' folded syllables, chat spellings ("bn": "bao nhiêu") spelled out. */
function spelledOut(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const [i, t] of tokens.entries()) {
    // "Được nhiêu", "nhiêu tiền", "mỗi tháng nhiêu": in the south and in chat "nhiêu" alone is "bao nhiêu" (how much).
    // Typed without accents it may be "nhiều" (much: "cảm ơn nhiều"), so only beside "tiền" is it read so.
    const howMuch =
      tokens[i - 1]?.folded !== 'bao' &&
      (t.text === 'nhiêu' || (t.plain && t.folded === 'nhieu' && tokens[i + 1]?.folded === 'tien'));
    const spelled = howMuch ? 'bao nhieu' : CHAT_SPELLINGS.get(t.folded);
    if (spelled === undefined) words.push(t.folded);
    else for (const part of syllablesOf(spelled)) words.push(part);
  }
  return words;
}

/** Where, not what: "trong bệnh viện", "ở xã" say which place the topic is asked about. */
const PLACE_PREPOSITIONS = ['trong', 'o', 'tai'];

/**
 * "Bệnh viện huyện có không" after the social work offices: a short message
 * whose every word, besides offices, places and particles, is in the topic's
 * title asks about the topic, even when those words also name another
 * agency's business. False when the message names a person.
 */
export function namedByTopicTitle(kb: AnswerKnowledge, text: string, topic: string): boolean {
  const entry = kb.entries.get(topic);
  const content = entry ? contentWords(text, [...MARKER_CUES, ...OFFICE_WORDS, ...PLACE_PREPOSITIONS]) : undefined;
  if (!entry || !content) return false;
  const title = new Set(tokenize(entry.title).map((t) => t.folded));
  return content.every((w) => title.has(w));
}

/** The context after a standalone answer: its topic, plus any group and aspect the message named. */
export function contextAfterAnswer(
  previous: ConversationContext | null,
  entryId: string,
  reading: FollowUpReading,
): ConversationContext {
  return { topic: entryId, who: reading.who ?? previous?.who ?? null, what: reading.aspect };
}

/** Words before "còn" that still open a turn to another person ("vậy còn", "thế còn", "à còn"). */
const TURN_OPENERS: ReadonlySet<string> = new Set(['vay', 'the', 'a', 'ma', 'da']);

/** "Còn" folded: with a person right after it, the conversation turns to that person. */
const TURN = 'con';

/**
 * Kinship and person words that, right after "còn", name the person the conversation turns to ("còn mẹ tôi", "còn
 * ổng", "còn ôn", "còn em"), or the writer ("còn tui bị khuyết tật nhẹ ở chân thì được tính thêm hông"); folded, so
 * "bà", "ba", "bả" are one word.
 */
const TURN_PERSONS: ReadonlySet<string> = new Set(
  'me ma ba bo cha ong on chong vo chau di cau em anh chi co chu bac thim mo o ban toi tui minh'.split(' '),
);

/**
 * The persons that make a "con" typed without accents a turn: "con em", "con chị", "con anh" are also "my child",
 * "her child" ("con e 2t ruoi ko goi ten" is a child described, not a turn away from them).
 */
const PLAIN_TURN_PERSONS: ReadonlySet<string> = new Set('me ma ba bo cha ong on chong vo'.split(' '));

/**
 * Kinship words that turn the conversation to a person without "còn", when the message closes with "thì sao" ("ông nội
 * em 72 ở hộ nghèo thì sao" after the elderly allowance): the same turn, said without its opening word. Only the
 * unambiguous ones: "em", "anh", "chị", "tôi" open ordinary questions, and "vô" (enter) and "ôn" are other words.
 */
const KIN_FIRST: ReadonlySet<string> = new Set('me ma ba bo cha ong chong'.split(' '));

/** Words after "ba" that make it the number three ("ba đứa thì sao"), not the father. */
const COUNTED: ReadonlySet<string> = new Set('dua nguoi thang nam lan tuoi trieu tram ngay buoi con'.split(' '));

/** "Thì sao" folded, which closes a turn said without "còn"; particles may follow it ("thì sao ạ", "thi sao ad"). */
const IF_SO = ['thi', 'sao'];

/** Where the words end before at most two closing particles ("thì sao ạ", "có được không ad"). */
function endBeforeParticles(words: readonly string[]): number {
  let end = words.length;
  while (end > 0 && end > words.length - 2 && AFTER_NO.has(words[end - 1] as string)) end--;
  return end;
}

/**
 * Whether the words close with "thì sao", then at most two particles. An age line after it ("bà ngoại em 79 thì sao,
 * chưa tới 80") sets the person's age against the rules' line: the question still closes with "thì sao".
 */
function closesWithIfSo(words: readonly string[]): boolean {
  const end = endBeforeParticles(words);
  const close = end - ageLineBefore(words, end);
  return words[close - 2] === IF_SO[0] && words[close - 1] === IF_SO[1];
}

/** Folded words that set an age against a line ("tới 80", "đủ 80", "gần 80", "trên 80", "mới 79"). */
const AGE_LINE: ReadonlySet<string> = new Set(['toi', 'du', 'den', 'gan', 'sap', 'tren', 'duoi', 'hon', 'qua', 'moi']);

/** "Chưa" (not yet) folded, before an age line ("chưa tới 80"). */
const NOT_YET = 'chua';

/** "Tuổi" folded, after the age of an age line ("chưa đủ 80 tuổi"). */
const YEARS = 'tuoi';

/**
 * How many words before `end` make an age line: "chưa" (optional), a word of AGE_LINE, an older age in bare digits,
 * "tuổi" (optional). Zero when they do not.
 */
function ageLineBefore(words: readonly string[], end: number): number {
  const last = words[end - 1] === YEARS ? end - 1 : end;
  const age = words[last - 1] ?? '';
  if (!/^\d{2,3}$/.test(age) || !isOlder(Number(age)) || !AGE_LINE.has(words[last - 2] ?? '')) return 0;
  const start = words[last - 3] === NOT_YET ? last - 3 : last - 2;
  return end - start;
}

/** Whether the words close with a yes-or-no ending ("không", "ko", "hông"), then at most two particles. */
function asksYesOrNo(words: readonly string[]): boolean {
  return CLOSING_NO.has(words[endBeforeParticles(words) - 1] ?? '');
}

/** The longest message read as a turn to another person: a story is no follow-up. */
const PERSON_TURN_SYLLABLES = 20;

/** How far after the person their age may be written ("ông ngoại cháu 86 tuổi", "mẹ tôi 72"). */
const TURN_AGE_REACH = 5;

/**
 * "Còn mẹ tôi 72, bị mù hai mắt thì sao", "con me toi 72 nha trong ho can ngheo thi co dc ko", "còn cậu tôi, con
 * ông, câm điếc bẩm sinh, năm nay 50 thì sao": a message that opens by turning to another person ("còn" and a
 * kinship word) asks the conversation's question again for that person, however much it then says about them. The
 * ordinary reading stops at 12 syllables and at the first word that is neither a cue nor a group, so such a turn
 * fell back, or went to the entry of the one circumstance the engine heard in it (the poverty services for "hộ cận
 * nghèo", the disability services for "câm điếc"), instead of the last question asked for that person. The details
 * say whom the question is for: an age written near the person (in bare digits too, "mẹ tôi 72", when it is an older
 * one) is theirs, before any group word ("cháu" in "ông ngoại cháu 86 tuổi" is the writer); otherwise the group the
 * details name. A person described asks whether they qualify, when nothing else is asked. Undefined when the
 * message does not open so, is long, or makes another agency's paper.
 */
export function readPersonTurn(kb: AnswerKnowledge, text: string, topic: string | null): FollowUpReading | undefined {
  const tokens = tokenize(text);
  const words = spelledOut(tokens);
  let at = 0;
  while (TURN_OPENERS.has(words[at] ?? '') && at < 2) at++;
  const persons = tokens[at]?.text.toLowerCase() === 'còn' ? TURN_PERSONS : PLAIN_TURN_PERSONS;
  const opened = words[at] === TURN && persons.has(words[at + 1] ?? '');
  // "Ông nội em 72 ở hộ nghèo thì sao": the person first and "thì sao" last turns to them as "còn" would.
  const personFirst =
    !opened && KIN_FIRST.has(words[at] ?? '') && !(words[at] === 'ba' && COUNTED.has(words[at + 1] ?? ''));
  if ((!opened && !personFirst) || words.length > PERSON_TURN_SYLLABLES) return undefined;
  // "Bà ngoại các cháu cũng 70 rồi có được gì không": the person first and whether they qualify asked last turns to
  // them as "thì sao" does; the age or group the details name says who (checked below). Only a message that closes
  // with either is read as a follow-up here.
  const ifSo = personFirst && closesWithIfSo(words);
  const yesOrNo = personFirst && !ifSo && asksYesOrNo(words);
  if (!opened && !ifSo && !yesOrNo) return undefined;
  const reading = readFollowUp(kb, text, topic);
  const kinFirst = ifSo || (yesOrNo && reading.aspect === 'eligibility');
  if (!opened && !kinFirst) return undefined;
  if (reading.makesPaper) return undefined;
  // Without "còn", only a turn the ordinary reading does not take ("mẹ em 72 tuổi thì sao" is already a follow-up).
  if (kinFirst && reading.followUp) return undefined;
  const person = kinFirst ? at : at + 1;
  const near = words.slice(person + 1, person + 1 + TURN_AGE_REACH);
  const [age] = readAges(near);
  const bare = near.find((w, i) => /^\d{2,3}$/.test(w) && isOlder(Number(w)) && !/^\d/.test(near[i + 1] ?? ''));
  const aged = age ? (isOlder(age.years) ? 'elderly' : 'child') : bare !== undefined ? 'elderly' : null;
  // Without "còn", the details must say who the person is (an age, a group): "ông ở với chú út trên núi thì sao" tells
  // a circumstance of the same grandfather, for which the topic is offered again (session 26), not a new person.
  if (kinFirst && (aged ?? reading.who) === null) return undefined;
  const turned = { ...reading, who: aged ?? reading.who, marker: true, followUp: true };
  // After an allowance entry, the person is asked about for their own group's allowance (whether they qualify, when
  // nothing else is asked). After a service, a turn the ordinary reading already takes ("con ba toi 83t thi sao") is
  // left to it; a longer one asks the service for them, whatever its details cue ("còn bố tôi 70 bị mù một mắt thì có
  // làm được không" after the certificate asks whether it can be done for him, not whether he qualifies).
  if (allowanceTopic(kb, topic)) return { ...turned, aspect: turned.aspect ?? 'eligibility' };
  if (reading.followUp) return undefined;
  return { ...turned, aspect: null, forWhom: true };
}

/** Whether the entry is about the allowance: its title says so ("Trợ cấp cho người cao tuổi", "Cách đăng ký hưởng trợ cấp"). */
export function allowanceTopic(kb: AnswerKnowledge, topic: string | null): boolean {
  return topic !== null && titleNames(kb, topic, ALLOWANCE);
}

/**
 * Whether the entry the engine answers a turn to another person with is one the turn names only by the person's
 * group ("câm điếc" heard as the disability services, "hộ cận nghèo" as the poverty services), the topic itself, or
 * an entry of the topic's field: then the turn asks the conversation's question for that person. An entry heard for
 * something else ("thế còn vợ chồng em cãi nhau" is the family counselling) stays the engine's answer.
 */
export function heardOnlyThePerson(kb: AnswerKnowledge, text: string, topic: string, entryId: string): boolean {
  if (entryId === topic || sameField(kb, topic, entryId)) return true;
  const group = titleGroup(kb, entryId);
  return group !== null && hasCue(foldedWords(text), WHO_CUES[group]);
}

/**
 * "Có giấy rồi thì nó có được lãnh tiền hàng tháng hông" after the disability certificate: a short question that names
 * the allowance ("trợ cấp", "tiền hằng tháng") after an entry that is not about it, which the engine is unsure of, asks
 * about the allowance: the allowance entry for the aspect asked (whether one qualifies, when nothing else is asked) and
 * the group, to be offered before the topic. The follow-up reading already asks the allowance when every other word
 * is a cue; here the words about the person or the paper ("có giấy rồi", "nó", "lãnh") kept it from being one, and the
 * topic (the certificate) was offered first. Undefined when the message names no allowance or the topic is about it.
 */
export function namedAllowance(
  kb: AnswerKnowledge,
  reading: FollowUpReading,
  topic: string,
  who: Who | null,
): string | undefined {
  if (!reading.allowance || allowanceTopic(kb, topic)) return undefined;
  const target = allowanceEntry(kb, reading.who ?? who, reading.aspect ?? 'eligibility');
  return target === topic ? undefined : target;
}
