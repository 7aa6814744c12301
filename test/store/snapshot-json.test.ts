import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { parseSnapshot } from '../../src/store/snapshot-json.ts';
import type { Subscriber } from '../../src/store/types.ts';

const at = '2027-03-01T01:00:00.000Z';
const person = (i: number, extra: Partial<Subscriber> = {}): Subscriber => ({
  key: `telegram:${i}`,
  platform: 'telegram',
  chatId: String(i),
  userId: String(i),
  displayName: `Nguyễn Thị Ánh ${i} 👵`,
  topics: ['tre-em'],
  area: 'Phường Bến Nghé',
  consentAt: at,
  status: 'active',
  updatedAt: at,
  ...extra,
});
const snapshot = (subscribers: Subscriber[], more: object = {}) => ({
  version: 1,
  subscribers: Object.fromEntries(subscribers.map((s) => [s.key, s])),
  occurrences: {},
  staff: [],
  consentTexts: { v1: { text: 'Đồng ý nhận nhắc lịch 📅', firstAcceptedAt: at } },
  drafts: {},
  ...more,
});

describe('reading the store snapshot', () => {
  it('gives back every Vietnamese name, emoji and key exactly as JSON.parse of the UTF-8 text would', () => {
    const data = snapshot([person(1), person(2, { topics: [] })], {
      drafts: { 'telegram:Đội 1': { text: 'Thông báo họp' } },
    });
    for (const text of [JSON.stringify(data), JSON.stringify(data, null, 2)])
      expect(parseSnapshot(Buffer.from(text, 'utf8'))).toEqual(JSON.parse(text));
  });

  it('reads a hand-edited snapshot with \\u escapes beside raw letters', () => {
    const text = JSON.stringify(snapshot([person(1)])).replace('Ánh', '\\u00c1nh');
    expect(parseSnapshot(Buffer.from(text, 'utf8'))).toEqual(JSON.parse(text));
  });

  it('keeps one copy of values that repeat across subscribers', () => {
    const parsed = parseSnapshot(Buffer.from(JSON.stringify(snapshot([person(1), person(2)])), 'utf8')) as {
      subscribers: Record<string, Subscriber>;
    };
    const [a, b] = Object.values(parsed.subscribers) as [Subscriber, Subscriber];
    expect(a.topics).toBe(b.topics);
    expect(a.topics).toEqual(['tre-em']);
  });

  it('opens a store whose snapshot holds Vietnamese names and lists them unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctxh-snapshot-'));
    const people = [person(1), person(2, { topics: [], area: 'Xã Đông Hòa' })];
    writeFileSync(join(dir, 'store.json'), JSON.stringify(snapshot(people, { changeLog: 1 })), { mode: 0o600 });
    const store = await openLowdbStore(dir);
    expect(await store.listSubscribers()).toEqual(people);
    expect(await store.getConsentText('v1')).toEqual({ text: 'Đồng ý nhận nhắc lịch 📅', firstAcceptedAt: at });
    await store.close();
  });
});
