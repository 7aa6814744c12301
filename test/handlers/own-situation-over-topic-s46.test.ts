/**
 * Session 46 (issue 10): "lam sao giup ban toi muon tu tu" right after a violence answer was answered with the violence
 * service: the topic's "covered" reading took the message. A message the safeguarding layer reads as a situation of its
 * own, answered alone with that situation's service, keeps that service whatever the conversation was about; a
 * follow-up that is about the topic still goes on with it.
 */
import { describe, expect, it } from 'vitest';
import type { Incoming, Reply } from '../../src/core/message.ts';
import { realBot, testUser } from '../helpers/kb.ts';

function conversation() {
  const bot = realBot();
  const user = testUser('telegram');
  return {
    say: async (text: string): Promise<string> =>
      (await bot.handle({ kind: 'text', user, text } satisfies Incoming)).map((r: Reply) => r.text).join('\n'),
  };
}

const MENTAL_HEALTH = 'Sức khỏe tinh thần cũng quan trọng như sức khỏe thể chất';
const VIOLENCE = 'Bạo lực không phải chuyện riêng trong nhà';

describe("a message's own safeguarding situation over the conversation's topic", () => {
  it.each([
    ['chong em ngay nao cung doa em, ai giup em duoc', 'lam sao giup ban toi muon tu tu'],
    ['chồng em hay đánh em, em phải làm sao', 'làm sao để giúp một người bạn đang muốn tự tử'],
    ['bố dượng hay chửi mắng em, có ai tư vấn không', 'cách hỗ trợ người muốn tự tử là gì'],
  ])('after "%s", "%s" gets the mental-health answer, not the violence one', async (first, second) => {
    const { say } = conversation();
    expect(await say(first)).toContain(VIOLENCE);
    const reply = await say(second);
    expect(reply).toContain(MENTAL_HEALTH);
    expect(reply).not.toContain(VIOLENCE);
  });

  it('a follow-up about the topic itself still goes on with it', async () => {
    const { say } = conversation();
    expect(await say('chồng em hay đánh em, em phải làm sao')).toContain(VIOLENCE);
    expect(await say('có tư vấn tâm lý không')).toContain(VIOLENCE);
  });
});
