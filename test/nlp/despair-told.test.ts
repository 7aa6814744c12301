import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();

/** The answer to `text`, checked to be the mental-health service (no fallback, no did-you-mean, no emergency). */
function answeredWithService(text: string): ReturnType<typeof findAnswer> {
  const result = findAnswer(kb, text);
  expect(result, text).toMatchObject({ outcome: 'answer', entryId: 'service-mental-health', crisis: false });
  return result;
}

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
      expect(answeredWithService(text).despairLead, text).toBe(true);
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

  // Session 37 (issue 10, tune24): stuck, wanting someone to talk to, a mother who cannot bear to hold her baby after
  // giving birth. These got "chưa có thông tin"; a spouse who walked out is the writer's situation, not a missing person.
  it('answers being stuck, wanting someone to talk to and postpartum low mood with the mental-health service', () => {
    for (const text of [
      'mất việc, nợ nần, vợ bỏ đi, tôi thấy bế tắc lắm, muốn có ai để nói chuyện',
      'mat viec, no nan, toi thay be tac lam, muon co ai de noi chuyen',
      'dạo này tớ bế tắc quá, cần người để nói chuyện',
      'sinh con xong chị chẳng muốn bế con, ngày nào cũng buồn',
      'sau sinh e ko muốn bế con, hay cáu gắt, e phải làm sao',
      'chồng bỏ đi, em không có ai để tâm sự, không biết tâm sự với ai',
    ]) {
      answeredWithService(text);
    }
  });

  it('keeps the emergency screen for being stuck with a death wish, and a crying child out of it', () => {
    const danger = findAnswer(kb, 'em bế tắc lắm, muốn chết cho xong');
    expect(danger.outcome).toBe('crisis');
    expect(danger.despairLead).toBeUndefined();
    expect(findAnswer(kb, 'con em hay khóc đêm phải làm sao').entryId).not.toBe('service-mental-health');
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

// Session 38 (issue 10): English despair ("nobody understands me") got a check-in with a
// fallback or a plain fallback, since `despairAnswer` skipped English. It gets the mental-health answer now, in
// English (the entry's answer_en, with the hotline); an ordinary English complaint keeps its reading.
describe('despair told in English', () => {
  it('is answered with the mental-health service', () => {
    for (const text of [
      "I've been so depressed lately, nobody understands me",
      "I can't stop crying every night since my husband left",
      'no one needs me anymore, I feel so alone',
    ]) {
      const result = answeredWithService(text);
      expect(result.english, text).toBe(true);
    }
  });

  it('leaves ordinary English complaints as they were', () => {
    for (const text of ['I am tired of waiting for my allowance', 'my phone is depressing slow']) {
      expect(findAnswer(kb, text).entryId, text).not.toBe('service-mental-health');
    }
  });

  it('replies in English with the hotline', async () => {
    const bot = realBot();
    const user = testUser('telegram');
    const replies = await bot.handle({
      kind: 'text',
      user,
      text: "I've been so depressed lately, nobody understands me",
    });
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toContain('1800 1769');
    expect(text).toMatch(/counselling/);
  });
});
