import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLastGood, saveLastGood } from '../../src/kb/last-good.ts';

const files = new Map([
  ['center.yaml', 'name: "Trung tâm \\"Bình An\\""\n'],
  ['entries/hotline.yaml', 'id: hotline\ntitle: Tổng đài\n'],
]);
const first = new Date('2026-11-20T08:00:00.000Z');
const later = new Date('2026-11-26T08:00:00.000Z');

describe('saving the last good copy', () => {
  it('writes once, then leaves a copy holding the same files as it is', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ctxh-last-good-')), 'copy.json');
    expect(saveLastGood(path, files, first)).toBe(true);
    expect(saveLastGood(path, files, later)).toBe(false);
    expect(readLastGood(path)).toMatchObject({ savedAt: first.toISOString(), files });
  });

  it('writes again when a file changed, or when the copy was damaged', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ctxh-last-good-')), 'copy.json');
    saveLastGood(path, files, first);
    const edited = new Map([...files, ['entries/hotline.yaml', 'id: hotline\ntitle: Tổng đài mới\n']]);
    expect(saveLastGood(path, edited, later)).toBe(true);
    expect(readLastGood(path)).toMatchObject({ savedAt: later.toISOString(), files: edited });

    writeFileSync(path, readFileSync(path, 'utf8').replace('Tổng đài mới', 'Tổng đài hỏng'));
    expect(readLastGood(path)).toBeUndefined();
    expect(saveLastGood(path, edited, first)).toBe(true);
    expect(readLastGood(path)).toMatchObject({ savedAt: first.toISOString(), files: edited });
  });
});
