import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

/** What a message gets: its outcome, the entry that follows the reply, and the first number the reply gives. */
const read = (text: string) => {
  const r = findAnswer(kb, text);
  return { outcome: r.outcome, entryId: r.entryId, first: r.safeguarding?.numbers[0] };
};

describe('an emergency long past, told to ask about the condition it left', () => {
  it('is answered with the service asked about, never the emergency screen', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      // A stroke last month, a paralysis now, an allowance asked (issue 10, issue 11).
      ['ba tôi bị tai biến nằm viện tháng trước, giờ liệt nửa người, xin trợ cấp được không', 'apply-social-allowance'],
      // A drowning survived, a child's speech slow now, early intervention asked.
      ['con tôi bị đuối nước hồi hè, được cứu sống nhưng giờ chậm nói, có chỗ nào can thiệp không', 'service-autism'],
      ['con tui bị đuối nước hồi năm ngoái, cứu kịp mà giờ chậm nói, có chỗ nào can thiệp sớm hông', 'service-autism'],
      [
        'thằng nhỏ nhà tui bị té xe hồi tết, chấn thương đầu, giờ chậm nói, có chỗ can thiệp sớm cho trẻ hông',
        'service-autism',
      ],
      ['bé nhà em bị bỏng nước sôi hồi 2 tuổi, giờ 6 tuổi chậm nói, có lớp can thiệp sớm nào không', 'service-autism'],
      ['me toi bi ngo doc khi than nam ngoai, cuu duoc nhung gio liet, xin tro cap o dau', 'apply-social-allowance'],
      ['ba tui bị điện giật hồi năm ngoái, cứu được mà giờ liệt một tay, xin trợ cấp ở đâu', 'apply-social-allowance'],
    ];
    for (const [text, entry] of cases) {
      const got = read(text);
      expect(got.outcome, text).not.toBe('crisis');
      expect(got.entryId, text).toBe(entry);
    }
  });

  it('told in English, gets the service too', () => {
    for (const text of [
      'My son nearly drowned two years ago and now has speech delay. Is there early intervention for children?',
      'My mother had a stroke last spring and is paralysed on one side now. Can she get the disability allowance?',
    ]) {
      const got = read(text);
      expect(got.outcome, text).not.toBe('crisis');
      expect(got.entryId, text).not.toBe('emergency');
    }
  });

  it('keeps a medical emergency happening now as danger now, 115 first, whatever service is asked', () => {
    for (const text of [
      'ông tôi đang bị đột quỵ, méo miệng, nói không được, có được trợ cấp không',
      'con tôi vừa bị đuối nước, không thở, có chỗ nào can thiệp không',
      'bo em dang bi tai bien, liet nua nguoi, mieng meo, xin tro cap duoc khong',
      'bé nhà tui mới uống nhầm thuốc tẩy, giờ nôn hoài, có chỗ nào can thiệp không',
      'my dad is having a stroke right now, his face is drooping, can we get an allowance',
      'chồng tôi vừa bị tai nạn xe máy, chảy máu đầu nhiều, bất tỉnh, xin trợ cấp được không',
    ]) {
      expect(read(text), text).toEqual({ outcome: 'crisis', entryId: 'emergency', first: '115' });
    }
  });
});
