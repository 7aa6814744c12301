import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { ask, realBot, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe("another organisation's contact is not the center's", () => {
  it('answers a commercial brand’s number, address or hours with the honest fallback, not the center’s hotline', () => {
    for (const question of [
      'cho mình xin số tổng đài lazada',
      'sdt cham soc khach hang grab la bao nhieu',
      'địa chỉ ngân hàng vietcombank gần nhất ở đâu',
      'hotline momo',
      'giờ làm việc của agribank',
      'email netflix là gì',
      'so dien thoai app be',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('answers an appliance or phone shop’s line (warranty, delivery) with the honest fallback, session 29', () => {
    for (const question of [
      'hotline thế giới di động để hỏi bảo hành điện thoại',
      'tong dai dien may xanh giao hang cham qua goi so nao',
      'số tổng đài Nguyễn Kim ở Hạ Long là bao nhiêu',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('says it has no such information, with the hotline and the menu', async () => {
    const replies = await ask(realBot(), 'cho mình xin số tổng đài lazada');
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toContain('mình chưa có thông tin này');
    expect(text).toContain('1800 1769');
    expect(text).not.toContain('Tổng đài tư vấn miễn phí của Trung tâm');
  });

  it('keeps the center’s hotline when the center is named or the caller asks about calling from their own line', () => {
    for (const question of [
      'gọi tổng đài từ mạng viettel có mất phí không',
      'gọi 1800 1769 bằng sim mobifone được không',
      'hotline trung tâm là số mấy',
      'tổng đài zalopay có mất phí không',
      'số tổng đài là bao nhiêu',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'answer', entryId: 'hotline' });
  });

  it('reads a brand owned by the line as the company’s, even when the cost of a call is asked too', () => {
    expect(findAnswer(kb, 'hotline của shopee gọi có mất phí không')).toMatchObject({ outcome: 'fallback' });
    expect(findAnswer(kb, 'cskh vinaphone số mấy, gọi có tốn tiền không').referral).toBe('dien-nuoc-vien-thong');
  });

  it('gives no center line for another kind of organisation’s line or a paid 1900 number', () => {
    for (const question of [
      'số điện thoại của hãng xe khách đi Hà Nội',
      'hotline của công ty bảo hiểm sức khỏe có miễn phí không',
      'tổng đài 1900 xem bói có mất phí không',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
    expect(findAnswer(kb, 'tổng đài 1900 tư vấn luật số mấy').referral).toBe('phap-ly');
  });

  it('reads another kind of center (a brand’s service center, a language center) as not the social work center', () => {
    expect(findAnswer(kb, 'số điện thoại trung tâm bảo hành samsung ở quận 3')).toMatchObject({ outcome: 'fallback' });
    expect(findAnswer(kb, 'số điện thoại trung tâm là số mấy')).toMatchObject({ outcome: 'answer' });
  });

  it('reads "bé" typed without accents as a child, not the ride app', () => {
    expect(findAnswer(kb, 'số điện thoại để hỏi trợ cấp cho bé').outcome).not.toBe('fallback');
    expect(findAnswer(kb, 'so dien thoai tong dai bao ve be')).not.toMatchObject({ outcome: 'fallback' });
  });

  it('gives no center entry for the course or product of a university, a private school or a brand', () => {
    for (const question of [
      'chương trình thạc sĩ công tác xã hội của trường đại học Mở học phí bao nhiêu',
      'khóa kỹ năng chăm sóc người già của trường tư có được cấp chứng chỉ không',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
    const ofOther = (question: string): boolean | undefined =>
      kb.agencies?.brandContact.asksOfOtherOrganisation(readQuestion(kb, question).syllables);
    expect(ofOther('máy trợ thính của hãng này bảo hành mấy năm')).toBe(true);
    // Naming the center asks about its dealings with the school; a broker's contract may be trafficking.
    expect(ofOther('em muốn gửi giấy giới thiệu của trường đại học cho trung tâm để xin thực tập')).toBe(false);
    expect(ofOther('hợp đồng của công ty môi giới đi Nhật có dấu hiệu lừa đảo không')).toBe(false);
  });
});

describe('a neighbour is no organisation (issue 11, session 43)', () => {
  const ofOther = (question: string): boolean | undefined =>
    kb.agencies?.brandContact.asksOfOtherOrganisation(readQuestion(kb, question).syllables);
  const lineOfOther = (question: string): boolean | undefined =>
    kb.agencies?.brandContact.lineAsked(readQuestion(kb, question).syllables).otherLine;

  it('does not read "của hàng xóm" as a company’s or a shop’s, with or without accents', () => {
    for (const question of [
      'con tôi 14 tuổi lấy trộm điện thoại của hàng xóm, có ai tư vấn giúp không',
      'thang chau toi an cap xe dap cua hang xom, co ai tu van khong',
      'bà tôi ở nhờ nhà của hàng xóm từ khi cháy nhà, có được hỗ trợ gì không',
      'chó của hàng xóm cắn con em, giờ nhà họ không chịu, em nên hỏi ai',
      'số điện thoại của hàng xóm em không có, giờ gọi ai để báo',
    ]) {
      expect(ofOther(question), question).toBe(false);
      expect(lineOfOther(question), question).toBe(false);
    }
  });

  it('still reads a company’s, a brand’s or a shop’s own business as theirs', () => {
    expect(ofOther('máy trợ thính của hãng này bảo hành mấy năm')).toBe(true);
    expect(ofOther('bao hanh cua hang nay may nam')).toBe(true);
    expect(ofOther('chính sách đổi trả của cửa hàng điện máy thế nào')).toBe(true);
    expect(lineOfOther('cho xin số điện thoại của cửa hàng tạp hóa')).toBe(true);
    expect(lineOfOther('hotline của hãng bảo hiểm nhân thọ')).toBe(true);
  });

  it('answers a story about a neighbour’s things with the service it names, not "no information"', () => {
    expect(
      findAnswer(
        kb,
        'thang chau toi 15 tuoi an cap xe dap cua hang xom, cong an xa goi len lam viec, toi so no bi ghi vao ho so, co ai tu van giup khong',
      ),
    ).toMatchObject({ outcome: 'answer', entryId: 'service-young-offenders' });
  });
});
