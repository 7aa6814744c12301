import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { olderAgeAt, PersonAskReader, personAskProblems } from '../../src/nlp/person-asked.ts';
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
      ['bà nội mình năm nay 87 tuổi rồi, nhà nước có cho tiền gì không ạ', 'elderly-allowance'],
      ['ong ngoai e nam nay 91 tuoi co dc huong gi ko ad', 'elderly-allowance'],
      ['cụ ông nhà em 93 tuổi có được trợ cấp gì không', 'elderly-allowance'],
    ]);
  });

  it('reads "U95", "chín mươi hai" after "năm nay" and the Huế "mệ … rứa" as an older person', () => {
    expectAnswers([
      ['ông cố tui U95 rồi, ổng có được lãnh tiền gì không', 'elderly-allowance'],
      ['bà tôi năm nay chín mươi hai, bà có được tiền hằng tháng không', 'elderly-allowance'],
      ['mệ tui 84 tuổi rồi, rứa mệ có được tiền chi không', 'elderly-allowance'],
    ]);
  });

  it('does not take "vậy" typed without accents for a loan', () => {
    expectAnswers([['ba ngoai 90 tuoi chua dc lanh tien gi het vay la sao', 'elderly-allowance']]);
  });

  it('answers an older person in a poor household with the older person’s allowance, which covers them', () => {
    expectAnswers([['mẹ tôi 77 tuổi, nhà cận nghèo, có được trợ cấp không', 'elderly-allowance']]);
  });

  it('answers the same questions asked in English', () => {
    expectAnswers([
      ['my grandpa is 88, does he get a monthly allowance?', 'elderly-allowance'],
      ['My uncle has been deaf since birth, is he entitled to a monthly allowance?', 'eligibility-social-allowance'],
    ]);
  });
});

describe('an age told by a birthday or a birth year, "được nhận", and a serious illness', () => {
  it('reads an age with the birthday month after it, a birth year and "turns 80" as an older person', () => {
    expectAnswers([
      ['ông em vừa tròn 80, tháng sinh nhật xong có được nhận tiền không', 'elderly-allowance'],
      ['ong noi em sn 1948 co dc tro cap gi ko ad', 'elderly-allowance'],
      ['My grandmother turns 85 this year, is there an allowance for her?', 'elderly-allowance'],
      ['Is my grandfather, who turned 80 last spring, entitled to any benefit?', 'elderly-allowance'],
    ]);
  });

  it('hears "có được nhận không" about an older person as a money ask', () => {
    expectAnswers([
      ['ông bà ngoại em đều trên 85 rồi, hai ông bà có được nhận không', 'elderly-allowance'],
      ['bà tui đã ngoài 80, có được nhận không ạ', 'elderly-allowance'],
      ['ông tôi 81 tuổi có được nhận không', 'elderly-allowance'],
    ]);
  });

  it('hears an older person not paid yet ("chưa có tiền", "chưa lãnh") as asking about the allowance', () => {
    expectAnswers([['bà ngoại tui 84 tuổi rồi mà vẫn chưa có tiền gì hết, vậy là sao', 'elderly-allowance']]);
  });

  it('reads English "seniors", "a monthly payment", "get anything" and "eligible" as a person and a money ask', () => {
    expectAnswers([
      ['My grandmother is 82, does she get anything from the state?', 'elderly-allowance'],
      ['Is there a monthly payment for seniors over 80?', 'elderly-allowance'],
      ['Is my disabled brother eligible for anything?', 'eligibility-social-allowance'],
    ]);
  });

  it('reads "không đóng bảo hiểm" beside an older person as no pension, not a question about insurance', () => {
    expectAnswers([
      ['ba tui U80, không lương hưu, không bảo hiểm gì hết, có được trợ cấp không', 'elderly-allowance'],
      ['ông em 81 tuổi, cả đời làm ruộng không đóng bảo hiểm, có được hưởng chế độ gì không', 'elderly-allowance'],
      ['má em ngoài 80, chưa đóng bảo hiểm ngày nào, má có được nhận tiền gì không', 'elderly-allowance'],
    ]);
  });

  it('answers who qualifies for someone with a serious illness', () => {
    expectAnswers([
      ['mẹ em bị bệnh nặng mấy năm nay, có được nhận trợ cấp không', 'eligibility-social-allowance'],
      ['bố em bị parkinson nặng, có được hưởng chế độ gì không', 'eligibility-social-allowance'],
    ]);
  });

  it('leaves a younger birth year, a phone, an illness, insurance, a bus and a pension as they were', () => {
    const cases: ReadonlyArray<readonly [string, ReturnType<typeof answered>]> = [
      ['ba tôi sinh năm 1980 có được trợ cấp gì không', { outcome: 'fallback', entryId: null }],
      [
        'ông tôi 75 tuổi gọi điện mãi không được, mạng yếu quá',
        { outcome: 'did-you-mean', entryId: 'elderly-allowance' },
      ],
      ['người bị ung thư khám ở bệnh viện nào', { outcome: 'referral', entryId: null, referral: 'y-te' }],
      ['mẹ tôi bị ung thư, bảo hiểm y tế trả bao nhiêu', { outcome: 'referral', entryId: null, referral: 'bhxh' }],
      ['người nhiễm HIV lấy thuốc ở đâu', { outcome: 'answer', entryId: 'service-hiv' }],
      ['em chưa có tiền đóng học phí', { outcome: 'fallback', entryId: null }],
      ['tôi đủ điều kiện vay vốn không', { outcome: 'fallback', entryId: null }],
      ['Is my mother eligible for a health insurance card?', { outcome: 'referral', entryId: null, referral: 'bhxh' }],
      ['Are seniors entitled to free bus rides?', { outcome: 'fallback', entryId: null }],
      [
        'bà tôi 78 tuổi chưa đóng bảo hiểm, có được lương hưu không',
        { outcome: 'referral', entryId: null, referral: 'bhxh' },
      ],
      [
        'bố tôi 75 tuổi không có bảo hiểm gì, đi khám bệnh có được miễn phí không',
        { outcome: 'referral', entryId: null, referral: 'y-te' },
      ],
      ['My father is 70, is he eligible for a pension?', { outcome: 'fallback', entryId: null }],
    ];
    for (const [question, expected] of cases) expect(answered(question), question).toEqual(expected);
  });
});

