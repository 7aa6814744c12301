/**
 * Session 44 (issue 10: danger now → the emergency numbers first): a whole pack or bottle of medicine just swallowed
 * with a sign showing (whole_pack, dose_sign). Ordinary questions about the same medicines stay calm.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

function itIsDangerNowAs(texts: string[], situation: string): void {
  it.each(texts)(`"%s" is danger now (${situation})`, (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.situation).toBe(situation);
  });
}

describe('safeguarding: session 44, a whole pack swallowed with a sign showing', () => {
  itIsDangerNowAs(
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
