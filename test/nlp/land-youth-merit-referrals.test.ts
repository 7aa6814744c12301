import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('land: resettlement plots, boundaries, gifts of land and building permits', () => {
  it('refers a resettlement plot even when the question tells of a disaster the center helps with', () => {
    expect(referredTo('lũ cuốn mất nhà, xã có cấp đất tái định cư cho gia đình tôi không')).toBe('dat-dai');
  });

  it('refers a boundary quarrel, a parent giving land to a child, and a permit to build', () => {
    expect(referredTo('nhà bên cạnh xây tường lấn ranh sang vườn tôi thì báo ai')).toBe('dat-dai');
    expect(referredTo('bố tôi 79 tuổi muốn tặng cho đất cho con út thì làm giấy ở đâu')).toBe('dat-dai');
    expect(referredTo('muốn sửa lại mái nhà có phải xin phép xây dựng không')).toBe('dat-dai');
  });
});

describe('the Youth Union', () => {
  it('refers what only the union does: joining it, recommending a member to the Party', () => {
    expect(referredTo('25 tuổi rồi còn vào đoàn được nữa không')).toBe('doan-thanh-nien');
    expect(referredTo('muốn được kết nạp Đảng thì phải qua chi đoàn giới thiệu à')).toBe('doan-thanh-nien');
  });

  it('keeps a school union volunteering with the center', () => {
    expect(referredTo('đoàn trường em muốn tổ chức thăm trẻ mồ côi ở trung tâm')).toBeUndefined();
  });
});

describe('people with merit: a martyr’s survivor allowance, the martyr’s certificate, Agent Orange', () => {
  it('refers a martyr’s survivor allowance rather than answering with the social allowance amount', () => {
    const result = findAnswer(kb, 'bà nội là mẹ liệt sĩ, tiền tuất liệt sĩ mỗi tháng được bao nhiêu');
    expect(result.outcome).toBe('referral');
    expect(result.referral).toBe('nguoi-co-cong');
  });

  it('refers a lost martyr’s certificate', () => {
    expect(referredTo('nhà bị cháy mất bằng Tổ quốc ghi công thì xin cấp lại ở đâu')).toBe('nguoi-co-cong');
  });

  it('refers the gift for War Invalids and Martyrs Day however it is named', () => {
    expect(referredTo('bác tôi từng đi bộ đội, năm nay có quà Tết 27/7 không')).toBe('nguoi-co-cong');
    expect(referredTo('danh sách nhận quà ngày 27/7 do ai lập')).toBe('nguoi-co-cong');
  });

  it('keeps a child with sequelae asking the disability allowance with the center', () => {
    expect(referredTo('con tôi bị di chứng chất độc da cam, khuyết tật nặng, có được trợ cấp không')).toBeUndefined();
  });
});

describe('school classes, health facilities, jobs abroad and questions in English', () => {
  it('keeps the center’s own classes, medicine asked as a support and a return to school the center helps with', () => {
    for (const question of [
      'muốn đăng ký vào lớp học nghề may của trung tâm thì làm sao',
      'con em tự kỷ muốn đăng ký vào lớp can thiệp sớm',
      'người nhiễm HIV nhận thuốc miễn phí ở đâu',
      'cháu mồ côi bỏ học muốn học lại lớp 7 thì trung tâm giúp gì',
    ])
      expect(referredTo(question), question).toBeUndefined();
  });

  it('refers collecting medicine and a cancer screening to the health facilities', () => {
    expect(referredTo('chuyển về quê rồi thì thuốc ARV nhận chỗ nào')).toBe('y-te');
    expect(referredTo('phụ nữ ngoài 40 đi sàng lọc ung thư cổ tử cung ở đâu')).toBe('y-te');
  });

  it('keeps free ARV medicine asked as a support with the center', () => {
    expect(findAnswer(kb, 'người nhiễm HIV có được cấp thuốc ARV miễn phí không').entryId).toBe('service-hiv');
  });

  it('refers the Korea work programme and its language test to the employment service', () => {
    expect(referredTo('năm nay chương trình EPS có tuyển không, đăng ký thi tiếng Hàn ở đâu')).toBe('viec-lam');
  });

  it('refers marriage registration, maternity pay and a small online business asked in English', () => {
    expect(referredTo('Where do foreigners register marriage in Vietnam?')).toBe('tu-phap');
    expect(referredTo('How much maternity pay will I get after my baby is born?')).toBe('bhxh');
    expect(referredTo('Do I need a licence to run an online business from home?')).toBe('kinh-doanh-thue');
  });
});
