/**
 * Session 46 (issue 10): the social assistance level asked beside news of a rise ("Mức chuẩn trợ giúp xã hội hiện nay
 * là bao nhiêu ạ? Em thấy báo nói mới tăng lên rồi") got the suicide emergency screen: no rule fired and the
 * classifier leant to suicide at a margin of 0.24 over words like "rồi". "mức chuẩn" is a benefits word (paperwork),
 * so the classifier needs the bar of a general question there; danger told with the same words keeps its rules.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('the social assistance level asked is a benefits question (paperwork › mức chuẩn)', () => {
  it.each([
    'Mức chuẩn trợ giúp xã hội hiện nay là bao nhiêu ạ? Em thấy báo nói mới tăng lên rồi',
    'muc chuan tro giup xa hoi gio la bao nhieu vay, nghe noi moi tang roi',
    'Cho em hỏi mức chuẩn trợ cấp năm nay đã tăng chưa ạ, em đọc báo thấy nói rồi',
    'mức chuẩn trợ giúp xã hội tăng lên rồi thì tiền của bà em có tăng theo không',
    'nghe nói mức chuẩn mới tăng rồi, mẹ em đang nhận trợ cấp thì bao giờ được nhận mức mới',
  ])('"%s" gets no emergency screen', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.outcome).not.toBe('danger-now');
  });

  it.each([
    ['mức chuẩn trợ cấp bao nhiêu em cũng không cần nữa, tối nay em uống hết vỉ thuốc ngủ cho xong', '115'],
    ['hỏi mức chuẩn trợ cấp xong thì bố em lên cơn, đang cầm dao đuổi đánh mẹ em', '113'],
    ['đang hỏi mức chuẩn trợ giúp thì ông em ngã gục, méo miệng, nói không được', '115'],
    ['muc chuan tro cap la bao nhieu cung duoc, chong em dang bop co em, cuu em', '113'],
    ['con em 6 tuổi đi chơi từ trưa đến giờ không thấy về, em không còn tâm trí hỏi mức chuẩn trợ cấp nữa', '111'],
  ])('"%s" stays danger now, %s first', (text, first) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding?.outcome).toBe('danger-now');
    expect(r.safeguarding?.numbers?.[0]).toBe(first);
  });
});
