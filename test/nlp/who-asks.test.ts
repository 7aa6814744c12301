import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { readMessage } from '../../src/nlp/sentences.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const asks = (text: string): boolean => kb.lexicon.asks(kb.lexicon.rewrite(tokenize(text)));

describe('"ai" (who) as a question word, issue 11', () => {
  it('reads "ai" as asking who does something, with or without accents', () => {
    for (const text of [
      'vậy ai xét',
      'ai ký giấy',
      'mà ai duyệt hồ sơ vậy',
      'ai la nguoi ky xac nhan',
      'hồ sơ nộp xong ai kiểm tra',
    ])
      expect(asks(text), text).toBe(true);
  });

  it('does not read "ai" as asking where it tells: someone, everyone, no one', () => {
    for (const text of [
      'cảm ơn ai đó đã giúp mình',
      'ai cũng tốt với em',
      'chẳng ai giúp em cả',
      'chả ai để ý',
      'bất cứ ai cũng được đến',
      'ai nấy đều vui',
    ])
      expect(asks(text), text).toBe(false);
  });

  it('does not read "mấy" before a way of addressing the staff as asking how many (session 30)', () => {
    // "Mấy anh chị", "mấy bạn" address several people (Southern speech): a thanks said so is a thanks, not a question.
    for (const text of ['cảm ơn mấy anh chị nhiều lắm nghen', 'cam on may ban nha', 'dạ cảm ơn mấy cô chú'])
      expect(asks(text), text).toBe(false);
    // Another question word still asks, and "mấy" before anything else still asks how many.
    expect(asks('mấy anh chị ơi nộp hồ sơ ở đâu')).toBe(true);
    expect(asks('con mấy tuổi thì được')).toBe(true);
    for (const text of ['cảm ơn mấy chị nhiều nha', 'Cam on may anh chi nhieu nhen']) {
      const r = findAnswer(kb, text);
      expect(r, text).toMatchObject({ outcome: 'answer', entryId: 'greeting' });
      expect(r.smallTalk, text).toBe('thanks');
    }
  });

  it('drops a thanks before a who-question, and keeps a thanks that tells of someone', () => {
    const words = (text: string) => readQuestion(kb, text).syllables;
    expect(words('cảm ơn, vậy ai xét')).toEqual(['vay', 'ai', 'xet']);
    expect(words('ok cảm ơn, mà ai duyệt hồ sơ vậy')).not.toContain('cam');
    expect(words('cảm ơn ai đó đã giúp mình')).toContain('cam');
    expect(words('cảm ơn bạn, ai cũng tốt')).toContain('cam');
  });

  it('reads the who-question of a long story without a question mark as its question', () => {
    const story =
      'Mẹ em năm nay 82 tuổi, sống một mình ở quê, bố em mất đã lâu và anh chị em đều đi làm ăn xa. ' +
      'Mẹ bị đau khớp gối, đi lại khó khăn, mắt cũng kém nên việc nấu ăn, giặt giũ đều nhờ hàng xóm giúp đỡ. ' +
      'Nhà mẹ là nhà cấp bốn cũ, mái tôn đã dột, mùa mưa nước tràn vào bếp và mẹ phải kê đồ lên cao. ' +
      'Tháng trước em đã về quê làm tờ khai đề nghị hưởng trợ cấp cho mẹ và nộp ở xã, cán bộ nhận hồ sơ rồi. ' +
      'Em đi làm công nhân ở khu công nghiệp, ca kíp liên tục, mỗi tháng chỉ xin nghỉ được một hai ngày để về thăm mẹ. ' +
      'Cán bộ dặn em chờ thông báo, em cũng đã để lại số điện thoại và địa chỉ của em ở thành phố. ' +
      'Giờ ai sẽ là người xét duyệt hồ sơ đó cho mẹ em';
    expect(readMessage(story, kb.lexicon).question).toContain('ai sẽ là người xét duyệt');
  });

  it('finds the question after an opening thanks or hello, and nothing after a bare greeting or a statement', () => {
    expect(kb.lexicon.openingGreeting('cảm ơn, vậy ai xét')).toEqual({ opening: 'cảm ơn', rest: 'vậy ai xét' });
    expect(kb.lexicon.openingGreeting('ok cam on! ai duyet ho so')?.rest).toBe('ai duyet ho so');
    for (const text of ['cảm ơn, ai cũng tốt', 'chào ad, cho em hỏi', 'mẹ em 80 tuổi, ai xét', 'cảm ơn ai ký giấy'])
      expect(kb.lexicon.openingGreeting(text), text).toBeUndefined();
  });
});
