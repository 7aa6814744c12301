import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  answerCacheFor,
  createAnswerEngine,
  DEFAULT_ENGINE_CONFIG,
  findAnswer,
  type EngineConfig,
} from '../../src/nlp/engine.ts';
import { AnswerCache } from '../../src/nlp/answer-cache.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
/** Everything reachable from a value, as text. */
const dump = (value: unknown): string =>
  inspect(value, { depth: null, showHidden: true, maxArrayLength: null, maxStringLength: null });

describe('answer cache and what people wrote', () => {
  it('remembers a decision without keeping the words of the message', () => {
    // Own settings object: a cache of its own, untouched by other tests.
    const config: EngineConfig = { ...DEFAULT_ENGINE_CONFIG };
    const text = 'nhà tôi nghèo lắm, bà ngoại 85 tuổi có được trợ cấp xã hội không';
    const first = findAnswer(kb, text, config);
    const cache = answerCacheFor(kb, config);
    expect(cache.size).toBe(1);
    expect(findAnswer(kb, text, config)).toEqual(first);
    expect(cache.size).toBe(1);
    const held = dump(cache);
    expect(held).not.toContain(text);
    expect(held).not.toContain('nghèo lắm');
    expect(held).not.toContain('85 tuổi');
  });

  it('does not keep decisions where the safeguarding layer recognised something', () => {
    const config: EngineConfig = { ...DEFAULT_ENGINE_CONFIG };
    const danger = findAnswer(kb, 'chồng em đang cầm dao dọa giết em, cứu với', config);
    expect(danger.outcome).toBe('crisis');
    expect(answerCacheFor(kb, config).size).toBe(0);
    findAnswer(kb, 'tổng đài tư vấn miễn phí số mấy', config);
    expect(answerCacheFor(kb, config).size).toBe(1);
  });
});

describe('a full answer cache', () => {
  it('forgets the oldest decision first, again and again', () => {
    const cache = new AnswerCache<{ safeguarding: null; alternatives: string[] }>(3);
    const decided: string[] = [];
    const recall = (text: string): void => {
      cache.recall(text, () => {
        decided.push(text);
        return { safeguarding: null, alternatives: [] };
      });
    };
    for (const text of ['a', 'b', 'c', 'd', 'e', 'c', 'd', 'e', 'a', 'f', 'c', 'd']) recall(text);
    // d pushed out a, e pushed out b; a came back instead of c, f instead of d.
    expect(decided).toEqual(['a', 'b', 'c', 'd', 'e', 'a', 'f', 'c', 'd']);
    expect(cache.size).toBe(3);
  });
});

describe('answer engine instances', () => {
  it('each engine keeps its own cache, of the size it was given', () => {
    const text = 'tổng đài tư vấn miễn phí số mấy';
    const cached = createAnswerEngine({ cacheSize: 10 });
    const uncached = createAnswerEngine({ cacheSize: 0 });
    expect(uncached.find(kb, text)).toEqual(cached.find(kb, text));
    expect(cached.cacheFor(kb).size).toBe(1);
    expect(uncached.cacheFor(kb).size).toBe(0);
    expect(createAnswerEngine().cacheFor(kb).size).toBe(0);
  });
});
