import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('how agency cues are read', () => {
  it('keeps a center topic offered when the cue only says what the person has just done', () => {
    const moved = findAnswer(
      kb,
      'Mẹ em mới chuyển hộ khẩu vào đây ở với em, trợ cấp của mẹ có phải làm lại hồ sơ không?',
    );
    expect(moved.outcome).not.toBe('referral');
    const retired = findAnswer(kb, 'Tui nghỉ hưu rồi, rảnh rỗi, muốn phụ trung tâm thăm người già, được hông?');
    expect(retired.outcome).not.toBe('referral');
    // Asked for itself, the same business still goes to the agency.
    expect(findAnswer(kb, 'chuyển hộ khẩu cho mẹ về ở với em làm ở đâu').referral).toBe('cong-an');
  });

  // tune12: a long story listing "(mẹ chỉ có căn cước và sổ hộ khẩu cũ)" among its questions about the allowance was
  // referred to the police. The papers a person holds are part of the story, not a request for the agency issuing them.
  it.each([
    'mẹ em chỉ có căn cước và sổ hộ khẩu cũ, làm hồ sơ trợ cấp theo diện nào',
    'bố em chỉ có căn cước với hộ khẩu ở quê, muốn xin trợ cấp khuyết tật thì sao',
    'ông nội chỉ có căn cước, nhờ trung tâm chỉ giúp thủ tục xin tiền người cao tuổi',
    'bà ngoại chỉ có cccd và sổ hộ khẩu, cháu nộp đơn xin trợ cấp thay bà được không',
  ])('reads the papers a person only holds as their circumstance: %s', (question) => {
    const match = kb.agencies?.matcher.match(readQuestion(kb, question).syllables);
    expect(match?.id).toBe('cong-an');
    expect(match?.context).toBe(true);
  });

  it.each([
    'em chỉ có căn cước cũ, giờ làm lại căn cước gắn chip ở đâu',
    'mẹ em đã có căn cước cũ, giờ đổi sang thẻ mới thì làm ở đâu',
    'chỉ có căn cước thì đăng ký tạm trú cho con được không',
  ])('still reads a paper asked for as the agency’s business: %s', (question) => {
    const match = kb.agencies?.matcher.match(readQuestion(kb, question).syllables);
    expect(match?.context).toBe(false);
  });

  it('does not read "bảo chưa" typed without accents as the legal aid procedure "bào chữa"', () => {
    expect(
      findAnswer(kb, 'ong toi 76 tuoi, can bo thon thi ho bao chua nghe huong dan, vay co duoc tro cap khong').referral,
    ).toBe(undefined);
  });
});

describe("a paper asked about as a requirement of the center's procedure", () => {
  // tune20: "… hay cần giấy khám sức khỏe nữa" asked what the allowance application needs and was referred to the
  // agency that issues the paper.
  it.each([
    ['làm hồ sơ xin trợ cấp khuyết tật cho con có cần giấy khám sức khỏe không', 'y-te'],
    ['nộp đơn xin trợ cấp người cao tuổi cho mẹ có cần phải chứng thực sổ hộ khẩu không', 'tu-phap'],
    ['đăng ký trợ cấp mồ côi cho cháu thì cần có giấy khai sinh không', 'tu-phap'],
    ['xin trợ cấp đơn thân có cần phải công chứng giấy tờ không', 'tu-phap'],
    ['hồ sơ nhận tiền hỗ trợ hộ nghèo cần giấy xác nhận cư trú không', 'cong-an'],
  ])('reads the cue as the setting, not a request: %s', (question, agency) => {
    const match = kb.agencies?.matcher.match(readQuestion(kb, question).syllables);
    expect(match?.id).toBe(agency);
    expect(match?.context).toBe(true);
    expect(match?.procedures).toEqual([]);
  });

  it.each([
    'nộp đơn xin trợ cấp người cao tuổi cho mẹ có cần phải chứng thực sổ hộ khẩu không',
    'làm đơn xin tiền trợ cấp cho bà thì có cần giấy khám sức khỏe hông',
  ])("keeps the center's topic: %s", (question) => {
    expect(findAnswer(kb, question).outcome).not.toBe('referral');
  });

  it.each([
    ['chứng thực bản sao căn cước có phải ra phường không', 'tu-phap'],
    ['em cần khám sức khỏe để đi làm thì khám ở đâu', 'y-te'],
    ['hỏi cán bộ tư pháp xã về làm giấy khai sinh cho con', 'tu-phap'],
    ['giấy khám sức khỏe đi học lấy ở đâu', 'y-te'],
    ['công chứng hợp đồng mua bán nhà ở đâu', 'tu-phap'],
    ['nhận con nuôi thì làm giấy ở đâu, có phải tư pháp phường không', 'tu-phap'],
  ])('still refers the paper asked for itself: %s', (question, agency) => {
    expect(findAnswer(kb, question).referral).toBe(agency);
  });
});

describe('agency cues for what residents ask other agencies', () => {
  it.each([
    ['con em bị viêm tai, nên đưa đi viện nào ở Hạ Long', 'y-te'],
    ['bị cướp giật túi xách ngoài chợ thì trình báo công an phường nào', 'cong-an'],
    ['chồng em muốn đăng ký lao động Hàn Quốc thì làm ở đâu', 'viec-lam'],
    ['con em muốn phúc khảo điểm thi thì làm đơn gửi ai', 'giao-duc'],
    ['mạng yếu quá gọi không được thì báo ai sửa', 'dien-nuoc-vien-thong'],
    ['nhà em năm nay có được tặng quà 27/7 không ạ', 'nguoi-co-cong'],
    ['thủ tục ly hôn nộp ở tòa nào', 'phap-ly'],
    ['mất sổ đỏ thì xin cấp lại ở đâu', 'dat-dai'],
    ['người khuyết tật mở tiệm tạp hóa có được miễn lệ phí môn bài không', 'kinh-doanh-thue'],
    ['sang tên sổ hồng khi mua nhà thì làm ở đâu', 'dat-dai'],
  ])('%s → %s', (question, agency) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'referral', referral: agency });
  });
});
