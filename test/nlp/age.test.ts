import { describe, expect, it } from 'vitest';
import { type AgeMention, readAdultAges, readAges } from '../../src/nlp/age.ts';
import { tokenize } from '../../src/text/normalize.ts';

const ages = (text: string): Array<Pick<AgeMention, 'at' | 'years' | 'by'>> =>
  readAges(tokenize(text).map((t) => t.folded)).map(({ at, years, by }) => ({ at, years, by }));

describe('ages as residents write them', () => {
  it('reads an older person’s age and a child’s with their unit', () => {
    expect(ages('bố em 82 tuổi')).toEqual([{ at: 2, years: 82, by: 'unit' }]);
    expect(ages('bà nội em 75t, cháu 8 tuổi')).toEqual([
      { at: 3, years: 75, by: 'unit' },
      { at: 6, years: 8, by: 'unit' },
    ]);
  });

  it('takes the months of "74 tuổi 10 tháng" as part of the age', () => {
    const [age] = readAges(tokenize('mẹ em 74 tuổi 10 tháng').map((t) => t.folded));
    expect(age).toMatchObject({ at: 2, end: 6, years: 74 });
  });

  it('reads a bare older age after a word that makes it one, and an English stated age of any group', () => {
    expect(ages('ông ngoài 80 rồi')).toEqual([{ at: 2, years: 80, by: 'word' }]);
    expect(ages('ông U80')).toEqual([{ at: 1, years: 80, by: 'form' }]);
    expect(ages('my son is 7')).toEqual([{ at: 3, years: 7, by: 'stated' }]);
  });

  it('reads "80 rồi", "tám mươi mấy" and "gần 90" as an older person’s age, but not "năm 80 rồi"', () => {
    expect(ages('mệ tui 85 rồi')).toEqual([{ at: 2, years: 85, by: 'word' }]);
    expect(ages('bà tám mươi mấy rồi')).toEqual([{ at: 1, years: 80, by: 'word' }]);
    expect(ages('ông gần 90')).toEqual([{ at: 2, years: 90, by: 'word' }]);
    expect(ages('từ năm 80 rồi')).toEqual([]);
  });

  it('reads a birth year against the current year, and without one only up to 1965', () => {
    const born = (text: string, year?: number): number[] =>
      readAges(
        tokenize(text).map((t) => t.folded),
        year,
      ).map((a) => a.years);
    expect(born('bà nội sinh năm 1944', 2026)).toEqual([82]);
    expect(born('ông sn 1966', 2026)).toEqual([60]);
    expect(born('ông sn 1966')).toEqual([]);
    expect(born('cháu sinh năm 2015', 2026)).toEqual([11]);
    expect(born('em sinh năm 1990', 2026)).toEqual([]);
  });

  it('reads no year of a decree and no month count as an age', () => {
    expect(ages('theo nghị định 20/2021 thì sao')).toEqual([]);
    expect(ages('ông tròn 80 tháng trước')).toEqual([]);
  });

  it('reads no count, amount or young adult as an age', () => {
    expect(ages('nhà em đã 2 con')).toEqual([]);
    expect(ages('ngoài 80 nghìn một tháng')).toEqual([]);
    expect(ages('em 25 tuổi')).toEqual([]);
    expect(ages('hơn 60 người trong xóm')).toEqual([]);
  });
});

describe('the ages of adults under 60, read only to tell that the person is not an older one', () => {
  const adults = (text: string): number[] =>
    readAdultAges(
      tokenize(text).map((t) => t.folded),
      2026,
    ).map((a) => a.years);

  it('reads an age with its unit and a birth year against the current year', () => {
    expect(adults('ba em 50 tuổi có được trợ cấp không')).toEqual([50]);
    expect(adults('ba tôi sinh năm 1980')).toEqual([46]);
    expect(adults('mẹ tôi sn 1972')).toEqual([54]);
    expect(adults('my husband is 45 years old')).toEqual([45]);
  });

  it('leaves older people, children, counts, amounts and years alone', () => {
    expect(adults('ông nội em sinh năm 1940')).toEqual([]);
    expect(adults('con em 5 tuổi')).toEqual([]);
    expect(adults('hơn 30 người trong xóm')).toEqual([]);
    expect(adults('nhận 500 nghìn mỗi tháng')).toEqual([]);
    expect(adults('năm 1980 ông đi bộ đội')).toEqual([]);
  });
});
