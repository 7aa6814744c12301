/**
 * Where a resident lives, or who they say they are, does not change the
 * answer; a question that asks about a place is still read whole.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const decision = (text: string): string => {
  const r = findAnswer(kb, text);
  return `${r.outcome}/${r.entryId}`;
};

describe('a place or a self-introduction around a question', () => {
  const questions = [
    'mẹ tôi 80 tuổi có được trợ cấp hằng tháng không',
    'số tổng đài tư vấn miễn phí là số nào',
    'người khuyết tật được trung tâm hỗ trợ những gì',
    'hộ nghèo được hỗ trợ những gì',
  ];
  const additions: Array<(q: string) => string> = [
    (q) => `em ở phường 5, ${q}`,
    (q) => `Nhà tôi ở xã Tân Lập, huyện Ba Chẽ. ${q}?`,
    (q) => `${q} ạ, tôi là người dân thôn 3`,
    (q) => `mình ở Hạ Long ${q}`,
    (q) => `chau o to 7 khu 2 ${q}`,
    (q) => `bác ở ấp Bình An, ${q}`,
    (q) => `gia đình em hiện đang sống ở khu phố 4 phường Hồng Hà, ${q}`,
    (q) => `em la dan xa Quang La, ${q}`,
    (q) => `Em ở P.5 ${q}`,
    (q) => `tôi ở TP. Cẩm Phả, tỉnh Quảng Ninh ${q}`,
  ];

  for (const q of questions) {
    it(`gets the plain answer for "${q}" whatever place is added`, () => {
      const plain = decision(q);
      expect(plain.startsWith('answer/')).toBe(true);
      for (const add of additions) expect(decision(add(q)), add(q)).toBe(plain);
    });
  }

  it('reads the question without the place', () => {
    expect(readQuestion(kb, 'nhà em ở xã Tân Lập, huyện Ba Chẽ, cho em hỏi hộ nghèo').syllables).toEqual(
      readQuestion(kb, 'cho em hỏi hộ nghèo').syllables,
    );
  });

  it('stops a capitalised name where the next sentence starts', () => {
    expect(readQuestion(kb, 'mình ở Hạ Long Trung tâm ở đâu').focus).toContain('Trung tâm ở đâu');
    expect(readQuestion(kb, 'minh o Ha Long Chào bạn').focus.trim()).toBe('Chào bạn');
  });

  it('keeps a message that is nothing but a place as it is', () => {
    expect(readQuestion(kb, 'em ở phường 5').focus).toBe('em ở phường 5');
  });

  it('leaves the safeguarding layer the whole message', () => {
    const r = findAnswer(kb, 'em ở xã Tân Lập, chồng em đang cầm dao dọa giết em');
    expect(r.outcome).toBe('crisis');
  });
});

describe('questions that ask about a place', () => {
  const kept = [
    'phường 5 có văn phòng công tác xã hội không',
    'ở xã nào thì nộp hồ sơ',
    'em ở xã nào thì nộp hồ sơ',
    'trung tâm ở phường nào',
    'nộp ở UBND xã hay huyện',
    'con ở nhà một mình',
    'mẹ em ở một mình không ai chăm',
    // Far away, not a commune: typed with accents, "xa" is not "xã".
    'em ở xa trung tâm lắm, gọi điện tư vấn được không',
    // Lower-case words after a place word describe it and may be the question.
    'bố tôi chuyển về sống với tôi ở tỉnh khác thì có được nhận tiếp không',
    'gia đình em ở xã vùng sâu, được hỗ trợ những gì',
    'dịch vụ cho trẻ em ở phường mình gồm những gì',
    'em ở xóm trọ công nhân, muốn hỏi về cho vay nặng lãi',
  ];
  for (const text of kept) {
    it(`reads "${text}" whole`, () => {
      expect(readQuestion(kb, text).focus).toBe(text);
    });
  }

  it('still answers where the social work offices are', () => {
    expect(findAnswer(kb, 'phường 5 có văn phòng công tác xã hội không').entryId).toBe('social-work-offices');
  });
});
