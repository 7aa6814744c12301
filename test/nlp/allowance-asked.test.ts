import { describe, expect, it } from 'vitest';
import { readAllowanceAsked } from '../../src/nlp/allowance-asked.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const read = (folded: string): string => readAllowanceAsked(folded.split(' ')).join(' ');

describe('"nhận tiền gì", "hưởng gì" ask which allowance', () => {
  it('reads the money asked for as an allowance and leaves other "tiền" and "gì" alone', () => {
    expect(read('co duoc nhan tien gi khong')).toBe('co duoc nhan tro cap gi khong');
    expect(read('thi duoc tien gi')).toBe('thi duoc tro cap gi');
    expect(read('duoc huong gi')).toBe('duoc huong tro cap gi');
    expect(read('tien dien bao nhieu')).toBe('tien dien bao nhieu');
    expect(read('mat tien gi do')).toBe('mat tien gi do');
  });

  it('puts the older person’s allowance first for a question about the money they can have, never a fallback', () => {
    // Told with an age and a situation first: offered by the words alone, answered once the person described is read
    // (person-asked.ts).
    for (const question of [
      'ông ngoại em 82 tuổi sống một mình có được nhận tiền gì không',
      'ong ngoai em 82 tuoi song mot minh co duoc nhan tien gi khong',
      'ba ngoai em 84 tuoi song mot minh co duoc nhan tien gi khong',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'answer', entryId: 'elderly-allowance' });
    for (const question of [
      'mẹ tôi 81 tuổi không có lương hưu thì được tiền gì không ạ',
      'người cao tuổi neo đơn được nhận tiền gì',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'answer', entryId: 'elderly-allowance' });
  });

  it('leaves "được hưởng gì" about another topic where it was', () => {
    for (const [question, entry] of [
      ['nạn nhân mua bán người được hưởng gì', 'service-trafficking'],
      ['hộ nghèo được hưởng gì', 'service-poverty'],
      ['tình nguyện viên có được nhận tiền gì không', 'volunteer'],
    ] as const)
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'answer', entryId: entry });
  });
});
