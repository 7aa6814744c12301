/**
 * Session 45, issue 10 (speed): a 4,000-character story whose words the lexicon rewrites ("bố" read as "cha", "bme"
 * as "bố mẹ") is matched a second time only around the rewritten words, and the place-name pattern is tried only when
 * a quick test finds a unit before a capital. The verdict must be the one the same ending gets on its own: a danger
 * told right after a rewritten word at the end of a long story is still danger now, and an everyday ending stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

/** A harmless life story with "bố", "bố mẹ" and "bà" in every sentence, cut so that the whole is 4,000 characters. */
const story = 'Nhà em ở quê, bố mẹ đi làm ăn xa, em ở với bà nội, học lớp 11, cuối tuần hay phụ bà bán rau ngoài chợ. ';
const longStory = (ending: string): string => `${story.repeat(40).slice(0, 4000 - ending.length - 1)} ${ending}`;

const verdict = (text: string): string | null => {
  const result = detect(text);
  return result ? `${result.situation}/${result.outcome}` : null;
};

describe('safeguarding: session 45, a long story the lexicon rewrites is read as its ending alone (issue 10)', () => {
  it.each([
    ['tối nay bố em say rượu về đang cầm dao đòi giết mẹ', 'violence'],
    ['giờ ba em đang đánh mẹ chảy máu đầu, cứu em với', 'violence'],
    ['bme em cãi nhau to, bố em đang cầm dao dọa giết mẹ', 'violence'],
    ['ba má em đi vắng, nhà em đang cháy to lắm', 'fire'],
    ['bố em vừa uống hết cả lọ thuốc ngủ, gọi không tỉnh', 'suicide'],
  ])('"%s" after a 4,000-character story is danger now (%s)', (ending, situation) => {
    const text = longStory(ending);
    expect(text.length).toBe(4000);
    expect(verdict(text)).toBe(`${situation}/danger-now`);
    expect(verdict(text)).toBe(verdict(ending));
  });

  it.each([
    'bố mẹ em hỏi thủ tục làm căn cước cho em ở đâu',
    'bố em muốn hỏi trợ cấp cho bà nội 82 tuổi',
    'ba mẹ em đi làm về muộn, em tự nấu cơm ăn',
    'bme em bảo tết này cả nhà về quê ngoại',
    'bố em dạy em đánh cầu lông ở sân nhà văn hóa',
  ])('"%s" after a 4,000-character story raises nothing', (ending) => {
    expect(verdict(longStory(ending))).toBeNull();
    expect(verdict(ending)).toBeNull();
  });
});
