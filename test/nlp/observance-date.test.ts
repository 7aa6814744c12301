import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { asksObservanceDate } from '../../src/nlp/observance-date.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('the date of another day of observance is no question for the center, session 32', () => {
  it('falls back honestly instead of answering with Social Work Day or the entry of the people honoured', () => {
    for (const question of [
      'Ngày Nhà giáo Việt Nam là ngày mấy vậy?',
      'ngay phu nu viet nam la ngay nao',
      'Ngày Người khuyết tật thế giới vào ngày nào trong năm?',
      'Ngày Thầy thuốc Việt Nam là ngày bao nhiêu?',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('keeps Social Work Day, what a day is, and a day of the center open as questions for the center', () => {
    for (const question of [
      'Ngày công tác xã hội Việt Nam là ngày nào vậy?',
      'ngay ctxh la ngay may',
      'ngày 25/3 là ngày gì',
      'ngày nào trung tâm cũng làm việc không',
      'Ngày mai trung tâm có làm việc không, ngày mấy thì nghỉ?',
      'ngày của ngành mình là ngày nào ạ',
      'ngày đó là ngày mấy vậy',
    ])
      expect(asksObservanceDate(tokenize(question)), question).toBe(false);
    expect(findAnswer(kb, 'Ngày Công tác xã hội là ngày mấy?')).toMatchObject({ entryId: 'social-work-day' });
  });
});
