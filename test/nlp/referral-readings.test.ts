import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
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

  it('does not read "bảo chưa" typed without accents as the legal aid procedure "bào chữa"', () => {
    expect(
      findAnswer(kb, 'ong toi 76 tuoi, can bo thon thi ho bao chua nghe huong dan, vay co duoc tro cap khong').referral,
    ).toBe(undefined);
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
