/**
 * Session 46 (issue 10, train55): how someone who died long ago went ("ông mất năm 2010 rồi, ra đi thanh thản", a
 * death anniversary: death_long_ago) is no wish to die. The writer's own wish to go keeps the suicide reading.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('a death of long ago told peacefully is no wish to die (death_long_ago)', () => {
  itRaisesNoCrisis(reply, [
    'mai là giỗ đầu của bà, bà mất năm ngoái, ra đi nhẹ nhàng trong giấc ngủ',
    'bố tôi qua đời năm 2015, ra đi thanh thản, nay làm giỗ mời họ hàng',
    'hôm nay cúng giỗ mẹ, mẹ mất được 3 năm rồi, ra đi thanh thản lắm',
    'ông ngoại mất cách đây 10 năm, ra đi nhẹ nhàng, con cháu đầy đủ',
    'nhà tôi làm cỗ giỗ cụ, cụ qua đời năm 2005, ra đi thanh thản, mời cả xóm sang ăn',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'giỗ mẹ năm nay tôi chỉ muốn ra đi thanh thản theo mẹ',
      'làm giỗ ông xong tôi thấy mệt mỏi, chỉ mong được ra đi thanh thản',
      'bố mất được 2 năm, tối nay con muốn ra đi thanh thản theo bố',
      'giỗ bà xong, em định tối nay ra đi thanh thản, cảm ơn mọi người',
      'mẹ mất năm ngoái, tôi muốn ra đi thanh thản ngay tối nay',
    ],
    'suicide',
  );
});
