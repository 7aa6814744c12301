/**
 * Issue 11: a first message whose life situation names its entry (`situationTold`) shows that entry, while the
 * conversation is decided, turn after turn, exactly as without the situations reading (handlers/followup.ts).
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../handlers/bot.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig, withoutSituations } from '../../src/nlp/engine.ts';
import { MemorySessionStore } from '../../src/store/sessions.ts';
import { realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();

/** Every turn's decision and replies, with the situations reading on (the default) or off. */
async function talk(engine: EngineConfig, messages: readonly string[]) {
  const decisions: Array<{ outcome: string; id: string | null }> = [];
  const bot = createBot({
    knowledge: () => kb,
    engine,
    logger: silentLogger(),
    sessions: new MemorySessionStore(),
    onDecision: (outcome, id) => decisions.push({ outcome, id }),
  });
  const user = testUser();
  const replies = [];
  for (const text of messages) replies.push(await bot.handle({ kind: 'text', user, text }));
  return { decisions, replies };
}

const off = withoutSituations(DEFAULT_ENGINE_CONFIG);

describe('a situation told in a first message', () => {
  it.each([
    [['nhà tôi hết gạo rồi, ba mẹ con đói từ hôm kia', 'cần giấy tờ gì', 'ở đâu'], 'emergency-assistance'],
    [['nha toi het gao roi, ba me con doi tu hom kia', 'can giay to gi', 'o dau'], 'emergency-assistance'],
    [
      ['chồng chị đi tù, chị nuôi 2 con một mình, có được giúp gì không', 'có', 'bao nhiêu tiền'],
      'eligibility-social-allowance',
    ],
    [
      ['chong chi di tu, chi nuoi 2 con mot minh, co duoc giup gi khong', '1', 'lam o dau'],
      'eligibility-social-allowance',
    ],
    [
      ['ông nội tôi 88 tuổi vừa mất, gia đình có được nhận tiền mai táng không', 'có', 'nộp ở đâu'],
      'elderly-allowance',
    ],
  ])('%j answers %s first, then every turn as without it', async (messages, entryId) => {
    const told = await talk(DEFAULT_ENGINE_CONFIG, messages);
    const main = await talk(off, messages);
    expect(told.decisions[0]).toEqual({ outcome: 'answer', id: entryId });
    expect(['fallback', 'did-you-mean']).toContain(main.decisions[0]?.outcome);
    expect(told.decisions.slice(1)).toEqual(main.decisions.slice(1));
    expect(told.replies.slice(1)).toEqual(main.replies.slice(1));
  });
});

describe('a situation told in a conversation under way', () => {
  it.each([
    ['bà em 85 tuổi có được tiền già không', 'nhà tôi hết gạo rồi, ba mẹ con đói từ hôm kia'],
    ['lũ cuốn mất nhà có được trợ giúp không', 'chồng chị đi tù, chị nuôi 2 con một mình, có được giúp gì không'],
    ['ho ngheo duoc ho tro gi', 'ong noi toi 88 tuoi vua mat, gia dinh co duoc nhan tien mai tang khong'],
    ['cần giấy tờ gì', 'tuan truoc bao lam sap nha toi, gio ca nha o tam nha bac'],
    ['mức trợ cấp người khuyết tật', 'ba toi bi suy than phai chay than, nha khong co tien chua'],
  ])('after “%s”, “%s” is decided as without the reading', async (first, second) => {
    const told = await talk(DEFAULT_ENGINE_CONFIG, [first, second, 'ở đâu']);
    const main = await talk(off, [first, second, 'ở đâu']);
    expect(told.decisions).toEqual(main.decisions);
    expect(told.replies).toEqual(main.replies);
  });
});
