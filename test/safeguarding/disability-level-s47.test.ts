/**
 * Session 47 (issue 10): the disability level asked or changed is a registration question, whatever accident caused
 * the disability long ago. "Ba e bị cụt 1 chân do tai nạn, giờ muốn đổi từ mức nặng lên đặc biệt nặng thì làm sao ạ"
 * got the emergency screen (an accident and "giờ … làm sao"). An accident happening now stays danger now.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('the disability level asked is a registration question (session 47)', () => {
  itRaisesNoCrisis(reply, [
    'Ba e bị cụt 1 chân do tai nạn, giờ muốn đổi từ mức nặng lên đặc biệt nặng thì làm sao ạ',
    'mẹ tôi bị tai biến mấy năm rồi, giờ muốn xác định lại mức khuyết tật thì nộp ở đâu',
    'chồng em tai nạn lao động mất một tay, mức độ khuyết tật nặng thì được bao nhiêu',
    'con toi bi tai nan tu nho, gio muon len dac biet nang de duoc tro cap cao hon',
    'ông nội bị liệt sau tai nạn xe năm ngoái, có được xét mức đặc biệt nặng không',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'ba em vừa bị tai nạn xe, chân chảy máu nhiều không cầm được, giờ làm sao',
      'me toi vua bi xe tong, nam bat tinh ngoai duong',
      'chồng em bị máy cắt đứt tay ở xưởng, máu ra không cầm được',
      'con tôi vừa ngã từ tầng 2 xuống, nằm im không cử động, giờ phải làm sao',
      'ông nội đang co giật, sùi bọt mép, gọi không tỉnh',
    ],
    'medical',
  );
});
