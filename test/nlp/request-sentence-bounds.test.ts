import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { requestSentence } from '../../src/nlp/request-sentence.ts';
import { FOCUS_CHARS } from '../../src/nlp/sentences.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

/** Village life between who a story is about and what it asks: long enough to pass FOCUS_CHARS. */
const VILLAGE = [
  'Nhà em ở ven sông, mùa nước lên thì cả xóm phải kê đồ lên cao.',
  'Bố mẹ em làm ruộng, mỗi năm hai vụ lúa, ngoài ra nuôi thêm đàn vịt.',
  'Anh trai em đi làm công nhân ở Bình Dương, Tết mới về được một lần.',
  'Chiều nào em cũng đạp xe ra chợ huyện mua đồ về nấu cơm cho cả nhà.',
  'Hàng xóm ở đây ai cũng tốt bụng, hay sang chơi uống nước nói chuyện.',
  'Năm nay trời nắng nhiều, ruộng nứt nẻ, lúa không được mùa như mọi năm.',
  'Em đã hỏi nhiều người quen nhưng mỗi người nói một kiểu nên chưa rõ.',
  'Xã em năm ngoái có mấy nhà được hỗ trợ sửa nhà, trẻ con được phát sách vở.',
  'Cuối tuần cả nhà hay quây quần ăn cơm, kể chuyện làng xóm cho nhau nghe.',
  'Mùa này trong vườn có nhiều rau cải, hái không hết lại đem biếu hàng xóm.',
].join(' ');

const story = (who: string, ask: string): string => `${who} ${VILLAGE} ${ask}`;

describe('the request of a story longer than FOCUS_CHARS', () => {
  it('comes after the opening sentence, which says who the story is about', () => {
    const text = story(
      'Bà nội em đã 82 tuổi, cả đời làm ruộng nên không có lương hưu.',
      'Vậy bà có được nhận trợ cấp hằng tháng không ạ?',
    );
    expect(text.length).toBeGreaterThan(FOCUS_CHARS);
    expect(requestSentence(text)).toBe(
      'Bà nội em đã 82 tuổi, cả đời làm ruộng nên không có lương hưu. Vậy bà có được nhận trợ cấp hằng tháng không ạ?',
    );
  });

  it.each([
    [
      'an 82-year-old’s allowance',
      'Bà nội em đã 82 tuổi, cả đời làm ruộng nên không có lương hưu.',
      'Vậy bà có được nhận trợ cấp hằng tháng không ạ?',
      'elderly-allowance',
    ],
    [
      'an 84-year-old’s allowance',
      'Ông ngoại em năm nay 84 tuổi, không có lương hưu, sống với cậu em ở quê.',
      'Vậy ông em có được nhận tiền trợ cấp hằng tháng không ạ?',
      'elderly-allowance',
    ],
    [
      'free vocational training for a cousin who left school',
      'Chị họ em 20 tuổi nghỉ học từ lớp 9, giờ ở nhà phụ mẹ bán hàng.',
      'Trung tâm có dạy nghề miễn phí cho người như chị em không ạ?',
      'service-vocational',
    ],
    [
      'volunteering for a student',
      'Em là sinh viên năm hai, cuối tuần thường rảnh.',
      'Trung tâm có nhận tình nguyện viên không ạ?',
      'volunteer',
    ],
  ])('answers %s directly where it was an offer', (_, who, ask, entry) => {
    const r = findAnswer(kb, story(who, ask));
    expect({ outcome: r.outcome, entryId: r.entryId }).toEqual({ outcome: 'answer', entryId: entry });
  });
});

describe('what the bounds leave alone', () => {
  it('does not look for a request in two sentences under 150 characters: a disabled father’s services stay an offer', () => {
    const text =
      'Ông em ở xã bên, bị cụt một chân do bom mìn. Ngoài tiền trợ cấp ra thì trung tâm còn hỗ trợ gì thêm không ạ?';
    expect(requestSentence(text)).toBeNull();
    expect(findAnswer(kb, text).outcome).not.toBe('answer');
  });

  it('keeps the offer of a long story whose request alone is not confident', () => {
    const r = findAnswer(
      kb,
      story(
        'Cháu em 9 tuổi, bố mẹ cháu đều mất trong một tai nạn, cháu ở với bà.',
        'Cháu có được hưởng trợ cấp xã hội không ạ?',
      ),
    );
    expect({ outcome: r.outcome, entryId: r.entryId }).toEqual({
      outcome: 'did-you-mean',
      entryId: 'service-children',
    });
  });

  it('keeps the disclosure reply for a long story of violence', () => {
    const r = findAnswer(
      kb,
      story(
        'Chồng em nhậu vào là đánh em, tuần trước em phải chạy sang nhà hàng xóm ngủ, người em bầm tím hết.',
        'Em muốn hỏi trung tâm có ai tư vấn cho em không ạ?',
      ),
    );
    expect(r.outcome).toBe('disclosure');
  });
});
