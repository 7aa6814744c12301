/**
 * Issue 11: ordinary residents' questions that fell back or got a did-you-mean although the knowledge base, another
 * agency or a reading of the situation covers them. Each test is a family, in wordings of its own.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('unpaid wages go to the trade union and the province’s labour office', () => {
  it.each([
    'xưởng may nợ lương em hai tháng rồi, em phải làm gì',
    'chu thau quyt luong cua anh em tho ho, bao o dau',
    'công ty cứ chậm trả lương mãi, tôi muốn đòi lương thì gửi đơn ở đâu',
    'làm xong hợp đồng mà công ty không trả tiền lương tháng cuối',
  ])('refers “%s”', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'referral', referral: 'lao-dong' });
  });

  it('says who helps, names the province’s home affairs department and the court, in Vietnamese', () => {
    const labour = kb.agencies?.byId.get('lao-dong');
    expect(labour?.contact).toContain('Sở Nội vụ');
    expect(labour?.contact).toContain('công đoàn');
    expect(labour?.contact).toContain('Tòa án');
  });

  it('leaves a pension, the center’s volunteers’ pay and a trafficked worker’s story where they were', () => {
    expect(findAnswer(kb, 'lương hưu của ba tôi tháng này chưa về')).toMatchObject({ referral: 'bhxh' });
    expect(findAnswer(kb, 'làm cộng tác viên công tác xã hội ở xã có lương không')).toMatchObject({
      entryId: 'volunteer',
    });
    expect(
      findAnswer(
        kb,
        'em gái tôi bị cò đưa qua Trung Quốc làm giúp việc, bị giữ giấy tờ, không trả lương, nay mới trốn về được, ai hỗ trợ em ấy',
      ),
    ).toMatchObject({ outcome: 'disclosure', entryId: 'service-trafficking' });
  });
});

describe('a disclosure about an older person who wandered off gets the older people’s service', () => {
  it.each([
    'ông ngoại em lú lẫn, hôm kia đi lạc cả ngày nhưng hàng xóm đã đưa về nhà rồi',
    'me chong em bi lan, hom qua di lac, may nguoi ta tim thay dua ve roi',
    'bà em bị lẫn, tối qua đi lạc nhưng công an đã đưa về rồi',
  ])('“%s”', (message) => {
    expect(findAnswer(kb, message)).toMatchObject({ outcome: 'disclosure', entryId: 'service-elderly' });
  });

  it('keeps the children’s service for a child, and for a parent who left home with no age or forgetfulness told', () => {
    expect(findAnswer(kb, 'hôm kia con gái tôi 7 tuổi đi lạc ở chợ, may mà tìm được rồi')).toMatchObject({
      outcome: 'disclosure',
      entryId: 'service-children',
    });
    expect(findAnswer(kb, 'mẹ em bỏ nhà đi hôm trước, nay đã về rồi').entryId).not.toBe('service-elderly');
  });
});

describe('a life situation told outright is answered with the entry that covers it (person_asks › situations)', () => {
  const answers = (message: string, entryId: string) =>
    expect(findAnswer(kb, message)).toMatchObject({ outcome: 'answer', entryId });

  it.each([
    'nhà em hết gạo rồi, mấy đứa nhỏ đói, ở đâu giúp được không',
    'nha em het gao roi, may dua nho doi, o dau giup duoc khong',
    'bữa nay nhà không còn gạo, hai đứa con tôi nhịn từ sáng',
    'ca nha khong co gi de an may hom nay, xin giup do',
    'nhà thiếu ăn mấy tháng nay, xã có giúp không',
  ])('a household out of food: “%s” → the emergency aid’s rice', (message) => {
    answers(message, 'emergency-assistance');
  });

  it.each([
    'chồng tôi đi tù, tôi nuôi 3 con một mình, có được hỗ trợ gì không',
    'chong toi di tu, toi nuoi 3 con mot minh, co duoc ho tro gi khong',
    'vợ mất sớm, tôi nuôi 2 con một mình ở quê',
  ])('a parent raising children alone: “%s” → support for hard-up households', (message) => {
    answers(message, 'service-poverty');
  });

  it.each([
    'chồng bỏ đi biệt tích, em nuôi 2 con một mình, có được trợ cấp không',
    'vo mat roi, toi nuoi 2 con mot minh, co duoc tro cap khong',
  ])('a parent alone asking the allowance: “%s” → who may have it', (message) => {
    answers(message, 'eligibility-social-allowance');
  });

  it.each([
    'ba em mới mất, nhà nghèo không có tiền lo đám tang, xin hỏi có hỗ trợ mai táng không',
    'ba em moi mat, nha ngheo khong co tien lo dam tang, xin hoi co ho tro mai tang khong',
  ])('money for a funeral: “%s” → the emergency aid’s funeral costs', (message) => {
    answers(message, 'emergency-assistance');
  });

  it.each([
    'ông tôi 85 tuổi mất, có được tiền mai táng không',
    'ong toi 85 tuoi mat, co duoc tien mai tang khong',
    'bà nội là người già neo đơn, mất rồi, nhà không có tiền lo đám tang',
  ])('a deceased older person is no emergency-aid funeral: “%s”', (message) => {
    // The age or "người già" says the elderly allowance, whose answer tells its own funeral costs.
    expect(findAnswer(kb, message).situationTold).toBeUndefined();
    expect(findAnswer(kb, message).entryId).not.toBe('emergency-assistance');
  });

  it('leaves a disaster already told offered as before: answering it would change the next turn', () => {
    for (const message of ['ca nha em bi lu cuon troi het, gio o nho nha hang xom', 'Bão làm sập nhà bà nội em']) {
      expect(findAnswer(kb, message)).toMatchObject({ outcome: 'did-you-mean', entryId: 'emergency-assistance' });
    }
  });

  it('leaves rice to buy, fuel prices, a funeral service, a forecast and a child left home alone as they were', () => {
    expect(findAnswer(kb, 'hết gạo rồi mua ở đâu rẻ').outcome).toBe('fallback');
    // "ngày mai tăng" typed without accents is "ngay mai tang": no funeral.
    expect(findAnswer(kb, 'cho toi hoi gia xang ngay mai tang hay giam').outcome).toBe('fallback');
    expect(findAnswer(kb, 'dịch vụ mai táng trọn gói giá bao nhiêu').outcome).toBe('fallback');
    expect(findAnswer(kb, 'dự báo thời tiết tuần này có bão lũ không').outcome).not.toBe('answer');
    expect(findAnswer(kb, 'để con một mình ở nhà có sao không').entryId).not.toBe('service-poverty');
  });

  it('leaves a paper burnt in a fire to the agency and a child starved to the safeguarding layer', () => {
    expect(findAnswer(kb, 'sổ đỏ nhà mình bị cháy trong vụ cháy nhà, xin cấp lại ở đâu').situationTold).toBeUndefined();
    expect(findAnswer(kb, 'mẹ kế bắt em nhịn đói cả ngày').outcome).toBe('crisis');
  });

  it('says in the answers that hunger without a disaster, a lone parent and a death by accident are covered', () => {
    expect(kb.entries.get('emergency-assistance')?.answer).toContain('giáp hạt');
    expect(kb.entries.get('emergency-assistance')?.answer).toContain('tai nạn giao thông');
    expect(kb.entries.get('service-poverty')?.answer).toContain('một mình nuôi con');
  });
});

describe('a single parent asking what help there is hears who may have the monthly allowance', () => {
  it.each([
    'mình làm mẹ đơn thân 2 năm nay, nhà nước có hỗ trợ gì không ạ',
    'tôi là mẹ đơn thân, có được hỗ trợ gì không',
  ])('“%s”', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'answer', entryId: 'eligibility-social-allowance' });
  });

  it('leaves what the center does for a group asked as help where it was', () => {
    expect(findAnswer(kb, 'người khuyết tật có được hỗ trợ gì không').entryId).toBe('service-disability');
  });
});

describe('funeral support for someone who was on the allowance', () => {
  it('is stated in the older people’s allowance and in how to apply, with where to claim it', () => {
    for (const id of ['elderly-allowance', 'apply-social-allowance']) {
      const answer = kb.entries.get(id)?.answer ?? '';
      expect(answer).toContain('chi phí mai táng');
      expect(answer).toContain('UBND xã/phường');
      expect(answer).toContain('Bảo hiểm xã hội');
    }
  });

  it('leaves disasters and pensions where they were', () => {
    expect(findAnswer(kb, 'người nhà chết vì lũ cuốn có được hỗ trợ mai táng không').entryId).toBe(
      'emergency-assistance',
    );
    expect(findAnswer(kb, 'ông ngoại có lương hưu mới mất, tiền mai táng nhận ở đâu').referral).toBe('bhxh');
  });
});
