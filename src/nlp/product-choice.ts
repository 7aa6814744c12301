/**
 * Recognises a request to pick a product, a provider or a pastime: which app, brand, shop or tour ("app nào đặt xe cho
 * người khuyết tật", "tour nào cho người già", "hãng nào uy tín"), which kind is good ("xe lăn loại nào tốt"), which
 * film ("phim hay về trẻ mồ côi"), a team-building game, or a hotel or trip for tourists. The center recommends no product, company or pastime, so
 * the honest "no information" reply is better than the entry whose people the thing is for (disability, the elderly,
 * children) answering as if it did.
 * Deliberately narrow: the thing is chosen ("nào", "gì", or a quality asked: "tốt", "uy tín", "rẻ"), never only named
 * ("tải app VssID" is BHXH's, "xem phim người lớn" may be a child's trouble); "hãng" only with its accent ("hàng");
 * "phim" only when a film is asked for ("phim hay/nào/gì", "link phim", "lịch chiếu"), never "bấm phím" typed without accents or "phim chụp";
 * and never in a message naming the center or the bot, whose own app or channel is then asked.
 */
import type { Token } from '../text/normalize.ts';
import { namesCenter } from './price-question.ts';

/** Folded single words for a product or provider to choose ("app nào", "tour nào"). */
const CHOSEN_THINGS = new Set(['app', 'tour', 'shop']);
/** Folded two-syllable names for the same ("ứng dụng nào", "thương hiệu nào"). */
const CHOSEN_PAIRS = new Set(['ung dung', 'thuong hieu', 'nhan hieu']);
/** Folded words that ask which one. */
const WHICH = new Set(['nao', 'gi']);

/** How many syllables after "loại nào" or the film its quality or "nào" may come ("loại nào bổ mà rẻ"). */
const CHOICE_REACH = 3;

/** True when the word at `at` is a quality asked of a thing to buy: good, trusted, cheap, effective. */
export function qualityAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  const next = tokens[at + 1]?.folded;
  if (!word) return false;
  if (word.folded === 'tot' || word.text === 'rẻ' || word.text === 'bền') return true;
  if (word.plain && word.folded === 're') return true;
  return (word.folded === 'uy' && next === 'tin') || (word.folded === 'hieu' && next === 'qua');
}

/** True when one of the `reach` words after `at` satisfies `test`. */
export function within(tokens: readonly Token[], at: number, reach: number, test: (k: number) => boolean): boolean {
  for (let k = at + 1; k <= at + reach && k < tokens.length; k++) if (test(k)) return true;
  return false;
}

/** True when a product or provider is chosen at `at`: "app nào", "hãng nào", "ứng dụng nào", "loại nào tốt". */
function choiceAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at] as Token;
  const next = tokens[at + 1]?.folded ?? '';
  if (CHOSEN_THINGS.has(word.folded) || word.text === 'hãng') return WHICH.has(next);
  if (CHOSEN_PAIRS.has(`${word.folded} ${next}`)) return WHICH.has(tokens[at + 2]?.folded ?? '');
  if (word.folded === 'loai' && next === 'nao')
    return within(tokens, at + 1, CHOICE_REACH, (k) => qualityAt(tokens, k));
  return false;
}

/** Folded words before "phim" typed without accents that make it "phím" (a key): "bấm phím", "bàn phím". */
const KEY_PRESSED = new Set(['bam', 'go', 'an', 'nhan', 'ban']);

/** True when a film is asked for at `at`: "phim hay", "phim (Hàn) nào/gì", "link phim", "(lịch) chiếu phim". */
function filmAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'phim') return false;
  const before = tokens[at - 1]?.folded ?? '';
  if (KEY_PRESSED.has(before)) return false;
  if (before === 'link' || before === 'chieu') return true;
  return tokens[at + 1]?.folded === 'hay' || within(tokens, at, 2, (k) => WHICH.has(tokens[k]?.folded ?? ''));
}

/** True when the word at `k` is "nào" (or "nao"). */
function naoAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.folded === 'nao';
}

/** Folded words before "sách" that make it no book: "chính sách" (a policy), "danh sách" (a list). */
const NOT_A_BOOK_BEFORE = new Set(['chinh', 'danh']);

/**
 * True when a book, a song, a music show or a game is asked for at `at`: "sách hay", "sách (…) nào", "cuốn nào",
 * "bài hát nào/hay", "xin bài hát", "lời bài hát", "ca nhạc gì", "trò chơi (…) nào", "trò chơi hay". Like a film, none
 * is the center's to recommend. "Sách" only with its accent ("sạch" is clean), never "chính sách" or "sách vở" (school
 * supplies the center may help with); "trò chơi gì" is left alone (what game a child was lured through).
 */
function mediaAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at] as Token;
  const next = tokens[at + 1]?.folded ?? '';
  // `naoAt` with inline arrows at its uses, not a named closure made for every word: under tsx (esbuild's keepNames)
  // each named closure made costs a defineProperty, about 0.5 µs, and this runs on every word of many messages.
  if (word.text === 'sách' && !NOT_A_BOOK_BEFORE.has(tokens[at - 1]?.folded ?? '') && next !== 'vo')
    return next === 'hay' || within(tokens, at, 2, (k) => naoAt(tokens, k));
  if (word.text === 'cuốn')
    return next === 'nao' || (next === 'sach' && within(tokens, at + 1, 2, (k) => naoAt(tokens, k)));
  if (word.folded === 'bai' && next === 'hat') {
    const before = tokens[at - 1]?.folded ?? '';
    return (
      before === 'xin' ||
      before === 'loi' ||
      tokens[at + 2]?.folded === 'hay' ||
      within(tokens, at + 1, 3, (k) => naoAt(tokens, k))
    );
  }
  if (word.folded === 'ca' && next === 'nhac')
    return within(tokens, at + 1, 2, (k) => WHICH.has(tokens[k]?.folded ?? ''));
  if (word.folded === 'tro' && next === 'choi')
    return tokens[at + 2]?.folded === 'hay' || within(tokens, at + 1, 3, (k) => naoAt(tokens, k));
  return false;
}

/** Folded words of travel and lodging, in English or borrowed ("homestay"): never a service of the center. */
const TRAVEL = new Set(['hotel', 'hotels', 'tourist', 'tourists', 'resort', 'homestay']);

/** True when the words at `at` are "team building" or a word of travel and lodging. */
function pastimeAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.folded ?? '';
  return TRAVEL.has(word) || (word === 'team' && tokens[at + 1]?.folded === 'building');
}

/** Folded words of health a diet is asked for ("sống thọ", "khỏe", "bổ", "tiểu đường", "huyết áp", "giảm cân"). */
const DIET_GOALS = new Set(['tho', 'khoe', 'bo', 'tieu', 'huyet', 'can', 'beo', 'gay', 'benh']);

/** Folded words of want: with them, what to eat is hunger, never a diet ("đói", "tiền", "gạo"). */
const HUNGER = new Set(['doi', 'tien', 'gao', 'ngheo']);

/**
 * True when a diet is asked at `at`: "nên ăn gì" (what one should eat), or "ăn gì để/cho" and a word of health just
 * after ("ăn gì cho người tiểu đường", "ăn gì để sống thọ"). What to eat is a doctor's or a dietitian's advice, and
 * the entry of the people it is asked for (the elderly) answered as if the center gave it (session 32). Never with a
 * word of want in the message: "không có tiền, không biết ăn gì cho qua bữa" is hunger, which the center helps with.
 */
function dietAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at] as Token;
  if (word.folded !== 'an' || (word.text !== 'ăn' && !word.plain) || tokens[at + 1]?.folded !== 'gi') return false;
  const next = tokens[at + 2]?.folded ?? '';
  const asked =
    tokens[at - 1]?.folded === 'nen' ||
    ((next === 'de' || next === 'cho') && within(tokens, at + 2, 3, (k) => DIET_GOALS.has(tokens[k]?.folded ?? '')));
  return asked && !tokens.some((t) => HUNGER.has(t.folded));
}

/** True when the message names the center or the bot: its own app, channel or activities are then asked. */
function namesCenterOrBot(tokens: readonly Token[]): boolean {
  return namesCenter(tokens) || tokens.some((t) => t.folded === 'bot');
}

/** Folded words every reading here starts from: a message with none asks to choose nothing. */
export const CHOICE_WORDS: readonly string[] = [
  'app',
  'tour',
  'shop',
  'hang',
  'ung',
  'thuong',
  'nhan',
  'loai',
  'phim',
  'team',
  'sach',
  'cuon',
  'bai',
  'ca',
  'tro',
  'an',
  ...TRAVEL,
];

/** True when the (tokenised) message asks which product, provider, film, game, lodging or diet to choose. */
export function asksToChooseProduct(tokens: readonly Token[]): boolean {
  return (
    tokens.some(
      (_, i) =>
        choiceAt(tokens, i) || filmAt(tokens, i) || mediaAt(tokens, i) || pastimeAt(tokens, i) || dietAt(tokens, i),
    ) && !namesCenterOrBot(tokens)
  );
}
