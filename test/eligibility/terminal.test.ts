/** The whole eligibility check in the terminal chat, where buttons are numbered options. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal.ts';
import type { EligibilityRules } from '../../src/eligibility/rules.ts';
import { realBot, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const rules = kb.eligibility as EligibilityRules;

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const done = runTerminalChat({ bot: realBot(), knowledge: () => kb, input, output });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

/** The number the terminal shows for an option of a question (its buttons come first, in order). */
function option(question: string, value: string): string {
  const index = rules.questionById.get(question)?.options.findIndex((o) => o.value === value) ?? -1;
  if (index < 0) throw new Error(`no option ${question}/${value}`);
  return String(index + 1);
}

describe('eligibility check in the terminal chat', () => {
  it('runs from /kiemtra to the result with typed option numbers and a typed age', async () => {
    const out = await chat([
      '/kiemtra',
      option('who', 'family'),
      '82 tuổi',
      option('disability', 'no'),
      option('household', 'poor'),
      option('single-parent', 'no'),
      option('hiv', 'no'),
      option('support', 'none'),
      option('pension', 'none'),
      '/thoat',
    ]);
    expect(out).toContain('Câu 1. Bạn muốn kiểm tra cho ai?');
    expect(out).toContain('1. 🙋 Cho chính tôi');
    expect(out).toContain('Câu 8.');
    expect(out).toContain('Kết quả kiểm tra nhanh cho người thân của bạn');
    expect(out).toContain('Vì: 82 tuổi, thuộc hộ nghèo, không có người có nghĩa vụ phụng dưỡng.');
    expect(out).toContain('= 1.000.000 đồng/tháng');
    expect(out).toContain(`${rules.texts.restart_button}`);
    expect(out).toContain(kb.ui.terminal_bye);
  });

  it('starts from the numbered menu entry', async () => {
    const menuPosition = kb.ui.groups.length + 1;
    const out = await chat([String(menuPosition), '/thoat']);
    expect(out).toContain(`${menuPosition}. ${kb.ui.eligibility_button}`);
    expect(out).toContain(rules.texts.intro.split('\n')[0]);
  });
});
