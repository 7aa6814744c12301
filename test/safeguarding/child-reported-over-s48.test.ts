/**
 * Session 48 (issue 10): a teacher, a neighbour, a relative or a parent who has learnt of a child's abuse (a bruise
 * found, what the child told, a touch told without a time) and asks whom to report to got the emergency screen. It is
 * the child-protection disclosure (111 first): `report_over › child_situations`. A child harmed now, tonight, bleeding,
 * unconscious, locked in, or still with the abuser keeps danger now.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itIsDangerNowAs } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const heard = (text: string) => findAnswer(kb, text).safeguarding;

describe('a child abuse learnt of, then whom to report to asked, is a disclosure (report_over › child_situations)', () => {
  it.each([
    'cô giáo chủ nhiệm phát hiện học sinh có vết bầm, em ấy nói bị bố đánh, cần báo cho ai',
    'con tôi bị cô giáo sờ vào người, tôi nên báo ai',
    'co giao phat hien hoc sinh co vet bam tren tay, em noi bi me danh, can bao cho ai',
    'tôi là giáo viên mầm non, thấy bé trong lớp có vết bầm ở đùi, bé nói bị chú đánh, tôi cần báo ai',
    'chị hàng xóm kể thằng con riêng của chồng chị bị chồng chị đánh bầm tím, tui nên báo cho ai',
    'con trai tôi bị ông bảo vệ trường sờ soạng, tôi cần làm gì để tố cáo',
    'thằng cháu tui bị bà nội ghẻ đánh bầm lưng, tui muốn báo mà hông biết báo ai',
  ])('"%s" is a child-abuse disclosure with 111, no emergency screen', (text) => {
    const r = findAnswer(kb, text);
    expect(r.outcome).not.toBe('crisis');
    expect(r.safeguarding?.outcome).toBe('disclosure');
    expect(r.safeguarding?.situation).toBe('child-abuse');
    expect(r.safeguarding?.numbers).toContain('111');
  });
});

describe('a child harmed now, tonight or still held keeps danger now though whom to report to is asked', () => {
  itIsDangerNowAs(
    heard,
    [
      'con bé hàng xóm đang bị bố nó đánh, la khóc quá trời, báo ai giờ',
      'co giao phat hien hoc sinh dang bi bo danh ngoai cong truong, bao ai',
      'cô giáo thấy học sinh bị bố đánh chảy máu mũi ở cổng trường, giờ báo ai',
      'bé lớp tôi nói tối nay về nhà bố lại đánh nữa, cô sợ lắm, báo cho ai',
      'con gái tôi bị thầy dạy thêm hiếp, thằng đó vẫn đang ở nhà tôi, báo ai',
      'hàng xóm nhốt thằng bé trong chuồng chó, tôi báo ai',
      'con bé nhà bên la hét cứu với, bố nó đang đánh, báo ai',
      'con bé bị ông dượng hiếp dâm, tối nay nó vẫn phải ngủ chung nhà với ổng, tôi báo ai',
      'ông hàng xóm đang sờ soạng con bé trong phòng, báo ai nhanh',
      'my neighbour is beating his son right now, who do I report to',
    ],
    'child-abuse',
  );
});
