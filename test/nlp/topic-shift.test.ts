import { describe, expect, it } from 'vitest';
import { opensNewMatter } from '../../src/nlp/topic-shift.ts';

describe('opensNewMatter', () => {
  it('hears a marker of a new matter at the start', () => {
    for (const text of [
      'à mà quán phở nào gần chợ ngon',
      'nhân tiện, chỗ đó có bán vé xe không',
      'tiện thể cho hỏi gần đó có tiệm sửa xe nào',
      'Also, is the euro rate going up?',
      'By the way, where can I buy a SIM card?',
    ]) {
      expect(opensNewMatter(text), text).toBe(true);
    }
  });

  it('does not hear one in words typed without accents, in "ngoài ra", inside a message or alone', () => {
    for (const text of [
      'nhan tien o dau',
      'a ma ko co giay to thi sao',
      'ngoài ra bà có được tiền người già không',
      'mẹ em à mà thôi',
      'by the way',
      'and how much is it?',
    ]) {
      expect(opensNewMatter(text), text).toBe(false);
    }
  });
});
