import { describe, expect, it } from 'vitest';
import { alreadyHadClause } from '../../src/nlp/already-had.ts';
import { DEFAULT_ENGINE_CONFIG, findAnswer } from '../../src/nlp/engine.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const clause = (text: string): string | null => alreadyHadClause(tokenize(text))?.join(' ') ?? null;

describe('what a question says the person already has', () => {
  it('reads "đã có … rồi" and "ngoài … ra / còn" as what is not asked', () => {
    expect(clause('Tôi đã có giấy xác nhận khuyết tật rồi, giờ trung tâm hỗ trợ được gì')).toBe(
      'giay xac nhan khuyet tat',
    );
    expect(clause('ngoài tiền trợ cấp người già còn được gì nữa ko ạ')).toBe('tien tro cap nguoi gia');
    expect(clause('Ngoài trợ cấp ra thì trung tâm còn hỗ trợ gì')).toBe('tro cap');
    expect(clause('ngoai tro cap thi trung tam con lam gi nua ko')).toBe('tro cap');
  });

  it('leaves the other meanings of "ngoài" and an age alone', () => {
    expect(clause('bà ngoại tôi 80 tuổi có được trợ cấp không')).toBeNull();
    expect(clause('thông tin của tôi có bị lộ ra ngoài không')).toBeNull();
    expect(clause('ba tui ngoài 70, không lương hưu, ổng có được trợ cấp không')).toBeNull();
    expect(clause('tre em lang thang ngoai cho thi ai giup')).toBeNull();
    expect(clause('nam ngoai chong em mat, em nuoi 2 con')).toBeNull();
  });
});

describe('an entry about what the person already has', () => {
  const kb = realKnowledge();

  it('is offered after its neighbour, not answered', () => {
    const r = findAnswer(kb, 'Tôi đã có giấy xác nhận khuyết tật rồi, giờ trung tâm hỗ trợ được gì cho tôi?');
    expect(r).toMatchObject({ outcome: 'did-you-mean', entryId: 'service-disability' });
    expect(r.alternatives[0]?.id).toBe('disability-registration');
    for (const c of r.alternatives) expect(c.score).toBeLessThan(DEFAULT_ENGINE_CONFIG.answerThreshold);
    expect(findAnswer(kb, 'bà em 86t sống 1 mình, ngoài tiền trợ cấp người già còn được gì nữa ko ạ')).toMatchObject({
      outcome: 'did-you-mean',
      entryId: 'service-elderly',
    });
  });

  it('still answers when the clause names something else than the entry that answers', () => {
    expect(findAnswer(kb, 'Nhà em thuộc hộ cận nghèo, ngoài bảo hiểm ra còn được hỗ trợ gì nữa không ạ')).toMatchObject(
      {
        outcome: 'answer',
        entryId: 'service-poverty',
      },
    );
  });
});
