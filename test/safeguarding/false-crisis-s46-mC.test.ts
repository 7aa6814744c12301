/**
 * Session 46 (issue 10): ordinary questions that got the emergency screen. Each cause has its own describe block:
 * harmless messages are a disclosure (the warm reply with the service); dangerous ones, worded alike, keep danger now.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itIsDangerNowAs } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const heard = (text: string) => findAnswer(kb, text).safeguarding;

/** One test per text: no emergency screen; a disclosure, when the layer hears one, is in `situation`. */
function itIsNoEmergency(texts: string[], situation: string): void {
  it.each(texts)(`"%s" gets no emergency screen (${situation})`, (text) => {
    const r = findAnswer(kb, text);
    expect([r.outcome, r.safeguarding?.outcome ?? 'none']).not.toContain('crisis');
    expect(r.safeguarding?.outcome ?? 'none').not.toBe('danger-now');
    if (r.safeguarding) expect(r.safeguarding.situation).toBe(situation);
  });
}

describe('a runaway told back home is no missing person now (back_after_gone in missing-person › over)', () => {
  itIsNoEmergency(
    [
      'con trai tui 16 tuổi, cãi cha mẹ, bỏ nhà đi mấy bữa mới về. Có chỗ mô tư vấn cho gia đình tui không?',
      'con trai em 14 tuổi bỏ nhà đi mấy hôm mới về, em muốn tìm chỗ tư vấn tâm lý cho cháu',
      'thằng Tí nhà tui bỏ nhà đi mấy bữa mới về, giờ hỏi gì cũng không nói, tui nên làm gì',
      'con trai tôi bỏ nhà đi mấy hôm sau mới về, tôi muốn gặp chuyên viên tư vấn gia đình',
      'Con bé nhà tôi bỏ nhà đi cả tuần mới về, giờ cứ ở lì trong phòng, tôi nên làm gì',
      'con gái em bỏ nhà đi theo bạn trai, về rồi nhưng không chịu nói chuyện với ai, em phải làm sao',
    ],
    'missing-person',
  );
  itIsDangerNowAs(
    heard,
    [
      'con gái em 15 tuổi hay bỏ nhà đi mấy hôm mới về, lần này đi 3 ngày rồi vẫn chưa về, em phải làm sao',
      'thằng út nhà tôi bỏ nhà đi mấy bữa mới về, giờ lại bỏ đi từ tối qua',
      'con tôi 14 tuổi bỏ nhà đi mấy ngày mới về, hôm nay lại mất tích, điện thoại không liên lạc được',
      'chồng em về rồi nhưng thằng con 12 tuổi bỏ nhà đi chưa về',
      'em trai tôi 13 tuổi bỏ nhà đi, về rồi nhưng tối nay lại bỏ đi đâu không biết, cứu với',
      'con bé bỏ nhà đi, em tưởng về rồi nhưng tìm khắp nơi không thấy đâu, không liên lạc được',
    ],
    'missing-person',
  );
});

describe('a young offender arrested and let home is the law dealing with them, no act done now (neutral)', () => {
  it.each([
    'cháu tôi 16 tuổi vừa bị công an bắt vì tham gia đánh nhau ở quán net, giờ được về nhà, tôi lo quá, có ai giúp không',
    'em trai tôi 17 tuổi vừa bị bắt vì tham gia đánh nhau, giờ đang được tạm tha, gia đình cần làm gì',
    'con tôi vừa bị công an bắt vì tụ tập đánh nhau, có trợ giúp pháp lý cho trẻ vị thành niên không',
    'thằng cháu 15 tuổi vừa bị bắt vì tham gia đánh nhau, giờ đang được bảo lãnh về, có ai tư vấn cho cháu không',
    'con trai tôi 14 tuổi vừa bị công an bắt vì tham gia đánh nhau, tôi rất lo, gia đình nên làm gì',
  ])('"%s" is answered with the young offenders service', (text) => {
    const r = findAnswer(kb, text);
    expect([r.outcome, r.entryId, r.safeguarding?.outcome ?? 'none']).toEqual([
      'answer',
      'service-young-offenders',
      'none',
    ]);
  });
  itIsDangerNowAs(
    heard,
    [
      'thằng bé vừa bị bắt vì ăn trộm, chủ tiệm đang trói và đánh nó ngoài chợ',
      'con em vừa bị công an bắt vì đánh nhau, nó gọi về nói đang bị đánh trong phòng tạm giữ',
      'con trai đang được tạm tha thì băng kia kéo tới nhà, đang đánh nó, có dao',
      'con tôi 14 tuổi vừa bị người lạ bắt lên xe chở đi',
      'con gái tôi 13 tuổi vừa bị bắt vì không trả được tiền, tụi nó đang giữ con bé ở quán, không cho về',
    ],
    'child-abuse',
  );
});
