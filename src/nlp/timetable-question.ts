/**
 * Recognises a question about a bus, train or flight's timetable or ticket ("xe buýt số 3 chạy đến mấy giờ", "lịch tàu
 * Hạ Long – Hà Nội", "vé máy bay cho người già có giảm không"): the transport company's to answer, never the center's.
 * Without this reading, "mấy giờ" gave the center's opening hours and "người già" the elderly allowance, as if either
 * answered. Deliberately narrow: a vehicle of public transport is named ("xe buýt", "xe bus", "tàu hỏa", "tàu lửa",
 * "máy bay", "chuyến bay", "xe khách") and its time or its ticket is asked ("mấy giờ", "giờ nào", "lịch", "chuyến
 * cuối/đầu", a ticket's price or discount: "giảm vé", "giá vé"); never in a message naming the center ("đi xe buýt
 * số mấy tới trung tâm" asks the way there).
 */
import type { Token } from '../text/normalize.ts';
import { namesCenter } from './price-question.ts';

/** Folded pairs naming a vehicle of public transport, by their first word (no string is built per token). */
const VEHICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['xe', new Set(['buyt', 'bus', 'khach'])],
  ['tau', new Set(['hoa', 'lua'])],
  ['may', new Set(['bay'])],
  ['chuyen', new Set(['bay'])],
]);

/** True when the words at `at` name a vehicle of public transport ("xe buýt", "máy bay"). */
function vehicleAt(tokens: readonly Token[], at: number): boolean {
  const second = tokens[at + 1]?.folded;
  return second !== undefined && (VEHICLES.get(tokens[at]?.folded ?? '')?.has(second) ?? false);
}

/** Folded words after which "giờ" asks a time ("mấy giờ", "giờ nào" is read at "nào"). */
const TIME_ASKED_BEFORE = new Set(['may']);

/**
 * Folded words just before "vé" that ask its price or a discount ("miễn vé", "giảm vé", "giá vé"). A ticket only
 * named is no question about it: "nợ tiền vé máy bay, làm chưa đủ thì không trả hộ chiếu" is debt bondage.
 */
const TICKET_ASKED_BEFORE = new Set(['mien', 'giam', 'gia']);

/** True when a time or a ticket's price is asked at `at`: "mấy giờ", "giờ nào", "lịch", "chuyến cuối/đầu", "giảm vé". */
function timeOrTicketAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at] as Token;
  const next = tokens[at + 1]?.folded ?? '';
  if (word.folded === 'gio') return TIME_ASKED_BEFORE.has(tokens[at - 1]?.folded ?? '') || next === 'nao';
  if (word.text === 'vé') return TICKET_ASKED_BEFORE.has(tokens[at - 1]?.folded ?? '');
  if (word.text === 'lịch') return true;
  return word.folded === 'chuyen' && (next === 'cuoi' || next === 'dau');
}

/** Folded words every reading here starts from: the first word of a vehicle. */
export const TIMETABLE_WORDS: readonly string[] = ['xe', 'tau', 'may', 'chuyen'];

/** True when the (tokenised) message asks a bus, train or flight's timetable or ticket and does not name the center. */
export function asksTimetable(tokens: readonly Token[]): boolean {
  return (
    tokens.some((_, i) => vehicleAt(tokens, i)) &&
    tokens.some((_, i) => timeOrTicketAt(tokens, i)) &&
    !namesCenter(tokens)
  );
}