describe('what the reading leaves as it was', () => {
  const expectUnchanged = (cases: ReadonlyArray<readonly [string, string, string | null]>): void => {
    for (const [question, outcome, entry] of cases)
      expect(answered(question), question).toEqual({ outcome, entryId: entry });
  };

  it('never puts the group’s entry before another the engine ranks first', () => {
    expectUnchanged([
      // The writers split an older person living alone between the allowance and who qualifies: offered as it was.
      ['bà ngoại 76 tuổi sống một mình có được hưởng trợ cấp gì không', 'did-you-mean', 'eligibility-social-allowance'],
      // "Ông bà già nuôi": the older people are the carers, the child is the one asked about.
      ['ông bà già nuôi cháu mồ côi cha, cháu có được hưởng gì không', 'did-you-mean', 'service-children'],
    ]);
  });

  it('leaves an amount, papers, a death and collecting for someone to the words that name them', () => {
    expectUnchanged([
      ['bà nội em 80 tuổi nhận tiền già mỗi tháng bao nhiêu', 'answer', 'elderly-allowance'],
      ['ông em 85 tuổi làm hồ sơ trợ cấp cần những giấy tờ gì', 'answer', 'apply-social-allowance'],
      // Reporting a death is the application's business whichever money entry ranks first (`neighbours`): offered first.
      ['mẹ em 82 tuổi đã mất, tiền trợ cấp của mẹ có phải báo dừng không', 'did-you-mean', 'apply-social-allowance'],
      ['cha tôi 84 tuổi lãnh trợ cấp, tôi lãnh thay cho cha được không', 'fallback', null],
      // A disabled person's papers are mostly the disability certificate's: the application is only offered.
      ['con em bị khuyết tật nặng, làm hồ sơ cần giấy tờ gì', 'did-you-mean', 'apply-social-allowance'],
    ]);
  });
});

