import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('a school’s admission by catchment, not a hospital’s or the police’s', () => {
  it('refers a place "trái tuyến" or "đúng tuyến" at a school to the school, not to the health facility', () => {
    expect(referredTo('cháu tôi muốn học trái tuyến ở trường cấp hai bên phường kia có được không')).toBe('giao-duc');
    expect(referredTo('năm nay tuyển sinh đúng tuyến lớp 6 xét theo nơi ở hay hộ khẩu')).toBe('giao-duc');
    // Health insurance's own "đúng tuyến" stays with the health facility.
    expect(referredTo('đi khám đúng tuyến ở bệnh viện huyện có phải trả tiền không')).toBe('y-te');
  });

  it('refers a school that turns a child away, an expulsion and paid extra classes to the school', () => {
    expect(referredTo('trường không nhận cháu vì nhà mới chuyển về, giờ tôi hỏi ai')).toBe('giao-duc');
    expect(referredTo('thằng bé bị đuổi học vì đánh nhau, phụ huynh khiếu nại ở đâu')).toBe('giao-duc');
    expect(referredTo('giáo viên chủ nhiệm dạy thêm ở nhà thu tiền cả lớp, phản ánh ở đâu')).toBe('giao-duc');
  });
});

describe('another agency’s own errands', () => {
  it('refers a lawsuit over land or money to legal aid and the court', () => {
    expect(referredTo('nhà bên cạnh xây tường lấn đất nhà tôi nửa mét thì làm sao')).toBe('phap-ly');
    expect(referredTo('cháu tôi vay 50 triệu không trả, tôi muốn kiện đòi lại')).toBe('phap-ly');
  });

  it('refers a vehicle or a person held by the police to the police', () => {
    expect(referredTo('xe của chồng tôi bị tạm giữ 7 ngày vì uống rượu, lấy ra thế nào')).toBe('cong-an');
  });

  it('refers a hospital bill and an eye operation to the health facility', () => {
    expect(referredTo('viện phí của bố tôi lên mấy chục triệu, có cách nào xin giảm')).toBe('y-te');
    expect(referredTo('bà tôi muốn mổ mắt cườm thì đi đâu')).toBe('y-te');
  });

  it('refers a youth volunteer of the war years and a soldier of the old battlefields to the merit office', () => {
    expect(referredTo('bà tôi từng là thanh niên xung phong, giờ có chế độ gì không')).toBe('nguoi-co-cong');
    expect(referredTo('ông tôi hồi trẻ đi bộ đội ở chiến trường K, có được hưởng gì không')).toBe('nguoi-co-cong');
  });

  it('refers registering for the unemployment benefit to the employment service, beside BHXH’s book', () => {
    expect(referredTo('chị tôi mới bị cho nghỉ việc, đăng ký hưởng thất nghiệp có cần mang sổ bảo hiểm không')).toBe(
      'viec-lam',
    );
  });
});

describe('the center’s own questions keep their answers', () => {
  it('does not read an event ("sự kiện") as a lawsuit', () => {
    expect(findAnswer(kb, 'bot có nhắc lịch sự kiện của trung tâm không').referral).toBeUndefined();
  });
});

describe('a paper another office makes, asked beside the center’s own file', () => {
  it('refers a hospital record asked back, a notarised copy and an adoption paper to who makes them', () => {
    expect(referredTo('bệnh viện tỉnh có cho xin hồ sơ bệnh án của bố tôi để làm giấy khuyết tật không')).toBe('y-te');
    expect(referredTo('muốn công chứng giấy chứng nhận hộ nghèo thì mang ra đâu')).toBe('tu-phap');
    expect(referredTo('vợ chồng tôi muốn làm giấy nhận con nuôi cho đứa cháu mồ côi, nộp ở đâu')).toBe('tu-phap');
  });

  it('refers a defence lawyer for someone charged to legal aid, even for a person with a disability', () => {
    expect(referredTo('con tôi bị thiểu năng mà bị bắt, có được cấp luật sư bào chữa không')).toBe('phap-ly');
  });

  it('keeps the foster-care entry for adoption through the center', () => {
    expect(findAnswer(kb, 'nhận con nuôi ở trung tâm có mất tiền không').referral).toBeUndefined();
  });
});

describe('errands of the health facility, the police and the employment service', () => {
  it('refers a doctor at home, a regular check-up and an outpatient clinic to the health facility', () => {
    expect(referredTo('bà tôi nằm liệt không đi được, có bác sĩ nào khám tại nhà không')).toBe('y-te');
    expect(referredTo('người già đi khám định kỳ ở trạm xá có phải trả tiền')).toBe('y-te');
    expect(referredTo('phòng khám ngoại trú của bệnh viện tỉnh làm việc thứ bảy không')).toBe('y-te');
    expect(referredTo('my neighbour was scratched by a cat, where do I get a rabies vaccine')).toBe('y-te');
  });

  it('leaves a private clinic’s price to the honest fallback', () => {
    expect(findAnswer(kb, 'phòng khám tư nào xét nghiệm máu rẻ')).toMatchObject({ outcome: 'fallback' });
  });

  it('refers finding work to the employment service', () => {
    expect(referredTo('chú tôi 58 tuổi có tìm được việc làm trông xe không')).toBe('viec-lam');
  });
});
