import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const decide = (question: string) => findAnswer(kb, question);

describe('residents’ wordings that missed their entry or agency (session 46, tune33)', () => {
  it('refers money lent and not paid back, and asking how to sue, to legal aid', () => {
    expect(decide('tôi cho bạn mượn 20 triệu giờ nó không chịu trả nợ, kiện thì thế nào').referral).toBe('phap-ly');
    expect(decide('hàng xóm mượn tiền không trả cả năm nay, tôi phải làm sao').referral).toBe('phap-ly');
    expect(decide('bị người ta quỵt nợ 30 triệu thì đi đâu nhờ giúp').referral).toBe('phap-ly');
  });

  it('does not hear a debt in "xử nó" or a lawsuit in "sự kiện"', () => {
    expect(decide('thằng em ăn hết bánh của tao, tối về tao xu no').referral).toBeUndefined();
    expect(decide('bot nhắc e lịch sự kiện dc ko').referral).toBeUndefined();
  });

  it('refers being fired without notice, the worker named in between, to the labour authority', () => {
    expect(decide('quản lý đuổi việc tôi không báo trước một ngày, vậy có đúng không').referral).toBe('lao-dong');
    expect(decide('xưởng may cho em nghỉ không báo trước, em hỏi ở đâu').referral).toBe('lao-dong');
  });

  it('refers which clinic is open or near to a health facility', () => {
    expect(decide('con bị ho mấy ngày, phòng khám nào gần chợ mở tối').referral).toBe('y-te');
    expect(decide('phòng mạch nào khám nhi ngày lễ').referral).toBe('y-te');
  });

  it('answers the allowance asked for someone with a mental illness', () => {
    const d = decide('em gái tôi bị tâm thần phân liệt lâu năm, có được tiền bảo trợ không');
    expect(d.outcome).toBe('answer');
    expect(d.entryId).toBe('eligibility-social-allowance');
  });

  it('offers volunteering first to someone who wants to help older people', () => {
    const d = decide('chị muốn đi tình nguyện chăm sóc người già neo đơn vào cuối tuần, đăng ký sao em');
    expect(d.entryId).toBe('volunteer');
  });

  it('answers funeral money after an accident in a poor household with the emergency aid', () => {
    const d = decide(
      'chồng chị bị tai nạn mất đột ngột, nhà nghèo quá không lo nổi mai táng, có được hỗ trợ chi phí mai táng không',
    );
    expect(d.outcome).toBe('answer');
    expect(d.entryId).toBe('emergency-assistance');
  });
});
