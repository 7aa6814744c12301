import { describe, expect, it } from 'vitest';
import {
  buttonPayload,
  MAX_PAYLOAD_BYTES,
  mergeTopicToggles,
  PayloadTooLongError,
  parsePayload,
} from '../../src/core/payload.ts';

describe('button payloads', () => {
  it('builds the same strings buttons have always carried', () => {
    expect(buttonPayload.entry('hotline')).toBe('e:hotline');
    expect(buttonPayload.group('tro-cap')).toBe('g:tro-cap');
    expect(buttonPayload.subscribe.topic('tre-em')).toBe('s:t:tre-em');
    expect(buttonPayload.broadcast.area(2)).toBe('t:r:2');
    expect(buttonPayload.check.answer('age', '80-120')).toBe('k:a:age:80-120');
    expect(buttonPayload.safeguarding.human('violence-now')).toBe('sg:human:violence-now');
  });

  it('reads back what it builds', () => {
    expect(parsePayload(buttonPayload.entry('hotline'))).toEqual({ kind: 'entry', id: 'hotline', english: false });
    expect(parsePayload(buttonPayload.entry('hotline', true))).toEqual({ kind: 'entry', id: 'hotline', english: true });
    expect(parsePayload(buttonPayload.menu)).toEqual({ kind: 'menu' });
    expect(parsePayload(buttonPayload.subscribe.allTopics)).toEqual({
      kind: 'subscribe',
      action: { kind: 'toggle', topics: ['*'] },
    });
    expect(parsePayload(buttonPayload.broadcast.platform('zalo-oa'))).toEqual({
      kind: 'broadcast',
      action: { kind: 'platform', platform: 'zalo-oa' },
    });
    expect(parsePayload(buttonPayload.check.answer('age', '80-120'))).toEqual({
      kind: 'check',
      action: { kind: 'answer', question: 'age', value: '80-120' },
    });
    expect(parsePayload(buttonPayload.safeguarding.safe('violence-now'))).toEqual({
      kind: 'safeguarding',
      action: { kind: 'safe', situation: 'violence-now', english: false },
    });
    expect(parsePayload(buttonPayload.safeguarding.human('suicide', true))).toEqual({
      kind: 'safeguarding',
      action: { kind: 'human', situation: 'suicide', english: true },
    });
  });

  it("keeps a feature's unknown actions with that feature, and refuses other prefixes", () => {
    expect(parsePayload('s:later')).toEqual({ kind: 'subscribe', action: undefined });
    expect(parsePayload('t:zz')).toEqual({ kind: 'broadcast', action: undefined });
    expect(parsePayload('k:a:age')).toEqual({ kind: 'check', action: undefined });
    expect(parsePayload('sg:maybe:x')).toEqual({ kind: 'safeguarding', action: undefined });
    expect(parsePayload('zz:1')).toBe(undefined);
  });

  it("throws rather than build a payload over Telegram's 64 bytes", () => {
    const fits = 'a'.repeat(MAX_PAYLOAD_BYTES - 2);
    expect(buttonPayload.entry(fits)).toHaveLength(MAX_PAYLOAD_BYTES);
    expect(() => buttonPayload.entry(`${fits}a`)).toThrow(PayloadTooLongError);
    // Bytes, not characters: "đ" takes two.
    expect(() => buttonPayload.subscribe.topic('đ'.repeat(31))).toThrow(PayloadTooLongError);
  });

  it('merges topic toggles picked together, and nothing else', () => {
    expect(mergeTopicToggles(['s:t:tre-em', 's:t:nguoi-cao-tuoi'])).toBe('s:t:tre-em,nguoi-cao-tuoi');
    expect(mergeTopicToggles(['s:t:tre-em', 'k:b'])).toBe(undefined);
  });
});
