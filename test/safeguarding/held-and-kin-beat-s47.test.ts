/**
 * Session 47 (issue 10), two misses noticed by the session's helpers:
 * - "I was lured by a fake job offer and they are still holding me, please help" got a check-in only: "still holding
 *   me" was not heard as being held, so the lure had nothing to pair with. "Holding me back" is a figure.
 * - "con tôi học võ, hôm qua về bị bố đánh" got nothing: a martial-arts class named anywhere made every blow the
 *   sport's. A beating by a parent or a relative at home (`kin_beat`) is no bout; a classmate's blow in sparring is.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('still held after a lure, told in English (session 47)', () => {
  itRepliesDangerNow(
    reply,
    [
      'I was lured by a fake job offer and they are still holding me, please help',
      'my cousin was lured to Cambodia with a job offer and they are still holding her',
      'we were lured here by a broker and they are holding us in a compound',
      'she was lured with a fake job and they re holding her, she texted me today',
      'I was tricked by a fake job offer, they are still holding me and my passport',
    ],
    'trafficking',
  );
  itRaisesNoCrisis(reply, [
    'my fear of failure is still holding me back, is there free counselling',
    'debt is holding us back, is there support for poor families',
    'my mom is holding me, I am fine now, thank you',
    'lack of papers is holding her back from school, how do we get a birth certificate',
    'what is holding us back from applying for the disability allowance is the paperwork',
  ]);
});

describe('a beating at home beside a martial-arts class (session 47)', () => {
  itRepliesDangerNow(
    reply,
    [
      'con tôi học võ, hôm qua về bị bố đánh',
      'con tôi đi học võ về thì bị bố nó đánh bầm mặt',
      'con toi hoc vo, toi qua ve bi me no danh bam tim',
      'thằng bé tập karate, tối nào về cũng bị dượng đánh',
      'con gái tôi học taekwondo, về nhà bị mẹ kế đánh rách môi',
    ],
    'child-abuse',
  );
  itRaisesNoCrisis(reply, [
    'con tôi học võ bị bạn đánh trúng mũi khi đấu tập',
    'mẹ tôi đưa cháu đi học võ, cháu bị bạn đấm trúng mũi khi đấu tập',
    'thằng bé học karate bị đá trúng bụng lúc thi đấu, giờ hết đau rồi',
    'con tui tập vovinam bị bạn đánh trúng tay, có lớp võ miễn phí ở phường không',
    'Em là giáo viên dạy võ cho trẻ, có đứa bị bầm tím chút khi tập, mở lớp võ miễn phí thì phối hợp sao',
  ]);
});
