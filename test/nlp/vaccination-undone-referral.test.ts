import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('a vaccination not yet given is still to be done at the health station (session 38)', () => {
  it('refers a missed vaccination after "chưa tiêm" or "không tiêm" to health', () => {
    expect(referredTo('bé nhà mình 2 tuổi mà chưa tiêm phòng đủ, giờ đi tiêm bù ở chỗ nào')).toBe('y-te');
    expect(referredTo('cháu không tiêm ngừa mũi nào hết, nay muốn tiêm thì đến đâu')).toBe('y-te');
    expect(referredTo('con gái em chưa tiêm vắc xin viêm gan B, bây giờ đưa đi đâu')).toBe('y-te');
  });

  it('still reads a pension the person lacks as the center’s question', () => {
    expect(referredTo('mẹ em không có lương hưu, có được trợ cấp không')).toBeUndefined();
  });
});
