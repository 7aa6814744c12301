import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/eligibility/evaluate.ts';
import { parseAnswer } from '../../src/eligibility/parse-answer.ts';
import type { EligibilityRules } from '../../src/eligibility/rules.ts';
import { parseNumberWords } from '../../src/eligibility/vietnamese-number.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const rules = kb.eligibility as EligibilityRules;
const context = { rules, lexicon: kb.lexicon, year: 2026 };

function parse(questionId: string, text: string): Answer | undefined {
  const question = rules.questionById.get(questionId);
  if (!question) throw new Error(`no question ${questionId}`);
  return parseAnswer(question, text, context);
}

const age = (min: number, max = min) => expect.objectContaining({ kind: 'number', min, max });
const choice = (value: string): Answer => ({ kind: 'choice', value });

describe('typed ages', () => {
  it.each([
    ['82', age(82)],
    ['82 tuổi', age(82)],
    ['tám mươi hai', age(82)],
    ['tam muoi hai', age(82)],
    ['tám hai', age(82)],
    ['ba tôi 82 tuổi', age(82)],
    ['ba toi 82 tuoi', age(82)],
    ['năm nay bà nội tôi đã tám mươi hai tuổi rồi', age(82)],
    ['mười lăm', age(15)],
    ['muoi lam tuoi', age(15)],
    ['bảy mốt', age(71)],
    ['một trăm lẻ hai', age(102)],
    ['hơn 80 tuổi', age(81, 120)],
    ['trên 75', age(76, 120)],
    ['tám mươi mấy', age(80, 89)],
    ['chưa đến 3 tuổi', age(0, 2)],
    ['8 tháng', age(0)],
    ['bé được 8 tháng tuổi', age(0)],
    ['sinh năm 1945', age(80, 81)],
    ['ba', age(3)],
  ])('"%s"', (text, expected) => {
    expect(parse('age', text)).toEqual(expected);
  });

  it('links a typed range to the matching button', () => {
    expect(parse('age', 'dưới 3 tuổi')).toEqual({ kind: 'number', min: 0, max: 2, option: '0-2' });
    expect(parse('age', 'từ 80 tuổi trở lên')).toEqual({ kind: 'number', min: 80, max: 120, option: '80-120' });
  });

  it.each([
    ['a real question with an age in it', 'ba tôi 80 tuổi có được tiền không'],
    ['a question about something else', 'tổng đài số mấy'],
    ['an age nobody has', '500'],
    ['"ba" meaning father, not three', 'ba tôi'],
    ['two different ages', 'ba tôi 80 mẹ tôi 75'],
    ['a sentence that only mentions a number', 'nhà tôi có 5 người đang ở trọ'],
  ])('does not read an age from %s', (_what, text) => {
    expect(parse('age', text)).toBeUndefined();
  });
});

describe('typed choices', () => {
  it.each([
    ['household', 'hộ cận nghèo', 'near-poor'],
    ['household', 'ho can ngheo', 'near-poor'],
    ['household', 'dạ nhà em nghèo lắm', 'poor'],
    ['household', 'không phải hộ nghèo', 'neither'],
    ['household', 'hông biết', 'unknown'],
    ['household', 'ko bit', 'unknown'],
    ['household', 'k biết', 'unknown'],
    ['disability-level', 'chưa giám định', 'unassessed'],
    ['disability-level', 'chua giam dinh', 'unassessed'],
    ['disability-level', 'đặc biệt nặng', 'extreme'],
    ['disability-level', 'dac biet nang', 'extreme'],
    ['disability-level', 'nặng', 'severe'],
    ['disability', 'ko', 'no'],
    ['disability', 'có', 'yes'],
    ['who', 'ba tôi', 'family'],
    ['who', 'cho mẹ em', 'family'],
    ['who', 'cho tôi', 'self'],
    ['support', 'không có ai', 'none'],
    ['support', 'có con cháu', 'has'],
    ['hiv', 'bo qua', 'skip'],
    ['caregiver', 'mồ côi cả cha lẫn mẹ', 'orphan-both'],
    ['pension', 'khong co', 'none'],
  ])('%s: "%s"', (question, text, value) => {
    expect(parse(question, text)).toEqual(value === undefined ? undefined : choice(value));
  });

  it.each([
    ['a question that names an option', 'household', 'hộ nghèo được hỗ trợ gì?'],
    ['a question that names an option, without accents', 'household', 'ho ngheo thi lam ho so o dau'],
    ['two different answers at once', 'disability', 'có, không'],
    ['something unrelated', 'pension', 'trung tâm ở đâu'],
  ])('does not take %s as an answer', (_what, question, text) => {
    expect(parse(question, text)).toBeUndefined();
  });
});

describe('Vietnamese number words', () => {
  const n = (text: string) => parseNumberWords(tokenize(text));
  it('reads the common forms and refuses non-numbers', () => {
    expect(n('hai mươi tư')).toBe(24);
    expect(n('chín mươi')).toBe(90);
    expect(n('một trăm')).toBe(100);
    expect(n('mười')).toBe(10);
    expect(n('mươi hai')).toBeUndefined();
    expect(n('hai ba bốn')).toBeUndefined();
  });
});
