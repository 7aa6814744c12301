import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { olderAgeAt, personAskProblems } from '../../src/nlp/person-asked.ts';
import { lexiconSchema } from '../../src/kb/schema.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const answered = (question: string): { outcome: string; entryId: string | null; referral?: string } => {
  const r = findAnswer(kb, question);
  return { outcome: r.outcome, entryId: r.entryId, ...(r.referral ? { referral: r.referral } : {}) };
};

/** Each question is answered directly with its entry. */
const expectAnswers = (cases: ReadonlyArray<readonly [string, string]>): void => {
  for (const [question, entry] of cases)
    expect(answered(question), question).toEqual({ outcome: 'answer', entryId: entry });
};
/** Each question is referred to its agency. */
const expectReferrals = (cases: ReadonlyArray<readonly [string, string]>): void => {
  for (const [question, agency] of cases)
    expect(answered(question), question).toEqual({ outcome: 'referral', entryId: null, referral: agency });
};

describe('a person described and a money ask are answered with the group’s entry', () => {
  it('answers an older relative’s allowance question by the age, with and without accents', () => {
    expectAnswers([
      ['ông nội em năm nay 84 tuổi thì có được nhận trợ cấp gì không ạ', 'elderly-allowance'],
      ['ong noi em nam nay 84 tuoi thi co duoc nhan tro cap gi khong a', 'elderly-allowance'],
    ]);
  });

  it('reads "U80", "chín mươi tuổi" and "79t" as an older person', () => {
    expectAnswers([
      ['mẹ mình U80 rồi, có được nhà nước cho tiền không', 'elderly-allowance'],
      ['cụ nhà em chín mươi tuổi rồi có được trợ cấp ko', 'elderly-allowance'],
      ['ba noi em 79t song mot minh co duoc nhan tien gi khong', 'elderly-allowance'],
    ]);
  });

  it('answers a relative’s stroke or paralysis with who gets the monthly allowance, with and without accents', () => {
    expectAnswers([
      ['mẹ em bị tai biến nằm một chỗ, có được trợ cấp không', 'eligibility-social-allowance'],
      ['ba tui bi dot quy liet 2 chan may nam nay co dc huong tro cap ko', 'eligibility-social-allowance'],
    ]);
  });

  it('answers an older person living alone asked about in English', () => {
    expectAnswers([['My grandmother is 81 and lives alone. Can she get any allowance?', 'elderly-allowance']]);
  });
});

describe('the same people asked about another business keep their answer', () => {
  it('keeps a nursing home with residential care and the certificate’s papers with the certificate', () => {
    expectAnswers([
      ['bố em 84 tuổi muốn vào viện dưỡng lão thì có mất tiền không', 'service-residential-care'],
      ['bố em bị tai biến liệt nửa người, làm giấy xác nhận khuyết tật cho bố ở đâu', 'disability-registration'],
    ]);
  });

  it('refers a health-insurance card and a pension to BHXH, and a hospital to the health facilities', () => {
    expectReferrals([
      ['mẹ em 78 tuổi có được cấp thẻ bảo hiểm y tế miễn phí không', 'bhxh'],
      ['ông em 82 tuổi có lương hưu, tháng này chưa nhận được tiền lương hưu', 'bhxh'],
      ['mẹ em bị đột quỵ, nằm bệnh viện nào có phục hồi chức năng tốt', 'y-te'],
    ]);
  });

  it('leaves someone telling of their own stroke yesterday to the safeguarding layer', () => {
    expect(answered('tôi bị tai biến hôm qua, giờ tê nửa người có được trợ cấp không').outcome).toBe('disclosure');
  });
});

describe('an older person’s age', () => {
  const at = (text: string): number => olderAgeAt(tokenize(text));

  it('is found however it is written', () => {
    expect(at('bố em 82 tuổi')).toBe(2);
    expect(at('bà nội em 75t')).toBe(3);
    expect(at('ông ngoài 80 rồi')).toBe(2);
    expect(at('ông U80')).toBe(1);
    expect(at('mẹ tôi tám mươi tuổi')).toBe(2);
    expect(at('bà bảy mươi lăm tuổi')).toBe(1);
  });

  it('is no amount, no count and no young age', () => {
    expect(at('ngoài 80 nghìn một tháng')).toBe(-1);
    expect(at('hơn 60 người trong xóm')).toBe(-1);
    expect(at('em 25 tuổi')).toBe(-1);
    expect(at('trợ cấp 500 nghìn')).toBe(-1);
  });
});

describe('person_asks in lexicon.yaml', () => {
  it('names every entry id it does not know, by group and field', () => {
    const lists = lexiconSchema.parse({
      person_asks: { groups: [{ id: 'elderly', words: ['người già'], money: 'no-such-entry' }] },
    }).person_asks;
    expect(personAskProblems(lists, new Set(['elderly-allowance']))).toEqual([
      {
        file: 'lexicon.yaml',
        field: 'person_asks › groups › elderly › money',
        message: 'không có mục nào mang mã "no-such-entry".',
      },
    ]);
  });
});
