/**
 * Long stories with a question in them: the question sentence is what is
 * answered; the story says who it is about but does not outvote it.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { readMessage } from '../../src/nlp/sentences.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

/** Everyday details with no topic of their own, about 300 characters. */
const DETAILS =
  'Nhà có mảnh vườn nhỏ trồng rau, nuôi thêm mấy con gà để ăn dần. Chiều nào cũng ra chợ mua ít đồ về nấu cơm. Hàng xóm ở đây ai cũng hiền, hay sang chơi uống nước, nói chuyện mùa màng. Năm nay trời mưa nhiều hơn mọi năm, đường vào thôn lầy lội. ';
const DETAILS_PLAIN =
  'Nha co manh vuon nho trong rau, nuoi them may con ga de an dan. Chieu nao cung ra cho mua it do ve nau com. Hang xom o day ai cung hien, hay sang choi uong nuoc, noi chuyen mua mang. Nam nay troi mua nhieu hon moi nam, duong vao thon lay loi. ';

/** A story made longer than 600 characters: everyday details after its opening sentence. */
function lengthened(story: string): string {
  const details = /[^ -~]/.test(story) ? DETAILS : DETAILS_PLAIN;
  const opening = story.indexOf('. ') + 2;
  const text = story.slice(0, opening) + details + story.slice(opening);
  return text.length > 600 ? text : lengthened(text);
}

/** A grandfather's story: his papers and his allowance are settled; the question is about therapy at home. */
const THERAPY =
  'Cháu nội tôi năm nay 8 tuổi, bị bại não từ lúc sinh, đi lại phải có người đỡ. Giấy xác nhận khuyết tật nặng của cháu đã làm xong từ năm ngoái, tiền trợ cấp tháng nào cũng nhận ở xã. Tôi già rồi, chăm cháu một mình rất vất vả. Trung tâm có ai hướng dẫn tập phục hồi chức năng tại nhà cho cháu không?';
const THERAPY_PLAIN =
  'Chau noi toi nam nay 8 tuoi, bi bai nao tu luc sinh, di lai phai co nguoi do. Giay xac nhan khuyet tat nang cua chau da lam xong tu nam ngoai, tien tro cap thang nao cung nhan o xa. Toi gia roi, cham chau mot minh rat vat va. Trung tam co ai huong dan tap phuc hoi chuc nang tai nha cho chau khong?';
/** A father over 60 (the elderly allowance) who has a pension: the question is whether he qualifies. */
const PENSION =
  'Bố em năm nay 68 tuổi, có lương hưu hơn 4 triệu một tháng, sống với em ở thành phố. Hàng xóm nói người già đều được nhà nước cho tiền hằng tháng. Cho em hỏi bố em đã có lương hưu rồi thì có thuộc diện được hưởng trợ cấp xã hội nữa không ạ?';

/** Past 600 characters: who it is about comes first, the everyday details follow, the question is last. */
const GRANDMOTHER =
  'Bà nội em năm nay 83 tuổi, sống một mình ở quê, không có lương hưu, cũng không có con cái gì phụng dưỡng ngoài bố em. ' +
  'Nhà bà có mảnh vườn nhỏ trồng rau, nuôi thêm mấy con gà để ăn dần. ' +
  'Chiều nào bà cũng ra chợ mua ít đồ về nấu cơm. ' +
  'Hàng xóm ở đây ai cũng hiền, hay sang chơi uống nước, nói chuyện mùa màng. ' +
  'Năm nay trời mưa nhiều hơn mọi năm, đường vào thôn lầy lội, bà đi lại khó hơn. ' +
  'Bố em đi làm ở thành phố, cuối tuần mới về thăm bà được. ' +
  'Em đã hỏi nhiều người quen mà mỗi người nói một kiểu nên em muốn hỏi cho rõ. ' +
  'Cuối tuần cả nhà hay quây quần ăn cơm, kể chuyện làng xóm cho nhau nghe. ' +
  'Mùa này trong vườn có nhiều rau cải, hái không hết lại đem cho hàng xóm. ' +
  'Vậy bà em có được nhận tiền trợ cấp hằng tháng không ạ?';

describe('reading a story by its sentences', () => {
  it('reads a message of up to 600 characters whole and once', () => {
    for (const text of ['Mẹ tôi 80 tuổi có được trợ cấp không?', THERAPY])
      expect(readMessage(text, kb.lexicon)).toEqual({ focus: text, question: '' });
  });

  it('reads a longer story by its opening, and its question sentence a second time', () => {
    const reading = readMessage(lengthened(THERAPY), kb.lexicon);
    expect(reading.focus.startsWith('Cháu nội tôi năm nay 8 tuổi')).toBe(true);
    expect(reading.question).toBe('Trung tâm có ai hướng dẫn tập phục hồi chức năng tại nhà cho cháu không?');
  });

  it('finds the question in the middle of a story, before a closing thank-you', () => {
    const text =
      'Chào trung tâm, mẹ tôi 79 tuổi sống một mình ở quê, không lương hưu, chưa được nhận trợ cấp gì. Hồ sơ xin trợ cấp cho người cao tuổi thì cần những giấy tờ gì và nộp ở đâu? Tôi ở xa nên muốn chuẩn bị trước cho đủ. Cảm ơn trung tâm nhiều.';
    expect(readMessage(lengthened(text), kb.lexicon).question).toBe(
      'Hồ sơ xin trợ cấp cho người cao tuổi thì cần những giấy tờ gì và nộp ở đâu?',
    );
    expect(findAnswer(kb, lengthened(text)).entryId).toBe('apply-social-allowance');
  });

  it('takes a story without a question mark at its last sentence with a question word', () => {
    const text =
      'Nhà tôi có ông ngoại 84 tuổi, ông ở một mình trong căn nhà nhỏ cuối xóm từ khi bà mất. Con cháu đều đi làm xa, mỗi năm về được một hai lần. Tôi muốn hỏi trung tâm có ai đến thăm nom, giúp đỡ người già sống một mình như ông tôi không';
    expect(readMessage(lengthened(text), kb.lexicon).question).toBe(
      'Tôi muốn hỏi trung tâm có ai đến thăm nom, giúp đỡ người già sống một mình như ông tôi không',
    );
  });
});

