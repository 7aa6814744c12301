/** Numbered options on channels without buttons: fixed numbers for back and stop, "số 2", lists of toggles. */
import { describe, expect, it } from 'vitest';
import { OptionMemory, renderNumbered } from '../../src/channels/numbered.ts';
import { actionButton, type Reply, type UserRef } from '../../src/core/message.ts';
import { buttonPayload } from '../../src/core/payload.ts';
import { BACK_NUMBER, STOP_NUMBER } from '../../src/nlp/typed-choice.ts';

const user: UserRef = { platform: 'zalo-bot', chatId: 'c1', userId: 'u1' };
const HINT = 'Gõ số từ 1 đến {count}.';

function question(options: number): Reply {
  const buttons = Array.from({ length: options }, (_, i) => actionButton(`Ý ${i + 1}`, `k:a:q:${i + 1}`));
  return {
    text: 'Câu hỏi',
    buttons: [
      ...buttons,
      actionButton('⬅️ Quay lại', buttonPayload.check.back),
      actionButton('✖️ Dừng', buttonPayload.check.stop),
    ],
  };
}

describe('numbered options', () => {
  it('gives back and stop the same numbers on a short and a long question', () => {
    for (const options of [3, 8]) {
      const { texts, payloads } = renderNumbered([question(options)], HINT);
      expect(texts[0]).toContain(`${BACK_NUMBER}. ⬅️ Quay lại`);
      expect(texts[0]).toContain(`${STOP_NUMBER}. ✖️ Dừng`);
      expect(texts[0]).toContain(`${options}. Ý ${options}`);
      expect(payloads[BACK_NUMBER - 1]).toBe(buttonPayload.check.back);
      expect(payloads[STOP_NUMBER - 1]).toBe(buttonPayload.check.stop);
    }
  });

  it("uses a reply's own hint (an English reply) instead of the channel's", () => {
    const english: Reply = { ...question(2), optionsHint: 'Type a number from 1 to {count}.' };
    const { texts } = renderNumbered([english], HINT);
    expect(texts[0]?.endsWith(`Type a number from 1 to ${STOP_NUMBER}.`)).toBe(true);
    expect(renderNumbered([question(2)], HINT).texts[0]?.endsWith(`Gõ số từ 1 đến ${STOP_NUMBER}.`)).toBe(true);
  });

  it('skips a fixed number the batch uses when it has many other options', () => {
    const many: Reply = {
      text: 'Danh mục',
      buttons: Array.from({ length: 10 }, (_, i) => actionButton(`Mục ${i + 1}`, `e:${i + 1}`)),
    };
    const { texts, payloads } = renderNumbered(
      [many, { text: 'Tiếp tục?', buttons: [actionButton('✖️ Dừng', buttonPayload.check.stop)] }],
      HINT,
    );
    expect(texts[0]).toContain('8. Mục 8');
    expect(texts[0]).toContain('9. Mục 9');
    expect(texts[0]).toContain('11. Mục 10');
    expect(texts[1]).toContain(`${STOP_NUMBER}. ✖️ Dừng`);
    expect(payloads[10]).toBe('e:10');
  });

  it('reads "2", "số 2" and a list of topic toggles as presses, and nothing else', () => {
    const memory = new OptionMemory();
    const topics = Array.from({ length: 12 }, (_, i) => `s:t:topic${i + 1}`);
    memory.remember(user, topics);
    expect(memory.resolve(user, 'số 2')).toEqual({ kind: 'button', user, payload: 's:t:topic2' });
    expect(memory.resolve(user, '4, 11')).toEqual({ kind: 'button', user, payload: 's:t:topic4,topic11' });
    expect(memory.resolve(user, '4 và 11')).toEqual({ kind: 'button', user, payload: 's:t:topic4,topic11' });
    expect(memory.resolve(user, '13')).toBeUndefined();
    memory.remember(user, ['e:a', 'e:b', 'e:c']);
    // Two entries at once is not a thing a screen offers: left to the answer engine.
    expect(memory.resolve(user, '1, 2')).toBeUndefined();
    expect(memory.resolve(user, '82 tuổi')).toBeUndefined();
  });
});

describe('a reply that asks for a number', () => {
  it('lists its buttons without numbers, so "10" stays an age', () => {
    const memory = new OptionMemory();
    const { texts, payloads } = renderNumbered([{ ...question(8), asksNumber: true }], HINT);
    expect(texts[0]).toContain('• Ý 1');
    expect(texts[0]).not.toContain(`${STOP_NUMBER}. ✖️ Dừng`);
    expect(payloads).toEqual([]);
    memory.remember(user, payloads);
    expect(memory.resolve(user, '10')).toBeUndefined();
  });
});
