/**
 * The concern check-in: a message the bot cannot answer that carries a
 * weaker danger signal never ends at a did-you-mean or "chưa có thông tin";
 * ordinary questions keep their fallback, answered questions their answer.
 */
import { describe, expect, it } from 'vitest';
import type { Incoming, Reply } from '../../src/core/message.ts';
import { DEFAULT_ENGINE_CONFIG, findAnswer } from '../../src/nlp/engine.ts';
import { payloadsOf, realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();

function conversation() {
  const bot = realBot();
  const user = testUser('terminal');
  const send = (incoming: Incoming): Promise<Reply[]> => bot.handle(incoming);
  return {
    say: (text: string) => send({ kind: 'text', user, text }),
    press: (payload: string) => send({ kind: 'button', user, payload }),
  };
}

describe('the concern signal', () => {
  it('hears a weak euphemism of despair, with the cue that fired', () => {
    const concern = kb.safeguarding.detector.concern('em hết cách rồi');
    expect(concern?.cues).toContain('hopeless: hết cách');
  });

  it('stays quiet on a question about papers or an informational topic', () => {
    expect(kb.safeguarding.detector.concern('em tuyệt vọng quá, trợ cấp hộ nghèo')).toBeNull();
    expect(kb.safeguarding.detector.concern('cách làm bánh chưng')).toBeNull();
  });
});

describe('the concern check-in', () => {
  it('replaces the fallback for a weak euphemism: numbers first, then the hotline, with "safe" and "a real person"', async () => {
    const result = findAnswer(kb, 'em hết cách rồi');
    expect(result.outcome).toBe('fallback');
    expect(result.concern?.cues).toContain('hopeless: hết cách');
    const replies = await conversation().say('em hết cách rồi');
    expect(replies).toHaveLength(1);
    const text = replies[0]?.text ?? '';
    expect(text).toBe(kb.ui.concern_check_in);
    expect(text).not.toContain(kb.ui.fallback.split('\n')[0]);
    const numbers = text.indexOf('113');
    expect(numbers).toBeGreaterThan(0);
    for (const n of ['115', '111', '114', '24/7']) expect(text.indexOf(n)).toBeGreaterThan(numbers);
    expect(text.indexOf(kb.center.hotline)).toBeGreaterThan(text.indexOf('114'));
    expect(payloadsOf(replies).slice(0, 2)).toEqual(['sg:safe:concern', 'sg:human:concern']);
  });

  it('keeps the did-you-mean topics below the check-in', async () => {
    // ("em tuyệt vọng quá muốn được tư vấn tâm lý" is now answered outright with the counselling entry.)
    const text = 'tuyệt vọng quá, trung tâm có ai giúp không';
    const result = findAnswer(kb, text);
    expect(result.outcome).toBe('did-you-mean');
    expect(result.concern).toBeDefined();
    const replies = await conversation().say(text);
    expect(replies[0]?.text).toBe(kb.ui.concern_check_in);
    const payloads = payloadsOf(replies);
    expect(payloads.indexOf(`e:${result.entryId}`)).toBeGreaterThan(payloads.indexOf('sg:human:concern'));
  });

  it('answers "a real person" after a check-in as after an emergency reply', async () => {
    const c = conversation();
    await c.say('em hết cách rồi');
    const human = await c.press('sg:human:concern');
    expect(human[0]?.text).toBe(kb.safeguarding.text.human_reply);
    const safe = await c.press('sg:safe:concern');
    expect(safe[0]?.text).toBe(kb.safeguarding.text.safe_reply);
  });

  it('speaks short English to an English message', async () => {
    const replies = await conversation().say('I feel so hopeless, I do not know what to do');
    expect(replies[0]?.text).toBe(kb.ui.concern_check_in_en);
  });

  it('leaves an ordinary unanswerable question at its fallback', async () => {
    const result = findAnswer(kb, 'cách làm bánh chưng');
    expect(result.outcome).toBe('fallback');
    expect(result.concern).toBeUndefined();
    const replies = await conversation().say('cách làm bánh chưng');
    expect(replies[0]?.text).toBe(kb.ui.fallback);
  });

  it('never touches an answered question', () => {
    const result = findAnswer(kb, 'tôi muốn hỏi về trợ cấp cho người khuyết tật');
    expect(result.outcome).toBe('answer');
    expect(result.concern).toBeUndefined();
  });
});

describe('the concern check-in where a reading overrules a confident answer', () => {
  // A reading that the center offers no such thing (a private provider, a product, the weather) turns even a
  // confident answer into a fallback; the check-in must come with it. With the answer bar lowered, the counselling
  // entry is confident for this question, so only the new path can give the check-in.
  const lowBar = { ...DEFAULT_ENGINE_CONFIG, answerThreshold: 0.2 };

  it('keeps the check-in on a provider-choice fallback over a confident answer', () => {
    const result = findAnswer(kb, 'tư vấn tâm lý tư nhân nào giỏi mà rẻ, tôi sợ lắm', lowBar);
    expect(result.outcome).toBe('fallback');
    expect(result.score).toBeGreaterThanOrEqual(lowBar.answerThreshold);
    expect(result.concern).toBeDefined();
  });

  it('gives no check-in to the same fallback without a worrying word, nor to a pet', () => {
    expect(findAnswer(kb, 'tư vấn tâm lý tư nhân nào giỏi mà rẻ', lowBar).concern).toBeUndefined();
    expect(findAnswer(kb, 'nhận nuôi chó mèo bị bỏ rơi thì liên hệ đâu').concern).toBeUndefined();
  });
});
