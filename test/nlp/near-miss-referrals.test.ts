import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('papers another office issues, asked for the center’s own file', () => {
  it('refers the survivor benefit to BHXH even beside a pension', () => {
    expect(referredTo('chồng tôi mất năm ngoái, đang hưởng lương hưu, giờ tôi hưởng tử tuất thì làm ở đâu')).toBe(
      'bhxh',
    );
  });

  it('refers a copy of a civil-status paper and an adoption registration to the justice officer', () => {
    expect(referredTo('xin bản sao giấy chứng tử của ba để làm hồ sơ mai táng phí thì đi đâu')).toBe('tu-phap');
    expect(referredTo('muốn đăng ký việc nuôi con nuôi cho cháu ruột thì lên xã gặp ai')).toBe('tu-phap');
  });

  it('refers a medical record to the hospital and a residence confirmation to the police', () => {
    expect(referredTo('xin bệnh án cho mẹ để làm giấy khuyết tật ở đâu')).toBe('y-te');
    expect(referredTo('giấy xác nhận cư trú để làm hồ sơ trợ cấp xin ở đâu')).toBe('cong-an');
  });

  it('keeps adoption as the center’s question when the person asks about an allowance', () => {
    expect(findAnswer(kb, 'người khuyết tật muốn nhận con nuôi có được trợ cấp không').referral).toBeUndefined();
  });
});

describe('unemployment benefit: paid by BHXH, claimed at the employment service', () => {
  it('refers a late payment to BHXH, also when "tiền trợ cấp" is read as the monthly allowance', () => {
    expect(referredTo('tiền trợ cấp thất nghiệp tháng này chậm quá hỏi ai')).toBe('bhxh');
  });

  it('refers a pension asked about in English to BHXH, and keeps the social pension with the center', () => {
    expect(referredTo('When is the retirement pension paid each month?')).toBe('bhxh');
    expect(findAnswer(kb, 'Can my father get the social pension at 76?').referral).toBeUndefined();
  });

  it('refers the claim and the employment service named outright to the employment service', () => {
    expect(referredTo('nộp hồ sơ trợ cấp thất nghiệp muộn thì có bị mất không')).toBe('viec-lam');
    expect(referredTo('trung tâm dịch vụ việc làm có giới thiệu việc cho người khuyết tật nhẹ không')).toBe('viec-lam');
  });
});

describe('people with merit, schools and the courts in residents’ words', () => {
  it('refers resistance fighters and policy families to the officer for people with merit', () => {
    expect(referredTo('ông tôi là người hoạt động kháng chiến, được hưởng chế độ gì')).toBe('nguoi-co-cong');
    expect(referredTo('gia đình chính sách được quà tết không')).toBe('nguoi-co-cong');
  });

  it('keeps a disabled Agent Orange victim’s allowance with the center', () => {
    // "chất độc da cam" as a cue for people with merit cost holdout5 an in-scope question (session 22).
    expect(findAnswer(kb, 'con tôi bị di chứng chất độc da cam, khuyết tật nặng, có được trợ cấp không').referral).toBe(
      undefined,
    );
  });

  it('refers boarding pupils’ meals to the school', () => {
    expect(referredTo('học sinh bán trú được hỗ trợ tiền ăn không')).toBe('giao-duc');
  });

  it('refers inheritance, land disputes, custody and lawyers to legal aid and the courts', () => {
    expect(referredTo('anh em tranh chấp đất của cha mẹ, muốn khởi kiện thì làm sao')).toBe('phap-ly');
    expect(referredTo('chia thừa kế nhà đất khi không có di chúc')).toBe('phap-ly');
    expect(referredTo('ly hôn rồi muốn giành quyền nuôi con thì nộp đơn ở đâu')).toBe('phap-ly');
    expect(referredTo('where can I find a lawyer for free legal aid')).toBe('phap-ly');
  });

  it('keeps a family asking for counselling about a divorce with the center', () => {
    expect(findAnswer(kb, 'Bố mẹ tôi đang đòi ly hôn, tôi muốn tìm người tư vấn cho cả nhà').entryId).toBe(
      'service-family',
    );
  });
});

