/**
 * Session 48 (issue 10): an older parent beaten by a grown son or daughter ("mẹ tôi bị con trai đánh, tôi là con gái
 * thì phải báo ai", "me toi 60 tuoi bi con trai ut danh, gia dinh muon can thiep thi lien he dau") was read as child
 * abuse, danger now, 111 first: "con trai" between "bị" and the verb is the doer, not a child beaten. The parent named
 * right before "bị" makes the act the parent harmed (`doer_named › acts › victim`), so violence leads (113 first); told
 * as a habit or a past and asked whom to report to or whom to contact for someone to step in (`report_asked`), it is a
 * disclosure. A beating now stays danger now, and a child beaten by a parent or a classmate stays child abuse.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('an older parent beaten by a grown son or daughter: violence, not child abuse (session 48)', () => {
  it.each([
    'mẹ tôi bị con trai đánh, tôi là con gái thì phải báo ai',
    'me toi 60 tuoi bi con trai ut danh, gia dinh muon can thiep thi lien he dau',
    'bố tôi 72 tuổi bị thằng con cả đánh mấy lần rồi, gia đình muốn nhờ can thiệp thì liên hệ đâu',
    'ba tui bị con gái đánh hoài, tui phải báo ai',
    'ma toi bi dua con ut danh suot, phai bao ai',
    'bà nội tôi bị con trai đánh, cả nhà không biết nên báo với ai',
    'má em 65 tuổi hay bị thằng con trai út đánh, em muốn báo chính quyền thì liên hệ ở đâu',
    'bo toi 70 tuoi bi con trai danh, toi la con gai, lien he ai de can thiep',
  ])('"%s" is a violence disclosure, 113 first, no child screen', (text) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding?.situation).toBe('violence');
    expect(r.safeguarding?.outcome).toBe('disclosure');
    expect(r.safeguarding?.child).toBe(false);
    expect(r.safeguarding?.numbers?.[0]).toBe('113');
  });

  it.each([
    'con trai tôi đang cầm dao đòi chém mẹ tôi',
    'mẹ tôi đang bị con trai đánh, cứu với',
    'bố tôi bị con gái cầm dao đuổi chém ngay bây giờ',
    'con trai tôi đang cầm gậy đánh ba nó ngoài sân',
    'má tui đang bị thằng con say xỉn đánh, tới liền giùm',
    'me toi dang bi con trai bop co, cuu voi',
  ])('"%s" stays violence danger now, 113 first', (text) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding?.situation).toBe('violence');
    expect(r.safeguarding?.outcome).toBe('danger-now');
    expect(r.safeguarding?.numbers?.[0]).toBe('113');
  });

  it.each([
    'con trai tôi bị bố nó đánh',
    'thằng con tôi 9 tuổi bị bố nó đánh hoài, phải báo ai',
    'con gái em bị ông nội đánh, liên hệ đâu',
    'con trai tôi 12 tuổi bị bạn cùng lớp đánh, báo ai',
    'đứa con gái 7 tuổi nhà hàng xóm bị mẹ nó đánh suốt, liên hệ ai',
    'bé nhà em bị ba nó đánh bầm mình, em báo ai',
  ])('"%s" stays child abuse, 111 first', (text) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding?.situation).toBe('child-abuse');
    expect(r.safeguarding?.numbers?.[0]).toBe('111');
  });

  it.each([
    'mẹ tôi bị con trai đánh thức lúc 5 giờ sáng',
    'ba tôi bị con trai đánh cờ thắng hoài',
    'muốn làm căn cước cho mẹ thì liên hệ đâu',
    'gia đình muốn nhận trợ cấp cho bố 80 tuổi thì liên hệ ở đâu',
    'con trai tôi muốn học nghề thì liên hệ ai',
    'bố tôi bị con gái giận không nói chuyện, liên hệ đâu để được tư vấn',
  ])('"%s" raises nothing: a wake-up, a game of chess, papers, an allowance, a course, a quarrel', (text) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding).toBeFalsy();
  });
});
