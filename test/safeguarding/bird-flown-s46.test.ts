/**
 * Session 46 (issue 10, train55): a pet bird flown off and not found ("con chim", "con vẹt": "con" is a classifier
 * word, bird_told) is no missing child. A child, an elder or anyone told beside the bird keeps the missing person.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('a pet bird flown off is no missing person (bird_told)', () => {
  itRaisesNoCrisis(reply, [
    'con vẹt nhà em sổ lồng bay mất từ sáng, tìm không thấy',
    'my parrot flew away this morning and I cannot find it anywhere',
    'con sáo nuôi 5 năm bay mất rồi, tiếc quá',
    'chim cảnh nhà mình mới mua hôm qua đã sổ lồng mất tiêu, kiếm không thấy',
    'Trời ơi con vẹt của tui bay mất tiêu, kiếm hoài hông thấy',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'bé nhà tôi đuổi theo con chim rồi đi lạc, tìm mãi không thấy bé',
      'con chim nhà tôi bay mất, con trai tôi chạy theo ra bờ sông giờ không thấy đâu',
      'con chim nhà tôi bay mất, thằng bé 5 tuổi chạy đi tìm từ trưa giờ chưa về',
      'con vẹt kêu suốt, con gái tôi 7 tuổi đi đâu mất từ sáng không thấy',
      'bà tôi bị lẫn, đi tìm con chim sổ lồng từ sáng tới giờ không thấy về',
    ],
    'missing-person',
  );
});
