import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { asksToChooseProvider } from '../../src/nlp/provider-choice.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a provider or medicine chosen by its quality is no service of the center', () => {
  it('falls back honestly instead of offering the entry for the people the provider serves', () => {
    for (const question of [
      'viện dưỡng lão tư nhân nào ở Đà Nẵng chăm người lẫn tốt',
      'cho con đi học trường tư thục nào nhận trẻ chậm nói',
      'mua máy đo huyết áp cho ông bà ở đâu rẻ',
      'phòng khám vật lý trị liệu chỗ nào rẻ mà tốt cho người bị liệt',
      'thuốc nào bổ xương cho người trên 70',
      'trẻ tự kỷ nên uống sữa gì',
    ]) {
      expect(asksToChooseProvider(tokenize(question)), question).toBe(true);
      expect(findAnswer(kb, question), question).toMatchObject({ entryId: null });
    }
  });

  it('reads how or when to do something as the center’s question, not a choice', () => {
    for (const question of [
      'cách nào tốt nhất để giúp con tự kỷ nói được',
      'khi nào tốt nhất để làm hồ sơ trợ cấp cho bà',
      'thế nào là tốt cho người già sống một mình',
    ])
      expect(asksToChooseProvider(tokenize(question)), question).toBe(false);
  });

  it('leaves a choice that names the center or the bot to the entries', () => {
    expect(asksToChooseProvider(tokenize('trung tâm có lớp nào tốt cho trẻ tự kỷ không'))).toBe(false);
    expect(asksToChooseProvider(tokenize('bot chỉ giúp chỗ nào rẻ được không'))).toBe(false);
  });

  it('never reads a medicine or milk typed without accents ("thuoc" is also "thuộc")', () => {
    expect(asksToChooseProvider(tokenize('ba toi thuoc dien nao duoc tro cap'))).toBe(false);
  });
});
