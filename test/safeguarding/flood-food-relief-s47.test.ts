/**
 * Session 47 (issue 11, tune34): food aid asked after a flood ("hỗ trợ lương thực", "cứu đói", "xin gạo") is the relief
 * after a disaster, asked by the ones it hit: "vừa bị" dates the flood, nobody is in the water now. Someone trapped,
 * swept away and not found, or water still rising keeps the flood's emergency.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('food aid asked after a flood is the relief after a disaster, not a flood now', () => {
  itRaisesNoCrisis(reply, [
    'xóm tôi vừa bị lũ cuốn, nhà cửa tan hoang, xin gạo cứu trợ ở đâu',
    'nha em vua bi lu quet, het gao roi, ho tro luong thuc o dau',
    'thôn mình vừa bị lũ quét qua, bà con thiếu đói, hỏi chỗ đăng ký hỗ trợ lương thực',
    'bản tôi vừa bị mưa lũ, mấy hộ hết gạo, trợ giúp lương thực thì làm đơn gửi ai',
    'xã tôi vừa bị lũ ống, nhiều nhà thiếu ăn, cứu đói thì ai lập danh sách đề nghị',
  ]);
  it('asked after a flash flood, it gets the emergency-assistance answer', () => {
    const r = reply('xã tôi vừa bị lũ ống, nhiều nhà thiếu ăn, cứu đói thì ai lập danh sách đề nghị');
    expect([r.outcome, r.entryId]).toEqual(['answer', 'emergency-assistance']);
  });
  itRepliesDangerNow(
    reply,
    [
      'nước lũ đang lên, nhà tôi kẹt trên mái',
      'lũ quét vừa tràn vào, cả nhà bị kẹt trên gác, cần hỗ trợ lương thực gấp',
      'lũ ống vừa bị cuốn trôi em trai tôi, chưa tìm thấy, ai hỗ trợ gạo',
      'lũ quét vừa bị cuốn trôi cả nhà, mẹ tôi kẹt trên mái, xin cứu đói',
      'the flood water is still rising, we are trapped upstairs and need food aid',
    ],
    'flood',
  );
});
