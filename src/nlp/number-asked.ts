/**
 * "Số gọi cấp cứu là số mấy", "so cuu hoa la bn", "gọi công an số mô", "115 là số gì", "what number do I call for an
 * ambulance", "what's the number for the fire brigade": an emergency service's number asked as a question. Nobody is
 * in danger in the message, so the safeguarding layer rightly hears nothing (or an informational mention), but its
 * words are few and shared with the center's own hotline ("number", "call", "tổng đài"), so the matcher answered with
 * the counselling line or fell back. Someone asking for 115, 114, 113 or 111 must get that number, never a fallback
 * and never the counselling line alone: the emergency entry answers (113, 115, 114, 111, then the hotline, in English
 * for English), or the child protection line's entry when only the child line is asked.
 *
 * A service is named ("cấp cứu", "cứu hỏa", "chữa cháy", "công an", "bảo vệ trẻ em", "ambulance", "fire brigade",
 * "police", or the number itself) and its number is asked: "số" right before it ("số cấp cứu", "số điện thoại của
 * công an", "tổng đài cấp cứu"), or "số mấy / nào / gì / chi / mô / bao nhiêu" after it ("gọi công an số mấy"), or
 * "115 là …" / a bare "số 115"; in English "number", "hotline" or "phone" beside the service and a question, or how to call
 * it. "Số trẻ em" (how many children), "cấp cứu hết bao nhiêu tiền" (a cost) and "đã gọi số cấp cứu" in a story with
 * no question are not number questions.
 */
import { ENTRY_IDS } from '../kb/entry-ids.ts';
import { type AccentedWords, accentedWords, type Token, typedIn } from '../text/normalize.ts';

type Service = 'general' | 'child';

interface ServiceName {
  readonly words: readonly string[];
  readonly service: Service;
  /** Named only after a line's name ("tổng đài trẻ em"): "số trẻ em" counts children. */
  readonly lineOnly?: boolean;
}

/** Emergency services as phrases of accented words (a plain-typed word matches by its folded form). */
const SERVICE_NAMES: readonly ServiceName[] = [
  { words: ['cấp', 'cứu'], service: 'general' },
  { words: ['cứu', 'thương'], service: 'general' },
  { words: ['cứu', 'hỏa'], service: 'general' },
  { words: ['cứu', 'hoả'], service: 'general' },
  { words: ['chữa', 'cháy'], service: 'general' },
  { words: ['phòng', 'cháy'], service: 'general' },
  { words: ['cứu', 'nạn'], service: 'general' },
  { words: ['công', 'an'], service: 'general' },
  { words: ['cảnh', 'sát'], service: 'general' },
  { words: ['khẩn', 'cấp'], service: 'general' },
  { words: ['bảo', 'vệ', 'trẻ', 'em'], service: 'child' },
  { words: ['trẻ', 'em'], service: 'child', lineOnly: true },
  { words: ['ambulance'], service: 'general' },
  { words: ['fire', 'brigade'], service: 'general' },
  { words: ['fire', 'department'], service: 'general' },
  { words: ['fire', 'service'], service: 'general' },
  { words: ['fire', 'station'], service: 'general' },
  { words: ['firefighters'], service: 'general' },
  { words: ['fire'], service: 'general' },
  { words: ['police'], service: 'general' },
  { words: ['emergency'], service: 'general' },
  { words: ['child', 'protection'], service: 'child' },
  { words: ['child', 'helpline'], service: 'child' },
];

/** Each service's words compiled once (the engine asks on every message). */
const SERVICES = SERVICE_NAMES.map((s) => ({ ...s, typed: s.words.map((w) => accentedWords([w])) }));

/** The national numbers themselves: asked about as numbers ("115 là số gì", "số 114"). */
const NUMBERS: ReadonlyMap<string, Service> = new Map([
  ['113', 'general'],
  ['114', 'general'],
  ['115', 'general'],
  ['111', 'child'],
]);

const SO = accentedWords(['số']);
/** Words between "số" and the service that still name its number: "số điện thoại của công an", "số gọi cấp cứu". */
const BETWEEN = accentedWords(['điện', 'thoại', 'gọi', 'của', 'máy', 'đường', 'dây', 'nóng', 'hotline', 'xe']);
/** A line's name before the service: "tổng đài cấp cứu", "đường dây nóng bảo vệ trẻ em", "hotline công an". */
const LINE_BEFORE = [['tổng', 'đài'], ['đường', 'dây', 'nóng'], ['hotline']].map((line) =>
  line.map((w) => accentedWords([w])),
);
/** "… số mấy / nào / gì / chi / mô / bao nhiêu / điện thoại" after the service: which number. */
const WHICH = accentedWords(['mấy', 'nào', 'gì', 'chi', 'mô', 'bao', 'điện']);
/** The service's number asked, Vietnamese: a question or a request in the message. */
const ASKS = accentedWords(['là', 'mấy', 'nào', 'gì', 'chi', 'mô', 'bao', 'xin', 'cho', 'đâu', 'hả', 'hở']);
/** At most this many words, a bare "số cấp cứu" or "police number" asks by itself. */
const FRAGMENT = 6;
/** How far after the service "số mấy" may come ("gọi xe cấp cứu thì bấm số mấy"). */
const WHICH_WITHIN = 4;

