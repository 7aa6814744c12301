/**
 * Session 48 (issue 10): "uống thuốc rồi" beside a lasting illness named and told as a treatment that has not helped
 * ("em trai tui bị tâm thần phân liệt, uống thuốc rồi nhưng về nhà cứ nói một mình") is the prescribed medicine, not
 * pills swallowed now (`treatment_course › taken`, `taken_when`). A whole pack, a count, drowsiness, a collapse, a wish
 * to die or a goodbye keep the emergency, and so does a bare "em bị trầm cảm, em uống thuốc rồi".
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('a lasting illness, its medicine taken "but" still there, is no overdose (treatment_course › taken)', () => {
  itRaisesNoCrisis(reply, [
    'Em trai tui bị tâm thần phân liệt, uống thuốc rồi nhưng về nhà cứ nói một mình, cả nhà mệt mỏi lắm. Có ai hướng dẫn gia đình cách chăm sóc ổng hông?',
    'Mẹ tôi bị tiểu đường, uống thuốc rồi nhưng đường huyết vẫn cao, có chương trình hỗ trợ khám miễn phí không',
    'con em bị động kinh, uống thuốc rồi mà vẫn lên cơn mỗi tháng, xin giấy xác nhận khuyết tật thế nào',
    'chồng tôi bị trầm cảm, uống thuốc rồi nhưng vẫn không chịu đi làm, gia đình nên làm gì',
    'ba em bị parkinson, uống thuốc rồi nhưng tay vẫn run, có trợ cấp cho người chăm sóc không',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'nó uống hết vỉ thuốc rồi',
      'em bị trầm cảm, uống hết vỉ thuốc ngủ rồi',
      'tôi bị trầm cảm, uống thuốc rồi, muốn ngủ luôn không dậy nữa',
      'chị em bị rối loạn lưỡng cực, uống thuốc rồi, để lại thư từ biệt',
      'em bị trầm cảm, uống thuốc rồi nhưng vẫn muốn chết',
      'em bị trầm cảm, em uống thuốc rồi',
    ],
    'suicide',
  );
  itRepliesDangerNow(
    reply,
    [
      'uống thuốc ngủ rồi, giờ lơ mơ',
      'mẹ tôi bị tiểu đường, uống thuốc rồi giờ gọi không tỉnh',
      'con bị rối loạn lo âu, uống thuốc rồi, giờ lơ mơ buồn ngủ lắm',
      'mẹ bị tiểu đường, uống thuốc rồi nhưng giờ lơ mơ không tỉnh',
    ],
    'medical',
  );
});
