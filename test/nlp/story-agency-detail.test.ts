/**
 * Long stories that tell another agency's business as one of their details (issue 11, session 45): a hospital's
 * discharge paper, an ID card already made, a stay in hospital, the commune health station where the writer works. The
 * question the story leads up to is the center's, so the story is answered or offered the center's topic instead of
 * being sent to the agency; a story that asks the agency's own business is still referred.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('an agency’s procedure told in a story, before a question about the center’s topic', () => {
  it.each([
    [
      'Mẹ tôi 70 tuổi, tháng trước bị đột quỵ, nằm điều trị ở bệnh viện huyện hai tuần, bệnh viện đã cho giấy ra viện và đơn thuốc mang về. Giờ mẹ liệt nửa người, không tự đi lại được nữa. Cho tôi hỏi làm giấy xác nhận mức độ khuyết tật cho mẹ thì nộp hồ sơ ở đâu ạ?',
      'disability-registration',
    ],
    [
      'Con gái tôi 9 tuổi bị ngã cầu thang, chấn thương cột sống, điều trị ba tháng mới được xuất viện, có giấy ra viện ghi rõ bệnh. Bây giờ cháu phải ngồi xe lăn. Tôi muốn hỏi thủ tục xác định mức độ khuyết tật cho cháu cần những giấy tờ gì và làm ở đâu?',
      'disability-registration',
    ],
    [
      'Mẹ tôi 62 tuổi, năm ngoái bị tai biến, bệnh viện tỉnh đã làm thủ tục chuyển viện ra Hà Nội điều trị hơn một tháng. Về nhà thì mẹ liệt nửa người, nói không rõ, ăn uống phải có người đút. Tôi muốn hỏi làm giấy xác nhận khuyết tật cho mẹ thì hội đồng xã có đến nhà đánh giá không ạ?',
      'disability-registration',
    ],
  ])('answers the disability certificate asked, not the hospital: %s', (story, entry) => {
    const result = findAnswer(kb, story);
    expect(result.referral).toBeUndefined();
    expect(result).toMatchObject({ outcome: 'answer', entryId: entry });
  });

  it('offers the older person’s allowance to a story that tells of an ID card already made', () => {
    const result = findAnswer(
      kb,
      'Bố tôi 83 tuổi, tuần trước đã được con cháu đưa lên công an xã làm căn cước gắn chip cho xong giấy tờ. Bố không có lương hưu, mẹ tôi mất rồi, bố ở một mình trong căn nhà cũ cạnh nhà tôi. Tôi muốn hỏi bố tôi có được nhận trợ cấp hằng tháng của nhà nước dành cho người cao tuổi không ạ?',
    );
    expect(result.referral).toBeUndefined();
    expect(result).toMatchObject({ outcome: 'did-you-mean', entryId: 'elderly-allowance' });
  });

  it('still refers a story that asks for the agency’s procedure itself', () => {
    const asked =
      'Bố tôi 83 tuổi, không có lương hưu, mẹ tôi mất rồi, bố ở một mình trong căn nhà cũ cạnh nhà tôi. Bố đi lại ' +
      'chậm, mắt kém, cái căn cước cũ thì mất từ đợt lũ năm ngoái. Cho tôi hỏi làm căn cước cho bố ở đâu, có phải ' +
      'đưa bố lên tận công an huyện không ạ?';
    expect(findAnswer(kb, asked)).toMatchObject({ outcome: 'referral', referral: 'cong-an' });
  });
});

describe('a story past 600 characters whose center topic reached the answer bar, with an agency’s cue as a detail', () => {
  // Two orphans' uncle asks for their allowance; the blend caps the two allowance entries just under the bar, and
  // the commune health station or a week in hospital is one detail of the story.
  it.each([
    'Chào trung tâm, tôi là bác ruột của hai đứa cháu ở Đầm Hà. Em trai tôi và vợ nó mất cùng lúc trong vụ lật thuyền năm ngoái, để lại thằng lớn 12 tuổi và con bé 6 tuổi. Từ đó hai đứa về ở với vợ chồng tôi. Vợ chồng tôi đã ngoài 60, làm ruộng, sức khỏe cũng yếu, tôi bị huyết áp cao, vợ tôi đau lưng. Thằng lớn học khá nhưng dạo này hay buồn, ít nói, con bé thì đêm nào cũng khóc đòi mẹ. Chúng tôi thương cháu lắm nhưng lo không nuôi nổi đến lúc chúng lớn. Tuần trước cán bộ trạm y tế xã có đến khám cho hai cháu và nói các cháu suy dinh dưỡng nhẹ. Cho tôi hỏi hai cháu có được hưởng trợ cấp hằng tháng không, mức bao nhiêu, và có ai hỗ trợ tâm lý cho các cháu không ạ?',
    'Chào trung tâm, tôi là y sĩ ở trạm y tế xã, cũng là bác ruột của hai đứa cháu ở Đầm Hà. Em trai tôi và vợ nó mất cùng lúc trong vụ lật thuyền năm ngoái, để lại thằng lớn 12 tuổi và con bé 6 tuổi. Từ đó hai đứa về ở với vợ chồng tôi. Vợ chồng tôi đã ngoài 60, làm ruộng, sức khỏe cũng yếu, tôi bị huyết áp cao, vợ tôi đau lưng. Thằng lớn học khá nhưng dạo này hay buồn, ít nói, con bé thì đêm nào cũng khóc đòi mẹ. Chúng tôi thương cháu lắm nhưng lo không nuôi nổi đến lúc chúng lớn. Cho tôi hỏi hai cháu có được hưởng trợ cấp hằng tháng không, mức bao nhiêu, và có ai hỗ trợ tâm lý cho các cháu không ạ?',
    'Chào trung tâm, tôi là bác ruột của hai đứa cháu ở Đầm Hà. Em trai tôi và vợ nó mất cùng lúc trong vụ lật thuyền năm ngoái, để lại thằng lớn 12 tuổi và con bé 6 tuổi. Từ đó hai đứa về ở với vợ chồng tôi. Vợ chồng tôi đã ngoài 60, làm ruộng, sức khỏe cũng yếu, tôi bị huyết áp cao, vợ tôi đau lưng. Thằng lớn học khá nhưng dạo này hay buồn, ít nói, con bé thì đêm nào cũng khóc đòi mẹ. Chúng tôi thương cháu lắm nhưng lo không nuôi nổi đến lúc chúng lớn. Con bé tháng trước còn bị sốt phải nằm viện một tuần. Cho tôi hỏi hai cháu có được hưởng trợ cấp hằng tháng không, mức bao nhiêu, và có ai hỗ trợ tâm lý cho các cháu không ạ?',
  ])('offers the allowance, not the health service: %s', (story) => {
    expect(story.length).toBeGreaterThan(600);
    const result = findAnswer(kb, story);
    expect(result.referral).toBeUndefined();
    expect(result.outcome).toBe('did-you-mean');
    expect(result.storyAgency).toBe('y-te');
    expect(['eligibility-social-allowance', 'allowance-amount']).toContain(result.entryId);
  });
});
