/**
 * Session 46 (issue 10): how to help, support or talk to someone who wants to die (`wish_help_asked`), asked of nobody
 * in particular, got a check-in and "chưa tìm được câu trả lời", or a did-you-mean on family counselling; it is answered
 * with the mental-health service (what to do, 115, the hotline). Told of someone of the writer's own, with a means, a
 * place or a goodbye, or as the writer's own wish, the emergency screen or the check-in stays.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('how to help someone who wants to die (session 46, wish_help_asked)', () => {
  it.each([
    'lam sao de giup mot nguoi dang muon tu tu',
    'nên nói gì để an ủi người muốn tự tử',
    'how should I support a coworker who talks about suicide',
    'how to talk to a teenager who is self harming',
    'what should I say to someone thinking about suicide',
    'làm sao để giúp một người bạn đang muốn tự tử',
  ])('"%s" is answered with the mental-health service, no emergency screen', (text) => {
    const r = findAnswer(kb, text);
    expect(r.outcome).toBe('answer');
    expect(r.entryId).toBe('service-mental-health');
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.situation).toBe('suicide');
  });

  it.each(['làm thế nào để giúp em gái tôi, nó nói muốn tự tử', 'cách an ủi chồng tôi, anh ấy muốn tự tử'])(
    '"%s" (someone of the writer\'s own) keeps the emergency screen first',
    (text) => {
      const r = findAnswer(kb, text);
      expect(r.crisis).toBe(true);
      expect(r.safeguarding?.situation).toBe('suicide');
      expect(r.safeguarding?.outcome).toBe('danger-now');
    },
  );

  it.each([
    'bạn tôi vừa uống cả vỉ thuốc, làm sao giúp',
    'anh tôi đang cầm dao dọa tự tử, nói gì với anh ấy',
    'có người đang đứng trên cầu muốn tự tử, làm sao giúp',
    'my friend wants to kill himself and just sent me a goodbye message, how do I help',
    'em muốn tự tử, làm sao giúp em',
  ])('"%s" stays danger now', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(true);
    expect(r.safeguarding?.outcome).toBe('danger-now');
  });

  it.each([
    'how can I help someone who just took a whole bottle of pills and wants to die',
    'how do I help someone who wants to kill themselves, she just swallowed pills',
  ])('"%s" (a means told beside it) is not answered as a question', (text) => {
    const r = findAnswer(kb, text);
    expect(r.entryId).not.toBe('service-mental-health');
    expect(r.crisis || r.concern !== undefined).toBe(true);
  });

  it.each([
    'how can I help my friend with her homework',
    'làm sao giúp con tôi học giỏi toán',
    'nên nói gì với sếp khi xin nghỉ phép',
    'cách an ủi bạn khi thi trượt',
    'how do I support my mom after her knee surgery',
  ])('"%s" raises no emergency screen', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.outcome ?? 'none').not.toBe('danger-now');
  });
});
