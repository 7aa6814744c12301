/**
 * Recognises small talk about the weather or a football match ("thời tiết mai sao", "kết quả bóng đá tối qua"):
 * neither is a service of the center, and in a conversation the topic before them would otherwise be offered as if
 * they continued it. Deliberately narrow: the weather only as "thời tiết" with no hardship beside it (cold, heat,
 * storms and floods bring relief the center may give: "thời tiết lạnh, người già neo đơn có được cấp chăn không"),
 * football only as "bóng đá", "đá bóng" or "đá banh", and never in a message naming the center.
 */
import type { Token } from '../text/normalize.ts';
import { namesCenter } from './price-question.ts';

/** Folded words of hard weather: with them the weather is a hardship, not small talk. */
const HARDSHIP = new Set(['lanh', 'ret', 'nong', 'bao', 'lu', 'lut', 'han']);

/** True when the words at `at` are "thời tiết" (typed with or without accents). */
function weatherAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.folded === 'thoi' && tokens[at + 1]?.folded === 'tiet';
}

/** True when the words at `at` name football: "bóng đá", "đá bóng", "đá banh". */
function footballAt(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.folded;
  const second = tokens[at + 1]?.folded;
  return (first === 'bong' && second === 'da') || (first === 'da' && (second === 'bong' || second === 'banh'));
}

/** Folded words every reading here starts from. */
export const WEATHER_SPORT_WORDS: readonly string[] = ['thoi', 'bong', 'da'];

/** True when the (tokenised) message is small talk about the weather or football. */
export function asksWeatherOrSport(tokens: readonly Token[]): boolean {
  // "Đã" starts a reading here in most messages: the center's name is looked for only once the topic is heard.
  const football = tokens.some((_, i) => footballAt(tokens, i));
  const weather =
    !football && tokens.some((_, i) => weatherAt(tokens, i)) && !tokens.some((t) => HARDSHIP.has(t.folded));
  return (football || weather) && !namesCenter(tokens);
}
