/**
 * Session 48 (issue 10): a touch named with its preposition ("sờ vào ngực", "sờ vô đùi") is the same act as "sờ ngực".
 * "con gái tôi bị thầy dạy thêm sờ vào ngực, tôi muốn tố cáo" raised nothing and got an education referral.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('a touch named with its preposition (session 48)', () => {
  it.each([
    'con gái tôi bị thầy dạy thêm sờ vào ngực, tôi muốn tố cáo',
    'hồi lớp 8 em bị ông chú sờ vào vùng kín, giờ em vẫn ám ảnh',
    'con bé kể ông hàng xóm hay sờ vô mông nó khi sang chơi',
  ])('"%s" is a child-abuse disclosure', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('child-abuse');
    expect(result?.outcome).toBe('disclosure');
  });
  it.each([
    'thầy dạy thêm sờ vô đùi con bé hoài, tối nay lại có buổi học',
    'ông ta đang sờ vào ngực con bé, tôi thấy qua cửa sổ',
  ])('"%s" is danger now', (text) => {
    expect(detect(text)?.outcome).toBe('danger-now');
  });
  it.each(['sờ vào ngực thấy có cục u nhỏ thì có nguy hiểm không', 'em sờ vào đùi thấy nổi hạch, nên khám ở đâu'])(
    '"%s" is no danger',
    (text) => {
      expect(detect(text)?.outcome).not.toBe('danger-now');
    },
  );
});
