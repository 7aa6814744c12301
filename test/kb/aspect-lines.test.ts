import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../src/kb/schema.ts';
import { loadKnowledge } from '../../src/knowledge.ts';
import { copyKnowledge, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const application = kb.entries.get('apply-social-allowance');

/** A minimal valid entry file with the given extra fields. */
function entryFile(extra: Record<string, unknown>) {
  return {
    id: 'vi-du',
    title: 'Ví dụ',
    questions: ['Câu hỏi một?', 'Câu hỏi hai?', 'Câu hỏi ba?', 'Câu hỏi bốn?'],
    answer: 'Một câu trả lời đủ dài để hợp lệ.',
    sources: ['Nguồn'],
    reviewed: '2026-11-26',
    ...extra,
  };
}

describe('aspect lines: the schema', () => {
  it('accepts lines for the follow-up aspects, in Vietnamese and in English', () => {
    const parsed = entrySchema.safeParse(
      entryFile({
        aspects: {
          place: 'Bạn nộp tại UBND xã/phường nơi cư trú.',
          duration: 'Cán bộ sẽ báo thời hạn khi nhận hồ sơ.',
        },
        aspects_en: { place: 'Apply at the commune or ward office.' },
      }),
    );
    expect(parsed.success).toBe(true);
  });

  it('names an unknown aspect, and the allowed ones, in Vietnamese for staff', () => {
    const parsed = entrySchema.safeParse(entryFile({ aspects: { hotlne: 'Gọi tổng đài miễn phí nhé.' } }));
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(['aspects', 'hotlne']);
    expect(issue?.message).toContain('không có khía cạnh "hotlne"');
    expect(issue?.message).toContain('duration (mất bao lâu)');
  });

  it('refuses a line too short or too long to be one or two sentences', () => {
    expect(entrySchema.safeParse(entryFile({ aspects: { place: 'Ở xã.' } })).success).toBe(false);
    expect(entrySchema.safeParse(entryFile({ aspects_en: { place: 'x'.repeat(401) } })).success).toBe(false);
  });

  it('fills placeholders in the lines as in answers, and kb check names a wrong one', () => {
    expect(application?.aspects?.duration).toContain(kb.center.hotline);
    expect(application?.aspects?.duration).not.toContain('{center.');
    const dir = copyKnowledge();
    const file = join(dir, 'entries', 'volunteer.yaml');
    const text = `id: volunteer
title: Tình nguyện viên
questions: [Làm tình nguyện viên thế nào?, Đăng ký làm cộng tác viên?, Muốn giúp trung tâm?, Có cần tình nguyện viên không?]
answer: Một câu trả lời đủ dài để hợp lệ.
aspects:
  place: "Gọi số {center.hotlin} để hỏi nơi đăng ký."
sources: [Nguồn]
reviewed: 2026-11-26
`;
    writeFileSync(file, text);
    expect(() => loadKnowledge(dir, { skipEditorialChecks: true })).toThrow(/aspects › place.*\{center\.hotlin\}/s);
  });
});
