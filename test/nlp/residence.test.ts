/**
 * Where a resident lives, or who they say they are, does not change the
 * answer; a question that asks about a place, or names a service at a place,
 * is still read whole.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const decision = (text: string): string => {
  const r = findAnswer(kb, text);
  return `${r.outcome}/${r.entryId}`;
};
const focus = (text: string): string => readQuestion(kb, text).focus;

describe('a place or a self-introduction around a question', () => {
  const questions = [
    'ông tôi 79 tuổi không có lương hưu thì có được nhận tiền hằng tháng không',
    'gọi tổng đài tư vấn có mất tiền không',
    'con bị bại não thì làm giấy xác nhận khuyết tật thế nào',
  ];
  const additions: Array<(q: string) => string> = [
    (q) => `em ở phường 12, ${q}`,
    (q) => `Nhà cháu ở thôn Khe Lặn, xã Đồn Đạc. ${q}?`,
    (q) => `${q} ạ. Tôi là người dân tổ 4`,
    (q) => `chung toi o ap 3 xa Tan Phu, ${q}`,
    (q) => `Dạ, bác hiện đang sống ở khóm 6 thị trấn Tân Hiệp thì ${q}`,
    (q) => `mình thường trú tại huyện Vân Đồn, ${q}`,
    (q) => `${q}. gia đình em ở xóm 9 bản Nà Phặc`,
    (q) => `tui o TP. Uông Bí ${q}`,
    (q) => `Em ở quận 4 ${q}`,
  ];

  for (const q of questions) {
    it(`gets the plain answer for "${q}" whatever place is added`, () => {
      const plain = decision(q);
      expect(plain.startsWith('answer/')).toBe(true);
      for (const add of additions) expect(decision(add(q)), add(q)).toBe(plain);
    });
  }

  it('reads the question without the place, also typed without accents', () => {
    const plain = readQuestion(kb, 'người khuyết tật được hỗ trợ gì').syllables;
    expect(
      readQuestion(kb, 'Nhà tôi ở xã Hải Lạng, huyện Tiên Yên, người khuyết tật được hỗ trợ gì').syllables,
    ).toEqual(plain);
    expect(readQuestion(kb, 'nha toi o xa hai lang, nguoi khuyet tat duoc ho tro gi').syllables).toEqual(plain);
    // Some keyboards send letters and accents apart (NFD).
    expect(readQuestion(kb, 'Em ở phường 2, người khuyết tật được hỗ trợ gì'.normalize('NFD')).syllables).toEqual(
      plain,
    );
    expect(readQuestion(kb, 'em o thon ba thi nguoi khuyet tat duoc ho tro gi').syllables).toEqual(
      readQuestion(kb, 'thi nguoi khuyet tat duoc ho tro gi').syllables,
    );
  });

  it('ends a capitalised name where the next sentence starts', () => {
    expect(focus('em ở xã Quảng Tân Mẹ em bị liệt')).toContain('Mẹ em bị liệt');
    expect(focus('em ở xã Quảng Tân Mẹ em bị liệt')).not.toContain('Quảng');
  });

  it('drops a place in a message with emoji as in one without', () => {
    expect(focus('em ở phường 5 😭 mẹ em bị liệt thì làm sao').trim()).toBe('😭 mẹ em bị liệt thì làm sao');
    expect(focus('Nhà cháu ở thôn Khe Lặn, xã Đồn Đạc 🙏 trợ cấp').trim()).toBe('🙏 trợ cấp');
  });

  it('keeps a message that is nothing but a place as it is', () => {
    expect(focus('tôi ở phường 9')).toBe('tôi ở phường 9');
    expect(focus('em ở thôn 2 👍')).toBe('em ở thôn 2 👍');
  });

  it('leaves the safeguarding layer the whole message', () => {
    const r = findAnswer(kb, 'em ở thôn Đông Hải, bố em đang cầm dao đòi giết mẹ em');
    expect(r.outcome).toBe('crisis');
  });
});

describe('questions that ask about a place, or name a service at one', () => {
  const kept = [
    // Asking about a place.
    'phường 3 có văn phòng công tác xã hội không',
    'ở xã nào thì nộp hồ sơ',
    'em ở xã nào thì được nhận',
    'trung tâm ở phường nào',
    'nộp ở UBND xã hay huyện',
    // A service, an office or a facility at the place is content, not where someone lives.
    'con tôi ở Trung tâm bảo trợ xã hội tỉnh, tôi muốn đón cháu về',
    'em ở Cơ sở cai nghiện Hạ Long ra, muốn tìm việc làm',
    'tôi ở UBND xã Tân Lập, muốn mời trung tâm về tập huấn',
    'em ở làng SOS Hải Phòng, được hỗ trợ học nghề không',
    'mẹ tôi ở Bệnh viện tỉnh, có ai tới thăm được không',
    'tôi ở Hội người mù huyện, xin tài liệu',
    // Someone else, or no one, living somewhere: not the speaker introducing themselves.
    'trẻ em ở quận 7 có được học bơi miễn phí không',
    'bà sống một mình ở xã Tân Hòa, có ai chăm không',
    // Typed with accents, lower-case words describe the place ("far", "a boarding house").
    'em ở xa trung tâm lắm, gọi điện tư vấn được không',
    'em ở xóm trọ công nhân, muốn hỏi về vay nặng lãi',
    'nhà tôi ở xã ven biển, bão về thì được hỗ trợ gì',
    'tôi là người dân tộc Dao, con tôi có được miễn học phí không',
  ];
  for (const text of kept) {
    it(`reads "${text}" whole`, () => {
      expect(focus(text)).toBe(text);
    });
  }

  it('drops the speaker but keeps what they ask about the place', () => {
    expect(focus('em ở phường 5 thì nộp ở đâu').trim()).toBe('thì nộp ở đâu');
    expect(decision('em ở phường 5 thì nộp hồ sơ trợ cấp ở đâu')).toBe(decision('nộp hồ sơ trợ cấp ở đâu'));
  });

  it('still answers where the social work offices are', () => {
    expect(findAnswer(kb, 'phường 3 có văn phòng công tác xã hội không').entryId).toBe('social-work-offices');
  });
});
