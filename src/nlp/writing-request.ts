/**
 * Recognises a request to write or translate a text: a script for a show ("kịch bản chương trình văn nghệ ngày
 * 25/3"), a sentence put into another language ("dịch giùm câu này sang tiếng Hàn"), an essay ("write my essay about
 * social work"). The center writes no such texts, so the honest "no information" reply is better than the entry the
 * text's subject is closest to (Social Work Day, a greeting, what social work is).
 * Deliberately narrow: never "viết đơn" or "viết giùm" alone (someone may write an application for a person who
 * cannot), never "phiên dịch" (a sign-language interpreter is a disability service), never "dịch vụ" or "dịch bệnh":
 * only "kịch bản", "dịch … sang/ra tiếng …", a speech, poem, essay or wish to "viết"/"soạn" (`TEXT_KINDS`), and the
 * English "translate", "essay" and "write me/my".
 */
import { foldedRunAt, type Token } from '../text/normalize.ts';

/** How many syllables after "dịch" its "sang tiếng" may come ("dịch giùm tui câu này sang tiếng Hàn"). */
const TRANSLATION_REACH = 8;

/** Folded words that, after "dịch", make it another word ("dịch vụ", "dịch bệnh"). */
const NOT_TRANSLATING_BEFORE = new Set(['vu', 'benh']);

/** True when "dịch" at position `at` asks a translation: "sang tiếng" or "ra tiếng" comes shortly after. */
function translationAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.folded !== 'dich' || NOT_TRANSLATING_BEFORE.has(tokens[at + 1]?.folded ?? '')) return false;
  if (tokens[at - 1]?.folded === 'phien') return false;
  for (let k = at + 1; k <= at + TRANSLATION_REACH && k < tokens.length; k++) {
    const word = tokens[k]?.folded;
    if ((word === 'sang' || word === 'ra') && tokens[k + 1]?.folded === 'tieng') return true;
  }
  return false;
}

/** True when the words at `at` are "kịch bản" (a script) or an English request to write or translate. */
function writingAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.folded;
  const next = tokens[at + 1]?.folded;
  if (word === 'kich' && next === 'ban') return true;
  if (word === 'translate' || word === 'essay') return true;
  return word === 'write' && (next === 'me' || next === 'my');
}

/**
 * Kinds of text people ask to have composed (folded syllables): a speech, a poem, an essay, a wish, a presenter's
 * lines, a thank-you. Never "đơn" (an application), which someone may write for a person who cannot.
 */
const TEXT_KINDS: readonly (readonly string[])[] = [
  ['phat', 'bieu'],
  ['dien', 'van'],
  ['bai', 'tho'],
  ['bai', 'van'],
  ['bai', 'luan'],
  ['tieu', 'luan'],
  ['luan', 'van'],
  ['khoa', 'luan'],
  ['bai', 'hat'],
  ['loi', 'chuc'],
  ['loi', 'dan'],
  ['loi', 'cam', 'on'],
  ['thuyet', 'trinh'],
];

/** How many syllables before the kind of text "viết" or "soạn" may come ("viết giúp tôi bài phát biểu"). */
const COMPOSE_REACH = 5;

/** Folded words that make "viết"/"soạn" a request to someone else ("viết giúp tôi", "soạn giùm em", "nhờ viết"). */
const FOR_ME = new Set(['giup', 'gium', 'dum', 'ho', 'nho']);

/**
 * True when a kind of text starts at `at` and "viết" (write) or "soạn" (compose) comes shortly before it, asked of
 * someone else: opening the message, or with "giúp", "giùm", "hộ", "nhờ" beside it. "Em đang viết tiểu luận, cho em
 * hỏi Đề án 32 do ai phê duyệt" writes the essay itself and asks a fact.
 */
function composingAt(tokens: readonly Token[], at: number): boolean {
  if (kindAt(tokens, at) === undefined) return false;
  for (let k = Math.max(0, at - COMPOSE_REACH); k < at; k++) {
    const word = tokens[k]?.folded;
    if (word !== 'viet' && word !== 'soan') continue;
    const asked = tokens.slice(Math.max(0, k - 2), at).some((t) => FOR_ME.has(t.folded));
    if (k === 0 || asked) return true;
  }
  return false;
}

/** The kind of text (`TEXT_KINDS`) starting at `at`, if any. */
function kindAt(tokens: readonly Token[], at: number): readonly string[] | undefined {
  return TEXT_KINDS.find((words) => foldedRunAt(tokens, at, words));
}

/**
 * True when a kind of text opens the message and "viết" or "soạn" comes later: the text is named first and then asked
 * to be written ("Bài văn nghị luận về lòng nhân ái, người khuyết tật vượt khó, viết giúp em được không?", "bài phát
 * biểu mừng thọ ông viết sao cho hay"). Session 32: named first, the essay's subject (disability) answered instead.
 * Only at the opening: further in, the text is a detail of a story ("em đang làm tiểu luận… viết gì cũng sai").
 */
function namedThenComposed(tokens: readonly Token[]): boolean {
  const opening = kindAt(tokens, 0);
  if (opening === undefined) return false;
  return tokens.slice(opening.length).some((t) => t.folded === 'viet' || t.folded === 'soan');
}

/** Kinds of text a student writes for a degree or a course: asked "đề tài" (its topic), the student asks what to write. */
const THESES = new Set(['luan van', 'khoa luan', 'tieu luan']);

/** How many syllables after the thesis "đề tài" may come ("luận văn thạc sĩ công tác xã hội đề tài nào dễ làm"). */
const TOPIC_REACH = 8;

/**
 * True when a thesis is named and its topic ("đề tài") asked shortly after: choosing a student's topic is no service
 * of the center, whose entries on social work would otherwise answer (session 32). A thesis only told about ("em đang
 * viết luận văn, cho em hỏi Đề án 32 ra đời năm nào") asks a fact and is left alone.
 */
function thesisTopicAt(tokens: readonly Token[], at: number): boolean {
  const kind = kindAt(tokens, at);
  if (kind === undefined || !THESES.has(kind.join(' '))) return false;
  for (let k = at + kind.length; k <= at + kind.length + TOPIC_REACH && k < tokens.length; k++)
    if (tokens[k]?.folded === 'de' && tokens[k + 1]?.folded === 'tai') return true;
  return false;
}

/** Folded words every reading here starts from: a message with none asks for no text. */
export const WRITING_WORDS: readonly string[] = ['kich', 'dich', 'translate', 'essay', 'write', 'viet', 'soan', 'tai'];

/** True when the (tokenised) message asks for a text to be written or translated, or a thesis's topic. */
export function asksToWriteText(tokens: readonly Token[]): boolean {
  return (
    namedThenComposed(tokens) ||
    tokens.some(
      (_, i) => writingAt(tokens, i) || translationAt(tokens, i) || composingAt(tokens, i) || thesisTopicAt(tokens, i),
    )
  );
}
