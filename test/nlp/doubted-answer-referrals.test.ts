import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a confident entry the classifier doubts yields to the agency asked', () => {
  it('refers people with merit asked beside "no pension" to their officer, not the older people’s allowance', () => {
    expect(
      findAnswer(kb, 'ông tôi là cựu chiến binh, ông không có lương hưu, chế độ gì dành cho người có công ạ').referral,
    ).toBe('nguoi-co-cong');
  });

  it('refers the provincial mental hospital to the health services, not the counselling entry', () => {
    expect(findAnswer(kb, 'bệnh viện tâm thần tỉnh ở đâu, mẹ em cần đi khám sức khỏe tâm thần').referral).toBe('y-te');
    expect(findAnswer(kb, 'em muốn đưa ba đi khám sức khỏe tâm thần, bệnh viện tâm thần ở đâu ạ').referral).toBe(
      'y-te',
    );
  });

  it('refers a late unemployment benefit to BHXH, not the allowance application', () => {
    expect(findAnswer(kb, 'tiền trợ cấp thất nghiệp nộp hồ sơ cả tháng rồi mà chưa thấy đâu').referral).toBe('bhxh');
  });

  it('keeps the center’s answer when the classifier does not doubt it or the cue is a small part of the question', () => {
    const papers = findAnswer(kb, 'mẹ tôi 80 tuổi, căn cước ghi sai năm sinh thì có được nhận tiền già không');
    expect(papers.outcome).toBe('answer');
    expect(papers.entryId).toBe('elderly-allowance');
    expect(findAnswer(kb, 'Hộ nghèo có được hỗ trợ tiền điện không').entryId).toBe('service-poverty');
  });
});
