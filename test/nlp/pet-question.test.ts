import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { asksAboutPet } from '../../src/nlp/pet-question.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a pet is no service of the center', () => {
  it('falls back honestly instead of answering with fostering or elderly care', () => {
    for (const question of [
      'muốn nhận nuôi mèo hoang thì liên hệ ai',
      'chỗ nào giữ chó mèo giùm khi cả nhà đi xa',
      'thú cưng của bà tôi bị ốm, đưa đi đâu khám',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('reads neither a dog bite, "cho" typed without accents, nor an insult in a story of abuse as a pet', () => {
    for (const question of ['bị chó cắn tiêm phòng dại ở đâu', 'nuoi cho con an hoc', 'nó chửi tôi là đồ chó'])
      expect(asksAboutPet(tokenize(question)), question).toBe(false);
    expect(findAnswer(kb, 'chồng chửi tôi là đồ chó rồi đánh tôi')).not.toMatchObject({ outcome: 'fallback' });
  });
});

describe("the speaker's own animal is a pet, session 32", () => {
  it('falls back for "chó/mèo nhà tôi" instead of answering with residential or elderly care', () => {
    for (const question of [
      'mèo nhà mình 12 tuổi rồi, già yếu quá thì gửi chỗ nào chăm',
      'chó nhà tui bị rụng lông từng mảng phải làm sao',
      'Con chó nhà em già rồi, có chỗ nào nhận nuôi giùm không?',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it("reads neither a neighbour's dog, nor one that bit someone, as the speaker's pet", () => {
    for (const question of [
      'chó nhà hàng xóm sủa suốt đêm',
      'con chó nhà bên chạy sang nhà tôi',
      'chó nhà tôi cắn cháu bé hàng xóm, đi tiêm ở đâu',
    ])
      expect(asksAboutPet(tokenize(question)), question).toBe(false);
  });
});
