import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

/** The agency the engine's reading of `text` names, as the engine matches it (with the typed words). */
function agencyOf(text: string) {
  const { syllables, read } = readQuestion(kb, text);
  return kb.agencies?.matcher.match(syllables, read) ?? null;
}

describe('a negation before an agency cue is read as typed, not as the lexicon rewrote it (issue 11)', () => {
  it('reads "cha" written by the lexicon for "bố", "tía", "ba mẹ" as the father, not as "chả" (not)', () => {
    for (const question of [
      'bố tôi mất căn cước, làm lại ở đâu',
      'tía tui mất căn cước gắn chip rồi, làm lại chỗ nào',
      'bo em mat can cuoc, lam lai o dau',
      'cha toi mat can cuoc lam lai o dau',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'referral', referral: 'cong-an' });
    expect(agencyOf('bố em muốn rút bảo hiểm xã hội một lần')?.id).toBe('bhxh');
    expect(agencyOf('ba mẹ em mất thẻ bảo hiểm y tế')?.id).toBe('bhxh');
  });

  it('still reads a negation typed with or without accents, or in teencode', () => {
    for (const question of [
      'mẹ tôi chả có lương hưu',
      'mẹ tôi chẳng có lương hưu',
      'me toi chang co luong huu',
      'mẹ tôi không có lương hưu',
      'me toi ko co luong huu',
      'mẹ tôi chưa có lương hưu',
      'me toi chua co luong huu',
    ])
      expect(agencyOf(question), question).toBeNull();
  });

  it('does not read "chùa" (pagoda) or "chửa" (pregnant) as "chưa", though they fold alike', () => {
    expect(agencyOf('sư ở chùa bảo hiểm y tế có được không')?.id).toBe('bhxh');
    expect(agencyOf('vợ em có chửa, bảo hiểm xã hội trả thai sản không')?.id).toBe('bhxh');
  });

  it('reads the folded syllables alone as before when no typed words are given, without "cha"', () => {
    const { syllables } = readQuestion(kb, 'mẹ tôi không có lương hưu');
    expect(kb.agencies?.matcher.match(syllables)).toBeNull();
    const father = readQuestion(kb, 'bố tôi mất căn cước');
    expect(kb.agencies?.matcher.match(father.syllables)?.id).toBe('cong-an');
  });
});

describe('the place of something that befell someone is the setting, not an errand for the agency there', () => {
  it('reads a cue just after "ở" in a "bị …" clause as a circumstance', () => {
    expect(agencyOf('trẻ bị bỏ rơi ở bệnh viện')?.context).toBe(true);
    expect(agencyOf('ông tôi bị ngã ở bệnh viện')?.context).toBe(true);
    expect(
      findAnswer(kb, 'trường hợp trẻ bị bỏ rơi ở bệnh viện thì trung tâm có tiếp nhận tư vấn không'),
    ).toMatchObject({ outcome: 'answer', entryId: 'service-children' });
  });

  it("keeps an errand asked at a place as the agency's business", () => {
    expect(agencyOf('khám bệnh ở bệnh viện nào')?.context).toBe(false);
    expect(findAnswer(kb, 'tui bị mất giấy tờ ở bến xe, làm lại ở đâu')).toMatchObject({
      outcome: 'referral',
      referral: 'cong-an',
    });
    expect(findAnswer(kb, 'Vợ chồng ly hôn nộp đơn ở tòa án huyện hay tòa tỉnh?').outcome).not.toBe('answer');
  });
});
