/** /kiemtra computes with the base level in force on the day, and names newer unconfirmed levels with a hedge. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createBot } from '../../handlers/bot.ts';
import { loadKnowledge } from '../../src/knowledge.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { MemorySessionStore } from '../../src/store/sessions.ts';
import { copyKnowledgeNationalOnly, KNOWLEDGE_DIR, testUser } from '../helpers/kb.ts';

/** Noon in Vietnam on the given day. */
const on = (day: string): Date => new Date(`${day}T12:00:00+07:00`);

/** The result of a check for a poor 82-year-old with no one to support them, typed, on the given day. */
async function checkOn(dir: string, day: string, center?: string): Promise<string> {
  const kb = loadKnowledge(dir, { now: on(day), ...(center ? { center } : {}) });
  const bot = createBot({
    knowledge: () => kb,
    engine: DEFAULT_ENGINE_CONFIG,
    logger: silentLogger(),
    sessions: new MemorySessionStore(),
  });
  const user = testUser('telegram');
  let replies = await bot.handle({ kind: 'command', user, command: 'kiemtra', args: '' });
  for (const text of ['cho ba toi', 'ba toi 82 tuoi', 'khong', 'ho ngheo', 'khong', 'khong', 'khong co ai', 'hong co'])
    replies = await bot.handle({ kind: 'text', user, text });
  return replies.map((r) => r.text).join('\n');
}

describe('eligibility amounts over time', () => {
  it('computes with 360.000 before 1/7/2024 and 500.000 from that day', async () => {
    const dir = copyKnowledgeNationalOnly();
    const before = await checkOn(dir, '2024-06-30');
    expect(before).toContain('360.000 × hệ số 2,0 = 720.000 đồng/tháng');
    expect(before).toContain('từ 1/7/2021, theo Nghị định 20/2021/NĐ-CP');
    const after = await checkOn(dir, '2024-07-01');
    expect(after).toContain('500.000 × hệ số 2,0 = 1.000.000 đồng/tháng');
    expect(after).toContain('từ 1/7/2024, theo Nghị định 76/2024/NĐ-CP');
    expect(after).not.toContain('chưa được xác nhận');
  });

  it('keeps the confirmed level from 1/7/2026 and names the reported one with a hedge', async () => {
    const text = await checkOn(copyKnowledgeNationalOnly(), '2026-07-01');
    expect(text).toContain('500.000 × hệ số 2,0 = 1.000.000 đồng/tháng');
    expect(text).toContain(
      'Mức chuẩn có thể đã thay đổi thành 540.000 đ/tháng, áp dụng từ 1/7/2026 theo Nghị định 335/2026/NĐ-CP; mức này chưa được xác nhận, vui lòng hỏi UBND xã/phường nơi cư trú.',
    );
    // The social pension comes from figures.yaml too.
    expect(text).toContain('Mức dự kiến: 500.000 đồng/tháng');
  });

  it('names the province’s own level for the center’s province', async () => {
    const text = await checkOn(KNOWLEDGE_DIR, '2024-10-01');
    expect(text).toContain('có thể đã thay đổi thành 700.000 đ/tháng, mức riêng của Quảng Ninh, áp dụng từ 1/10/2024');
  });

  it('names Huế’s own level and hotline when CENTER=hue', async () => {
    const quangNinh = await checkOn(KNOWLEDGE_DIR, '2026-11-25');
    const hue = await checkOn(KNOWLEDGE_DIR, '2026-11-25', 'hue');
    expect(hue).toContain('600.000 đ/tháng, mức riêng của thành phố Huế, áp dụng từ 1/1/2025');
    expect(hue).not.toContain('Quảng Ninh');
    expect(quangNinh).toContain('700.000 đ/tháng, mức riêng của Quảng Ninh');
    expect(quangNinh).not.toContain('Huế');
  });

  it('computes with a coefficient from figures.yaml, changing on its from date', async () => {
    const dir = copyKnowledgeNationalOnly();
    const file = join(dir, 'figures.yaml');
    const figures = parse(readFileSync(file, 'utf8')) as Record<string, { national: unknown[] }>;
    figures.coef_elderly_alone_eighty?.national.push({
      value: 2.5,
      from: '2027-01-01',
      legal_basis: 'Nghị định thử nghiệm',
      source: 'ví dụ trong bài kiểm thử',
      verify: false,
    });
    writeFileSync(file, stringify(figures));
    expect(await checkOn(dir, '2026-12-31')).toContain('500.000 × hệ số 2,0 = 1.000.000 đồng/tháng');
    expect(await checkOn(dir, '2027-01-01')).toContain('500.000 × hệ số 2,5 = 1.250.000 đồng/tháng');
  });

  it('computes /kiemtra amounts with a province’s own level once it is confirmed, and the center decides which', async () => {
    const dir = copyKnowledgeNationalOnly();
    const file = join(dir, 'figures.yaml');
    const figures = parse(readFileSync(file, 'utf8')) as Record<
      string,
      { provinces?: Record<string, Array<{ verify: boolean }>> }
    >;
    for (const point of figures.base_level?.provinces?.hue ?? []) point.verify = false;
    writeFileSync(file, stringify(figures));
    expect(await checkOn(dir, '2026-11-25', 'hue')).toContain('600.000 × hệ số 2,0 = 1.200.000 đồng/tháng');
    expect(await checkOn(dir, '2026-11-25')).toContain('500.000 × hệ số 2,0 = 1.000.000 đồng/tháng');
  });
});
