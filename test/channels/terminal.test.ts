import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal.ts';
import { OptionMemory, renderNumbered } from '../../src/channels/numbered.ts';
import { realBot, realKnowledge, testUser } from '../helpers/kb.ts';

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const kb = realKnowledge();
  const done = runTerminalChat({ bot: realBot(), knowledge: () => kb, input, output });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('terminal chat', () => {
  it('greets, shows numbered topics, and a typed number picks that option', async () => {
    const kb = realKnowledge();
    const out = await chat(['4', '1', '/thoat']);
    expect(out).toContain(kb.center.name);
    expect(out).toContain(`1. ${kb.ui.groups[0]?.title}`);
    // "4" opens the fourth group; "1" then opens that group's first entry.
    const group = kb.ui.groups[3];
    const firstEntry = kb.entries.get(group?.entries[0] ?? '');
    expect(out).toContain(`${group?.title}`);
    expect(out).toContain(firstEntry?.answer.split('\n')[0]);
    expect(out).toContain(kb.ui.terminal_bye);
  });

  it('puts the numbers and advice for a child in danger first, and "1" answers "I am safe"', async () => {
    const kb = realKnowledge();
    const out = await chat(['con toi bi bo no danh', '1']);
    const emergency = out.slice(out.indexOf('Bạn › con toi'));
    expect(emergency).toContain(kb.safeguarding.text.number_lines['111']);
    expect(emergency.indexOf('111')).toBeLessThan(emergency.indexOf('113'));
    expect(emergency).toContain(`1. ${kb.safeguarding.text.buttons.safe}`);
    expect(emergency).toContain(`2. ${kb.safeguarding.text.buttons.human}`);
    expect(out).toContain(kb.safeguarding.text.safe_reply.split('\n')[0]);
  });

  it('opens an unclear message with a worrying word with the safety check-in and its buttons, and "2" reaches a person', async () => {
    const kb = realKnowledge();
    const out = await chat(['em het cach roi', '2']);
    const checkIn = out.slice(out.indexOf('Bạn › em het cach'));
    expect(checkIn).toContain(kb.ui.concern_check_in.split('\n')[1]);
    expect(checkIn).toContain(`1. ${kb.safeguarding.text.buttons.safe}`);
    expect(checkIn).toContain(`2. ${kb.safeguarding.text.buttons.human}`);
    expect(out).toContain(kb.safeguarding.text.human_reply.split('\n')[0]);
  });

  it('answers questions typed without accents', async () => {
    const out = await chat(['ba toi 80 tuoi co dc tro cap ko']);
    expect(out).toContain(realKnowledge().entries.get('elderly-allowance')?.answer.split('\n')[0]);
  });
});

describe('numbered options', () => {
  it('numbers action buttons across replies and remembers them per person', () => {
    const memory = new OptionMemory();
    const user = testUser('zalo-bot');
    const { texts, payloads } = renderNumbered(
      [
        { text: 'A', buttons: [{ kind: 'action', label: 'Một', payload: 'e:a' }] },
        {
          text: 'B',
          buttons: [
            { kind: 'call', label: 'Gọi', phone: '111' },
            { kind: 'action', label: 'Hai', payload: 'e:b' },
          ],
        },
      ],
      'Gõ 1–{count}',
    );
    expect(texts[0]).toContain('1. Một');
    expect(texts[1]).toContain('2. Hai');
    expect(texts[1]).toContain('Gọi: 111');
    expect(texts[1]).toMatch(/Gõ 1–2$/);
    memory.remember(user, payloads);
    expect(memory.resolve(user, ' 2 ')).toEqual({ kind: 'button', user, payload: 'e:b' });
    expect(memory.resolve(user, '3')).toBeUndefined();
    expect(memory.resolve({ ...user, chatId: 'other' }, '1')).toBeUndefined();
  });
});