describe('a request is a question too', () => {
  it('takes "cho em xin …" as the question, not an earlier sentence that only holds "không"', () => {
    const text =
      'Dạ em chào trung tâm. Em là cán bộ đoàn ở phường, đang làm danh sách các nơi hỗ trợ người dân để dán ở nhà văn hóa khu phố. Em không muốn ghi số tổng đài vì bà con cần đến tận nơi gặp cán bộ. Cho em xin địa chỉ văn phòng và giờ làm việc của trung tâm ạ.';
    expect(readMessage(lengthened(text), kb.lexicon).question).toBe(
      'Cho em xin địa chỉ văn phòng và giờ làm việc của trung tâm ạ.',
    );
    expect(findAnswer(kb, lengthened(text)).entryId).toBe('center-contact');
  });

  it('answers a greeting followed by "cho em xin …", not the greeting', () => {
    const result = findAnswer(kb, 'Chào bạn, cho em xin địa chỉ văn phòng trung tâm để em mang hồ sơ đến');
    expect(result.outcome).toBe('answer');
    expect(result.entryId).toBe('center-contact');
  });
});

describe('the question outweighs the rest of the story', () => {
  it('asks about therapy at home, not the papers the story mentions', () => {
    expect(findAnswer(kb, lengthened(THERAPY)).entryId).toBe('service-disability');
  });

  it('finds the same question without accents', () => {
    expect(readMessage(lengthened(THERAPY_PLAIN), kb.lexicon).question).toBe(
      'Trung tam co ai huong dan tap phuc hoi chuc nang tai nha cho chau khong?',
    );
  });

  it('answers whether a pensioner qualifies, not the elderly allowance the story leads to', () => {
    const result = findAnswer(kb, lengthened(PENSION));
    expect(result.outcome).toBe('answer');
    expect(result.entryId).toBe('eligibility-social-allowance');
  });

  it('answers the first of two questions', () => {
    const text =
      'Con trai tôi 4 tuổi, đến giờ vẫn chưa nói được câu nào, gọi tên ít khi quay lại, chỉ thích xếp đồ chơi thành hàng. Bác sĩ ở huyện nói cháu có dấu hiệu tự kỷ. Trung tâm có lớp can thiệp cho trẻ tự kỷ không? Nếu có thì học phí một tháng bao nhiêu?';
    const result = findAnswer(kb, lengthened(text));
    expect(result.outcome).toBe('answer');
    expect(result.entryId).toBe('service-autism');
  });
});

describe('a story longer than 600 characters', () => {
  it('reads the question with the opening sentence, which says who it is about, within 400 characters', () => {
    expect(GRANDMOTHER.length).toBeGreaterThan(600);
    const reading = readMessage(GRANDMOTHER, kb.lexicon);
    // A short question comes with the sentence before it.
    expect(reading.question.endsWith('Vậy bà em có được nhận tiền trợ cấp hằng tháng không ạ?')).toBe(true);
    expect(reading.focus.startsWith('Bà nội em năm nay 83 tuổi')).toBe(true);
    expect(reading.focus.endsWith(reading.question)).toBe(true);
    expect(reading.focus.length).toBeLessThanOrEqual(400);
  });

  it('takes the question for the allowance of the 83-year-old it opens with', () => {
    expect(findAnswer(kb, GRANDMOTHER).entryId).toBe('elderly-allowance');
  });
});

describe('two questions in one sentence', () => {
  it.each([
    [
      'with accents',
      'Em trai tôi 19 tuổi, bị khuyết tật vận động nhẹ ở chân, học hết lớp 9 thì nghỉ ở nhà phụ bố mẹ. Giờ em ấy muốn đi làm để tự lo cho mình nhưng chưa có nghề gì trong tay. Trung tâm có lớp dạy nghề cho người khuyết tật không, và học xong có được giới thiệu việc làm không ạ?',
      'Trung tâm có lớp dạy nghề cho người khuyết tật không',
    ],
    [
      'without accents',
      'Em trai toi 19 tuoi, bi khuyet tat van dong nhe o chan, hoc het lop 9 thi nghi o nha phu bo me. Gio em ay muon di lam de tu lo cho minh nhung chua co nghe gi trong tay. Trung tam co lop day nghe cho nguoi khuyet tat khong, va hoc xong co duoc gioi thieu viec lam khong a?',
      'Trung tam co lop day nghe cho nguoi khuyet tat khong',
    ],
  ])('counts the first part twice (%s)', (_, text, first) => {
    expect(readMessage(lengthened(text), kb.lexicon).question).toBe(first);
  });

  it('keeps the whole sentence when its first part asks nothing ("Em muốn hỏi, còn …")', () => {
    const text =
      'Nhà em ở xã bên, bố mẹ đều đã ngoài 70, sống với vợ chồng em và hai cháu nhỏ. Bố em bị tai biến hai năm nay, đi lại phải chống gậy, mẹ thì đau lưng. Em muốn hỏi, còn bố em thì có được làm giấy xác nhận khuyết tật không ạ?';
    expect(readMessage(lengthened(text), kb.lexicon).question).toBe(
      'Em muốn hỏi, còn bố em thì có được làm giấy xác nhận khuyết tật không ạ?',
    );
  });
});
