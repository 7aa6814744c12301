/**
 * English questions that name a Vietnamese place or person (issue 11): the reply is in English, while the ranking and
 * the classifier's vote stay as they were; Vietnamese messages naming the same places keep their Vietnamese reply.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English with a Vietnamese name', () => {
  it('answers in English when only the names are accented', () => {
    for (const text of [
      'Where is the social work center in Hạ Long?',
      'My grandmother in Đà Nẵng is 82, can she get an allowance?',
      'How do I register my son with autism at the center in Thủ Đức?',
      'What should I bring when I visit the office in Cẩm Phả?',
      'My neighbour Nguyễn Văn Hùng is disabled, what help can he get?',
      'Is there free counselling for teenagers in Uông Bí?',
    ]) {
      expect(findAnswer(kb, text).english, text).toBe(true);
    }
  });

  it('keeps the classifier vote for them (the blend is reported)', () => {
    const result = findAnswer(kb, 'My grandmother in Đà Nẵng is 82, can she get an allowance?');
    expect(result.blend?.classifier ?? 0).toBeGreaterThan(0);
  });

  it('keeps Vietnamese messages that name the same places Vietnamese', () => {
    for (const text of [
      'chị ơi Hạ Long có trung tâm không',
      'bà ngoại em ở Đà Nẵng 82 tuổi có được trợ cấp không',
      'con trai tôi bị tự kỷ, đăng ký ở Thủ Đức thế nào',
      'Cẩm Phả có văn phòng của trung tâm không ạ',
      'ở Uông Bí có tư vấn miễn phí cho tuổi teen không',
      'tôi bị đánh ở Hạ Long, help me please',
    ]) {
      expect(findAnswer(kb, text).english, text).toBe(false);
    }
  });
});
