/**
 * Session 44 (issue 10): a harm told calmly after it happened, nobody in danger now, is a disclosure (the warm reply,
 * then the service; 111 first for a child), not the emergency screen and never a fallback or a did-you-mean. The
 * same words with a danger now keep the emergency; everyday messages worded alike raise nothing.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

function itIsADisclosureOf(texts: string[], situation: string): void {
  it.each(texts)(`"%s" is a ${situation} disclosure`, (text) => {
    const r = findAnswer(kb, text);
    expect([r.outcome, r.safeguarding?.outcome, r.safeguarding?.situation]).toEqual([
      'disclosure',
      'disclosure',
      situation,
    ]);
  });
}

function itIsDangerNow(texts: string[]): void {
  it.each(texts)('"%s" is danger now', (text) => {
    const r = findAnswer(kb, text);
    expect([r.outcome, r.safeguarding?.outcome]).toEqual(['crisis', 'danger-now']);
  });
}

function itRaisesNothing(texts: string[]): void {
  it.each(texts)('"%s" raises no safeguarding situation', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.situation ?? null).toBeNull();
  });
}

describe('a child told to be safe with the writer now (safety_assured)', () => {
  itIsADisclosureOf(
    [
      'Con trai tôi 6 tuổi bị người trông trẻ sờ mó hôm thứ Hai, giờ cháu đang ở với tôi an toàn, tôi nên báo ai',
      'em gái tôi 10 tuổi bị ông hàng xóm sờ mó tuần trước, bây giờ bé ở cùng chúng tôi an toàn, cần làm gì',
      'cháu gái tôi 8 tuổi bị ông bác sờ mó tuần trước, giờ cháu đang ở nhà tôi an toàn, tôi phải báo ở đâu',
      'con tôi 9 tuổi bị thầy dạy thêm sờ mó mấy hôm trước, giờ con ở với vợ chồng tôi an toàn, nên làm gì tiếp',
      'my 7 year old was touched by her uncle last week, she is safe with me now, where do I report it',
    ],
    'child-abuse',
  );
  itIsDangerNow([
    'con gái tôi 8 tuổi bị chú hàng xóm sờ mó hôm qua, giờ ông ta vẫn ở với cháu',
    'bé nhà tôi bị ông dượng sờ mó tuần trước, giờ ông ta đang ở nhà với cháu',
    'cháu tôi 7 tuổi bị anh họ xâm hại tuần trước, cháu đang ở với tôi an toàn nhưng hắn đang đứng ngoài cửa cầm dao',
    'con gái tôi 9 tuổi bị dượng sờ mó tuần trước, giờ ở với tôi an toàn nhưng cháu đang chảy máu nhiều',
    'con tôi 6 tuổi vừa bị người lạ sờ mó, giờ ở với tôi an toàn nhưng hắn đang đuổi theo',
  ]);
  itRaisesNothing([
    'con tôi đang ở với tôi an toàn, muốn hỏi thủ tục làm giấy khai sinh',
    'bé nhà mình ở với mình an toàn, muốn tìm lớp học bơi cho bé',
  ]);
});

describe('"đánh mấy lần" typed without marks is a beating, not typing (beat)', () => {
  itIsADisclosureOf(
    [
      'e bi nguoi yeu cu danh may lan, gio chia tay roi nhung no van nhan tin chui boi. e co nen bao cong an ko',
      'e bi chong cu danh may lan, gio ly hon roi, co can giu bang chung ko',
      'chị tôi bị anh rể đánh mấy lần, giờ chị ấy về nhà ngoại rồi, có chỗ nào tư vấn không',
      'toi bi ban trai cu danh may lan, da chia tay 3 thang, gio muon di tu van tam ly',
    ],
    'violence',
  );
  itIsDangerNow([
    'e bi chong danh may lan, gio no dang cam dao dung ngoai cua',
    'em bị bố dượng đánh mấy lần, giờ ông ấy đang đập cửa phòng em',
  ]);
  itRaisesNothing([
    'e tap danh may lan dau, co lop tin hoc nao mien phi ko',
    'em đánh máy mấy lần mà vẫn sai chính tả, có lớp tin học nào không',
    'danh may van ban o dau nhanh',
    'con toi muon hoc danh may, lan sau dang ky o dau',
  ]);
});

describe('a push owned by the writer after a fight (beat: "and I pushed her")', () => {
  itIsADisclosureOf(
    [
      'my wife and I had a bad fight last month and I pushed her. I am ashamed. Are there programs for men in Hanoi?',
      'last year we had a fight and I pushed her, I want anger management classes',
      "we had a fight two weeks ago and I pushed him, I want to change, any men's groups?",
      'my girlfriend and I argued last month and I pushed her, how can I get counselling for my temper',
    ],
    'violence',
  );
  itIsDangerNow([
    'we had a fight and I pushed her, now she is not breathing',
    'we had a fight and I pushed him down the stairs, he is bleeding a lot',
  ]);
  itRaisesNothing([
    'my wife and I had a fight and I pushed her to see a counsellor',
    'we had a fight about money, how to do couples counselling',
    'my husband and I argued and I pushed him to talk to a therapist',
    'we argued and I pushed him to go to the doctor, where is the nearest clinic',
  ]);
});
