/**
 * Session 46 (issue 10, train55): a gun brought out or aimed to threaten someone (gun_held with menace or shoot_threat)
 * is violence now, and with a child child abuse now (111), even beside a question about what anyone can do. A toy
 * gun, guns handed in, a shooting game or a threat of long ago are not.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('a gun brought out to threaten someone now (gun_held, shoot_threat)', () => {
  itRepliesDangerNow(
    reply,
    [
      'thằng say rượu đầu ngõ đang cầm súng tự chế đi khắp xóm dọa bắn người',
      'chong toi rut sung ra chia vao dau toi',
      'thằng cha say xỉn rút súng ra dọa bắn người đi đường, có ai giúp được không',
      'gã kia đang chĩa súng vào chị tôi ngoài đầu hẻm',
    ],
    'violence',
  );
  itRepliesDangerNow(
    reply,
    ['ông hàng xóm mang súng hoa cải ra dọa bắn đứa nhỏ, mọi người đứng nhìn, ai giúp với'],
    'child-abuse',
  );
  itRaisesNoCrisis(reply, [
    'con trai tôi thích mua súng đồ chơi, có nên cho không',
    'xã đang vận động người dân giao nộp súng tự chế, nộp ở đâu',
    'chân tôi bị sưng tấy mấy hôm nay',
    'phim hôm qua có cảnh tên cướp rút súng ra dọa con tin, hay lắm',
    'hồi nhỏ có lần ông ngoại mang súng săn ra dọa bắn tôi',
  ]);
});
