import { describe, expect, it } from 'vitest';
import { namesEntryNotTopic, namesOwnBusiness, OUT_OF_SCOPE_ALONE } from '../../src/nlp/own-business.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('namesOwnBusiness', () => {
  it('needs the classifier to be sure the message alone is out of scope', () => {
    const text = 'giấy phép xây nhà xin ở đâu';
    expect(namesOwnBusiness(kb, text, 'apply-social-allowance', 0.95)).toBe(true);
    expect(namesOwnBusiness(kb, text, 'apply-social-allowance', OUT_OF_SCOPE_ALONE - 0.01)).toBe(false);
    // English messages, and entries the model has not learnt, have no classifier reading: never.
    expect(namesOwnBusiness(kb, text, 'apply-social-allowance', undefined)).toBe(false);
  });

  it('keeps a message that shares a two-word phrase with the topic, typed with or without accents', () => {
    expect(namesOwnBusiness(kb, 'vay vốn ngân hàng chính sách thì sao', 'service-poverty', 0.95)).toBe(false);
    expect(namesOwnBusiness(kb, 'vay von ngan hang chinh sach thi sao', 'service-poverty', 0.95)).toBe(false);
  });

  it('does not count the follow-up cues ("ở đâu", "giấy tờ") as the topic’s words', () => {
    expect(namesOwnBusiness(kb, 'giấy khai sinh làm lại ở đâu', 'apply-social-allowance', 0.95)).toBe(true);
  });

  it('is false for an unknown topic', () => {
    expect(namesOwnBusiness(kb, 'giá vàng hôm nay bao nhiêu', 'no-such-entry', 0.95)).toBe(false);
  });
});

describe('namesEntryNotTopic', () => {
  it('is true when the message says a phrase few entries say, of the other entry and not of the topic', () => {
    expect(
      namesEntryNotTopic(kb, 'nó muốn học may thì có chỗ nào dạy không', 'service-trafficking', 'service-vocational'),
    ).toBe(true);
    expect(namesEntryNotTopic(kb, 'bên đó có lớp học buổi tối không', 'volunteer', 'training')).toBe(true);
    expect(
      namesEntryNotTopic(kb, 'có chỗ nào tạm nuôi ông không', 'elderly-allowance', 'service-residential-care'),
    ).toBe(true);
  });

  it('does not count phrases that ask when or where ("ngày mấy", "ở phường")', () => {
    expect(namesEntryNotTopic(kb, 'hạn đăng ký là ngày mấy', 'subscribe-reminders', 'social-work-day')).toBe(false);
    expect(namesEntryNotTopic(kb, 'ở phường 3 có lớp can thiệp không', 'service-autism', 'social-work-offices')).toBe(
      false,
    );
  });

  it('does not count phrases a dozen entries say, nor ones the lexicon put in', () => {
    expect(
      namesEntryNotTopic(kb, 'người chăm sóc bà có được gì không', 'allowance-amount', 'service-foster-care'),
    ).toBe(false);
    // "mang" typed without accents is rewritten to "lĩnh vực" (mảng); the person said nothing of a field.
    expect(namesEntryNotTopic(kb, 'chi co mang con theo duoc khong', 'service-violence', 'services-overview')).toBe(
      false,
    );
  });

  it('is false when the message also says a phrase of the topic, or for the topic itself', () => {
    expect(namesEntryNotTopic(kb, 'em ấy có được học nghề không', 'service-trafficking', 'service-vocational')).toBe(
      false,
    );
    expect(namesEntryNotTopic(kb, 'có lớp học nào không', 'training', 'training')).toBe(false);
  });
});
