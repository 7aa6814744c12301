import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();

// Session 32 probe18 (issue 10): despair told with no danger word ("em thấy mình vô dụng, không ai cần em", "sống như
// vầy hoài chắc em điên mất") got the check-in and a fallback, or "chưa có thông tin". It gets the mental-health
// service now, led by a warm line; a suicide sign keeps the emergency screen, an ordinary question its answer.
describe('despair told with no danger word', () => {
  it('is answered with the mental-health service, not a fallback or a did-you-mean', () => {
    for (const text of [
      'em thấy mình vô dụng, không ai cần em',
      'sống như vầy hoài chắc em điên mất',
      'toi thay minh that vo dung',
      'ngày nào cũng vậy chắc tôi phát điên mất',
      'song the nay mai chac em dien mat',
      'em không chịu nổi nữa rồi',
    ]) {
      const result = findAnswer(kb, text);
      expect(result, text).toMatchObject({ outcome: 'answer', entryId: 'service-mental-health', crisis: false });
      expect(result.despairLead, text).toBe(true);
    }
  });

  it('keeps the emergency screen when a suicide sign is told', () => {
    for (const text of [
      'em thấy mình vô dụng, muốn chết cho xong',
      'sống như vầy hoài chắc em tự tử mất',
      'em không chịu nổi nữa, tối nay em uống hết vỉ thuốc',
      'khong ai can em, em muon chet',
      'em vô dụng quá, em đang đứng trên cầu',
    ]) {
      const result = findAnswer(kb, text);
      expect(result.despairLead, text).toBeUndefined();
      expect(['crisis', 'disclosure'], text).toContain(result.outcome);
    }
  });

  it('leaves ordinary messages and questions as they were', () => {
    for (const text of [
      'máy giặt nhà em vô dụng quá',
      'trung tâm mở cửa mấy giờ',
      'làm thẻ bảo hiểm y tế cho con ở đâu',
      'cho hỏi trợ cấp người khuyết tật bao nhiêu tiền',
      'cai dieu hoa nay vo dung that',
    ]) {
      expect(findAnswer(kb, text).despairLead, text).toBeUndefined();
    }
  });

  it('opens the reply with a warm line before the service', async () => {
    const bot = realBot();
    const user = testUser('telegram');
    const replies = await bot.handle({ kind: 'text', user, text: 'em thấy mình vô dụng, không ai cần em' });
    const text = replies.map((r) => r.text).join('\n');
    expect(text.startsWith(kb.ui.despair_lead.trim().split('\n')[0] ?? '')).toBe(true);
    expect(text).not.toContain('chưa có thông tin');
  });
});
