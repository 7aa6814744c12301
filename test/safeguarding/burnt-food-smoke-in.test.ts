/**
 * Session 44 (issue 10: false crisis on ordinary questions): a dish burnt in the pan with smoke in the house is no
 * fire; smoke drifting into a bedroom is no break-in. A flame, someone who cannot breathe or a stranger in the bedroom
 * keeps the emergency; a care arrangement asked beside a harm told stays danger now.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);
const unanswered = (text: string) => kb.safeguarding.detector.detect(text, { unanswered: true });

describe('safeguarding: session 44, burnt food and smoke drifting in are no emergency', () => {
  it.each([
    'chiên cá bị cháy, cả nhà đầy khói, mở cửa sổ được chưa',
    'đốt lá ngoài vườn khói bay vào phòng ngủ, con bị ho',
    'thịt bị cháy khét cả nồi, nhà đầy khói, làm sao cho hết mùi',
    'chiên cá bị cháy khói đầy bếp, con ho quá',
    'rán trứng bị cháy, bếp đầy khói, có cần bật máy hút mùi không',
    'hàng xóm đốt rác khói bay vào phòng ngủ của bé, bé ho suốt',
    'bà ngoại 80 tuổi nuôi cháu không nổi nữa, có gia đình nào nhận chăm sóc cháu giúp không',
  ])('"%s" is no emergency', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
    expect(unanswered(text)?.outcome).not.toBe('danger-now');
  });

  it.each([
    ['em học sinh lớp 4 bị bố đánh bầm tím, nhà ai nhận chăm sóc em ấy tối nay', 'child-abuse'],
    ['em lớp 3 bị mẹ kế đánh chảy máu, có gia đình nào nhận chăm sóc em ấy ngay tối nay không', 'child-abuse'],
    ['chiên cá thì chảo dầu bốc cháy lan lên tủ bếp', 'fire'],
    ['rán cá bị cháy rồi lửa bén lên rèm cửa', 'fire'],
    ['chiên thịt bị cháy, khói đầy nhà, bà nội ngất xỉu rồi', 'fire'],
    ['cơm bị cháy mà bếp gas bốc cháy lan ra', 'fire'],
    ['khói đen đầy phòng ngủ, bé không thở được', 'fire'],
    ['đốt lá khói bay vào phòng ngủ, con em ho sặc không thở được', 'fire'],
    ['có người lạ vào phòng ngủ của con', 'child-abuse'],
    ['có thằng lạ mặt trèo cửa sổ vào phòng ngủ của bé', 'child-abuse'],
  ])('"%s" is danger now (%s)', (text, situation) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.situation).toBe(situation);
  });
});