describe('the aspect asked wins over the person described', () => {
  it('answers an amount or an application the engine already puts first', () => {
    expectAnswers([
      ['ông nội tui 86 tuổi, mỗi tháng ổng lãnh bn tiền vậy', 'allowance-amount'],
      ['how do I apply for the allowance for my 84-year-old father?', 'apply-social-allowance'],
    ]);
  });
});

describe('a group named in a question about something else', () => {
  it('offers the older person’s allowance instead of answering with it', () => {
    for (const question of ['người già 80 tuổi tập thể dục gì', 'bà nội em 82 tuổi nên tập thể dục gì'])
      expect(answered(question).outcome, question).not.toBe('answer');
  });

  it('still answers a bare description as a reply, and any ask for money', () => {
    expectAnswers([
      ['nguoi 80 tuoi', 'elderly-allowance'],
      ['người già 80 tuổi có được tiền gì không', 'elderly-allowance'],
    ]);
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
    // Session 27: half the body numb now, a day after a stroke, reads as a medical emergency (115 first); before, a
    // disclosure. Either way the safeguarding layer answers it, never the allowance entry for the person described.
    expect(['crisis', 'disclosure']).toContain(
      answered('tôi bị tai biến hôm qua, giờ tê nửa người có được trợ cấp không').outcome,
    );
  });
});

describe('a group’s service entry gives way to its money entry when money is asked', () => {
  it('answers a money question about an orphan or a paralysed parent with who qualifies, not the services', () => {
    expectAnswers([
      ['ba em bị tai biến liệt nửa người có được trợ cấp khuyết tật không', 'eligibility-social-allowance'],
      ['thằng cháu mồ côi ở với ông bà, có được lãnh trợ cấp ko ad', 'eligibility-social-allowance'],
    ]);
  });

  it('still answers a help question about the same people with the services', () => {
    expectAnswers([
      ['cháu em mồ côi, trung tâm có giúp gì cho cháu không', 'service-children'],
      ['em trai em bị khuyết tật, trung tâm hỗ trợ gì', 'service-disability'],
    ]);
  });
});

describe('an older person’s age', () => {
  const at = (text: string): number => olderAgeAt(tokenize(text));

  it('is found however it is written', () => {
    expect(at('bố em 82 tuổi')).toBe(2);
    expect(at('bà nội em 75t')).toBe(3);
    expect(at('ông ngoài 80 rồi')).toBe(2);
    expect(at('ông U80')).toBe(1);
    expect(at('ông cố U95')).toBe(2);
    expect(at('bà năm nay 86')).toBe(3);
    expect(at('ông vừa tròn 80 rồi')).toBe(3);
    expect(at('mẹ tôi tám mươi tuổi')).toBe(2);
    expect(at('bà bảy mươi lăm tuổi')).toBe(1);
    expect(at('ông năm nay tròn 80, tháng sinh nhật xong')).toBe(4);
    expect(at('bà nội sinh năm 1945')).toBe(4);
    expect(at('ông sn 1950')).toBe(2);
    expect(at('my father was born in 1944')).toBe(5);
    expect(at('he turns 80 next month')).toBe(2);
  });

  it('is no amount, no count and no young age', () => {
    expect(at('ngoài 80 nghìn một tháng')).toBe(-1);
    expect(at('hơn 60 người trong xóm')).toBe(-1);
    expect(at('em 25 tuổi')).toBe(-1);
    expect(at('trợ cấp 500 nghìn')).toBe(-1);
    expect(at('ông tròn 80 tháng trước')).toBe(-1);
    expect(at('ba tôi sinh năm 1980')).toBe(-1);
    expect(at('năm 1945 ông đi bộ đội')).toBe(-1);
  });
});

