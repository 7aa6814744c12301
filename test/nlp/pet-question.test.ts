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
