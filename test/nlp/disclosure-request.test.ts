import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

/** What a message gets: its outcome and the entry that follows the reply. */
const read = (text: string): { outcome: string; entryId: string | null } => {
  const r = findAnswer(kb, text);
  return { outcome: r.outcome, entryId: r.entryId };
};

describe('a disclosure told in a story whose request names other help', () => {
  it('keeps the disclosure and follows it with the entry the request asks for', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      [
        'Con trai tôi 15 tuổi, năm ngoái bị bạn rủ đi trộm đồ ở chợ, công an phường đã xử lý hành chính. Từ đó cháu hay buồn, mấy lần nói muốn bỏ nhà đi cho khỏi bị mắng. Tôi làm ruộng, bố cháu đi làm xa. Trung tâm có chương trình hỗ trợ trẻ vị thành niên vi phạm pháp luật để cháu đi học lại không ạ?',
        'service-young-offenders',
      ],
      [
        'Chồng tôi hay nhậu say rồi chửi bới, đập phá đồ đạc trong nhà, tôi rất sợ nhưng chưa muốn báo ai ở xã vì ngại hàng xóm biết. Tôi muốn có người tư vấn kín đáo qua điện thoại. Tổng đài của trung tâm là số mấy, gọi có mất tiền không?',
        'hotline',
      ],
      [
        'Con gái tôi học lớp 9 ở Cẩm Phả, mấy tháng nay bị các bạn trong lớp tẩy chay, nói xấu trên mạng, cháu về nhà chỉ khóc rồi đóng cửa phòng. Tôi nói chuyện thì cháu không chịu mở lời. Trung tâm có chuyên viên tư vấn tâm lý cho học sinh không, phải đăng ký thế nào ạ?',
        'service-mental-health',
      ],
      [
        'Ông chú tôi 80 tuổi bị lẫn, tháng trước đi lạc một buổi nhưng công an xã đã đưa về nhà an toàn. Chú không vợ con, sống một mình, anh em chúng tôi ở xa. Cơ sở bảo trợ xã hội có nhận nuôi dưỡng người già không nơi nương tựa như chú không, thủ tục thế nào ạ?',
        'service-residential-care',
      ],
      [
        'Em gái tôi 16 tuổi, hồi đầu năm bị một người quen dụ lên thành phố làm việc rồi bị giữ giấy tờ, may mà gia đình đã đón được về nhà an toàn. Giờ em ấy muốn đi học nghề để có việc làm đàng hoàng. Trung tâm có giới thiệu học nghề miễn phí cho thanh thiếu niên không ạ?',
        'service-vocational',
      ],
      [
        'Anh rể tôi nghiện rượu, say vào là chửi mắng vợ con, có lần đập vỡ cả ti vi, chị tôi sợ lắm nhưng chưa dám bỏ đi. Tôi nghe nói có nhóm tư vấn cho người cai nghiện rượu và gia đình. Chương trình hỗ trợ cai nghiện ở trung tâm đăng ký ở đâu ạ?',
        'service-social-evils',
      ],
    ];
    for (const [story, entry] of cases) expect(read(story), story).toEqual({ outcome: 'disclosure', entryId: entry });
  });

  it('offers the situation’s own service beside the entry asked for', () => {
    const r = findAnswer(
      kb,
      'Ông chú tôi 80 tuổi bị lẫn, tháng trước đi lạc một buổi nhưng công an xã đã đưa về nhà an toàn. Chú không vợ con, sống một mình, anh em chúng tôi ở xa. Cơ sở bảo trợ xã hội có nhận nuôi dưỡng người già không nơi nương tựa như chú không, thủ tục thế nào ạ?',
    );
    expect(r.alternatives.map((c) => c.id)).toContain('service-elderly');
  });

  it('keeps the situation’s service when the request itself tells the harm', () => {
    expect(
      read(
        'Chị gái tôi 38 tuổi ở Uông Bí, mấy năm nay bị chồng đánh, có lần phải đi khâu đầu, giờ chị đã về nhà mẹ ở tạm. Chị bị chồng đánh như vậy thì trung tâm có giúp gì cho chị không ạ?',
      ),
    ).toEqual({ outcome: 'disclosure', entryId: 'service-violence' });
  });

  it('keeps the situation’s service in a short message, which has no background', () => {
    expect(read('Chồng tôi say rượu hay đánh tôi. Trung tâm có tổng đài tư vấn không?')).toEqual({
      outcome: 'disclosure',
      entryId: 'service-violence',
    });
  });

  it('never turns danger now into anything but the emergency reply', () => {
    expect(
      read(
        'Bà cô của tôi 84 tuổi, sống một mình ở xóm chài, dạo này bị lẫn, tuần trước đi lạc cả buổi chiều, hàng xóm tìm thấy đưa về. Con cháu đều ở xa, không ai ở cùng được. Cơ sở bảo trợ xã hội có nhận nuôi dưỡng người già không nơi nương tựa như bà không, thủ tục thế nào ạ?',
      ),
    ).toEqual({
      outcome: 'crisis',
      entryId: 'emergency',
    });
  });
});
