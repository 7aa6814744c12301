import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

// Issue 10: a question about a danger topic (an informational mention) must never end at a did-you-mean when the
// engine itself offers one of the situation's service entries (`entry` and `also` in safeguarding.yaml).
describe('a question about a danger topic the engine offers a service entry for', () => {
  it('is answered with the closest entry the situation allows, not a did-you-mean', () => {
    for (const [question, entry] of [
      ['làm sao để biết trẻ bị xâm hại', 'child-protection-hotline'],
      ['làm sao để dạy con tránh bị xâm hại', 'service-violence'],
      ['dạy trẻ cách tránh bị xâm hại như thế nào', 'child-protection-hotline'],
      ['làm sao để biết con mình bị xâm hại ở trường', 'service-violence'],
      ['dấu hiệu trẻ bị bỏ đói là gì', 'service-children'],
      ['cach nhan biet tre bi bao hanh', 'service-violence'],
      ['lam sao de day con tranh bi xam hai', 'service-violence'],
    ] as const) {
      const result = findAnswer(kb, question);
      expect(result, question).toMatchObject({ outcome: 'answer', entryId: entry, crisis: false });
      expect(result.safeguarding?.outcome, question).toBe('informational');
      expect(result.concern, question).toBeUndefined();
    }
  });
});

// Session 29 (issue 10): a question shaped about a danger topic in general (`modifiers.topic_asked`) that no entry comes
// near is answered with the situation's own entry, not "chưa có thông tin".
describe('a general question about a danger topic that no entry comes near', () => {
  it('is answered with the situation entry', () => {
    for (const [question, entry] of [
      ['vì sao người ta bán người', 'service-trafficking'],
      ['tại sao nhiều người bán người', 'service-trafficking'],
    ] as const) {
      const result = findAnswer(kb, question);
      expect(result, question).toMatchObject({ outcome: 'answer', entryId: entry, crisis: false });
      expect(result.safeguarding?.outcome, question).toBe('informational');
    }
  });
});

describe('what keeps its reply', () => {
  it('keeps the did-you-mean of a question about papers or an allowance: the benefit entries answer those', () => {
    const question = 'nhận nuôi bé bị bỏ rơi thì bé có được trợ cấp hằng tháng không';
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'did-you-mean', entryId: 'service-children' });
  });

  it('keeps the safety check-in where a concern is heard', () => {
    const result = findAnswer(kb, 'điện thoại của tui bị bán thông tin cho bên quảng cáo hả');
    expect(result.outcome).toBe('did-you-mean');
    expect(result.concern).toBeDefined();
  });

  it('leaves a fallback alone: no entry was near, so a joke is not answered with a service', () => {
    for (const question of ['deadline dí quá chắc tui nhảy sông mất', 'thi rớt chắc mẹ giết tui quá'])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('keeps a referral to the agency named, a confident answer, and ordinary questions the layer heard nothing in', () => {
    for (const [question, outcome, entryId] of [
      ['bé nhà em bị bỏ rơi ở bệnh viện từ lúc sinh, giờ muốn làm giấy khai sinh', 'referral', null],
      ['muốn học lớp tập huấn nhận biết trẻ bị xâm hại cho giáo viên', 'answer', 'training'],
      // "Thẻ nkt" names the disability certificate (lexicon, session 29): offered first.
      ['lam the nkt o dau', 'did-you-mean', 'disability-registration'],
      ['trung tâm có cho mượn gậy chống cho người già không', 'answer', 'service-elderly'],
      ['ông tôi đi chống gậy, muốn xin giấy xác nhận khuyết tật', 'answer', 'disability-registration'],
    ] as const)
      expect(findAnswer(kb, question), question).toMatchObject({ outcome, entryId });
  });
});
