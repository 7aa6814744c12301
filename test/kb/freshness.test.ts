/**
 * kb:check's list of open items: facts marked verify, entries not reviewed
 * for 12 months, empty center facts; read from the real knowledge base on a
 * fixed date.
 */
import { describe, expect, it } from 'vitest';
import { freshnessReport } from '../../src/kb/freshness.ts';
import type { KnowledgeSource } from '../../src/kb/load.ts';
import { realKnowledge } from '../helpers/kb.ts';

const shipped = realKnowledge().source;
const where = (items: ReturnType<typeof freshnessReport>) =>
  items.map((p) => [p.file, p.entryId, p.field].filter(Boolean).join(' › '));

/** The shipped source with every open item closed, and the given changes. */
function cleanSource(change: (source: KnowledgeSource) => KnowledgeSource = (s) => s): KnowledgeSource {
  const eligibility = shipped.eligibility;
  if (!eligibility) throw new Error('eligibility.yaml is shipped');
  return change({
    ...shipped,
    center: {
      ...shipped.center,
      address: 'Số 1, phường Hồng Gai',
      hours: 'Thứ Hai đến thứ Sáu',
      website: 'https://example.vn',
      email: 'ctxh@example.vn',
      hotline_hours: '24/7',
      verify: [],
    },
    figures: Object.fromEntries(
      Object.entries(shipped.figures).map(([id, f]) => [
        id,
        {
          ...f,
          national: f.national.map((p) => ({ ...p, verify: false })),
          provinces: Object.fromEntries(
            Object.entries(f.provinces).map(([code, points]) => [code, points.map((p) => ({ ...p, verify: false }))]),
          ),
        },
      ]),
    ),
    eligibility: {
      ...eligibility,
      categories: eligibility.categories.map((c) => ({
        ...c,
        verify: false,
        amounts: c.amounts.map((row) => ({ ...row, verify: false })),
        ...(c.care_support ? { care_support: { ...c.care_support, verify: false } } : {}),
      })),
    },
  });
}

const TODAY = new Date('2026-11-25T12:00:00Z');

describe('kb:check freshness', () => {
  it('lists nothing once every fact is confirmed, filled in and recently reviewed', () => {
    expect(freshnessReport(cleanSource(), TODAY)).toEqual([]);
  });

  it('lists center facts marked verify, such as the name after the 2025 merger', () => {
    expect(shipped.center.verify).toContain('name');
    expect(where(freshnessReport(shipped, TODAY))).toContain('center.yaml › name');
  });

  it('lists legal figures and eligibility rules marked verify, down to the amount row', () => {
    const items = where(freshnessReport(shipped, TODAY));
    expect(items).toContain('figures.yaml › base_level › national › 2026-07-01');
    expect(items).toContain('figures.yaml › base_level › provinces › quang-ninh › 2024-10-01');
    expect(items).not.toContain('figures.yaml › base_level › national › 2024-07-01');
    expect(items).toContain('eligibility.yaml › categories › adult-hiv › amounts › dòng 1');
    expect(items).toContain('eligibility.yaml › categories › disability › care_support');
    expect(items).not.toContain('eligibility.yaml › categories › disability');
  });

  it('lists entries reviewed more than 12 months ago, and not one reviewed within them', () => {
    const [first, second] = shipped.entries;
    if (!first || !second) throw new Error('entries are shipped');
    const source = cleanSource((s) => ({
      ...s,
      entries: [
        { ...first, reviewed: '2025-11-24' },
        { ...second, reviewed: '2025-11-25' },
      ],
    }));
    const items = freshnessReport(source, TODAY);
    expect(items.map((p) => p.entryId)).toEqual([first.id]);
    expect(items[0]?.message).toContain('2025-11-24');
  });

  it('lists every empty center fact, and the hotline hours when unknown', () => {
    const source = cleanSource((s) => ({ ...s, center: { ...s.center, email: '', hotline_hours: [] } }));
    expect(where(freshnessReport(source, TODAY))).toEqual(['center.yaml › email', 'center.yaml › hotline_hours']);
  });
});
