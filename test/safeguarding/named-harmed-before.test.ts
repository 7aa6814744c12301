// A named person's harm told as done at a dated time, then a question for a service (session 43, issue 10): a
// disclosure, never a fallback; nobody named, a supposition or a study keep the informational reading.
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('a named person harmed before, then a service asked (session 43)', () => {
  it.each([
    'Bạn cùng phòng kí túc xá của tôi bị chuốc say rồi bị xâm hại ở một buổi tiệc tuần trước. Bạn ấy đang ở nhà bố mẹ. Có tổ chức nào hỗ trợ pháp lý miễn phí không',
    'Bạn thân của em bị đàn anh chuốc rượu rồi xâm hại tối qua, giờ bạn ấy đang ở quê, có tổ chức nào giúp bạn ấy không',
    'Đồng nghiệp của tôi bị chồng đánh tuần trước, chị ấy đang ở nhà tôi, có tổ chức nào hỗ trợ pháp lý không',
    'Em gái tôi bị bạn trai đánh hôm qua, giờ em ấy đang ở nhà tôi, có tổ chức nào hỗ trợ không',
    'Bạn cùng lớp của con tôi bị thầy sàm sỡ tuần trước, bạn ấy đang ở nhà, có tổ chức nào tư vấn miễn phí không',
  ])('%s → disclosure', (text) => {
    expect(detect(text)?.outcome).toBe('disclosure');
  });

  it.each([
    'có tổ chức nào hỗ trợ nạn nhân bị xâm hại không',
    'bài thuyết trình về xâm hại tình dục ở trường đại học',
    'có tổ chức nào hỗ trợ pháp lý miễn phí cho phụ nữ bị bạo lực gia đình không',
    'tuần trước tôi làm bài thuyết trình về xâm hại tình dục, có tài liệu nào không',
    'nếu bạn cùng phòng bị xâm hại thì có tổ chức nào hỗ trợ không',
  ])('%s → not a disclosure', (text) => {
    const outcome = detect(text)?.outcome;
    expect(outcome === 'disclosure' || outcome === 'danger-now').toBe(false);
  });
});
