import { describe, expect, it } from 'vitest';
import { formatSubscribers, parseSubscribers } from '../../src/store/subscribers-io.ts';

describe('subscriber import and export', () => {
  it('reads CSV, keeps good rows and reports bad ones by line', () => {
    const csv = [
      'platform,chat_id,user_id,display_name,topics,area,consent_at',
      'telegram,111,111,Lan,tre-em;nguoi-cao-tuoi,Phường Hồng Gai,2026-03-01T08:00:00+07:00',
      'zalo-oa,abc,,Hùng,,,2026-03-02',
      'facebook,222,,,,,2026-03-01',
      'telegram,333,,,,,',
      '"telegram","444","444","Mai, Hoa",,,2026-03-03T00:00:00Z',
    ].join('\n');
    const { good, bad } = parseSubscribers(csv);
    expect(good.map((s) => s.key)).toEqual(['telegram:111', 'zalo-oa:abc', 'telegram:444']);
    expect(good[0]).toMatchObject({
      topics: ['tre-em', 'nguoi-cao-tuoi'],
      area: 'Phường Hồng Gai',
      consentAt: '2026-03-01T01:00:00.000Z',
      status: 'active',
    });
    expect(good[2]?.displayName).toBe('Mai, Hoa');
    expect(bad.map((b) => b.line)).toEqual([4, 5]);
    expect(bad[0]?.message).toContain('platform');
    expect(bad[1]?.message).toContain('consent_at');
  });

  it('reads JSON lines, reporting a broken line without losing the others', () => {
    const jsonl = [
      JSON.stringify({ platform: 'zalo-bot', chat_id: 'u1', consent_at: '2026-01-01T00:00:00Z', topics: ['hiv'] }),
      '{ not json',
      JSON.stringify({ platform: 'telegram', chat_id: 5, consent_at: '2026-01-01T00:00:00Z' }),
    ].join('\n');
    const { good, bad } = parseSubscribers(jsonl);
    expect(good.map((s) => s.key)).toEqual(['zalo-bot:u1', 'telegram:5']);
    expect(bad).toEqual([{ line: 2, message: 'không phải JSON hợp lệ' }]);
  });

  it('exports what it imports', () => {
    const { good } = parseSubscribers(
      JSON.stringify({
        platform: 'telegram',
        chat_id: '9',
        display_name: 'An',
        topics: 'tre-em',
        area: 'Xã Hòa Bình',
        consent_at: '2026-01-01T00:00:00.000Z',
      }),
    );
    const again = parseSubscribers(formatSubscribers(good, 'jsonl')).good;
    expect(again.map(({ updatedAt: _u, ...rest }) => rest)).toEqual(good.map(({ updatedAt: _u, ...rest }) => rest));
    const fromCsv = parseSubscribers(formatSubscribers(good, 'csv')).good;
    expect(fromCsv[0]).toMatchObject({ key: 'telegram:9', displayName: 'An', topics: ['tre-em'], area: 'Xã Hòa Bình' });
  });
});
