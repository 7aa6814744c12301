/**
 * Issue 10: a pupil's bullying told is answered with the children's service only where no conversation context applies
 * (`decideBullying` in src/nlp/engine.ts rides the engine's own decision along as `situationTold`). Session 35 answered
 * it before the conversation, and a follow-up the context answers lost that answer.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../handlers/bot.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { MemorySessionStore } from '../../src/store/sessions.ts';
import { realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();

/** Every turn's decision in one conversation. */
async function talk(messages: readonly string[]) {
  const decisions: Array<{ outcome: string; id: string | null }> = [];
  const bot = createBot({
    knowledge: () => kb,
    engine: DEFAULT_ENGINE_CONFIG,
    logger: silentLogger(),
    sessions: new MemorySessionStore(),
    onDecision: (outcome, id) => decisions.push({ outcome, id }),
  });
  const user = testUser();
  for (const text of messages) await bot.handle({ kind: 'text', user, text });
  return decisions;
}

describe('a pupil bullied, told in a first message', () => {
  it.each([
    'em bị bắt nạt ở trường',
    'em bi bat nat o truong',
    'my son is bullied at school',
    'con em bị bạn bắt nạt ở lớp, phải làm sao',
    'cháu tôi bị mấy đứa cùng lớp tẩy chay cả học kỳ nay',
  ])('“%s” gets the children service', async (text) => {
    const [first] = await talk([text]);
    expect(first).toEqual({ outcome: 'answer', id: 'service-children' });
  });
});

describe('a pupil bullied, told as a follow-up', () => {
  it('keeps the conversation topic the follow-up asks about', async () => {
    const decisions = await talk([
      'Văn phòng công tác xã hội trong trường học làm gì?',
      'con tôi lớp 9 bị bạn bắt nạt, có ai tư vấn',
    ]);
    expect(decisions[1]?.id).toBe('social-work-offices');
  });
});

describe('look-alikes keep their reply', () => {
  it.each([
    'con chó nhà em bị con chó hàng xóm bắt nạt',
    'em bị bắt nạt trong game suốt',
    'tôi bị sếp bắt nạt ở công ty',
    'chồng tôi bị đồng nghiệp chèn ép, bắt nạt ở cơ quan',
  ])('“%s” is not the children service', async (text) => {
    const [first] = await talk([text]);
    expect(first?.id).not.toBe('service-children');
  });
});
