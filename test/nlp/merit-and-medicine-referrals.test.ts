import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('benefits only the office for people with merit decides, asked about an older or disabled person', () => {
  it('refers the merit benefit itself even when the person is old enough for the elderly allowance', () => {
    expect(referredTo('cha tôi 83 tuổi, hồi trước đi bộ đội, giờ xin chế độ người có công thì ở đâu')).toBe(
      'nguoi-co-cong',
    );
  });

  it('refers a sick soldier’s allowance and lost military papers', () => {
    expect(referredTo('chú em là bệnh binh, 79 tuổi, trợ cấp bệnh binh có được tăng không')).toBe('nguoi-co-cong');
    expect(referredTo('bác tôi bị thương hồi chiến tranh mà thất lạc hồ sơ quân ngũ, làm lại ở đâu')).toBe(
      'nguoi-co-cong',
    );
  });

  it('refers the yearly convalescence allowance of war invalids ("tiền điều dưỡng", session 28)', () => {
    expect(referredTo('ông em là thương binh, tiền điều dưỡng hằng năm nhận ở đâu')).toBe('nguoi-co-cong');
    expect(referredTo('bố tôi được đi điều dưỡng luân phiên năm nay không, hỏi ai')).toBe('nguoi-co-cong');
    // A nurse ("điều dưỡng" alone) is no merit benefit.
    expect(referredTo('em học điều dưỡng ra trường, xin vào làm ở trung tâm bảo trợ được không')).toBeUndefined();
  });

  it('keeps the elderly allowance with the center for someone who already has the merit benefit', () => {
    const result = findAnswer(kb, 'ông ngoại 81 tuổi đang hưởng chế độ người có công, có được thêm tiền già không');
    expect(result.referral).toBeUndefined();
    expect(result.entryId).toBe('elderly-allowance');
  });

  it('keeps the ministry’s commune officer ("lao động thương binh xã hội") with the center’s entries', () => {
    const result = findAnswer(kb, 'xã có phòng công tác xã hội không hay chỉ có cán bộ lao động thương binh xã hội');
    expect(result.referral).toBeUndefined();
    expect(result.entryId).toBe('social-work-offices');
  });
});

describe('where HIV medicine is collected', () => {
  it('refers collecting ARV medicine to the health facilities, in Vietnamese and English', () => {
    expect(referredTo('chuyển nhà lên Bình Dương rồi thì lấy thuốc ARV chỗ nào')).toBe('y-te');
    expect(referredTo('thuốc ARV lấy ở trạm y tế xã được không')).toBe('y-te');
    expect(referredTo('Where do I go for ARV treatment after moving?')).toBe('y-te');
  });

  it('keeps free ARV medicine, asked as a support, with the center', () => {
    expect(findAnswer(kb, 'người nhiễm HIV có được cấp thuốc ARV miễn phí không').entryId).toBe('service-hiv');
  });
});

describe('a cut water or power supply', () => {
  it('refers the water company’s line and a cut supply to the provider', () => {
    expect(referredTo('cúp nước cả tuần nay, số tổng đài cấp nước là số nào')).toBe('dien-nuoc-vien-thong');
    expect(referredTo('điện bị cắt từ sáng thì báo cho ai')).toBe('dien-nuoc-vien-thong');
  });
});
