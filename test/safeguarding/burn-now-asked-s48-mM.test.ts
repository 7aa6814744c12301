/**
 * Session 48 (issue 10): a burn told now, just now or with a scream ("bị bỏng nồi nước sôi, phồng hết người, đang
 * khóc thét") is danger now with 115 first, whatever allowance or paper is asked beside it. A burn told as long ago,
 * healed or a topic stays an ordinary question or a disclosure.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('a burn told now beside a question (session 48)', () => {
  it.each([
    'thằng nhỏ nhà tui bị bỏng nồi nước sôi, phồng hết người, đang khóc thét, có trợ cấp gì không',
    'con em vừa bị bỏng ấm nước sôi, có được bảo hiểm chi trả không',
    'be nha em vua bi phong noi nuoc soi, phong ca nguoi, co duoc ho tro gi khong',
    'con bé nhà tui bị phỏng nồi nước sôi, phồng hết người, đang khóc quá trời, xin hỗ trợ được hông',
    'bà nội em vừa bị bỏng nồi nước sôi, làm hồ sơ trợ cấp thế nào',
    'cháu em đang khóc thét vì bị bỏng nồi nước sôi, thủ tục bảo hiểm y tế ra sao',
  ])('"%s" is danger now', (text) => {
    expect(detect(text)?.outcome).toBe('danger-now');
  });
  it.each([
    'hồi nhỏ em bị bỏng nồi nước sôi, giờ còn sẹo, có hỗ trợ phẫu thuật không',
    'be nha em bi bong noi nuoc soi hoi nam ngoai, gio con seo, xin tro cap duoc khong',
    'cách sơ cứu khi trẻ bị bỏng nồi nước sôi là gì',
    'năm ngoái con tui bị phỏng nồi nước sôi, giờ lành rồi, có được hỗ trợ tiền chữa sẹo hông',
    'thả mì vào nồi nước sôi rồi đang đợi chín, có trợ cấp gạo không',
    'má tui bị bỏng ấm nước sôi hồi tháng trước, đang điều trị sẹo, bảo hiểm có trả không',
  ])('"%s" is no danger now', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
