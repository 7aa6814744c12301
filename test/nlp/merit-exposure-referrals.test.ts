/**
 * Someone exposed to Agent Orange in the war, and the regime of those exposed, are the business of the officer for
 * people with merit; a child with sequelae asking the disability allowance stays with the center. "cha" after which
 * a possessive or "mẹ" follows is the father (the lexicon reads "bố" as "cha"), not "chả" (not), so it negates no cue.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('Agent Orange exposure', () => {
  it('refers the exposed person’s regime to the officer for people with merit', () => {
    expect(referredTo('Ông ngoại em nhiễm chất độc da cam thời chiến tranh, giờ làm hồ sơ hưởng chế độ ở đâu ạ?')).toBe(
      'nguoi-co-cong',
    );
    expect(referredTo('chú tôi nhiễm chất độc hóa học hồi ở chiến trường, xin trợ cấp chỗ nào')).toBe('nguoi-co-cong');
    expect(referredTo('Con trai tôi 30 tuổi có được xét chế độ da cam theo ông nội không?')).toBe('nguoi-co-cong');
    expect(referredTo('My uncle was exposed to Agent Orange as a soldier. Who handles his allowance?')).toBe(
      'nguoi-co-cong',
    );
  });

  it('keeps a disabled child with sequelae asking the social allowance with the center', () => {
    expect(referredTo('con gái tôi bị di chứng chất độc da cam, khuyết tật nặng, xin trợ cấp xã hội được không')).toBe(
      undefined,
    );
  });
});

describe('"cha" as the father', () => {
  it('negates no cue when it is whose father is asked about', () => {
    expect(referredTo('Bố tôi bị nhiễm chất độc da cam, giờ xin chế độ cho ông ở đâu?')).toBe('nguoi-co-cong');
    expect(referredTo('bố em khai sinh bị sai năm sinh thì sửa ở đâu')).toBe('tu-phap');
  });

  it('still negates as "chả" before a verb', () => {
    expect(referredTo('mẹ tôi 82 tuổi chả có lương hưu, có được trợ cấp gì không')).toBe(undefined);
  });
});
