import { describe, expect, it } from 'vitest';
import { DEFAULT_BLEND } from '../../src/nlp/blend.ts';
import { DEFAULT_ENGINE_CONFIG, findAnswer } from '../../src/nlp/engine.ts';
import { requestSentence } from '../../src/nlp/request-sentence.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

/** Each long story is answered directly with the entry its request sentence names. */
const expectAnswers = (cases: ReadonlyArray<readonly [string, string]>): void => {
  for (const [story, entry] of cases) {
    const r = findAnswer(kb, story);
    expect({ outcome: r.outcome, entryId: r.entryId }, story).toEqual({ outcome: 'answer', entryId: entry });
  }
};

describe('the request sentence of a long story', () => {
  it('is the last sentence with a question mark', () => {
    expect(
      requestSentence(
        'Mẹ em 70 tuổi, sống một mình ở quê, em đi làm xa nên ít về. Nhà em cũng không khá giả gì, anh chị em đều khó khăn. Vậy mẹ em có được nhận trợ cấp gì của nhà nước không ạ? Em cảm ơn.',
      ),
    ).toBe('Vậy mẹ em có được nhận trợ cấp gì của nhà nước không ạ?');
  });

  it('is a need stated without a question mark when nothing is asked', () => {
    expect(
      requestSentence(
        'Chào ad. Em tên Lan, mẹ đơn thân, con em 2 tuổi bị sứt môi hở hàm ếch. Nhà em ở xa, em làm công nhân. Em nghe nói có chương trình phẫu thuật miễn phí cho trẻ em',
      ),
    ).toBe('Em nghe nói có chương trình phẫu thuật miễn phí cho trẻ em');
  });

  it('takes the sentence before a short question, which says who it is about', () => {
    expect(
      requestSentence(
        'Nhà em ở Cà Mau, ba em bị tai nạn giao thông mất một chân, giờ không đi làm được nữa, suốt ngày nằm nhà. Má em bán vé số nuôi cả nhà, em còn đi học. Ba em có được không?',
      ),
    ).toBe('Má em bán vé số nuôi cả nhà, em còn đi học. Ba em có được không?');
  });

  it('is not looked for in a short message, which is its own request', () => {
    expect(requestSentence('Mẹ em 81 tuổi. Bà có được nhận trợ cấp người cao tuổi không ạ?')).toBeNull();
  });
});

describe('a long story whose request alone names an entry confidently', () => {
  it('answers the amount asked after a story of disability or an orphan’s studies', () => {
    expectAnswers([
      [
        'Dạ chào ad, em hỏi giúp mẹ em. Mẹ em năm nay 66 tuổi, bị tai biến liệt nửa người, xã đã xác nhận khuyết tật nặng. Nhà em ở quê, bố em mất lâu rồi, em đi làm xa. Em muốn biết một tháng mẹ em được nhận khoảng bao nhiêu tiền trợ cấp ạ?',
        'allowance-amount',
      ],
      [
        'Em chào anh chị. Em năm nay 18 tuổi, đang học năm nhất cao đẳng. Bố mẹ em mất khi em học lớp 8, từ đó em ở với bà nội. Hồi nhỏ em có nhận trợ cấp trẻ mồ côi. Em muốn hỏi là em còn được nhận trợ cấp nữa không, và nếu được thì mỗi tháng là bao nhiêu ạ?',
        'allowance-amount',
      ],
      [
        'chi oi, ong noi em nam nay 79 tuoi, bi tai bien 2 lan, nam mot cho, ba em cham. Nha em ko thuoc ho ngheo nhung cung kho, co chu deu di lam cong nhan. Xa da lam giay xac nhan khuyet tat dac biet nang cho ong roi, ho so tro cap cung duoc duyet. Cho em hoi voi muc khuyet tat dac biet nang cua nguoi gia nhu ong em thi moi thang nhan duoc bao nhieu tien?',
        'allowance-amount',
      ],
      [
        'Chào anh chị, em là sinh viên năm 3 ở Huế. Cha em mất hồi em học lớp 9, mẹ đi bước nữa nên em ở với ông bà nội từ đó. Hồi dưới 16 tuổi em có được trợ cấp trẻ mồ côi. Giờ em 20 tuổi rồi. Em muốn hỏi em còn được nhận trợ cấp nữa không, và nếu được thì mức mỗi tháng là bao nhiêu ạ?',
        'allowance-amount',
      ],
    ]);
  });

  it('answers a need stated without a question mark', () => {
    expectAnswers([
      [
        'Dạ chào anh chị, em ở Quảng Nam. Mẹ em 61 tuổi bị liệt nửa người sau tai biến, xã đã xác nhận khuyết tật nặng cho mẹ rồi. Bố em mất sớm, em đi làm công nhân xa nhà, gửi tiền về cũng không được bao nhiêu. Em muốn biết mỗi tháng mẹ em được nhận bao nhiêu tiền trợ cấp khuyết tật.',
        'allowance-amount',
      ],
    ]);
  });

  it('answers the services asked for after a story of disability, hardship or caring', () => {
    expectAnswers([
      [
        'Dạ em chào trung tâm. Anh trai em bị khuyết tật trí tuệ từ bé, nay 32 tuổi, sống với bố mẹ đã ngoài 65. Giấy xác nhận khuyết tật anh em có rồi, trợ cấp cũng nhận đều. Em muốn hỏi trung tâm có những hỗ trợ gì cho người khuyết tật như anh em, ví dụ dạy kỹ năng, tư vấn, kết nối dịch vụ không ạ?',
        'service-disability',
      ],
      [
        'Nhà tôi dạo này gặp nhiều chuyện một lúc: tôi bị cho nghỉ việc, con nhỏ ốm liên miên, bố mẹ già yếu, vợ làm không đủ nuôi cả nhà. Có chỗ nào giúp được không, trung tâm có những dịch vụ gì để tôi chọn?',
        'services-overview',
      ],
      [
        'Nhà em ở làng chài, bố mất sớm, mẹ một mình nuôi ba anh em bằng nghề đan lưới. Các anh em đều đi làm ăn xa. Em lấy chồng gần nhà nên hay qua lại, mẹ giờ yếu nhiều, hay than buồn. Em không biết chăm mẹ thế nào cho phải. Cho em hỏi có số điện thoại nào gọi miễn phí để được tư vấn cách chăm mẹ không ạ?',
        'hotline',
      ],
    ]);
  });
});