const EN_NUMBER = new Set(['number', 'numbers', 'hotline', 'phone']);
const EN_CALL = new Set(['call', 'dial', 'ring', 'reach', 'contact']);
const EN_QUESTION = new Set(['what', 'whats', 'which', 'how', 'who']);

function phraseAt(tokens: readonly Token[], i: number, words: readonly AccentedWords[]): boolean {
  return words.every((w, k) => {
    const t = tokens[i + k];
    return t !== undefined && typedIn(t, w);
  });
}

function lineBefore(tokens: readonly Token[], start: number): boolean {
  return LINE_BEFORE.some((line) => start - line.length >= 0 && phraseAt(tokens, start - line.length, line));
}

/** The services named, each with where it starts and where it ends. */
function servicesNamed(tokens: readonly Token[]): { start: number; end: number; service: Service }[] {
  const found: { start: number; end: number; service: Service }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const named = SERVICES.find((s) => phraseAt(tokens, i, s.typed) && (!s.lineOnly || lineBefore(tokens, i)));
    if (named) {
      found.push({ start: i, end: i + named.words.length, service: named.service });
      i += named.words.length - 1;
    }
  }
  return found;
}

function soBefore(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= 4 && typedIn(tokens[i] as Token, BETWEEN)) i--;
  const before = tokens[i];
  if (before !== undefined && typedIn(before, SO)) return true;
  return lineBefore(tokens, start);
}

function whichAfter(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i < Math.min(tokens.length - 1, end + WHICH_WITHIN); i++) {
    const next = tokens[i + 1];
    if (typedIn(tokens[i] as Token, SO) && next !== undefined && typedIn(next, WHICH)) return true;
  }
  return false;
}

function vietnameseAsk(tokens: readonly Token[], span: { start: number; end: number }): boolean {
  if (whichAfter(tokens, span.end)) return true;
  if (!soBefore(tokens, span.start)) return false;
  return tokens.length <= FRAGMENT || tokens.some((t) => typedIn(t, ASKS));
}

function englishAsk(folded: readonly string[], span: { start: number; end: number }): boolean {
  const question = folded.some((w) => EN_QUESTION.has(w));
  const near = folded.slice(Math.max(0, span.start - 3), span.end + 3);
  if (near.some((w) => EN_NUMBER.has(w))) return question || folded.length <= FRAGMENT;
  return question && near.some((w) => EN_CALL.has(w));
}

/**
 * "gọi 115 thì gặp ai", "113 ai nghe máy", "số 114 dùng để làm gì": who answers a national number, or what it is for,
 * is the same question as "115 là số gì" asked by its use. Only a who/what-for pair within a few words after the
 * number counts ("gọi 113 mà không ai đến" has "ai" but no such pair: it is a call unanswered, read below).
 */
const WHO_BEFORE = accentedWords(['gặp', 'của']);
const WHO = accentedWords(['ai']);
const WHO_AFTER = accentedWords(['nghe', 'bắt', 'trực', 'tiếp']);
const FOR_BEFORE = accentedWords(['để', 'dùng']);
const DO = accentedWords(['làm']);
const WHAT = accentedWords(['gì', 'chi']);
/** How far after the number the who/what-for pair may start ("gọi 115 thì sẽ gặp ai"). */
const USE_WITHIN = 4;

function useAsked(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i <= at + USE_WITHIN && i < tokens.length; i++) {
    if (phraseAt(tokens, i - 1, [WHO_BEFORE, WHO]) || phraseAt(tokens, i, [WHO, WHO_AFTER])) return true;
    if (phraseAt(tokens, i, [FOR_BEFORE, DO, WHAT])) return true;
  }
  return false;
}

/**
 * "Gọi 113 mà không ai đến", "bấm 115 ko ai nghe máy", "gọi 111 không được": a national number called and nobody
 * came or picked up. Told alone it is no danger now (a danger told with it, "đang bị đánh, gọi 113 mà không ai đến",
 * is raised by the safeguarding layer first), but a fallback leaves someone whose call failed with nothing: the
 * numbers are offered again. Only "không"/"chẳng" right before someone coming or picking up, within a few words after
 * a called number, counts ("gọi 113 có mất tiền không" asks a cost, read below).
 */
