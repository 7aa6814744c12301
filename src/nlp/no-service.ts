/**
 * Whether a question asks for something that is no service of the center: a market price, a text to write or
 * translate, a kept pet, a product, provider or pastime to choose (price-question.ts, writing-request.ts,
 * pet-question.ts, product-choice.ts), a provider chosen by its quality (provider-choice.ts), the weather or football
 * (weather-sport.ts), a charity's own work (charity-question.ts), a timetable or a ticket (timetable-question.ts), the
 * date of a day of observance other than Social Work Day (observance-date.ts). Each reading starts from a few
 * words most questions lack, so one scan of the question's words says which readings can apply, and only those
 * read the question; a question with none of the words costs one look-up per word and allocates nothing.
 */
import type { Token } from '../text/normalize.ts';
import { asksOfCharity, CHARITY_WORDS } from './charity-question.ts';
import { asksObservanceDate, OBSERVANCE_WORDS } from './observance-date.ts';
import { asksAboutPet, mayStartPetQuestion } from './pet-question.ts';
import { asksMarketPrice, MARKET_PRICE_WORDS } from './price-question.ts';
import { asksToChooseProduct, CHOICE_WORDS } from './product-choice.ts';
import { asksToChooseProvider, PROVIDER_WORDS } from './provider-choice.ts';
import { asksTimetable, TIMETABLE_WORDS } from './timetable-question.ts';
import { asksWeatherOrSport, WEATHER_SPORT_WORDS } from './weather-sport.ts';
import { asksToWriteText, WRITING_WORDS } from './writing-request.ts';

const MARKET_PRICE = 1;
const WRITING = 2;
const PET = 4;
const CHOICE = 8;
const CHARITY = 16;
const PROVIDER = 32;
const WEATHER_SPORT = 64;
const TIMETABLE = 128;
const OBSERVANCE = 256;

/** The readings each folded word can start (a bit per reading). */
const READINGS_BY_WORD = new Map<string, number>();
for (const [words, reading] of [
  [MARKET_PRICE_WORDS, MARKET_PRICE],
  [WRITING_WORDS, WRITING],
  [CHOICE_WORDS, CHOICE],
  [CHARITY_WORDS, CHARITY],
  [PROVIDER_WORDS, PROVIDER],
  [WEATHER_SPORT_WORDS, WEATHER_SPORT],
  [TIMETABLE_WORDS, TIMETABLE],
  [OBSERVANCE_WORDS, OBSERVANCE],
] as const)
  for (const word of words) READINGS_BY_WORD.set(word, (READINGS_BY_WORD.get(word) ?? 0) | reading);

/**
 * True when the (tokenised) question asks a market price, a text, about a pet, what or which provider to choose, the
 * weather or football, of a charity, a bus, train or flight's timetable or ticket, or the date of another day.
 */
export function asksForNoService(tokens: readonly Token[]): boolean {
  let readings = 0;
  for (const token of tokens) {
    readings |= READINGS_BY_WORD.get(token.folded) ?? 0;
    if (mayStartPetQuestion(token)) readings |= PET;
  }
  if (readings === 0) return false;
  return (
    ((readings & MARKET_PRICE) !== 0 && asksMarketPrice(tokens)) ||
    ((readings & WRITING) !== 0 && asksToWriteText(tokens)) ||
    ((readings & PET) !== 0 && asksAboutPet(tokens)) ||
    ((readings & CHOICE) !== 0 && asksToChooseProduct(tokens)) ||
    ((readings & CHARITY) !== 0 && asksOfCharity(tokens)) ||
    ((readings & PROVIDER) !== 0 && asksToChooseProvider(tokens)) ||
    ((readings & WEATHER_SPORT) !== 0 && asksWeatherOrSport(tokens)) ||
    ((readings & TIMETABLE) !== 0 && asksTimetable(tokens)) ||
    ((readings & OBSERVANCE) !== 0 && asksObservanceDate(tokens))
  );
}
