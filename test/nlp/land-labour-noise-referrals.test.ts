import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('out-of-scope questions residents word plainly go to the agency (session 44)', () => {
  it('sends encroachment, building permits and transfers of a plot to the land office', () => {
    expect(referredTo('nhà bên xây tường rào lấn sang đất nhà em nửa mét, em báo ai')).toBe('dat-dai');
    expect(referredTo('muốn xin giấy phép xây nhà cấp 4 thì nộp hồ sơ chỗ nào')).toBe('dat-dai');
    expect(referredTo('ba tôi muốn sang tên miếng đất cho em út, làm ở đâu')).toBe('dat-dai');
    expect(referredTo('mẹ muốn làm thủ tục tặng cho lô đất ở quê cho con trai, hỏi ở đâu')).toBe('dat-dai');
  });

  it('sends labour contracts, dismissal without notice and unpaid wages to the labour authority', () => {
    expect(referredTo('công ty không chịu ký hợp đồng lao động với em, em hỏi ai')).toBe('lao-dong');
    expect(referredTo('em bị đuổi việc không báo trước, đòi bồi thường ở đâu')).toBe('lao-dong');
    expect(referredTo('xưởng sa thải vô cớ cả chục công nhân, phản ánh ở đâu')).toBe('lao-dong');
    expect(referredTo('The factory still owes me three months of wages, who can help?')).toBe('lao-dong');
  });

  it('sends a noisy neighbour to the police, school fees to the school, a dentist to health', () => {
    expect(referredTo('hàng xóm hát karaoke suốt tới 1 giờ sáng, gọi ai tới nhắc')).toBe('cong-an');
    expect(referredTo('học phí trường THCS năm nay tăng gấp đôi, hỏi ai')).toBe('giao-duc');
    expect(referredTo('nhà kế bên mở loa karaoke inh ỏi, báo công an xã được không')).toBe('cong-an');
    expect(referredTo('I need a dentist for my mother, where should we go?')).toBe('y-te');
  });

  it('still keeps the center’s own questions', () => {
    expect(referredTo('hộ nghèo có được hỗ trợ gì')).toBeUndefined();
    expect(referredTo('người cao tuổi 80 tuổi có được trợ cấp không')).toBeUndefined();
    expect(referredTo('trợ cấp người khuyết tật nộp ở đâu')).toBeUndefined();
    expect(referredTo('học nghề miễn phí cho người khuyết tật')).toBeUndefined();
    expect(referredTo('anh em bị sa thải, giờ muốn học nghề miễn phí thì đăng ký ở đâu')).toBeUndefined();
    expect(referredTo('sếp dọa đuổi việc em nếu làm trễ, em buồn quá')).toBeUndefined();
    expect(referredTo('cháu tôi từng làm ở quán karaoke, giờ muốn bỏ nghề làm lại cuộc đời')).toBeUndefined();
  });
});
