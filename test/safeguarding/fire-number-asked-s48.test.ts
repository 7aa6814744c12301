/**
 * Session 48 (issue 10): the fire service's number asked about ("số điện thoại cứu hỏa là 114 hả ad, ngoài cháy ra có
 * gọi cứu nạn được không") is a question about a number, not a fire: "số điện thoại cứu hỏa" is read like "số cứu
 * hỏa", and "ngoài cháy ra" (other than a fire) sets the fire aside. A fire told beside the number stays danger now.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('the fire service number asked about is no fire (neutral)', () => {
  itRaisesNoCrisis(reply, [
    'Số điện thoại cứu hỏa là 114 hả ad, ngoài cháy ra có gọi cứu nạn được không',
    'số điện thoại cứu hỏa ở Đà Nẵng là bao nhiêu vậy ạ',
    'cho hỏi số điện thoại của cứu hỏa có gọi được khi bị kẹt thang máy không',
    'em muốn lưu số điện thoại cứu hỏa vào máy cho ông bà, là số mấy',
    'ngoài chữa cháy ra thì đội PCCC có hỗ trợ bắt rắn trong nhà không',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'nhà em đang cháy, số điện thoại cứu hỏa là gì',
      'khói đầy phòng, tụi em kẹt trên lầu, số điện thoại cứu hỏa là bao nhiêu',
      'cháy rồi cứu với, số điện thoại cứu hỏa',
      'bếp nhà hàng xóm bốc cháy lan sang nhà tôi, gọi số điện thoại cứu hỏa không được',
      'ngoài cháy ra còn nổ bình gas, có người bị kẹt bên trong',
    ],
    'fire',
  );
});
