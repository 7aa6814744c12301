import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBot } from '../../handlers/bot.ts';
import type { FloodLimits } from '../../src/core/flood-guard.ts';
import type { UserRef } from '../../src/core/message.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const DEFAULT_LIMITS: FloodLimits = { burst: 8, perSecond: 0.5, charsPerToken: 1000 };

function floodBot(limits: FloodLimits = DEFAULT_LIMITS) {
  const bot = createBot({ knowledge: () => kb, engine: DEFAULT_ENGINE_CONFIG, logger: silentLogger(), flood: limits });
  const person = (id: string): UserRef => ({ platform: 'telegram', chatId: id, userId: id });
  const say = (id: string, text: string) => bot.handle({ kind: 'text', user: person(id), text });
  return { say };
}

/** A long story: about 4,000 characters, with a question at the end. */
const longStory = `${'Em ở với bà, bố mẹ đi làm xa, nhà em nghèo lắm. '.repeat(90).slice(0, 4000)} tổng đài miễn phí số mấy`;
const slowDown = [{ text: kb.ui.slow_down }];

describe('flood control by cost', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2027-03-01T08:00:00+07:00') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets a resident ask eight short questions in a row', async () => {
    const { say } = floodBot();
    for (let i = 0; i < 8; i++) expect(await say('resident', 'tổng đài miễn phí số mấy')).not.toEqual(slowDown);
    expect(await say('resident', 'tổng đài miễn phí số mấy')).toEqual(slowDown);
  });

  it('charges long messages more: one 4,000-character message, then "slow down", then silence', async () => {
    const { say } = floodBot();
    expect(longStory.length).toBeGreaterThan(4000);
    expect(await say('flooder', longStory)).not.toEqual(slowDown);
    expect(await say('flooder', longStory)).toEqual(slowDown);
    expect(await say('flooder', longStory)).toEqual([]);
    // The 3 tokens left still pay for short questions; someone else is untouched.
    expect(await say('flooder', 'tổng đài')).not.toEqual(slowDown);
    expect(await say('other', longStory)).not.toEqual(slowDown);
  });

  it('lets a long message through again once the bucket has refilled', async () => {
    const { say } = floodBot();
    await say('flooder', longStory);
    expect(await say('flooder', longStory)).toEqual(slowDown);
    // It costs 5 tokens; 3 were left and they come back at 0.5 per second.
    vi.advanceTimersByTime(3_000);
    expect(await say('flooder', longStory)).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(await say('flooder', longStory)).not.toEqual(slowDown);
  });

  it('never refuses a single message with a full bucket, however long, and counts every message with the cost off', async () => {
    const small = floodBot({ burst: 3, perSecond: 0.5, charsPerToken: 1000 });
    expect(await small.say('a', longStory)).not.toEqual(slowDown);
    expect(await small.say('a', 'tổng đài')).toEqual(slowDown);
    const flat = floodBot({ burst: 3, perSecond: 0.5, charsPerToken: 0 });
    for (let i = 0; i < 3; i++) expect(await flat.say('b', longStory)).not.toEqual(slowDown);
    expect(await flat.say('b', longStory)).toEqual(slowDown);
  });
});
