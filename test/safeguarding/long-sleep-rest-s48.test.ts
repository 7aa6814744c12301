/**
 * Session 48 (issue 10): a long sleep wished for at the weekend, on a day off, or followed by waking and an outing
 * ("chỉ muốn ngủ một giấc thật dài cuối tuần rồi đi chơi Đà Lạt") is rest, not a euphemism for dying. A sleep with no
 * waking, forever, or beside pills gathered stays danger now.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('a long sleep at the weekend or before an outing is rest (neutral)', () => {
  itRaisesNoCrisis(reply, [
    'Dạo này đi làm stress quá, chỉ muốn ngủ một giấc thật dài cuối tuần rồi đi chơi Đà Lạt 😴',
    'thi xong rồi, giờ chỉ muốn ngủ một giấc thật dài rồi dậy đi ăn phở',
    'tuần này trực đêm liên tục, mong ngủ một giấc dài cuối tuần',
    'chạy deadline cả tháng, tính ngủ một giấc thật dài vào cuối tuần rồi đi du lịch Nha Trang',
    'mệt quá, chỉ muốn ngủ một giấc dài rồi đi chơi với con',
    'ước gì được ngủ một giấc thật dài hôm chủ nhật mà không bị ai gọi',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'chỉ muốn ngủ một giấc thật dài không bao giờ dậy nữa',
      'em mệt mỏi lắm rồi, chỉ muốn ngủ một giấc thật dài và không bao giờ tỉnh lại',
      'chỉ muốn ngủ một giấc thật dài cuối tuần và không bao giờ dậy nữa',
      'muốn ngủ một giấc dài không tỉnh lại, sống làm gì nữa',
      'tôi gom thuốc ngủ rồi, cuối tuần sẽ ngủ một giấc thật dài',
      'cuối tuần này em sẽ ngủ một giấc thật dài mãi mãi, không ai phải lo cho em nữa',
    ],
    'suicide',
  );
});
