/**
 * Session 44 (issue 10): an adult harmed by a partner, her children only told as had ("em có 2 đứa con nhỏ, chồng hay
 * đánh em khi say"), was read as child abuse with the child-protection screen. The children are not the ones harmed:
 * the violence reply leads, 113 first and 111 still named for the children at home. A child told harmed stays child
 * abuse, and a beating of the child denied ("không đánh con bao giờ") is no beating.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('children told only as had beside an adult harmed: violence, not child abuse (child_bystander › children_had)', () => {
  it.each([
    'Chào chị. Em 24 tuổi, lấy chồng được 3 năm, có 1 bé 2 tuổi. Chồng em không đánh nhưng ngày nào cũng chửi em là đồ ăn bám, mẹ chồng thì nói em không biết đẻ con trai. Em thấy mình ngày càng kiệt sức. Em có nên nhờ ai can thiệp không…',
    'em có 2 đứa con nhỏ, chồng hay đánh em khi say',
    'chị hàng xóm có 2 con nhỏ, chồng chị ấy hay đánh chị ấy',
    'e co 2 dua con nho, ck hay danh e khi say',
    'tôi có hai đứa con, ông xã tôi hay tát tôi mỗi lần cãi nhau',
    'em có một bé, chồng em đang đánh em',
  ])('"%s" is violence, 113 before 111', (text) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding?.situation).toBe('violence');
    expect(r.outcome).not.toBe('fallback');
    const numbers = r.safeguarding?.numbers ?? [];
    expect(numbers[0]).toBe('113');
    expect(numbers).toContain('111');
  });

  it.each([
    'chồng đánh cả em và con',
    'em có 2 con, chồng hay đánh em và con',
    'em có một bé 3 tuổi, chồng em hay đánh đập bé',
    'có 1 bé 5 tuổi bị cha dượng đánh',
    'em có 2 đứa con nhỏ, chồng xâm hại con gái em',
    'em có 2 đứa con, chồng hay nhốt tụi nhỏ trong phòng',
    'bé bị bố đánh',
  ])('"%s" stays child abuse, 111 first', (text) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding?.situation).toBe('child-abuse');
    expect(r.safeguarding?.numbers?.[0]).toBe('111');
  });
});

describe('a beating of the child denied is no beating (neutral "không đánh con bao giờ"); children had alone raise nothing', () => {
  it.each(['chồng em không đánh con bao giờ, chỉ nghiêm khắc', 'bố nó chưa đánh con bao giờ, chỉ hay la'])(
    '"%s" gets no emergency screen',
    (text) => {
      expect(findAnswer(kb, text).crisis).toBe(false);
    },
  );
  it.each([
    'em có 2 đứa con nhỏ, xin trợ cấp được không',
    'em có 2 đứa con nhỏ, muốn xin học bổng cho tụi nhỏ',
    'tôi có một bé 4 tuổi, muốn tìm trường mầm non gần nhà',
    'em có 3 con, chồng mất, xin hỗ trợ hộ nghèo ở đâu',
    'em có hai đứa con, chồng đi làm xa, em muốn học nghề may',
  ])('"%s" raises nothing', (text) => {
    expect(findAnswer(kb, text).safeguarding).toBeFalsy();
  });
  it.each([
    'hôm nào không đánh thì chồng em chửi, hôm qua đánh em chảy máu',
    'chồng em không đánh nhưng hôm nay cầm dao dọa giết em',
    'ông xã không đánh nhưng giữ hết tiền, cấm em gặp ai, em sợ lắm',
  ])('"%s" is still violence', (text) => {
    expect(findAnswer(kb, text).safeguarding?.situation).toBe('violence');
  });
});
