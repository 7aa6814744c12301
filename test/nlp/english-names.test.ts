/**
 * English messages that carry Vietnamese names with their accents ("in Hải Dương", "we're in Bình Thạnh") or quote
 * Vietnamese words ("she keeps saying 'mệt quá'") are still English: the reply, an emergency one too, is in English.
 * Vietnamese messages stay Vietnamese, also when typed In Title Case, in capitals, or with an English word or two.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer, isEnglishText } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English messages with Vietnamese names or quoted words', () => {
  it('reads an English question naming a place with its accents as English', () => {
    for (const text of [
      'My aunt in Hưng Yên turned 78 and has never had a pension, is there a monthly allowance for her?',
      'We just moved to Bắc Ninh with our autistic son. Are there early intervention classes nearby?',
      'Our family lives in Quận 3 and my father-in-law is disabled, how does he get a disability certificate?',
      'A friend in Đống Đa asked me where the nearest social work office is.',
      "My mother keeps whispering 'tôi mệt lắm rồi' and barely eats, how can we find a counsellor for her?",
    ]) {
      expect(isEnglishText(kb, text), text).toBe(true);
      expect(findAnswer(kb, text).english, text).toBe(true);
    }
  });

  it('gives the English emergency reply to danger told in English beside a Vietnamese place name', () => {
    for (const text of [
      'The man next door in Long Biên is hitting his wife with a chair right now, what number do I call?',
      "My roommate swallowed a whole box of sleeping pills and won't wake up, we're in Hoàn Kiếm",
      "There is thick smoke coming out of the flat below us in Tân Phú and the door is hot, we're trapped",
      "I hear a child next door screaming 'con xin lỗi' and a man beating him, what should I do?",
      "An old man just collapsed at the bus stop near Mỹ Đình and he isn't breathing, what's the number?",
    ]) {
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'crisis', english: true });
    }
  });

  it('keeps Vietnamese messages Vietnamese', () => {
    for (const text of [
      'Bà Nội Em Ở Hà Nội Có Được Trợ Cấp Không',
      'CHỒNG TÔI ĐANG ĐÁNH TÔI, HELP ME',
      'help me, chồng em đang đánh em ở Hải Phòng',
      'Mẹ em ở Đà Nẵng năm nay 80 tuổi, có được nhận tiền hằng tháng không ạ',
      'my friend ơi, ở Quận 7 có văn phòng công tác xã hội không',
      "Con em hay nói 'con mệt' rồi nằm cả ngày, em nên hỏi ai ạ",
    ]) {
      expect(isEnglishText(kb, text), text).toBe(false);
    }
  });
});
