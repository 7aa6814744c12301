/**
 * Words that name Object.prototype's members ("constructor", "toString") typed as a message or inside one. A table
 * read by any typed word as a plain object answers them with functions; the follow-up reading then threw and the
 * person got the "trợ lý đang gặp trục trặc" reply.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/message.ts';
import { realBot, testUser } from '../helpers/kb.ts';

const WORDS = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];

const textOf = (replies: Reply[]): string => replies.map((r) => r.text).join('\n');

describe('words that name Object.prototype members', () => {
  for (const word of WORDS) {
    it(`"${word}" after a question gets an ordinary reply, alone and inside a follow-up`, async () => {
      const bot = realBot();
      const user = testUser();
      const first = await bot.handle({ kind: 'text', user, text: 'ba toi 80 tuoi co dc tro cap ko' });
      expect(textOf(first)).toContain('người cao tuổi');
      for (const text of [word, `con ${word} thi sao`, `${word} can giay to gi`]) {
        const replies = await bot.handle({ kind: 'text', user, text });
        expect(replies.length, text).toBeGreaterThan(0);
        expect(textOf(replies), text).not.toMatch(/trục trặc/);
      }
    });
  }
});
