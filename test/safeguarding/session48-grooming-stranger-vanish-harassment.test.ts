/**
 * Session 48 (issue 10, train57): four dangers or disclosures told without their usual words. A "secret game" an
 * adult outside the family plays with a child (grooming); a young child gone off with a stranger when nobody from the
 * family fetched them (a missing child); "biến mất cho rồi" said of oneself (a wish to die, even said as a joke); and
 * sexual advances by a superior at work (harassment). Each with harmless sentences that share its words.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('safeguarding: session 48, a "secret game" with a child is grooming', () => {
  it.each([
    'Ông hàng xóm hay rủ con gái tôi 6 tuổi sang nhà chơi trò chơi bí mật',
    'Chú bảo vệ trường gọi bé lớp 1 vào phòng chơi trò bí mật',
    'my neighbour keeps asking my 7 year old daughter to play a secret game at his place',
    'Thằng cha lạ mặt ở công viên rủ con trai tôi 5 tuổi chơi trò bí mật',
    'chu hang xom goi con be nha toi vo nha choi tro bi mat',
  ])('"%s" is child abuse', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('child-abuse');
    expect(['danger-now', 'disclosure']).toContain(result?.outcome);
  });
  it('a child taken again and again into a neighbour\'s house for a "secret game", there now, is danger now', () => {
    const result = detect(
      'nhờ giúp với, con bé 7 tuổi nhà bên kể ông chú hàng xóm mấy lần dẫn nó vô nhà "chơi trò bí mật", giờ nó lại đang ở bên đó',
    );
    expect(result?.situation).toBe('child-abuse');
    expect(result?.outcome).toBe('danger-now');
    expect(result?.numbers[0]).toBe('111');
  });
  it.each([
    'Mấy đứa nhỏ chơi trò bí mật với nhau ở sân',
    'Con chuẩn bị bí mật sinh nhật cho mẹ cùng bố',
    'Cô giáo tổ chức trò chơi bí mật cho học sinh lớp 3 dịp Trung thu',
    'Bé nhà tôi chơi trò trốn tìm với bạn',
    'Sách trò chơi bí mật cho trẻ em mua ở đâu',
    'Giờ lại đang mưa, con tôi có được nghỉ học không',
  ])('"%s" is no danger', (text) => {
    expect(['danger-now', 'disclosure']).not.toContain(detect(text)?.outcome);
  });
});
