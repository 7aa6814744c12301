import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { readSnapshot } from '../../src/store/snapshot-read.ts';
import type { Subscriber } from '../../src/store/types.ts';

const at = '2027-03-01T01:00:00.000Z';
const person = (i: number, extra: Partial<Subscriber> = {}): Subscriber => ({
  key: `telegram:${i}`,
  platform: 'telegram',
  chatId: String(i),
  userId: String(i),
  displayName: `Nguyễn Thị Ánh ${i} 👵 "Bà {Tư}", \\ [út]`,
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
  occurrences: { 'tiem-chung:2027-03-01': { key: 'tiem-chung:2027-03-01', sentAt: at } },
  staff: [{ platform: 'telegram', userId: '7', name: 'Cán bộ Hà' }],
  consentTexts: { v1: { text: 'Đồng ý nhận nhắc lịch 📅', firstAcceptedAt: at } },
  drafts: {},
  ...more,
});
/** Writes `text` as a snapshot file and returns its path. */
const snapshotFile = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'ctxh-snapshot-')), 'store.json');
  writeFileSync(path, text);
  return path;
};
/** What JSON.parse gives for the file, or the error it throws. */
const parsedWhole = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return error;
  }
};
const readOrError = (path: string): unknown => {
  try {
    return readSnapshot(path);
  } catch (error) {
    return error;
  }
};

describe('reading the store snapshot in pieces', () => {
  it('gives what JSON.parse gives for the whole file, compact or indented', () => {
    const people = Array.from({ length: 9000 }, (_, i) => person(i, i % 2 ? { topics: [] } : {}));
    const data = snapshot(people, { drafts: { 'telegram:Đội 1': { text: 'Thông báo {họp}, tổ 3' } }, changeLog: 4 });
    // More than one read of the file and many batches of entries.
    for (const text of [JSON.stringify(data), JSON.stringify(data, null, 2)]) {
      expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
      const path = snapshotFile(text);
      expect(readSnapshot(path)).toStrictEqual(parsedWhole(path));
    }
  });

  it('reads \\u escapes, Vietnamese keys and an own __proto__ key as JSON.parse does', () => {
    const text = JSON.stringify(snapshot([person(1)], { drafts: { 'Tổ 1': {} } }))
      .replace('Ánh', '\\u00c1nh')
      .replace('"drafts":{', '"drafts":{"__proto__":{"x":1},');
    const path = snapshotFile(text);
    const read = readSnapshot(path) as { drafts: object };
    expect(read).toStrictEqual(parsedWhole(path));
    expect(Object.getPrototypeOf(read.drafts)).toBe(Object.prototype);
  });

  it('fails on an empty, cut short or non-object file as JSON.parse does', () => {
    const whole = JSON.stringify(snapshot([person(1), person(2)]));
    for (const text of ['', whole.slice(0, whole.length / 2), `${whole}x`, 'null', '[1]']) {
      const path = snapshotFile(text);
      expect(readOrError(path)).toStrictEqual(parsedWhole(path));
    }
  });

  it('keeps one copy of values that repeat across subscribers', () => {
    const read = readSnapshot(snapshotFile(JSON.stringify(snapshot([person(1), person(2)])))) as {
      subscribers: Record<string, Subscriber>;
    };
    const [a, b] = Object.values(read.subscribers) as [Subscriber, Subscriber];
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
