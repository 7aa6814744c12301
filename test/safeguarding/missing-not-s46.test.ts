/**
 * Session 46 (issue 10, train55): a visitor who cannot find the sign, the gate or the office ("khong thay bang") is
 * nobody missing; and what parents should teach a child beforehand ("nên dặn con nhớ những gì") is prevention advice
 * asked. Someone not found now keeps the missing person.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('a sign not seen, or prevention asked, is no missing person (neutral, informational)', () => {
  itRaisesNoCrisis(reply, [
    'tôi tới địa chỉ trên web mà không thấy biển hiệu trung tâm đâu cả',
    'mẹ tôi đến phường hỏi mà không thấy văn phòng một cửa ở đâu',
    'đến số 12 mà không thấy số nhà, trung tâm dời đi chưa',
    'đi hội chợ đông người, bố mẹ nên dạy con những gì để không bị lạc',
    'trẻ hay chạy lung tung ở công viên, bố mẹ nên dặn con nhớ những gì',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'mẹ tôi đi ra chợ từ sáng không thấy về, gọi không được',
      'ba tôi đi khám ở trung tâm từ sáng, giờ không thấy ba đâu',
      'con tôi đi lạc ở siêu thị từ nãy giờ không thấy, tôi đã dặn con nhớ số điện thoại rồi',
      'bé nhà tôi vừa bị lạc ở chợ, tìm nãy giờ không thấy, giờ tôi nên dặn con gì khi tìm được',
      'thằng bé đi lạc từ trưa chưa về, bố nó nên làm gì',
    ],
    'missing-person',
  );
});
