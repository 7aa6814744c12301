import { describe, expect, it } from 'vitest';
import { peopleNamed, personReferred } from '../../src/nlp/people.ts';

describe('peopleNamed and personReferred: two people in one conversation (session 45)', () => {
  it('reads each person named with the group the words after them say', () => {
    expect(peopleNamed('ông nội tôi 80 tuổi và con gái tôi 6 tuổi bị khuyết tật nặng')).toEqual([
      { ref: 'old-man', who: 'elderly' },
      { ref: 'child', who: 'disability' },
    ]);
    expect(peopleNamed('mẹ tôi 75 tuổi, con trai tôi 8 tuổi bị tự kỷ')).toEqual([
      { ref: 'mother', who: 'elderly' },
      { ref: 'child', who: 'child' },
    ]);
  });

  it('reads no pair in one person, or in whose the person is ("ông ngoại cháu 86 tuổi")', () => {
    expect(peopleNamed('mẹ tôi 75 tuổi không có lương hưu')).toEqual([]);
    expect(peopleNamed('ông ngoại cháu 86 tuổi bị liệt')).toEqual([]);
    expect(peopleNamed('còn trợ cấp thì sao')).toEqual([]);
  });

  it('names the group of the one person a short follow-up refers to, turning to them when they are new', () => {
    const people = peopleNamed('bà nội tôi 82 tuổi với cháu tôi 5 tuổi bị bại não');
    expect(personReferred('còn bà thì sao', people, 'disability')?.text).toBe('còn người cao tuổi thì sao');
    expect(personReferred('cháu được hỗ trợ gì', people, 'elderly')).toMatchObject({
      text: 'còn người khuyết tật được hỗ trợ gì',
      named: 'người khuyết tật được hỗ trợ gì',
    });
    expect(personReferred('cháu được hỗ trợ gì', people, 'disability')?.text).toBe('người khuyết tật được hỗ trợ gì');
  });

  it('reads the same typed without accents, "ba noi" as the grandmother', () => {
    const people = peopleNamed('ba noi 82 tuoi voi chau 5 tuoi bi bai nao');
    expect(people).toEqual([
      { ref: 'old-woman', who: 'elderly' },
      { ref: 'child', who: 'disability' },
    ]);
    expect(personReferred('con ba thi sao', people, 'disability')?.text).toBe('con người cao tuổi thi sao');
    expect(personReferred('vậy bà thì sao', people, 'disability')?.text).toBe('vậy người cao tuổi thì sao');
    expect(personReferred('chau duoc ho tro gi', people, 'elderly')?.named).toBe('người khuyết tật duoc ho tro gi');
  });

  it('refers to no one when the writer speaks, two are named, a group is said, or no pair was kept', () => {
    const people = peopleNamed('bà nội tôi 82 tuổi với cháu tôi 5 tuổi bị bại não');
    expect(personReferred('cháu muốn hỏi thêm thủ tục', people, null)).toBeUndefined();
    expect(personReferred('bà với cháu cùng nhận được không', people, null)).toBeUndefined();
    expect(personReferred('còn bà ngoại 70 tuổi thì sao', people, null)).toBeUndefined();
    expect(personReferred('còn bà thì sao', [], null)).toBeUndefined();
  });
});
