/**
 * Issue 11: a hail that asks nothing yet ("ad ơi cho em hỏi chút", "có ai trực không") is told the bot is here and
 * invited to ask (`small_talk › hail` in ui.yaml), directly: no did-you-mean on the greeting, no "chưa có thông tin".
 * A question after the hail is still answered, and danger stays danger.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { readSmallTalk } from '../../src/nlp/small-talk.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('a hail gets the greeting’s short reply inviting the question', () => {
  it.each([
    'co ai o day ko',
    'có ai ở đây không',
    'ad oi cho e hoi chut',
    'ad ơi cho em hỏi chút',
    'cho em hỏi chút',
    'cho em hoi chut',
    'ad ơi',
    'mn ơi cho hỏi',
    'mn oi cho hoi',
    'có ai trực không',
    'co ai truc khong',
    'alo có ai không',
    'alo co ai ko',
    'mọi người ơi cho mình hỏi tí',
  ])('“%s”', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({
      outcome: 'answer',
      entryId: 'greeting',
      smallTalk: 'hail',
      safeguarding: null,
    });
  });
});

describe('what is no hail keeps its reading', () => {
  it.each([
    ['ad ơi cho em hỏi trợ cấp người già bao nhiêu', 'elderly-allowance'],
    ['ad oi cho e hoi tro cap nguoi gia bao nhieu', 'elderly-allowance'],
    ['alo có ai không, cho hỏi số tổng đài là số nào', 'hotline'],
  ])('“%s” is answered as the question', (question, entryId) => {
    const result = findAnswer(kb, question);
    expect(result.entryId).toBe(entryId);
    expect(result.smallTalk).toBeUndefined();
  });

  it.each([
    'có ai giúp em với, chồng em đang đánh em',
    'co ai giup em voi, chong em dang danh em',
    'có ai giúp em với',
  ])('“%s” stays danger now', (question) => {
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'crisis', crisis: true });
  });

  // "Hỏi ai" (whom to ask) asks something: a conversation's follow-up, no hail.
  it.each(['hỏi ai', 'hoi ai', 'hỏi ở đâu'])('“%s” is no hail', (text) => {
    expect(readSmallTalk(kb, text)).toBeUndefined();
  });

  it.each(['chào bạn', 'xin chao', 'chào ad'])('a hello “%s” still hears the whole greeting', (text) => {
    expect(readSmallTalk(kb, text)).toBeUndefined();
  });

  it.each([
    ['cảm ơn ad nhiều', 'thanks'],
    ['ok ad ơi', 'ack'],
  ])('“%s” keeps its own kind of small talk', (text, kind) => {
    expect(readSmallTalk(kb, text)).toBe(kind);
  });
});
