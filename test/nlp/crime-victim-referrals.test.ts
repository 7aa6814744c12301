import { describe, expect, it } from 'vitest';
import { findAnswer, readQuestion } from '../../src/nlp/engine.ts';
import { ask, realBot, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const match = (question: string) => kb.agencies?.matcher.match(readQuestion(kb, question).syllables) ?? null;

// Session 31 (issue 11): a theft, a burglary, a robbery or a fraud its victim tells as past is reported to the commune
// police; what an offender did, and a child who stole, stay with the center.
describe('a crime told by its victim goes to the commune police', () => {
  it.each([
    'tuần trước có người lẻn vào nhà em lấy trộm xe',
    'tuan truoc co nguoi len vao nha em lay trom xe',
    'hôm qua con gái tôi đi học về bị cướp điện thoại, phải trình báo ở đâu',
    'nhà bà ngoại em bị kẻ trộm cạy cửa vào lấy tiền tuần rồi, giờ làm gì',
    'bữa trước nhà tui bị dô trộm, mất con xe với mấy chỉ vàng, kêu ai giờ',
    'đêm qua kẻ gian đột nhập vào nhà lấy mất laptop, sáng nay mới biết',
    'bà nội bị mất cắp sổ tiết kiệm, làm lại ở đâu',
    'we were robbed last week, how do we file a report',
  ])('refers %s', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'referral', referral: 'cong-an', entryId: null });
  });

  it.each([
    'tháng trước mẹ em bị lừa mất 50 triệu qua điện thoại, có lấy lại được không',
    'ba má tui bị móc túi ở bến xe hồi sáng, mất hết tiền về quê',
    'mình bị lừa hết tiền khi mua hàng online, liên hệ ai để báo',
  ])('refers a loss of money and keeps the safety check-in: %s', (question) => {
    const r = findAnswer(kb, question);
    expect(r).toMatchObject({ outcome: 'referral', referral: 'cong-an' });
    expect(r.concern).toBeDefined();
  });

  it('says where to report it, and keeps 113 for what is happening now', async () => {
    const replies = await ask(realBot(), 'tuần trước có người lẻn vào nhà em lấy trộm xe');
    const text = replies[0]?.text ?? '';
    expect(text).toContain('Công an xã/phường');
    expect(text).toContain('trình báo');
    expect(text).toContain('Nếu việc đang xảy ra');
  });
});

describe('an offence someone did is not a crime to report', () => {
  it('reads a police cue named as a charge ("vì tội", "phạm tội", "về tội") as no cue', () => {
    expect(match('thằng cháu tôi vừa ra trại vì tội cướp giật')).toBeNull();
    expect(match('người chưa thành niên phạm tội lừa đảo qua mạng')).toBeNull();
    expect(match('nó bị xử về tội giật túi ngoài chợ')).toBeNull();
    // "tôi" reads as "toi" too: only "tội" after a word that names a charge counts.
    expect(match('giúp tôi với, lừa đảo qua mạng mất hết tiền thì báo ai')?.id).toBe('cong-an');
  });

  it('answers a young offender from the center', () => {
    expect(
      findAnswer(kb, 'thằng cháu tôi vừa ra trại vì tội cướp giật, có chỗ học nghề không').referral,
    ).toBeUndefined();
    expect(findAnswer(kb, 'người chưa thành niên phạm tội lừa đảo qua mạng có được hỗ trợ gì không')).toMatchObject({
      outcome: 'answer',
      entryId: 'service-young-offenders',
    });
  });

  it.each([
    'em trai em đang bị quản chế vì trộm xe, trung tâm có hỗ trợ gì không',
    'con trai tôi 15 tuổi lấy trộm tiền của bố mẹ, phải làm sao',
    'em từng ăn trộm xe, giờ muốn đi học nghề thì trung tâm nhận không',
  ])('never sends the one who stole to the police: %s', (question) => {
    expect(findAnswer(kb, question).outcome).not.toBe('referral');
  });
});
