/**
 * A thanks or a goodbye that closes the conversation with words of its own (well-wishes, "em hiểu rồi", a promise
 * to write again) and asks nothing gets the thanks reply, not a did-you-mean or "chưa có thông tin". A question, a
 * refused request or a topic offered keeps its own decision.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a closing thanks', () => {
  const closings: Array<[string, 'thanks' | 'goodbye']> = [
    ['dạ em cảm ơn, em hiểu rồi, khi nào có gì em nhắn tiếp', 'thanks'],
    ['cam on nhieu, hom nao can gi minh hoi sau nha', 'thanks'],
    ['thanks a lot, have a nice day', 'thanks'],
    ['Cảm ơn các cô chú nhiều, chúc cả nhà trung tâm mạnh khỏe', 'thanks'],
  ];
  for (const [text, kind] of closings) {
    it(`answers "${text}" with the ${kind} reply`, () => {
      const r = findAnswer(kb, text);
      expect({ outcome: r.outcome, entryId: r.entryId, smallTalk: r.smallTalk }).toEqual({
        outcome: 'answer',
        entryId: 'greeting',
        smallTalk: kind,
      });
    });
  }

  it('reads "khi nào có gì", "có gì thắc mắc" as "whenever something comes up", not as a question', () => {
    const asks = (text: string): boolean => kb.lexicon.asks(kb.lexicon.rewrite(tokenize(text)));
    expect(asks('khi nào có gì em nhắn tiếp')).toBe(false);
    expect(asks('có gì thắc mắc tôi gọi lại')).toBe(false);
    expect(asks('khi nào trung tâm mở cửa')).toBe(true);
    expect(asks('có gì hỗ trợ không')).toBe(true);
  });

  it('keeps a question after the thanks, and a thanks to translate or write', () => {
    expect(findAnswer(kb, 'cảm ơn, vậy nộp ở đâu').entryId).not.toBe('greeting');
    expect(findAnswer(kb, 'Nhờ dịch sang tiếng Nhật giúp mình: cảm ơn bà nhiều').outcome).toBe('fallback');
  });
});
