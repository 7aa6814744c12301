/**
 * Session 45 (issue 10): ordinary questions that got the emergency screen or a wrong safeguarding reading, each from
 * one narrow cause. Harmless messages must not raise it; dangerous ones, worded alike, keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis as raisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);
const itRaisesNoCrisis = (texts: string[]) => raisesNoCrisis(reply, texts);
const itIsDangerNow = (texts: string[], situation: string) => itRepliesDangerNow(reply, texts, situation);

function itIsNotReadAs(texts: string[], situation: string): void {
  it.each(texts)(`"%s" is not read as ${situation}`, (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.situation).not.toBe(situation);
  });
}

describe('wages claimed "where" or "how", and a firm shut down, are no sexual assault (neutral: force, isolate)', () => {
  itRaisesNoCrisis([
    'xưởng đóng cửa rồi, chủ bỏ trốn, tiền công 2 tháng của chị em tui đi đâu đòi được',
    'chủ quán nợ lương em mấy tháng, em muốn biết làm sao để đòi',
    'công ty cũ chưa trả tiền bảo hiểm thất nghiệp cho tôi, đòi ở đâu ạ',
    'em bị nợ tiền làm thêm 2 tháng, đòi như thế nào cho đúng luật',
    'chủ nhà trọ giữ tiền cọc không trả, em đi đâu để đòi',
    'nhà máy đóng cửa từ tháng trước, anh em công nhân chưa được trả lương, đi đâu đòi',
  ]);
  itIsDangerNow(
    [
      'ông chủ kéo em vào kho đóng cửa lại, đòi quan hệ, em đang trốn trong nhà vệ sinh',
      'anh ta đòi ngủ với em mới trả lương, giờ đang chặn cửa phòng không cho em ra',
      'nó nhốt em trong phòng, đòi làm chuyện đó, em sợ lắm cứu em',
      'hắn đóng cửa lại rồi đòi sờ người em, em đang ở trong phòng đó',
    ],
    'sexual-assault',
  );
  itIsDangerNow(['bọn đòi nợ đang đập cửa nhà em, cầm dao đòi giết'], 'violence');
});

describe('the writer\'s own "mà không biết đi đâu" after a wish is no missing person (neutral: missing_strong)', () => {
  itRaisesNoCrisis([
    'Em muốn đi học nghề may mà không biết đi đâu để đăng ký',
    'Mẹ em muốn làm giấy xác nhận khuyết tật mà không biết đi đâu',
    'tôi muốn xin việc lại sau khi ra tù mà không biết đi đâu',
    'em muốn cai thuốc lá mà không biết phải đi đâu',
    'chị ấy muốn nghỉ làm tiếp viên karaoke mà không biết nên đi đâu',
  ]);
  itIsDangerNow(
    [
      'con gái tôi 14 tuổi bỏ nhà đi từ tối qua, gọi không được, không biết đi đâu',
      'bà nội bị lẫn, đi từ sáng chưa về mà không biết đi đâu tìm',
      'thằng bé 8 tuổi đi học chưa về, cả nhà tìm khắp nơi mà không biết đi đâu',
      'em trai em mất tích 2 ngày rồi mà không biết đi đâu hỏi',
      'chồng em bỏ đi từ hôm qua không nghe máy, mà không biết đi đâu',
    ],
    'missing-person',
  );
});

describe('"không đủ chi tiêu" (not enough to live on) is no quota missed in a scam compound (exact: trafficking_act)', () => {
  itIsNotReadAs(
    [
      'lương hưu của mẹ tôi không đủ chi tiêu hàng tháng, có trợ cấp thêm không',
      'nhà 5 người mà thu nhập không đủ chi tiêu, có được hộ cận nghèo không',
      'tiền trợ cấp khuyết tật không đủ chi tiêu cho cháu',
      'làm công nhân lương thấp không đủ chi tiêu, có lớp học nghề buổi tối không',
      'vợ chồng em làm nông không đủ chi tiêu, xin vay vốn ở đâu',
    ],
    'trafficking',
  );
  itIsDangerNow(
    [
      'em bị lừa sang Campuchia làm lừa đảo, không đủ chỉ tiêu là bị đánh',
      'o ben cam bi bat lam, khong du chi tieu bi giam khong cho an',
      'anh em bị giữ hộ chiếu ở Myanmar, không đủ chỉ tiêu bị chích điện',
      'con tôi bị bán sang Lào, không đạt chỉ tiêu bị nhốt',
      'ở bên campuchia bị bắt làm, không đủ chỉ tiêu là bị phạt',
    ],
    'trafficking',
  );
});

describe("a child's fever asked with which medicine or hospital is a health question; red flags stay medical", () => {
  itRaisesNoCrisis([
    'con em sốt 38 độ 5 từ sáng, uống thuốc gì cho hạ ạ',
    'bé nhà tui bị sốt 39 độ mấy hôm rồi, nên cho đi viện nào',
    'con gái em 3 tuổi sốt cao từ tối qua, cho uống thuốc gì được',
    'chau sot 38 do tu trua, cho uong thuoc gi',
    'bé sốt 2 ngày chưa dứt, đi bệnh viện nào khám tốt ạ',
  ]);
  itIsDangerNow(
    [
      'con em 6 tuần tuổi bị sốt 38 độ, cho uống thuốc gì',
      'bé nhà em sốt cao, cổ cứng, nôn nhiều, nên đi viện nào',
      'con sốt 39 độ, nổi chấm tím khắp người, uống thuốc gì',
      'bé sốt từ chiều, giờ người lả đi gọi không dậy, đi viện nào',
      'con em sốt cao co giật, uống thuốc gì',
      'con em sốt 2 ngày rồi, người lả đi, li bì, đi viện nào',
    ],
    'medical',
  );
  it('"co cứng" (spastic limbs) and "cũng có" typed without accents are no stiff neck', () => {
    const r = findAnswer(kb, 'con em bại não, tay chân co cứng, bị sốt nhẹ, có được trợ cấp không');
    expect(r.crisis).toBe(false);
  });
});

describe('emergency relocation asked as a support is no call for rescue (neutral: urgent in "di dời khẩn cấp")', () => {
  itRaisesNoCrisis([
    'nhà em nằm trong vùng phải di dời khẩn cấp do sạt lở bờ sông, có tiền hỗ trợ làm nhà mới không',
    'hộ di dời khẩn cấp khỏi vùng lũ quét được nhận bao nhiêu tiền',
    'thôn tui được lệnh sơ tán khẩn cấp trước bão, người già neo đơn được hỗ trợ gì',
    'xã yêu cầu sơ tán khẩn cấp vì sạt lở, nhà tui có ông già liệt, được hỗ trợ gì',
    'nhà bị sạt lở một góc, chính quyền bắt di dời khẩn cấp, thủ tục xin hỗ trợ ra sao',
  ]);
  itIsDangerNow(
    [
      'sạt lở vừa đổ sập nhà bên cạnh, có người bị vùi, cần sơ tán khẩn cấp ngay',
      'nước lũ đang cuốn trôi nhà, ông bà tôi kẹt trong nhà, xin di dời khẩn cấp',
      'lũ lên nhanh quá, mấy đứa nhỏ kẹt trên gác, cần sơ tán khẩn cấp',
      'đất đang sạt lở, nhà em bị vùi, mẹ em kẹt bên trong, cần di dời khẩn cấp, cứu với',
      'nước lũ dâng tới mái, cả nhà kẹt trên nóc, cần sơ tán khẩn cấp',
    ],
    'flood',
  );
});

describe('whether the centre passes on what was told is a privacy question (privacy_question)', () => {
  itRaisesNoCrisis([
    'em sợ mẹ chồng biết em nhắn ở đây, trung tâm có đưa thông tin cho ai không',
    'tôi đã kể hết hoàn cảnh, bên mình có giữ bí mật không ạ',
    'Em kể hết chuyện ở đây rồi, em sợ anh ấy biết. Bên mình có đưa thông tin cho ai không?',
    'Em nói chuyện nhà em ở đây rồi, em sợ mẹ chồng em biết. Bên mình có đưa thông tin cho ai không ạ?',
    'nếu em gọi tư vấn thì bên mình có báo cho ai biết không',
    'chị sợ chồng biết chị hỏi chuyện ly hôn, trung tâm có giữ bí mật không',
    'thông tin em khai trên đây có đưa thông tin cho công an không',
  ]);
  itIsDangerNow(
    [
      'chồng em đang đánh em, em sợ anh ta biết em nhắn tin, bên mình có đưa thông tin cho ai không',
      'anh ta cầm dao đứng ngoài cửa đòi giết em, em sợ lắm, có giữ bí mật không',
    ],
    'violence',
  );
  itIsDangerNow(
    [
      'em sợ chồng biết, em muốn chết, bên mình có giữ bí mật không',
      'em vừa uống cả vỉ thuốc ngủ, bên mình có nói cho ai biết không',
    ],
    'suicide',
  );
  itIsDangerNow(['ba dượng đang sờ soạng em trong phòng, em sợ mẹ biết, bên mình có giữ bí mật không'], 'child-abuse');
});
