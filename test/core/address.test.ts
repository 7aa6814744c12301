import { describe, expect, it } from 'vitest';
import { ChatAddress, personKey } from '../../src/core/address.ts';

describe('chat addresses', () => {
  it('keeps the stored key format: platform, a colon, the chat id', () => {
    expect(ChatAddress.toKey({ platform: 'telegram', chatId: '123' })).toBe('telegram:123');
    expect(ChatAddress.toKey({ platform: 'zalo-oa', chatId: '-100:7' })).toBe('zalo-oa:-100:7');
  });

  it('reads a key back, splitting at the first colon', () => {
    expect(ChatAddress.parse('zalo-bot:abc')).toEqual({ platform: 'zalo-bot', chatId: 'abc' });
    expect(ChatAddress.parse('zalo-oa:-100:7')).toEqual({ platform: 'zalo-oa', chatId: '-100:7' });
  });

  it('refuses keys that name no known platform or no chat', () => {
    for (const key of ['', 'telegram', 'telegram:', ':123', 'viber:123'])
      expect(ChatAddress.parse(key), key).toBe(undefined);
  });
});

describe('person keys', () => {
  it('name one person on one platform, whatever the chat', () => {
    expect(personKey({ platform: 'telegram', userId: '42' })).toBe('telegram:42');
  });
});
