/**
 * Issue 11: a first message whose life situation confirms the entry offered first (`situationTold`) shows that entry, while the
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
    [
      ['bà ngoại tôi 86 tuổi vừa mất, gia đình có được tiền mai táng không', 'cần giấy tờ gì', 'ở đâu'],
      'elderly-allowance',
    ],
    [['ba ngoai toi 86 tuoi vua mat, gia dinh co duoc tien mai tang khong', 'co', 'nop o dau'], 'elderly-allowance'],
    [['tuần trước bão làm sập nhà tôi, giờ cả nhà ở tạm nhà bác', 'có', 'bao lâu thì có'], 'emergency-assistance'],
    [['tuan truoc bao lam sap nha toi, gio ca nha o tam nha bac', '1', 'lam o dau'], 'emergency-assistance'],
    [
      ['ông tôi 91 tuổi mới mất tuần này, nhà có được nhận tiền mai táng không ạ', 'được bao nhiêu', 'cảm ơn'],
      'elderly-allowance',
    ],
  ])('%j answers %s first, then every turn as without it', async (messages, entryId) => {
    const told = await talk(DEFAULT_ENGINE_CONFIG, messages);
    const main = await talk(off, messages);
    expect(told.decisions[0]).toEqual({ outcome: 'answer', id: entryId });
    expect(main.decisions[0]).toEqual({ outcome: 'did-you-mean', id: entryId });
    expect(told.decisions.slice(1)).toEqual(main.decisions.slice(1));
    expect(told.replies.slice(1)).toEqual(main.replies.slice(1));
  });
});

describe('a situation told in a conversation under way', () => {
  it.each([
    ['bà em 85 tuổi có được tiền già không', 'bà ngoại tôi 86 tuổi vừa mất, gia đình có được tiền mai táng không'],
    ['lũ cuốn mất nhà có được trợ giúp không', 'tuần trước bão làm sập nhà tôi, giờ cả nhà ở tạm nhà bác'],
    ['ho ngheo duoc ho tro gi', 'ong toi 91 tuoi moi mat tuan nay, nha co duoc nhan tien mai tang khong a'],
    ['cần giấy tờ gì', 'tuan truoc bao lam sap nha toi, gio ca nha o tam nha bac'],
    ['mức trợ cấp người khuyết tật', 'ba ngoai toi 86 tuoi vua mat, gia dinh co duoc tien mai tang khong'],
  ])('after “%s”, “%s” is decided as without the reading', async (first, second) => {
    const told = await talk(DEFAULT_ENGINE_CONFIG, [first, second, 'ở đâu']);
    const main = await talk(off, [first, second, 'ở đâu']);
    expect(told.decisions).toEqual(main.decisions);
    expect(told.replies).toEqual(main.replies);
  });
});
