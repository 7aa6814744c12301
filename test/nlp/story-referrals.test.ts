import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const match = (question: string) => kb.agencies?.matcher.match(readQuestion(kb, question).syllables) ?? null;

// Session 28 (issue 11): stories about a person whose words brush another agency's, and near misses that name the
// agency's own business.
describe('the center’s social pension is not a pension question for BHXH', () => {
  it.each([
    'làm hồ sơ hưu trí xã hội cho mẹ thì nộp ở xã hay ở huyện',
    'lam ho so huu tri xa hoi cho bo toi o dau',
    'bố tôi có được tiền hưu trí xã hội không',
  ])('finds no BHXH cue inside "hưu trí xã hội": %s', (question) => {
    expect(match(question)?.id).not.toBe('bhxh');
  });

  it('still hears a pension named beside it', () => {
    expect(match('mẹ em đang có lương hưu thì có được thêm tiền hưu trí xã hội không')?.cues).toContain('luong huu');
    expect(match('tiền hưu của bố tháng này chưa về')?.id).toBe('bhxh');
  });

  it('keeps a story of a lump sum drawn long ago with the center', () => {
    const told = match('hồi trước ông rút bảo hiểm một lần hết rồi, giờ 78 tuổi có được trợ cấp không');
    expect(told?.context).toBe(true);
    expect(match('rút bảo hiểm một lần ở đâu, hết bao lâu')?.context).toBe(false);
    expect(
      findAnswer(
        kb,
        'Cha tôi 78 tuổi, mấy năm trước lãnh bảo hiểm một lần xong rồi, giờ không có lương hưu. Ông có được hưởng hưu trí xã hội không?',
      ).outcome,
    ).not.toBe('referral');
  });
});

describe('"được không" ends a question; it negates nothing after it', () => {
  it('hears the cue of the next question', () => {
    expect(match('nhà bị chiếm có đòi lại được không, hỏi luật sư ở đâu miễn phí')?.id).toBe('phap-ly');
    expect(
      findAnswer(
        kb,
        'Bà tôi 80 tuổi bị người ta lừa ký giấy bán đất, có đòi lại được không, nhờ luật sư ở đâu không mất tiền?',
      ).referral,
    ).toBe('phap-ly');
  });

  it('still reads a plain negation as what the person lacks', () => {
    expect(match('nhà em không có luật sư quen')).toBeNull();
    expect(match('mẹ em không có lương hưu')).toBeNull();
  });
});

describe('agency cues for near misses told in stories', () => {
  it.each([
    [
      'Bé nhà em 3 tuổi chưa có tên bố trong giấy khai sinh, giờ bố bé muốn làm thủ tục nhận cha con thì đến đâu',
      'tu-phap',
    ],
    ['Em sắp cưới, cần xin giấy xác nhận tình trạng độc thân ở quê, làm ở đâu ạ', 'tu-phap'],
    ['Sổ đỏ nhà tôi bị ướt mục hết, muốn làm lại sổ đỏ thì nộp hồ sơ ở đâu', 'dat-dai'],
    ['My mother’s pension payments stopped last month, who handles that?', 'bhxh'],
    ['We want to register the land we bought in Vietnam, where do we go?', 'dat-dai'],
    ['Con tôi bị đình chỉ học một tuần, phụ huynh muốn khiếu nại thì gặp ai', 'giao-duc'],
    ['Chồng cũ mấy tháng nay chây ì tiền cấp dưỡng cho con, tôi phải làm gì', 'phap-ly'],
    ['Bà tôi lỡ ký hợp đồng tặng cho nhà cho người cháu, giờ muốn lấy lại có được không', 'phap-ly'],
  ])('refers "%s" to %s', (question, agency) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'referral', referral: agency });
  });
});
