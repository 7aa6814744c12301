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
