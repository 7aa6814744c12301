import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { asksToWriteText } from '../../src/nlp/writing-request.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a text to write or translate is no service of the center', () => {
  it('falls back honestly instead of answering with the entry the text is about', () => {
    for (const question of [
      'soạn giúp mình kịch bản văn nghệ mừng ngày Công tác xã hội ở trường',
      'dịch giúp em câu "chúc mẹ khỏe" ra tiếng Nhật',
      'Please write me an essay about helping elderly people',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('reads an interpreter, a service, an epidemic and a written application as no such request', () => {
    for (const question of [
      'người khiếm thính có được phiên dịch ngôn ngữ ký hiệu khi đi khám không',
      'dịch vụ của trung tâm gồm những gì',
      'mất việc vì dịch bệnh, có được hỗ trợ không',
      'bà tôi không biết chữ, ai viết giùm đơn xin trợ cấp',
    ])
      expect(asksToWriteText(tokenize(question)), question).toBe(false);
  });
});

describe('a speech, a poem, a wish or an essay to compose, session 29', () => {
  it('falls back when someone asks for it to be written', () => {
    for (const question of [
      'viết hộ mình bài phát biểu khai mạc hội người cao tuổi xã',
      'nhờ ad soạn lời dẫn chương trình ngày công tác xã hội',
      'soạn bài thơ tặng mẹ nhân ngày 8/3',
      'viet giup em loi chuc sinh nhat ba noi 90 tuoi',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('not when the person writes it themselves and asks a fact, nor for an application', () => {
    for (const question of [
      'em đang viết tiểu luận về người khuyết tật, cho em hỏi trung tâm hỗ trợ những gì',
      'viết giúp tôi lá đơn xin trợ cấp cho mẹ',
      'con tôi thích viết, làm thơ, có lớp nào cho trẻ khuyết tật không',
    ])
      expect(asksToWriteText(tokenize(question)), question).toBe(false);
  });
});

describe('a text named first and asked to be written, or a thesis topic to choose, session 32', () => {
  it("falls back honestly instead of answering with the entry of the text's subject", () => {
    for (const question of [
      'Bài phát biểu ngày 20/11 cho học sinh khuyết tật, viết giùm mình với',
      'bài thơ tặng ông bà nhân ngày người cao tuổi soạn sao cho hay',
      'khóa luận tốt nghiệp công tác xã hội nên chọn đề tài nào về trẻ em',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'fallback', entryId: null });
  });

  it('leaves a thesis only told about, and a text named further in, alone', () => {
    for (const question of [
      'em đang làm khóa luận, cho em hỏi Ngày Công tác xã hội có từ năm nào',
      'luận văn của em cần số liệu trợ cấp người cao tuổi, trung tâm có cung cấp không',
      'con em đang học viết bài văn thì bị cô giáo đánh',
    ])
      expect(asksToWriteText(tokenize(question)), question).toBe(false);
  });
});
