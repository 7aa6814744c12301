/**
 * Session 48 (issue 10): "tinh" typed without accents before money, pay, work or a sum ("ko tinh tien", "ko tinh
 * luong", "ko tinh cong") is "tính" (to count, to charge), never "tỉnh" (conscious). "ko" is expanded to "không"
 * before the reading, so the older "không tính tiền" never matched it: unpaid overtime was a collapse, medical danger
 * now. A person who fell or fainted and "ko tinh" stays danger now.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('an unaccented "tinh" before money, pay or work is "tính" (unaccented_words)', () => {
  itRaisesNoCrisis(reply, [
    'cty bat lam tang ca toi 11h dem ma ko tinh tien, phan anh cong doan dc ko',
    'cong ty no luong 2 thang ko tinh luong tang ca, em kien o dau',
    'xe om cho me di benh vien ma ko tinh tien, cam on anh ay',
    'lam them chu nhat ma cong ty ko tinh cong, co vi pham luat ko',
    'ba toi lam bao ve dem ma ko tinh luong ca dem, hoi o dau',
    'chu tro ko tinh tien dien nuoc dung gia nha nuoc, em phan anh o dau',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'ba toi nga ko tinh',
      'me ko tinh day',
      'me em te cau thang ko tinh, cuu voi',
      'ong noi ngat xiu ko tinh lai',
      'chong toi uong ruou say roi nam ko tinh, goi hoai ko day',
      'be nha em sot cao co giat ko tinh',
      'ba em bi dien giat, gio ko tinh',
      'ban em nga xe ko tinh, mau chay nhieu',
    ],
    'medical',
  );
});
