/**
 * Session 48 (issue 10): a past told about someone else (a death last month) does not make a heavy bleeding told now
 * a disclosure, and a cut in progress ("đang cắt tay") is self-harm told now, even after a past. Blood or a cut told
 * as past, healed or over stays a disclosure or an ordinary question.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('heavy bleeding or a cut in progress told now after a past (session 48)', () => {
  it.each([
    'Mạ em vừa mất tháng trước, em thấy em trai em đang cắt tay trong phòng, máu chảy nhiều lắm, em sợ quá o ơi',
    'ba em mất năm ngoái, giờ em gái em đang cắt tay trong nhà tắm, máu chảy không cầm được',
    'ong noi mat thang truoc, gio ba em bi nga cau thang, mau chay nhieu lam',
    'hồi năm kia ông nội mất, giờ bà nội té đập đầu vô cạnh bàn, máu chảy nhiều lắm',
    'chồng em mất hồi tháng trước, con trai em đang cắt tay trong phòng khóa cửa',
    'mạ em mất năm ngoái, em thấy anh hai đang cắt tay trong phòng, máu chảy nhiều quá',
    'cha tui mất tháng rồi, tui thấy thằng em đang cắt cổ tay ngoài hè, máu chảy nhiều lắm',
  ])('"%s" is danger now', (text) => {
    expect(detect(text)?.outcome).toBe('danger-now');
  });
  it.each([
    'năm ngoái em từng cắt tay, giờ em ổn rồi, đang đi học lại',
    'mẹ em mất tháng trước vì băng huyết, máu chảy nhiều lắm, giờ em muốn hỏi tiền tử tuất',
    'hồi nhỏ em bị tai nạn, máu chảy nhiều lắm, giờ còn sẹo, có hỗ trợ phẫu thuật không',
    'ba em mất năm ngoái, giờ em đang cắt tay áo sơ mi của ba để làm kỷ niệm',
    'bà ngoại mất tháng trước, giờ mẹ em đang cắt tóc cho em',
    'ong noi mat nam ngoai, gio ba em dang cat co cho bo an',
  ])('"%s" is no danger now', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