describe('a long story the request sentence does not change', () => {
  it('keeps the police referral when a stolen bag’s story mentions a health card', () => {
    const r = findAnswer(
      kb,
      'Dạ chào anh chị, tôi ở Cần Thơ. Hôm qua tôi đi chợ bị giật túi xách, trong đó có thẻ bảo hiểm y tế, ít tiền và căn cước công dân. Tôi đã về nhà an toàn rồi. Giờ tôi muốn làm lại căn cước thì phải đến đâu, cần mang giấy tờ gì ạ?',
    );
    expect({ outcome: r.outcome, referral: r.referral }).toEqual({ outcome: 'referral', referral: 'cong-an' });
  });

  it('keeps the social insurance referral for medicine bought outside the hospital', () => {
    const r = findAnswer(
      kb,
      'Chào ad, mình ở Nghệ An, mẹ mình 70 tuổi nằm viện tỉnh vì đau dạ dày mấy hôm nay. Bác sĩ kê đơn nhưng khoa hết thuốc, bảo ra ngoài mua. Mẹ mình có thẻ bảo hiểm y tế hộ nghèo, vậy thuốc mua ngoài có được bảo hiểm thanh toán lại không, hỏi ở đâu ạ?',
    );
    expect({ outcome: r.outcome, referral: r.referral }).toEqual({ outcome: 'referral', referral: 'bhxh' });
  });

  it('keeps the disclosure reply for a story of violence with a plain request', () => {
    const r = findAnswer(
      kb,
      'Chồng em nhậu vào là đánh em, tuần trước em phải chạy sang nhà hàng xóm ngủ, người em bầm tím hết. Em có đứa con 5 tuổi, em sợ lắm. Em muốn hỏi trung tâm có ai tư vấn cho em không ạ?',
    );
    expect(r.outcome).toBe('disclosure');
  });

  it('keeps the offer when the request alone is not confident either', () => {
    // Since session 30 the classifier overrules the matcher's children's services with the amount and answers the
    // whole message (DEFAULT_BLEND.overruledAnswer); off here, where the request sentence is what is tested.
    const question =
      'Chào trung tâm, em là cô giáo chủ nhiệm lớp 4. Lớp em có một bé mồ côi cả cha lẫn mẹ, đang ở với bà ngoại. Bà bé đã được xã xét duyệt cho cháu hưởng trợ cấp xã hội. Bà nhờ em hỏi giúp là cháu 9 tuổi thì mỗi tháng được nhận bao nhiêu tiền ạ?';
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'answer', entryId: 'allowance-amount' });
    const r = findAnswer(kb, question, {
      ...DEFAULT_ENGINE_CONFIG,
      blend: { ...DEFAULT_BLEND, overruledAnswer: 2 },
    });
    expect({ outcome: r.outcome, entryId: r.entryId }).toEqual({
      outcome: 'did-you-mean',
      entryId: 'service-children',
    });
  });

  it('still falls back when the request is out of scope', () => {
    const r = findAnswer(
      kb,
      'Dạ ad ơi, bà ngoại em 80 tuổi vừa mất, nhà em đang chuẩn bị làm giỗ trăm ngày. Em là cháu lớn nên phải lo liệu. Em không rành phong tục, ad cho em hỏi lễ cúng trăm ngày cần chuẩn bị những gì, mâm cúng gồm món nào ạ?',
    );
    expect({ outcome: r.outcome, entryId: r.entryId }).toEqual({ outcome: 'fallback', entryId: null });
  });
});
