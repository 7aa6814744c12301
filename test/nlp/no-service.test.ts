import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalLines } from '../../src/eval.ts';
import { asksOfCharity } from '../../src/nlp/charity-question.ts';
import { asksForNoService } from '../../src/nlp/no-service.ts';
import { asksAboutPet } from '../../src/nlp/pet-question.ts';
import { asksObservanceDate } from '../../src/nlp/observance-date.ts';
import { asksMarketPrice } from '../../src/nlp/price-question.ts';
import { asksToChooseProduct } from '../../src/nlp/product-choice.ts';
import { asksToChooseProvider } from '../../src/nlp/provider-choice.ts';
import { asksTimetable } from '../../src/nlp/timetable-question.ts';
import { asksWeatherOrSport } from '../../src/nlp/weather-sport.ts';
import { asksToWriteText } from '../../src/nlp/writing-request.ts';
import { tokenize } from '../../src/text/normalize.ts';

const EVAL = resolve(import.meta.dirname, '../eval');
const questions = readdirSync(EVAL)
  .filter((file) => file.endsWith('.jsonl') && !file.startsWith('conversations'))
  .flatMap((file) => parseEvalLines(readFileSync(resolve(EVAL, file), 'utf8')).map((r) => r.q));

describe('one scan for the questions that ask no service of the center', () => {
  it('agrees with the nine readings on every evaluation question', () => {
    expect(questions.length).toBeGreaterThan(1000);
    const askedAny = (question: string): boolean => {
      const tokens = tokenize(question);
      return (
        asksMarketPrice(tokens) ||
        asksToWriteText(tokens) ||
        asksAboutPet(tokens) ||
        asksToChooseProduct(tokens) ||
        asksOfCharity(tokens) ||
        asksToChooseProvider(tokens) ||
        asksWeatherOrSport(tokens) ||
        asksTimetable(tokens) ||
        asksObservanceDate(tokens)
      );
    };
    const disagree = questions.filter((q) => asksForNoService(tokenize(q)) !== askedAny(q));
    expect(disagree).toEqual([]);
    expect(questions.some(askedAny)).toBe(true);
  });

  it('recognises each reading, and a question with none of their words', () => {
    for (const question of [
      'viện dưỡng lão tư nhân giá bao nhiêu',
      'trung tâm có bán vé số từ thiện không',
      'dịch giùm câu này sang tiếng Hàn',
      'write my essay about social work',
      'nhận nuôi chó mèo bị bỏ rơi ở đâu',
      'thu cung bi benh dua di dau',
      'xe lăn điện hãng nào bền',
      'quỹ từ thiện nào giúp người bị ung thư',
      'phòng khám tư nhân nào khám tai cho người già',
      'đội tuyển bóng đá tối nay đá mấy giờ',
      'tàu hỏa ra Hà Nội có chuyến đầu lúc mấy giờ',
      'Ngày Phụ nữ Việt Nam là ngày mấy',
    ])
      expect(asksForNoService(tokenize(question)), question).toBe(true);
    for (const question of ['cho em hỏi trợ cấp người già bao nhiêu', 'gia đình em khó khăn', 'bị chó cắn tiêm ở đâu'])
      expect(asksForNoService(tokenize(question)), question).toBe(false);
  });
});