describe('everyday errands residents bring to the center', () => {
  it('refers each to the office that does it', () => {
    expect(referredTo('con tôi bị sốt xuất huyết nên đưa đi đâu khám')).toBe('y-te');
    expect(referredTo('xe máy bị giữ vì quên giấy tờ, lấy lại ở đâu')).toBe('cong-an');
    expect(referredTo('nghỉ việc vì ốm, trợ cấp ốm đau của công ty lãnh thế nào')).toBe('bhxh');
    expect(referredTo('kết hôn với người nước ngoài làm giấy tờ gì')).toBe('tu-phap');
    expect(referredTo('đăng ký giám hộ cho cháu mồ côi ở đâu')).toBe('tu-phap');
    expect(referredTo('trẻ khuyết tật học lớp hòa nhập ở trường nào')).toBe('giao-duc');
    expect(referredTo('tìm việc làm thêm buổi tối cho sinh viên')).toBe('viec-lam');
  });

  it('keeps what the center pays or offers for the same errand', () => {
    expect(findAnswer(kb, 'hộ nghèo nằm viện có được hỗ trợ viện phí không').entryId).toBe('service-poverty');
    expect(findAnswer(kb, 'cháu mồ côi cả cha mẹ, ai nhận giám hộ thì được hỗ trợ gì').entryId).toBe(
      'service-children',
    );
  });
});

describe('illegal lending', () => {
  it('refers a loan shark to the police, and leaves a poor household’s debt with the center', () => {
    expect(referredTo('bị tín dụng đen cho vay nặng lãi rồi đe dọa, báo ai')).toBe('cong-an');
    expect(findAnswer(kb, 'nhà nghèo vay tín dụng đen giờ không trả nổi, trung tâm có hỗ trợ gì không').entryId).toBe(
      'service-poverty',
    );
  });
});

describe('a phone or power company asked for its own number', () => {
  it('refers the question to the provider, not the center’s hotline', () => {
    expect(findAnswer(kb, 'số tổng đài chăm sóc khách hàng của Vinaphone là bao nhiêu')).toMatchObject({
      outcome: 'referral',
      referral: 'dien-nuoc-vien-thong',
    });
  });

  it('keeps the center’s hotline when the caller asks what calling it from their own line costs', () => {
    expect(findAnswer(kb, 'gọi tổng đài bằng sim Viettel có mất cước không')).toMatchObject({
      outcome: 'answer',
      entryId: 'hotline',
    });
    expect(findAnswer(kb, 'tổng đài gọi từ mạng mobifone có tính cước không').entryId).toBe('hotline');
  });

  it('still gives the honest fallback for a company no agency handles', () => {
    expect(findAnswer(kb, 'số tổng đài đặt vé Vietjet là bao nhiêu').outcome).toBe('fallback');
  });
});

describe('a legal advice line', () => {
  it('is legal aid’s, not the center’s hotline', () => {
    expect(findAnswer(kb, 'xin số điện thoại tư vấn pháp luật miễn phí')).toMatchObject({
      outcome: 'referral',
      referral: 'phap-ly',
    });
  });

  it('leaves legal help to the center’s entry that offers it', () => {
    expect(findAnswer(kb, 'con tôi 16 tuổi bị bắt vì đánh nhau, có được trợ giúp pháp lý không').entryId).toBe(
      'service-young-offenders',
    );
  });
});

describe('English questions for another office', () => {
  it('refers registering a newborn to the justice officer', () => {
    expect(referredTo('Where can we register the birth of our daughter?')).toBe('tu-phap');
    expect(referredTo('how do I register my baby?')).toBe('tu-phap');
  });

  it('refers a job abroad or its pay to the job center, not the profession’s own entry', () => {
    expect(referredTo('Are nursing jobs abroad well paid for Vietnamese people?')).toBe('viec-lam');
    expect(referredTo('I want to work abroad as a social worker, who can help me?')).toBe('viec-lam');
  });

  it('still answers what social work is', () => {
    expect(findAnswer(kb, 'What is social work?').entryId).toBe('what-is-social-work');
  });
});

