import { describe, expect, it } from 'vitest';
import { bullyingTold } from '../../src/nlp/bullying-told.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();

// Session 35 (issue 10): a pupil bullied, told by the child or a parent, got a did-you-mean or the plain fallback. It
// gets the children's service now, led by a warm line naming 111; not a safeguarding disclosure (sessions 32 and 34
// tried that and lost answers parents asked for). A beating now keeps the emergency screen; an adult bullied at work,
// a pet, a game keep their reply.
describe('a pupil bullied, told', () => {
  it('is answered with the children service, not a fallback or a did-you-mean', () => {
    for (const text of [
      'em bị bắt nạt ở trường',
      'em bi bat nat o truong',
      'con em bị bạn bắt nạt ở lớp, phải làm sao',
      'em bị bạn bè ăn hiếp hoài',
      'em bị tẩy chay ở trường',
      'con tui bi may dua cung lop co lap, no khong muon di hoc',
      'thằng bé nhà tôi bị tụi bạn học trấn tiền mỗi ngày',
      'em bị bạn cùng lớp chọc ghẹo suốt',
    ]) {
      const result = findAnswer(kb, text);
      expect(result, text).toMatchObject({ outcome: 'answer', entryId: 'service-children', crisis: false });
      expect(result.bullyingLead, text).toBe(true);
    }
  });

  it('keeps the emergency screen for a beating going on now', () => {
    for (const text of [
      'con em đang bị mấy đứa đánh ở cổng trường, máu chảy nhiều',
      'chau bi ban ban sang trung quoc roi',
    ]) {
      const result = findAnswer(kb, text);
      expect(result.bullyingLead, text).toBeUndefined();
      expect(result.outcome, text).toBe('crisis');
    }
  });

  it('leaves look-alikes as they were: work, a pet, a game, a film, ordinary questions', () => {
    for (const text of [
      'em bị sếp bắt nạt ở công ty',
      'con mèo nhà em bị con chó bắt nạt',
      'trong game em bị bắt nạt hoài',
      'phim về học sinh bị bắt nạt tên gì',
      'con tôi bị bạn bè bắt nạt trên mạng, trường có phòng tư vấn tâm lý học đường không, hay phải tìm ở đâu',
      'trung tâm mở cửa mấy giờ',
      'làm thẻ bảo hiểm y tế cho con ở đâu',
    ]) {
      expect(findAnswer(kb, text).bullyingLead, text).toBeUndefined();
    }
  });

  it('reads the telling, not the look-alikes', () => {
    expect(bullyingTold('my son is bullied at school')).toBe(true);
    expect(bullyingTold('bé nhà em bị bạo lực học đường')).toBe(true);
    expect(bullyingTold('dong nghiep bat nat em o co quan')).toBe(false);
    expect(bullyingTold('em đi học ở trường mới')).toBe(false);
    expect(bullyingTold('lớp em thuyết trình đề tài bạo lực học đường, được cô khen')).toBe(false);
    expect(bullyingTold('con chó nhà em hay bắt nạt con mèo')).toBe(false);
  });

  it('opens the reply with a warm line naming 111 before the service', async () => {
    const bot = realBot();
    const user = testUser('telegram');
    const replies = await bot.handle({ kind: 'text', user, text: 'em bi bat nat o truong' });
    const text = replies.map((r) => r.text).join('\n');
    expect(text.startsWith(kb.ui.bullying_lead.trim().split('\n')[0] ?? '')).toBe(true);
    expect(text).toContain('111');
    expect(text).not.toContain('chưa có thông tin');
    expect(text).not.toContain(kb.ui.did_you_mean);
  });
});
