/**
 * Session 48 (issue 10): a wish to die said now after an attempt or a plan told as past ("hồi trước em từng cắt tay,
 * giờ em không muốn sống nữa", "I tried to kill myself last year, now I want to die again") is danger now: the past
 * told first no longer makes it a disclosure. A recovery said after "giờ" ("giờ em hết muốn chết rồi") stays calm.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('suicidal thoughts or a plan told as once (session 48)', () => {
  it.each([
    'hồi trước em từng cắt tay, giờ em không muốn sống nữa',
    'hoi truoc em co lan dinh nhay song, gio em khong muon song nua',
    'tui có bữa tính uống thuốc chuột, giờ tui hổng muốn sống nữa',
    'dạo này em có lúc nghĩ quẩn, không biết sống để làm gì',
    'em có lần định nhảy cầu, tối nay em lại ra cầu rồi',
    'em từng có lúc nghĩ quẩn, tối nay lại muốn đi luôn',
    'I tried to kill myself last year, now I want to die again',
    'I had suicidal thoughts last winter and tonight I have the pills ready',
  ])('"%s" is danger now, 115 first', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(true);
    expect(r.safeguarding?.situation).toBe('suicide');
    expect(r.safeguarding?.outcome).toBe('danger-now');
  });

  it.each([
    'năm ngoái em từng uống thuốc ngủ, giờ em hết muốn chết rồi, có chỗ nào tư vấn không',
    'hồi trước em từng cắt tay, giờ em không còn muốn chết nữa, em muốn tìm chỗ tư vấn',
  ])('"%s" is not danger now', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.outcome ?? 'none').not.toBe('danger-now');
  });
});
