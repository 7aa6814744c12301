import { describe, expect, it } from 'vitest';
import { asksOfCharity } from '../../src/nlp/charity-question.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a charity’s own work is no service of the center', () => {
  it('falls back honestly instead of answering with how social work differs from charity', () => {
    for (const question of [
      'nhóm từ thiện nào đang phát quà cho bà con vùng lũ',
      'quỹ từ thiện nào hỗ trợ tiền mổ cho trẻ bị tim bẩm sinh',
      'muốn đi từ thiện trên vùng cao thì liên hệ ở đâu',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('keeps a question that compares charity with social work, and a charitable shelter that takes in children', () => {
    for (const question of [
      'làm từ thiện có phải là công tác xã hội không',
      'nhan vien xa hoi voi nguoi lam tu thien giong nhau ko',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({
        outcome: 'answer',
        entryId: 'social-work-vs-charity',
      });
    expect(asksOfCharity(tokenize('chùa từ thiện nhận nuôi trẻ mồ côi có cần giấy phép không'))).toBe(false);
  });
});
