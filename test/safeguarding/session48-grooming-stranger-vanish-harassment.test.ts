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

describe('safeguarding: session 48, a young child gone with a stranger, nobody having fetched them', () => {
  it.each([
    'Con tôi 5 tuổi đi theo một người phụ nữ lạ ra khỏi cổng trường, hôm nay không ai đón cháu',
    'tan học không có ai đón, cô giáo thấy bé lên xe một người đàn ông lạ',
    'chau toi hoc mau giao, chieu nay khong ai don, nghe noi chau di voi mot nguoi la',
    'My 6 year old son left with a stranger after school, nobody picked him up',
    'Học sinh lớp 1 của tôi đi cùng một người lạ, phụ huynh nói chưa có ai đón bé',
    'Bé lớp 1 lớp tôi chủ nhiệm tan học không có ai đón, bác bảo vệ kể thấy bé đi theo một người đàn ông lạ, nhà bé nói không ai đón cả',
  ])('"%s" is a child in danger now, 111 then 113', (text) => {
    // A stranger named may also read as a child taken (child-abuse, first in the order): the same numbers.
    const result = detect(text);
    expect(['missing-person', 'child-abuse']).toContain(result?.situation);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.numbers.slice(0, 2)).toEqual(['111', '113']);
  });
  it.each([
    'bé đi theo cô giáo ra cổng',
    'bé đi theo cô giáo ra cổng vì không có ai đón',
    'Làm sao dạy trẻ không đi theo người lạ',
    'Hôm nay không ai đón con, trung tâm có giữ trẻ sau giờ học không',
    'con tôi hay đi theo bà ngoại ra chợ',
  ])('"%s" is no danger', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});

describe('safeguarding: session 48, "biến mất cho rồi" said of oneself is a wish to die', () => {
  it.each([
    'Dạo này tui hay nghĩ chắc tui biến mất luôn cho rồi',
    'con trai tôi nói chắc con biến mất cho rồi, ai cũng ghét con',
    'thôi mình biến mất cho rồi, chẳng ai cần mình',
    'chac tao bien mat cho roi, met moi qua',
    'Em gái tôi cứ nói "chắc em biến mất cho rồi", tôi không biết nó nói thật hay đùa',
    'thằng bạn nhắn "tao biến mất cho rồi", nửa đùa nửa thật, em lo quá',
  ])('"%s" is suicide', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('suicide');
    expect(['danger-now', 'disclosure']).toContain(result?.outcome);
  });
  it('a friend who jokes about vanishing, the writer unsure, is a suicide disclosure', () => {
    const result = detect(
      'Bạn cùng lớp hay nói đùa "chắc tao biến mất cho rồi", mình không rõ nó nói thật hay đùa, phải làm sao',
    );
    expect(result?.situation).toBe('suicide');
    expect(result?.outcome).toBe('disclosure');
  });
  it.each([
    'chắc tao biến mất khỏi nhóm chat này cho rồi',
    'ảo thuật gia làm biến mất con thỏ',
    'ảo thuật gia làm biến mất chiếc đồng hồ trên sân khấu',
    'Ước gì mụn trên mặt em biến mất cho rồi',
    'Cái ví của tôi tự nhiên biến mất, chắc rơi ở chợ',
  ])('"%s" is no danger', (text) => {
    expect(['danger-now', 'disclosure']).not.toContain(detect(text)?.outcome);
  });
});

describe('safeguarding: session 48, sexual advances by a superior at work are harassment', () => {
  it.each([
    'Trưởng phòng cứ nhắn tin khiêu dâm cho tôi mỗi tối, tôi sợ mất việc',
    'Ông chủ quán hay ôm eo em lúc không có ai, em phải làm sao',
    'Giám đốc hay vuốt má em, vuốt tóc em trước mặt mọi người',
    'My boss keeps touching my waist and propositions me after meetings',
    'Anh quản lý gạ đi nhà nghỉ, nói nếu không chịu thì cho nghỉ việc',
  ])('"%s" is sexual assault, never a fallback', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('sexual-assault');
    expect(['danger-now', 'disclosure']).toContain(result?.outcome);
  });
  it('a boss who habitually holds the waist and propositions is a disclosure', () => {
    const result = detect('Tổ trưởng hay ôm eo tôi, còn nói mấy câu gạ gẫm, tôi cần giữ việc này, tôi làm được gì');
    expect(result?.situation).toBe('sexual-assault');
    expect(result?.outcome).toBe('disclosure');
  });
  it.each([
    'sếp vỗ vai khen em làm tốt',
    'Chồng em hay ôm eo em lúc nấu ăn',
    'Sếp nắm tay chúc mừng em được tăng lương',
    'Quản lý khách sạn hỏi thủ tục đăng ký tạm trú cho nhân viên',
    'Giám đốc trung tâm vuốt ve con mèo của cơ quan',
  ])('"%s" is no danger', (text) => {
    expect(['danger-now', 'disclosure']).not.toContain(detect(text)?.outcome);
  });
});
