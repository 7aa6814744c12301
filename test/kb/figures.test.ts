import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/kb/load.ts';
import { fixedClock } from '../../src/clock.ts';
import { KnowledgeStore, loadKnowledge } from '../../src/knowledge.ts';
import { silentLogger } from '../../src/log.ts';
import { copyKnowledge, copyKnowledgeNationalOnly, KNOWLEDGE_DIR } from '../helpers/kb.ts';

/** Noon in Vietnam on the given day. */
const on = (day: string): Date => new Date(`${day}T12:00:00+07:00`);

/** The line of the amounts entry that states the base level, with the center's province levels removed. */
function baseLevelLine(dir: string, day: string): string {
  const answer = loadKnowledge(dir, { now: on(day) }).entries.get('allowance-amount')?.answer ?? '';
  return answer.split('\n').find((line) => line.includes('Mức chuẩn:')) ?? '';
}

describe('dated figures', () => {
  it('quotes the base level in force on the day, with its date and legal basis', () => {
    const dir = copyKnowledgeNationalOnly();
    expect(baseLevelLine(dir, '2024-06-30')).toContain(
      '360.000 đ/tháng, áp dụng từ 1/7/2021 theo Nghị định 20/2021/NĐ-CP',
    );
    const after = baseLevelLine(dir, '2024-07-01');
    expect(after).toContain('Mức chuẩn: 500.000 đ/tháng, áp dụng từ 1/7/2024 theo Nghị định 76/2024/NĐ-CP');
    expect(after).not.toContain('chưa được xác nhận');
  });

  it('keeps the last confirmed level and hedges the reported 2026 level, pointing to the commune', () => {
    const dir = copyKnowledgeNationalOnly();
    expect(baseLevelLine(dir, '2026-06-30')).not.toContain('540.000');
    const line = baseLevelLine(dir, '2026-07-01');
    expect(line).toContain('500.000 đ/tháng, áp dụng từ 1/7/2024 theo Nghị định 76/2024/NĐ-CP');
    expect(line).toContain('có thể là 540.000 đ/tháng, áp dụng từ 1/7/2026 theo Nghị định 335/2026/NĐ-CP');
    expect(line).toContain('chưa được xác nhận, vui lòng hỏi UBND xã/phường');
  });

  it('names the province’s own level beside the national one, hedged while it is unconfirmed', () => {
    expect(baseLevelLine(KNOWLEDGE_DIR, '2024-09-30')).not.toContain('700.000');
    const line = baseLevelLine(KNOWLEDGE_DIR, '2024-10-01');
    expect(line).toContain('500.000 đ/tháng, áp dụng từ 1/7/2024 theo Nghị định 76/2024/NĐ-CP');
    expect(line).toContain('có thể là 700.000 đ/tháng, mức riêng của Quảng Ninh, áp dụng từ 1/10/2024');
    expect(line).toContain('chưa được xác nhận, vui lòng hỏi UBND xã/phường');
  });

  it('quotes the province’s own level first once staff confirm it', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'figures.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/(value: 700000[\s\S]*?verify:) true/, '$1 false'));
    const line = baseLevelLine(dir, '2024-10-01');
    expect(line).toContain(
      'Mức chuẩn: 700.000 đ/tháng, mức riêng của Quảng Ninh, áp dụng từ 1/10/2024 theo quy định của HĐND tỉnh Quảng Ninh.',
    );
  });

  it('names the file, figure and field of a figure written wrongly', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'figures.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- value: 500000', '- value: "500.000 đồng"'));
    let problems: KnowledgeError['problems'] = [];
    try {
      loadKnowledge(dir);
    } catch (error) {
      if (error instanceof KnowledgeError) problems = error.problems;
    }
    expect(problems).toContainEqual({
      file: 'figures.yaml',
      field: 'base_level › national › mục thứ 2 › value',
      message: expect.stringContaining('số đồng mỗi tháng'),
    });
  });

  it('rejects a {figures.x} placeholder that figures.yaml does not define', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'entries/elderly-allowance.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{figures.social_pension}', '{figures.pension}'));
    expect(() => loadKnowledge(dir)).toThrow(/\{figures\.pension\} không có trong figures\.yaml/);
  });
});

describe('entries write no amount by hand', () => {
  it('has no digits followed by "đ" or "đồng" in any entry file', () => {
    const dir = join(KNOWLEDGE_DIR, 'entries');
    const handWritten = readdirSync(dir).flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(/\d[\d.,]*\s*(đồng|đ)(?![\p{L}])/gu)].map(
        (m) => `${name}: ${m[0]}`,
      ),
    );
    expect(handWritten).toEqual([]);
  });
});

describe('the live knowledge base', () => {
  it('quotes the new level on the day it applies, without a reload', () => {
    const clock = fixedClock(on('2024-06-30'));
    const store = new KnowledgeStore(copyKnowledgeNationalOnly(), silentLogger(), { clock });
    const line = (): string =>
      store.current.entries
        .get('allowance-amount')
        ?.answer.split('\n')
        .find((l) => l.includes('Mức chuẩn:')) ?? '';
    expect(line()).toContain('360.000 đ/tháng');
    expect(store.current.eligibility?.baseLevel.amount).toBe(360000);
    clock.set(new Date('2024-06-30T17:00:00Z')); // midnight in Vietnam
    expect(line()).toContain('500.000 đ/tháng, áp dụng từ 1/7/2024 theo Nghị định 76/2024/NĐ-CP');
    expect(store.current.eligibility?.baseLevel.amount).toBe(500000);
  });
});
