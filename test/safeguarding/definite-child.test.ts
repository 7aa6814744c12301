/**
 * Session 44 (issue 10: a child in danger told in plain words is no question): a particular child named by a definite
 * word ("con bé", "thằng bé", "thằng cu"; child_definite) whose whereabouts nobody knows now (whereabouts_told), or who
 * has been starved for days while the writer asks whom to tell (child_reported › particular, › now: hunger_lasting).
 * The "ở đâu" and the "nên báo ai" used to make a topic of them. A place asked for, a general question about children
 * and everyday meals stay calm.
 */
import { describe, expect, it } from 'vitest';
import { itIsDangerNowAs } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('safeguarding: session 44, a particular child whose whereabouts nobody knows now', () => {
  itIsDangerNowAs(
    detect,
    [
      'con bé đi chơi với bạn, giờ không biết nó ở đâu',
      'thằng bé đi đá bóng với bạn, giờ không biết nó ở đâu',
      'thằng cu ra sân chơi, giờ không biết nó đang ở đâu, gọi mãi không thưa',
      'con nhóc đi siêu thị với chị họ, không biết nó ở đâu rồi',
      'không biết thằng bé đang ở đâu, cả nhà đi tìm khắp xóm',
      'thang be di choi voi ban, gio khong biet no o dau',
      'con bé theo bạn ra chợ, giờ không biết nó ở đâu',
    ],
    'missing-person',
    ['111'],
  );

  it.each([
    'không biết trung tâm ở đâu',
    'con bé đi chơi với bạn, tối mới về',
    'không biết con bé thích quà gì',
    'thằng bé muốn học bơi, không biết ở đâu dạy',
    'con bé muốn học vẽ, không biết ở đâu có lớp',
    'con bé làm mất bút, không biết nó để ở đâu',
    'con bé hỏi không biết nhà văn hóa ở đâu',
  ])('"%s" raises no emergency', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});

describe('safeguarding: session 44, a particular child starved for days, whom to tell asked', () => {
  itIsDangerNowAs(
    detect,
    [
      'con bé đi học đói, bị bỏ đói mấy ngày rồi, tôi nên báo ai',
      'thằng bé bị nhốt bỏ đói mấy hôm nay, tôi có nên báo không',
      'con bé bị cha dượng bỏ đói cả tuần nay, tôi nên báo ai',
      'thằng bé bị bỏ đói mấy ngày rồi, nên báo ai',
      'con bé bị mẹ kế bỏ đói mấy bữa nay, báo với ai được',
      'con bé bị bỏ đói mấy hôm nay, có nên báo không',
      'thằng bé bị bỏ đói nhiều ngày nay, tôi nên báo ai',
    ],
    'child-abuse',
    ['111'],
  );

  it.each([
    'trẻ bị bỏ đói thì báo ai',
    'trẻ em bị bỏ đói mấy ngày rồi thì nên báo ai',
    'nếu thấy thằng bé bị bỏ đói mấy ngày rồi thì nên báo ai',
    'con bé đi học về chưa ăn gì, nấu gì nhanh',
    'cháu đi học hay quên ăn sáng',
    'thằng bé kén ăn mấy ngày rồi, nên cho ăn gì',
  ])('"%s" raises no emergency', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