describe('a supplement or a job opening', () => {
  it('refers a supplement to the health facility, even beside an old person', () => {
    expect(referredTo('mua thuốc bổ gan cho ba loại nào tốt')).toBe('y-te');
    expect(referredTo('thuoc bo cho nguoi gia 70 tuoi')).toBe('y-te');
  });

  it('refers a job opening to the job center, even for a social worker', () => {
    expect(referredTo('viện dưỡng lão tư nhân tuyển dụng nhân viên điều dưỡng không')).toBe('viec-lam');
  });
});

describe('a procedure only the agency performs, beside the center’s own words', () => {
  it('refers finding a job for someone the center does not serve to the employment service it names', () => {
    // The vocational entry speaks of "giới thiệu việc làm" but never of the employment service itself.
    expect(
      referredTo(
        'trung tâm có giới thiệu việc làm cho thanh niên bình thường không hay lên trung tâm dịch vụ việc làm',
      ),
    ).toBe('viec-lam');
  });

  it('keeps legal aid for a survivor of violence with the entry that speaks of it', () => {
    expect(findAnswer(kb, 'nạn nhân bạo lực gia đình có được trợ giúp pháp lý miễn phí không')).toMatchObject({
      outcome: 'answer',
      entryId: 'service-violence',
    });
  });
});

describe('land papers, a business and taxes', () => {
  it('refers a land title and its transfer to the land office', () => {
    expect(referredTo('muốn tách sổ đỏ cho con trai thì nộp giấy ở đâu')).toBe('dat-dai');
    expect(referredTo('nha toi bi thu hoi dat lam duong, tien boi thuong hoi ai')).toBe('dat-dai');
  });

  it('refers registering a business, even one that sells for a cause, and taxes to their offices', () => {
    expect(referredTo('Nhóm tình nguyện muốn mở tiệm bán đồ gây quỹ, đăng ký kinh doanh ở đâu?')).toBe(
      'kinh-doanh-thue',
    );
    expect(referredTo('quyết toán thuế cho mẹ làm ở đâu')).toBe('kinh-doanh-thue');
  });

  it('hears no land title in "sợ nó" typed without accents', () => {
    expect(findAnswer(kb, 'con toi moi o tu ve, toi so no tai nghien, co ai giup khong').referral).toBeUndefined();
  });
});

describe('a tuition waiver asked of the school', () => {
  it('refers where to hand in the waiver to the school, and keeps whether poor households have one with the center', () => {
    expect(referredTo('đơn xin miễn học phí cho con mồ côi nộp ở đâu')).toBe('giao-duc');
    expect(findAnswer(kb, 'hộ nghèo có được miễn học phí cho con không')).toMatchObject({
      outcome: 'answer',
      entryId: 'service-poverty',
    });
  });

  it('refers a poor household’s waiver handed in at the school, even when the household is named', () => {
    expect(referredTo('con hộ nghèo được miễn học phí, giấy tờ nộp ở trường hay ở đâu')).toBe('giao-duc');
  });
});

describe('a divorce petition and a lost pension book', () => {
  it('refers writing the petition to legal aid, and keeps a couple’s counselling with the center', () => {
    expect(referredTo('hai vợ chồng không sống chung được nữa, làm đơn ly hôn cần ghi những gì')).toBe('phap-ly');
    expect(referredTo('xin mẫu đơn ly hôn thuận tình ở đâu')).toBe('phap-ly');
    expect(findAnswer(kb, 'vợ chồng em hay cãi nhau, đang tính ly hôn, muốn được tư vấn trước').entryId).toBe(
      'service-family',
    );
  });

  it('refers a lost pension book or where the pension is collected to BHXH', () => {
    expect(referredTo('mẹ tôi 78 tuổi làm rơi sổ hưu, giờ lĩnh tiền hưu ở đâu')).toBe('bhxh');
  });
});

describe('a degree in social work asked of the center', () => {
  it('refers which school teaches it to the school system', () => {
    expect(referredTo('em muốn lấy bằng thạc sĩ công tác xã hội thì học ở trường nào')).toBe('giao-duc');
    expect(referredTo('trường nào đào tạo ngành công tác xã hội ở miền Trung')).toBe('giao-duc');
  });

  it('keeps what the profession is with the center', () => {
    expect(findAnswer(kb, 'con tôi sắp học ngành công tác xã hội, ngành này ra làm gì').entryId).toBe(
      'what-is-social-work',
    );
  });
});
