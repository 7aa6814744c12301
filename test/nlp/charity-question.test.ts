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

// Session 27: a donation drive for a disaster ("số tài khoản ủng hộ đồng bào") was answered with the center's
// emergency assistance, and a pagoda's rice handout was offered the social-work-or-charity entry.
describe('a donation drive or a charity’s handout', () => {
  it.each([
    'muốn chuyển khoản ủng hộ đồng bào vùng sạt lở thì gửi vào đâu',
    'ủng hộ đồng bào miền núi bị lũ quét qua kênh nào cho tin cậy',
    'bếp từ thiện đầu chợ mấy giờ phát cơm',
    'chỗ nào phát cháo từ thiện cho người nhà bệnh nhân',
    'nhà thờ phát quà từ thiện trung thu cho các cháu vào hôm nào',
  ])('falls back honestly: %s', (question) => {
    expect(asksOfCharity(tokenize(question)), question).toBe(true);
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it.each([
    'trung tâm có nhận gạo từ thiện để phát cho người già neo đơn không',
    'ủng hộ trung tâm quần áo cũ cho trẻ mồ côi được không',
    'người dân ủng hộ nhiều lắm nhưng nhà tôi bị lũ cuốn trôi, xã có hỗ trợ gì không',
  ])('keeps the center named, and a disaster told without a drive: %s', (question) => {
    expect(asksOfCharity(tokenize(question)), question).toBe(false);
  });
});
