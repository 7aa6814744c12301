/**
 * Session 48 (issue 10): "tấn công tình dục" and "cưỡng dâm", the plain and the legal names of a sexual assault, were
 * not known acts. "Vợ tôi vừa bị kẻ lạ tấn công tình dục trên đường đi làm ca đêm về, … chảy máu" (train57) got a
 * fallback. Named now, they follow the sexual-assault rules: danger now when it just happened, a disclosure when it is
 * told from long ago, informational when asked about as a topic.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('a sexual assault named plainly (session 48)', () => {
  it.each([
    'vợ tôi vừa bị một thằng lạ tấn công tình dục ở bãi giữ xe, giờ đang khóc run cả người',
    'tôi vừa bị tấn công tình dục',
    'chi toi vua bi tan cong tinh duc tren duong ve, dang chay mau',
    'bạn em mới bị cưỡng dâm trong nhà trọ tối nay, giờ phải làm sao',
    'em vua bi cuong dam, em so lam',
  ])('"%s" is danger now', (text) => {
    expect(detect(text)?.outcome).toBe('danger-now');
  });
  it.each([
    'hồi năm nhất em bị một anh khóa trên tấn công tình dục, giờ em vẫn sợ đi một mình',
    'em bi cuong dam hoi nam ngoai, gio van am anh',
  ])('"%s" is a sexual-assault disclosure', (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('disclosure');
    expect(result?.situation).toBe('sexual-assault');
  });
  it.each([
    'tội cưỡng dâm bị phạt bao nhiêu năm tù',
    'làm sao phòng tránh tấn công tình dục cho con gái',
    'phim này có cảnh tấn công tình dục không phù hợp trẻ em',
    'trường có buổi nói chuyện về phòng chống tấn công tình dục, mình đăng ký ở đâu',
    'đội bóng tấn công dồn dập trong hiệp hai',
  ])('"%s" is no danger', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
