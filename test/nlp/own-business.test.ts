import { describe, expect, it } from 'vitest';
import { namesOwnBusiness, OUT_OF_SCOPE_ALONE } from '../../src/nlp/own-business.ts';
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
