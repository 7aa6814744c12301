/**
 * Session 47 (issue 10, train56): a disclosure without danger now must not end at a dead end or a bare answer. A
 * trafficking lure told with the return or the escape, and a blow from a superior at work told as a habit before a
 * rights question are disclosures; the same words as a topic or an ordinary question raise nothing, and the same harm
 * now stays danger now. Sentences of our own wording, not the training set's.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

function itIsADisclosureOf(texts: string[], situation: string): void {
  it.each(texts)(`"%s" is a ${situation} disclosure`, (text) => {
    const r = findAnswer(kb, text);
    expect([r.safeguarding?.outcome, r.safeguarding?.situation]).toEqual(['disclosure', situation]);
    expect(['did-you-mean', 'fallback']).not.toContain(r.outcome);
  });
}

function itIsDangerNow(texts: string[], situation: string): void {
  it.each(texts)('"%s" stays danger now', (text) => {
    const r = findAnswer(kb, text);
    expect([r.outcome, r.safeguarding?.outcome, r.safeguarding?.situation]).toEqual([
      'crisis',
      'danger-now',
      situation,
    ]);
  });
}

function itRaisesNothing(texts: string[]): void {
  it.each(texts)('"%s" raises neither an emergency nor a disclosure', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(['danger-now', 'disclosure']).not.toContain(r.safeguarding?.outcome ?? 'none');
  });
}

describe('a blow from a superior at work told as a habit, then a rights question', () => {
  itIsADisclosureOf(
    [
      'Quản đốc xưởng may hay chửi bới, tháng trước còn tát em trước mặt mọi người. Em vẫn làm ở đó, em có quyền gì không?',
      'Trưởng ca hay đẩy tôi, có lần đấm vào lưng tôi. Tôi muốn hỏi luật lao động có bảo vệ không',
      'tổ trưởng có lần đánh tui vì làm chậm, tui còn làm ở công ty đó, có được bảo vệ gì không',
      'quản đốc hay chửi rồi có lần tát tôi, tôi vẫn làm ở đó, luật có bảo vệ không',
      'My supervisor hit me once last month at the factory, I still work there. What are my rights?',
      'Trưởng ca hay xô đẩy em, có lần đá em ngã, em vẫn đi làm ở đó, em có quyền gì không ạ',
    ],
    'violence',
  );
  itRaisesNothing([
    'tổ trưởng tổ dân phố có quyền gì',
    'Trưởng ca của em rất tốt, hay chia bánh cho mọi người',
    'My supervisor wants me to work Saturdays, what are my rights?',
    'quản đốc hay đánh giá nhân viên theo năng suất thì có đúng luật không',
    'tổ trưởng nhờ em đánh máy đơn xin nghỉ phép',
  ]);
  itIsDangerNow(['quản đốc đang đánh em trong xưởng, cứu em'], 'violence');
});
