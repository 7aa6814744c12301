/** The reply's language read from the message as a whole: Vietnamese names and quotes inside English set aside. */
import { describe, expect, it } from 'vitest';
import { evaluateSafeguarding, parseSafeguardingLines } from '../../src/eval-safeguarding.ts';
import { readsAsEnglish } from '../../src/safeguarding/reply-language.ts';
import { realKnowledge } from '../helpers/kb.ts';

const { detector } = realKnowledge().safeguarding;
const english = (text: string): boolean => readsAsEnglish(text, (folded) => detector.isEnglishWord(folded));

describe('readsAsEnglish', () => {
  it.each([
    // Place and person names and quoted words inside an English sentence are set aside.
    ['we are stuck on the roof of our house in Hòa Vang, the water is still rising', true],
    ['my neighbour Bà Sáu has not opened her door for three days and I can smell gas', true],
    ["she wrote 'con xin lỗi bố mẹ' on her wall and now she is not answering", true],
    ['the owner took my CCCD and my phone and will not let me go home, Bà Rịa-Vũng Tàu', true],
    // Accented words that are no names stay Vietnamese: an English word or two does not make the message English.
    ['Tôi bị đánh, help me please', false],
    ['cứu với, please help, chồng em đánh em', false],
    ['mom I took them all, please don’t be mad, con thương mẹ nhiều lắm', false],
    // A capitalised run that opens the message, or words in capitals, are no name.
    ['Chồng Tôi Đánh Tôi, please help me', false],
    ['help, CỨU TÔI VỚI, NÓ ĐANG ĐÁNH TÔI', false],
    // A number with a unit is in no language; teencode and unaccented Vietnamese are not English.
    ['they say she owes them 10k and she cannot leave the house', true],
    ['t 14t, ba t cam dao doa cat tay t vi t noi lai, me t di lam chua ve', false],
    ['to can giup do a', false],
  ])('%s → English: %s', (text, expected) => {
    expect(english(text)).toBe(expected);
  });
});

describe('the eval counts English messages answered in English', () => {
  it('over the English-tagged rows that got a safeguarding reply, not the rest', () => {
    const rows = parseSafeguardingLines(
      [
        { text: 'a', situation: 'violence', outcome: 'danger-now', styles: ['english'] },
        { text: 'b', situation: 'violence', outcome: 'danger-now', styles: ['english'] },
        { text: 'c', situation: 'violence', outcome: 'disclosure', styles: ['english'] },
        { text: 'd', situation: 'violence', outcome: 'danger-now', styles: [] },
        { text: 'e', situation: null, outcome: 'none', styles: ['english'] },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const report = evaluateSafeguarding(rows, (text) => ({
      outcome: text === 'c' ? 'disclosure' : text === 'e' ? 'none' : 'danger-now',
      engineOutcome: text === 'c' ? 'disclosure' : text === 'e' ? 'answer' : 'crisis',
      situation: 'violence',
      cues: [],
      concern: false,
      english: text !== 'b',
    }));
    expect(report.englishReply).toEqual({ total: 3, hits: 2, rate: 2 / 3 });
  });
});
