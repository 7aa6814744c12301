/** The last-interaction log: one appended line per message, compacted on open, forgotten on request. */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InteractionLog } from '../../src/store/interactions.ts';

const file = (): string => join(mkdtempSync(join(tmpdir(), 'ctxh-interactions-')), 'interactions.log');
const at = (iso: string): Date => new Date(iso);
const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean);

describe('the last-interaction log', () => {
  it('appends one line per message and keeps the latest time per person and platform', () => {
    const path = file();
    const log = new InteractionLog({ file: path });
    log.record('zalo-oa:1', at('2027-03-01T08:00:00Z'));
    log.record('telegram:1', at('2027-03-02T08:00:00Z'));
    log.record('zalo-oa:1', at('2027-03-03T08:00:00Z'));
    log.record('zalo-oa:1', at('2027-03-02T08:00:00Z')); // an older, late message changes nothing
    expect(log.lastAt('zalo-oa:1')).toEqual(at('2027-03-03T08:00:00Z'));
    expect(log.lastAt('telegram:1')).toEqual(at('2027-03-02T08:00:00Z'));
    expect(log.lastAt('zalo-oa:2')).toBeUndefined();
    expect(lines(path)).toHaveLength(3);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).not.toMatch(/text|name/);
  });

  it('is compacted on start to the latest line per person, skipping a line cut short by a crash', () => {
    const path = file();
    const first = new InteractionLog({ file: path });
    for (let day = 1; day <= 5; day++) first.record('zalo-oa:1', at(`2027-03-0${day}T08:00:00Z`));
    writeFileSync(path, `${readFileSync(path, 'utf8')}zz`, { flag: 'w' });
    const reopened = new InteractionLog({ file: path });
    expect(reopened.lastAt('zalo-oa:1')).toEqual(at('2027-03-05T08:00:00Z'));
    expect(lines(path)).toEqual([expect.stringMatching(/ zalo-oa:1$/)]);
  });

  it('forgets a person at once, in memory and in the file (/xoadulieu)', () => {
    const path = file();
    const log = new InteractionLog({ file: path });
    log.record('zalo-oa:777', at('2027-03-01T08:00:00Z'));
    log.record('telegram:5', at('2027-03-01T08:00:00Z'));
    log.forget(['zalo-oa:777']);
    expect(log.lastAt('zalo-oa:777')).toBeUndefined();
    expect(readFileSync(path, 'utf8')).not.toContain('777');
    expect(new InteractionLog({ file: path }).lastAt('telegram:5')).toEqual(at('2027-03-01T08:00:00Z'));
  });

  it('keeps appending to the rewritten file after a deletion or a compaction, and after close', () => {
    const path = file();
    const log = new InteractionLog({ file: path });
    log.record('zalo-oa:1', at('2027-03-01T08:00:00Z'));
    log.record('zalo-oa:2', at('2027-03-01T08:00:00Z'));
    log.forget(['zalo-oa:2']); // rewrites the file (temp + rename): the old handle must not be written to
    log.record('zalo-oa:3', at('2027-03-02T08:00:00Z'));
    log.close();
    log.record('zalo-oa:4', at('2027-03-03T08:00:00Z'));
    const reopened = new InteractionLog({ file: path });
    expect(reopened.lastAt('zalo-oa:3')).toEqual(at('2027-03-02T08:00:00Z'));
    expect(reopened.lastAt('zalo-oa:4')).toEqual(at('2027-03-03T08:00:00Z'));
    expect(reopened.lastAt('zalo-oa:2')).toBeUndefined();
    reopened.close();
    log.close();
  });

  it('read-only, as a command beside a running bot reads it, it never writes the file', () => {
    const path = file();
    new InteractionLog({ file: path }).record('zalo-oa:1', at('2027-03-01T08:00:00Z'));
    const before = readFileSync(path, 'utf8');
    const reader = new InteractionLog({ file: path, readOnly: true });
    reader.record('zalo-oa:2', at('2027-03-02T08:00:00Z'));
    reader.forget(['zalo-oa:1']);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(new InteractionLog({ file: path, readOnly: true }).lastAt('zalo-oa:1')).toEqual(at('2027-03-01T08:00:00Z'));
  });

  it('creates no file until someone writes (a deletion with nothing recorded leaves the folder as it was)', () => {
    const path = file();
    const log = new InteractionLog({ file: path });
    log.forget(['telegram:1']);
    expect(log.lastAt('telegram:1')).toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });
});
