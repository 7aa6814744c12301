import { describe, expect, it } from 'vitest';
import { readAgesAsGroups } from '../../src/nlp/age-reading.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const read = (folded: string): string => readAgesAsGroups(folded.split(' '), () => true).join(' ');

describe('a person’s age is read as what it says about them', () => {
  it('reads a child’s age as a child and an older relative’s age of 80 or more as 80', () => {
    expect(read('con em 7 tuoi bo hoc')).toBe('con em tre em bo hoc');
    expect(read('dua nho 10 tuoi ban ve so')).toBe('dua nho tre em ban ve so');
    expect(read('ba ngoai em nam nay 85 tuoi')).toBe('ba ngoai em nam nay 80 tuoi');
    expect(read('ong noi 102 tuoi')).toBe('ong noi 80 tuoi');
  });

  it('keeps a rule’s bound, the speaker’s own age, an adult’s and a non-relative’s age as typed', () => {
    expect(read('tre duoi 3 tuoi vung nui')).toBe('tre duoi 3 tuoi vung nui');
    expect(read('nguoi tu 80 tuoi tro len')).toBe('nguoi tu 80 tuoi tro len');
    expect(read('ly hon em 15 tuoi buon lam')).toBe('ly hon em 15 tuoi buon lam');
    expect(read('me toi 70 tuoi')).toBe('me toi 70 tuoi');
    expect(read('me toi 84 tuoi')).toBe('me toi 80 tuoi');
    expect(read('nguoi co cong voi cach mang 85 tuoi')).toBe('nguoi co cong voi cach mang 85 tuoi');
    expect(read('nha so 12 o hem 5')).toBe('nha so 12 o hem 5');
    expect(read('chau toi 15 tuoi an cap')).toBe('chau toi 15 tuoi an cap');
  });

  it('leaves a bare detail that asks nothing ("con nhỏ 3 tuổi") to the follow-ups', () => {
    expect(readAgesAsGroups(['con', 'nho', '3', 'tuoi'], () => false).join(' ')).toBe('con nho 3 tuoi');
  });

  it('keeps an older relative’s age as typed when the amount is asked: the amount is the same for every age', () => {
    expect(read('ong noi toi 82 tuoi duoc bao nhieu mot thang')).toBe('ong noi toi 82 tuoi duoc bao nhieu mot thang');
  });

  it('answers directly a question about an older relative or a child, whatever the number', () => {
    for (const [question, entry] of [
      ['bà em 82 tuổi có được trợ cấp không', 'elderly-allowance'],
      ['ông ngoại em năm nay 81 tuổi có được tiền trợ cấp không ạ', 'elderly-allowance'],
      ['bà nội em 90 tuổi rồi, làm sao để bà nhận trợ cấp', 'elderly-allowance'],
      ['bà ngoại mình 86 tuổi có được nhận tiền người cao tuổi không', 'elderly-allowance'],
      ['đứa nhỏ nhà bên 10 tuổi nghỉ học đi bán vé số, trung tâm giúp được không', 'service-children'],
    ] as const)
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'answer', entryId: entry });
  });

  it('leaves questions on another topic with the same ages where they were', () => {
    for (const [question, entry] of [
      ['ông nội tôi 85 tuổi muốn vào viện dưỡng lão của nhà nước thì làm sao', 'service-residential-care'],
      ['con tôi 3 tuổi chưa biết nói, trung tâm có đánh giá không', 'service-autism'],
      ['trẻ dưới 3 tuổi nhà nghèo ở vùng núi có được trợ cấp không', 'eligibility-social-allowance'],
    ] as const)
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'answer', entryId: entry });
  });
});