const CALLED = accentedWords(['gọi', 'bấm', 'quay', 'call', 'called']);
const NOT = accentedWords(['không', 'ko', 'k', 'hông', 'chẳng', 'chả', 'chưa']);
const NO_ANSWER = accentedWords(['ai', 'bắt', 'nghe', 'được', 'tới', 'đến', 'thấy', 'liên', 'gọi']);

function callUnanswered(tokens: readonly Token[], at: number): boolean {
  if (!phraseAt(tokens, at - 1, [CALLED]) && !phraseAt(tokens, at - 2, [CALLED])) return false;
  for (let i = at + 1; i <= at + USE_WITHIN && i < tokens.length; i++) {
    if (phraseAt(tokens, i, [NOT, NO_ANSWER])) return true;
  }
  return false;
}

/**
 * "Gọi 113 có mất tiền không", "115 có tốn phí không", "gọi cấp cứu 115 mất bao nhiêu tiền", "is calling 115 free?": what
 * a call to a national number costs. The emergency entry says that calls to 113, 114, 115 and 111 are free, the child
 * protection line's entry that 111 is: the question is theirs, not a fallback's. A fee's pair ("mất tiền", "tốn phí",
 * "miễn phí", "mất bao nhiêu") within a few words after the number counts, or in English a cost word anywhere with the
 * number ("free", "cost", "charge"). A ride named ("115 có chở miễn phí không", "xe 115 hết bao nhiêu") asks what the
 * ambulance costs, which varies by province and no entry says: an answer that calls are free would read as a free
 * ride, so it stays with the engine's reading, as does "đi cấp cứu hết bao nhiêu tiền" (no number: the hospital's bill).
 */
const FEE_BEFORE = accentedWords(['mất', 'tốn', 'hết', 'miễn', 'tính', 'thu', 'trả', 'có']);
const FEE = accentedWords(['tiền', 'phí', 'cước']);
/** "Mất bao nhiêu", "hết bao nhiêu": an amount spent ("có bao giờ" is no fee). */
const SPENT = accentedWords(['mất', 'tốn', 'hết']);
const HOW_MUCH = accentedWords(['bao']);
const EN_COST = new Set(['free', 'cost', 'costs', 'charge', 'charged', 'charges', 'fee', 'fees', 'pay']);
/** A ride or a vehicle named: the ambulance's fee, not the call's. */
const RIDE = accentedWords(['chở', 'đưa', 'xe', 'ride', 'transport', 'trip', 'vehicle']);

function costAsked(tokens: readonly Token[], at: number): boolean {
  if (tokens.some((t) => typedIn(t, RIDE))) return false;
  if (tokens.some((t) => EN_COST.has(t.folded))) return true;
  for (let i = at + 1; i <= at + USE_WITHIN && i < tokens.length; i++) {
    if (phraseAt(tokens, i, [FEE_BEFORE, FEE]) || phraseAt(tokens, i, [SPENT, HOW_MUCH])) return true;
  }
  return false;
}

/** "115 là số gì", "số 114 là của ai", "what is 113": the national numbers themselves asked about. */
function numbersAsked(tokens: readonly Token[]): Service[] {
  const asked: Service[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const service = NUMBERS.get((tokens[i] as Token).folded);
    if (service === undefined) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1]?.folded;
    // "115 là …", "what is 113"; "số 115" only alone ("số 111 khác hotline thế nào" compares the lines).
    const named = before !== undefined && typedIn(before, SO) && tokens.length <= FRAGMENT;
    if (
      named ||
      after === 'la' ||
      after === 'is' ||
      before?.folded === 'is' ||
      useAsked(tokens, i) ||
      callUnanswered(tokens, i) ||
      costAsked(tokens, i)
    ) {
      asked.push(service);
    }
  }
  return asked;
}

/**
 * The entry that answers an emergency service's number asked, or undefined when none is: the child protection line's
 * when only the child line is asked, else the emergency entry (every national number, then the hotline).
 */
export function emergencyNumberEntry(tokens: readonly Token[]): string | undefined {
  const folded = tokens.map((t) => t.folded);
  const asked = servicesNamed(tokens)
    .filter((span) => vietnameseAsk(tokens, span) || englishAsk(folded, span))
    .map((span) => span.service);
  asked.push(...numbersAsked(tokens));
  if (asked.length === 0) return undefined;
  return asked.every((s) => s === 'child') ? ENTRY_IDS.childProtectionHotline : ENTRY_IDS.emergency;
}
