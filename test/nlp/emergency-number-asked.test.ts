/**
 * An emergency service's number asked as a question ("số gọi cấp cứu là số mấy", "what number do I call for an
 * ambulance"): the national numbers answer (the emergency entry, or the child protection line's entry when only the
 * child line is asked), never a fallback and never the counselling hotline alone. Questions that only share the words
 * (a count of children, an ambulance's cost, the center's own hotline) keep their answers.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('emergency numbers asked', () => {
  const emergency = [
    'số gọi cấp cứu là số mấy',
    'số cứu hỏa là bao nhiêu',
    'so cap cuu la so may',
    'số cảnh sát là số mấy',
    'xe cứu thương gọi số nào',
    'số công an là số mô',
    'số cấp cứu là số chi rứa',
    'cho em xin số chữa cháy',
    '115 là số gì',
    'what number do I call for an ambulance',
    "what's the number for fire brigade in Vietnam",
    'what is the police number in vietnam',
    'how do I call the fire department',
  ];
  for (const text of emergency) {
    it(`answers "${text}" with the national numbers`, () => {
      expect(findAnswer(kb, text)).toMatchObject({ entryId: 'emergency' });
    });
  }

  it('answers the child line asked alone with the child protection line', () => {
    for (const text of ['số điện thoại bảo vệ trẻ em là số mấy', 'tổng đài trẻ em là số mấy', '111 là số gì']) {
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: 'child-protection-hotline' });
    }
  });

  it('answers the English number question in English', () => {
    expect(findAnswer(kb, 'what number do I call for an ambulance')).toMatchObject({
      outcome: 'answer',
      english: true,
    });
  });

  it('answers who picks up a national number, or what it is for, with the national numbers', () => {
    for (const text of ['gọi 115 thì gặp ai', 'goi 113 thi gap ai', '113 ai nghe máy vậy', 'số 114 dùng để làm gì']) {
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: 'emergency' });
    }
  });

  it('offers the numbers again when a call to a national number went unanswered', () => {
    for (const text of [
      'gọi 113 mà không ai đến',
      'goi 115 ko ai bat may',
      'bấm 114 chẳng ai nghe',
      'gọi 113 không được',
    ]) {
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: 'emergency', crisis: false });
    }
  });

  it('keeps a danger told with an unanswered call as danger now', () => {
    expect(findAnswer(kb, 'đang bị đánh, gọi 113 mà không ai đến')).toMatchObject({ crisis: true });
  });

  it('leaves "thì" far from the call asked to the entries (the law asked, not whom to call)', () => {
    const answer = findAnswer(kb, 'bị quấy rối ở chỗ làm thì theo luật phải báo ai');
    expect(['emergency', 'child-protection-hotline']).not.toContain(answer.entryId);
  });

  it('does not offer the numbers for "thì" beside a call with no harm', () => {
    for (const text of ['hỏi hồ sơ thì gọi số nào', 'thi xong thì gọi ai đón']) {
      expect(findAnswer(kb, text).entryId, text).not.toBe('emergency');
    }
  });

  it('leaves questions that only share the words alone', () => {
    for (const text of [
      'số trẻ em được trung tâm hỗ trợ là bao nhiêu',
      'đi cấp cứu hết bao nhiêu tiền',
      'số tổng đài của trung tâm là số mấy',
      'what is the hotline number of the center',
      // Two lines compared, the center's among them: the engine's own reading stands.
      'Tổng đài của trung tâm với số 111 khác nhau thế nào, hỏi về hồ sơ thì gọi số nào?',
    ]) {
      expect(findAnswer(kb, text).entryId, text).not.toBe('emergency');
    }
  });
});

describe('a call to a national number: what it costs', () => {
  it('answers the cost of a call to 113, 114 or 115 with the national numbers, which say calls are free', () => {
    for (const text of [
      'gọi 113 có mất tiền không',
      'gọi 115 có tốn phí không',
      'gọi cấp cứu 115 mất bao nhiêu tiền',
      'goi 114 co mat phi ko',
      'bấm 113 thì có bị tính tiền cước không',
      'gọi 111 hay 113 có mất tiền không',
      'is calling 115 free?',
      'does it cost money to call 113',
    ]) {
      const answer = findAnswer(kb, text);
      expect(answer, text).toMatchObject({ outcome: 'answer', entryId: 'emergency', crisis: false });
    }
    expect(kb.entries.get('emergency')?.answer).toContain('Cuộc gọi đến 113, 114, 115 và 111 đều miễn phí');
  });

  it('answers the cost of a call to 111 alone with the child protection line', () => {
    for (const text of ['goi 111 co mat tien k', 'gọi 111 có mất phí không']) {
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: 'child-protection-hotline' });
    }
  });

  it("leaves the center's line, a ride's fee and a number's hours to the engine's reading", () => {
    expect(findAnswer(kb, 'gọi tổng đài 1800 1769 có mất phí không')).toMatchObject({ entryId: 'hotline' });
    for (const text of [
      '115 có chở miễn phí không',
      'gọi xe 115 hết bao nhiêu tiền',
      'is the 115 ambulance ride free',
      '115 có bao giờ bận máy không',
      'đi cấp cứu hết bao nhiêu tiền',
    ]) {
      expect(findAnswer(kb, text).entryId, text).not.toBe('emergency');
    }
  });
});