describe('person_asks in lexicon.yaml', () => {
  it('names every entry id it does not know, by group and field', () => {
    const lists = lexiconSchema.parse({
      person_asks: {
        groups: [{ id: 'elderly', words: ['người già'], money: 'no-such-entry', services: ['no-such-service'] }],
      },
    }).person_asks;
    expect(personAskProblems(lists, new Set(['elderly-allowance']))).toEqual([
      {
        file: 'lexicon.yaml',
        field: 'person_asks › groups › elderly › money',
        message: 'không có mục nào mang mã "no-such-entry".',
      },
      {
        file: 'lexicon.yaml',
        field: 'person_asks › groups › elderly › services',
        message: 'không có mục nào mang mã "no-such-service".',
      },
    ]);
  });
});

describe('a reload keeps the person-ask reader only when it would build the same one', () => {
  it('is built from the very same lists, year and threshold age, and from nothing else', () => {
    const lists = kb.source.lexicon.person_asks;
    const reader = new PersonAskReader(lists, { year: 2026, thresholdAge: 80 });
    expect(reader.builtFrom(lists, { year: 2026, thresholdAge: 80 })).toBe(true);
    // Equal lists parsed again (an edited lexicon.yaml) are other objects: built anew.
    expect(reader.builtFrom(structuredClone(lists), { year: 2026, thresholdAge: 80 })).toBe(false);
    expect(reader.builtFrom(lists, { year: 2027, thresholdAge: 80 })).toBe(false);
    expect(reader.builtFrom(lists, { year: 2026, thresholdAge: 85 })).toBe(false);
    expect(reader.builtFrom(lists, { year: 2026 })).toBe(false);
    expect(new PersonAskReader(lists).builtFrom(lists, {})).toBe(true);
  });
});

// Session 29 (issue 11): an age under 60 told for the person vetoes the older people's own entries.
describe('an adult under 60 is not an older person', () => {
  const words = (text: string) => tokenize(text);

  it('vetoes the older person’s allowance and services for an age or a birth year under 60', () => {
    for (const text of [
      'ba em 50 tuổi có được nhận tiền trợ cấp gì không',
      'ba tôi sinh năm 1980 có được trợ cấp gì không',
      'chồng tôi 55 tuổi không có lương hưu thì có được trợ cấp không',
      'con em 5 tuổi có được trợ cấp không',
    ]) {
      expect(kb.personAsks.tooYoungFor(words(text), 'elderly-allowance'), text).toBe(true);
      expect(kb.personAsks.tooYoungFor(words(text), 'service-elderly'), text).toBe(true);
      expect(kb.personAsks.tooYoungFor(words(text), 'eligibility-social-allowance'), text).toBe(false);
    }
  });

  it('keeps them when an older person is named too, or no age is told', () => {
    for (const text of [
      'em 30 tuổi hỏi giúp bà nội 85 tuổi có được trợ cấp không',
      'tôi 58 tuổi, khi nào thì được hưởng trợ cấp tuổi già',
      'mẹ em 45 tuổi hỏi giúp người cao tuổi trong xóm',
      'ông nội em sinh năm 1940 có được trợ cấp không',
      'bà nội em có được trợ cấp không',
    ])
      expect(kb.personAsks.tooYoungFor(words(text), 'elderly-allowance'), text).toBe(false);
  });

  it('never answers or offers the older person’s allowance for a man of 50 or 55', () => {
    // Both were answered with the older person's allowance before the veto.
    expect(answered('ba em 50 tuổi có được nhận tiền trợ cấp gì không')).toEqual({
      outcome: 'did-you-mean',
      entryId: 'eligibility-social-allowance',
    });
    const r = findAnswer(kb, 'chồng tôi 55 tuổi không có lương hưu thì có được trợ cấp không');
    expect(r.outcome).not.toBe('answer');
    expect([r.entryId, ...r.alternatives.map((c) => c.id)]).not.toContain('elderly-allowance');
  });

  it('still answers an older person asked about by a younger writer', () => {
    expectAnswers([
      ['em 30 tuổi hỏi giúp bà nội 85 tuổi có được trợ cấp không', 'elderly-allowance'],
      ['tôi 58 tuổi, khi nào thì được hưởng trợ cấp tuổi già', 'elderly-allowance'],
      ['ông nội em sinh năm 1940 có được trợ cấp không', 'elderly-allowance'],
    ]);
  });
});
