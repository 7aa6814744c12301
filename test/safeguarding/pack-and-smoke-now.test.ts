/**
 * Session 44 (issue 10: danger now → the emergency numbers first): a whole pack or bottle of medicine just swallowed
 * with a sign showing (whole_pack, dose_sign), someone still inside a fire with the number asked (still_trapped,
 * call_asked), and smoke filling the corridor while the writer is inside (smoke_filling, inside_now). Ordinary
 * questions about the same medicines and fires stay calm.
 */
import { describe, expect, it } from 'vitest';
import { itIsDangerNowAs } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('safeguarding: session 44, a whole pack swallowed with a sign showing', () => {
  itIsDangerNowAs(
    detect,
    [
      'ban cung phong e vua uong nguyen ve thuoc dau da day voi ca chai thuoc ho, gio noi chong mat, non ra, e dang o nha tro',
      'chi e vua uong ca chai thuoc ha sot, gio noi buon non, chi o ktx',
      'e vua uong ca chai thuoc giam dau, gio noi chong mat, non ra, e o ktx',
      'ban e vua uong nguyen ve thuoc tranh thai, gio noi hoa mat, non ra',
      'ban gai vua uong nguyen ve thuoc tranh thai khan cap luon 1 lan, gio noi choang vang, non mua',
      'ban e vua uong nguyen ve thuoc tranh thai va ca chai thuoc ha sot, gio noi hoa mat, non ra, e o ktx',
    ],
    'medical',
  );

  it.each([
    'thuốc bổ uống nguyên vỉ một lần có được không',
    'mẹ em uống nguyên vỉ canxi mỗi tháng, hay bị chóng mặt, có nên đi khám',
    'mua nguyên vỉ thuốc tránh thai ở đâu rẻ',
    'uống thuốc xong hay bị chóng mặt, buồn nôn là sao',
    'hỏi về thuốc hạ sốt cho bé, bé hay nôn ra',
    'uống nguyên vỉ thuốc bổ mỗi ngày có sao không',
  ])('"%s" raises nothing', (text) => {
    expect(detect(text)).toBeNull();
  });

  it('an effect asked about is no danger now', () => {
    expect(detect('uống cả vỉ thuốc tránh thai khẩn cấp thì có bị buồn nôn không')?.outcome).not.toBe('danger-now');
  });
});

describe('safeguarding: session 44, someone still inside a fire, or smoke filling the corridor', () => {
  itIsDangerNowAs(
    detect,
    [
      'kho xuong cháy lớn quá, còn 2 công nhân chưa được đưa ra, gọi số mấy',
      'nha ba noi chay roi, ong noi nam mot cho chua ai cong ra, goi so nao',
      'xưởng may cháy to, còn mấy chị công nhân chưa được đưa ra, gọi số nào',
      'nha ben canh chay to lam, co ba cu nam liet tren gac chua ai dua xuong, goi so nao nhanh',
      'tòa nhà có cháy, khói mù mịt ngoài hành lang, cả nhà đang ở trong căn hộ, nên làm gì',
      'hanh lang day khoi, toi van o trong phong, nen chay xuong hay leo len san thuong',
      'Chung cư mình báo cháy thật, hành lang đầy khói, em với con đang trong phòng, nên chạy ra hay ở lại ạ?',
    ],
    'fire',
  );

  it.each([
    'hôm qua chung cư báo cháy, hành lang đầy khói, may cả nhà đang trong phòng không sao, giờ xin hỗ trợ ở đâu',
    'tháng trước nhà hàng xóm cháy, bà cụ chưa ai đưa xuống nhưng may được cứu, giờ xin hỗ trợ ở đâu',
    'chung cư nhà mình có diễn tập báo cháy, cả nhà đang trong phòng thì có phải xuống không',
    'gọi số nào để báo cháy',
  ])('"%s" raises nothing', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    'nếu nhà cháy mà người già nằm liệt chưa ai đưa xuống thì gọi số nào',
    'trong phim nhân vật bị kẹt, hành lang đầy khói, họ đang trong phòng',
    'cách thoát hiểm khi hành lang đầy khói',
  ])('"%s" is no danger now', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
