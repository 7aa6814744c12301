/**
 * Session 44 (issue 10): ordinary messages that got the emergency screen. Each change has harmless messages that
 * must not raise it and dangerous ones, worded alike, that must keep it.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis as raisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);
const itRaisesNoCrisis = (texts: string[]) => raisesNoCrisis(reply, texts);
const itIsDangerNow = (texts: string[], situation: string) => itRepliesDangerNow(reply, texts, situation);

describe('everyday words typed without accents are not restored to a danger word (unaccented_words)', () => {
  itRaisesNoCrisis([
    'con em lớp 8 học yếu, chỗ nào có lớp phu dao buổi tối giá rẻ ko ad',
    'cho hoi trung tam co day phu dao mien phi cho tre ngheo khong',
    'chau 4 tuoi noi ngong nhieu, co nen di kham khong a',
    'cuoi tuan em muon dua be di choi o dau gan day',
    'viec o cong ty don dap qua, em met, co lop thien nao khong',
  ]);
  itIsDangerNow(['bo cam dao doa giet me, em so qua', 'chu em cam dao chem ba, dang o ngoai san'], 'violence');
  itIsDangerNow(['nguoi la bo be di mat roi, be 2 tuoi'], 'child-abuse');
  itIsDangerNow(['thang do cam dao dam chi em, mau chay nhieu'], 'medical');
  it('"chong dap em lien tuc, em dang trốn trong nhà tắm" stays danger now', () => {
    expect(findAnswer(kb, 'chong dap em lien tuc, em dang trốn trong nhà tắm').crisis).toBe(true);
  });
});

describe('a development check asked for a child is no stroke (condition)', () => {
  itRaisesNoCrisis([
    'bé 4 tuổi nói ngọng, cô giáo khuyên đi đánh giá phát triển, nên đưa con đi khám ở đâu',
    'con trai 3 tuổi rưỡi chưa nói rõ, hay cấu các bạn ở lớp, cần khám phát triển ở đâu',
    'be nha e 3t noi ngong, hay cau ban, co giao bao nen di danh gia phat trien, e nen dua be di dau',
    'bé nhà mình 3 tuổi nói ngọng, nhà trường đề nghị đánh giá phát triển, đi đâu làm được',
    'cháu 5 tuổi nói ngọng, hay cấu người khác, bác sĩ nói nên đánh giá sự phát triển',
  ]);
  itIsDangerNow(
    [
      'bé nhà em đang chơi tự nhiên nói ngọng, méo miệng, tay yếu, em phải làm sao',
      'bé 3 tuổi nói ngọng, co giật, không tỉnh, cô giáo bảo đi đánh giá phát triển',
      'bé 4 tuổi đánh giá phát triển xong về nhà tự nhiên ngất xỉu, gọi không tỉnh',
    ],
    'medical',
  );
  it('"bé hay cấu tay mình đến chảy máu, đánh giá phát triển ở đâu" stays self-harm', () => {
    expect(findAnswer(kb, 'bé hay cấu tay mình đến chảy máu, đánh giá phát triển ở đâu').safeguarding?.situation).toBe(
      'suicide',
    );
  });
});

describe('a household how-to asks the classifier for the bar of a general question (household_howto)', () => {
  itRaisesNoCrisis([
    'cách trồng rau muống trong thùng xốp trên sân thượng',
    'mình muốn trồng rau sạch trên sân thượng thì dùng đất gì',
    'chỉ em cách luộc gà cúng rằm cho vàng da đẹp',
    'hướng dẫn cách nấu canh chua cá lóc cho ngon',
    'huong dan giup em chat ga luoc cung sao cho dep voi, nham group, xin loi moi nguoi',
  ]);
  itIsDangerNow(
    [
      'em đang đứng trên sân thượng, cách trồng cây gì cũng chẳng còn ý nghĩa, vĩnh biệt',
      'nấu xong nồi canh em sẽ uống hết lọ thuốc ngủ',
      'cách trồng rau gì giờ cũng vô ích, em đã viết thư tuyệt mệnh rồi',
    ],
    'suicide',
  );
  itIsDangerNow(['vừa chặt gà thì ba em say rượu cầm dao rượt mẹ em'], 'violence');
  itIsDangerNow(['mẹ em đang luộc gà thì ngã quỵ bất tỉnh'], 'medical');
});

describe('"muốn chết đi được" over an exam or a chore is the idiom of intensity (die_hyperbole)', () => {
  itRaisesNoCrisis([
    'làm bài kiểm tra văn dở quá mình muốn chết đi được luôn, mai có lớp ôn không ạ',
    'làm bài kiểm tra lý muốn chết đi được, có lớp phụ đạo không',
    'đề toán hôm nay khó quá tụi em muốn chết đi được',
    'bài thi hôm nay tui muốn chết đi dc vì quên ghi tên 😂',
    'sếp giao việc tùm lum tao muốn chết đi được, mà công ty có chế độ nghỉ phép không',
    'bài kiểm tra lý được 2 điểm, con muốn chết đi được vì xấu hổ, chỗ nào dạy kèm',
    'Thi xong môn Toán mà em muốn chết đi được vì làm sai câu dễ 🤦 Cho em hỏi học bổng cho học sinh nghèo vượt khó nộp hồ sơ tới khi nào?',
  ]);
  itIsDangerNow(
    [
      'thi trượt môn toán em muốn chết đi được, tối nay em sẽ nhảy sông',
      'bài kiểm tra này làm em muốn chết đi được, em đã chuẩn bị sẵn dây rồi',
      'bài thi hỏng rồi em muốn chết đi được, em tuyệt vọng lắm, không ai hiểu em',
      'làm bài thi xong em muốn chết đi được, em cắt tay rồi',
      'thi trượt đại học em muốn chết đi được, mọi người tạm biệt',
      'em muốn chết, không muốn thi nữa',
    ],
    'suicide',
  );
});

describe('a stroke guessed for oneself over a chore is hyperbole (stroke_guessed_self)', () => {
  itRaisesNoCrisis([
    'sếp giao việc dọn dẹp kho, chắc tui đột quỵ tới nơi',
    'sếp giao thêm việc, chắc em đột quỵ tới nơi, công ty có khám sức khỏe định kỳ không',
    'bài kiểm tra khó quá, chắc mình đột quỵ tới nơi rồi',
    'đề thi văn dài quá chắc tao tai biến tới nơi',
    'sếp giao việc dồn dập chắc tôi đột quỵ tới nơi, nghỉ phép năm được mấy ngày',
    'bài kiểm tra khó quá chắc em tai biến mất, trung tâm có tư vấn học tập không',
    'sep giao viec don dap, chac tui dot quy toi noi 🤣 trung tam co lop yoga giam stress mien phi khong?',
  ]);
  itIsDangerNow(
    [
      'sếp giao việc quá trời chắc tui đột quỵ thật rồi, méo miệng, tay trái yếu',
      'làm bài thi xong chắc em đột quỵ, giờ không nói được, xỉu luôn',
      'sếp giao việc chắc tui đột quỵ, mẹ tui ngất xỉu không tỉnh',
      'bài kiểm tra xong chắc em đột quỵ, em ngã xuống sàn, không đứng dậy được',
      'sếp giao việc nhiều chắc tôi đột quỵ, cứu tôi với, nửa người tê liệt',
      'mẹ em đang đột quỵ, méo miệng',
    ],
    'medical',
  );
});
