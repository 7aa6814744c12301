import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';

const DAY = 86_400_000;
const created = {
  type: 'job-created',
  jobId: 'broadcast-1',
  kind: 'broadcast',
  by: 'cli',
  text: 'Họp tổ dân phố',
  audience: {},
  recipients: 3,
} as const;
const finished = {
  type: 'job-finished',
  jobId: 'broadcast-1',
  kind: 'broadcast',
  results: { sent: 2, failed: 0, blocked: 1, cancelled: false },
} as const;

describe('audit log', () => {
  it('appends one JSON line per event and never edits a line: results are a line of their own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctxh-audit-'));
    const audit = auditLogIn(dir, () => Date.parse('2027-03-01T01:00:00Z'));
    await audit.append(created);
    const first = readFileSync(audit.path, 'utf8');
    await audit.append(finished);
    const text = readFileSync(audit.path, 'utf8');
    expect(text.startsWith(first)).toBe(true);
    expect(text.trimEnd().split('\n')).toHaveLength(2);
    expect(audit.jobs()).toEqual([
      {
        jobId: 'broadcast-1',
        kind: 'broadcast',
        createdBy: 'cli',
        createdAt: '2027-03-01T01:00:00.000Z',
        text: 'Họp tổ dân phố',
        audience: {},
        recipients: 3,
        finishedAt: '2027-03-01T01:00:00.000Z',
        results: finished.results,
      },
    ]);
  });

  it('skips a line torn by a crash mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctxh-audit-'));
    const audit = auditLogIn(dir);
    await audit.append(created);
    appendFileSync(audit.path, '{"type":"job-fini');
    expect(audit.read()).toHaveLength(1);
    expect(audit.jobs()[0]?.results).toBeUndefined();
  });

  it('prunes lines older than the retention period and keeps the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctxh-audit-'));
    let now = Date.parse('2026-01-01T00:00:00Z');
    const audit = auditLogIn(dir, () => now);
    await audit.append({ type: 'staff-added', platform: 'telegram', userId: '777', by: 'cli' });
    now += 400 * DAY;
    await audit.append({ type: 'data-deleted', platform: 'zalo-oa' });
    expect(audit.prune(365 * DAY)).toBe(1);
    expect(audit.read()).toMatchObject([{ type: 'data-deleted', platform: 'zalo-oa' }]);
    expect(audit.prune(365 * DAY)).toBe(0);
  });

  it('moves the audit an older version kept in store.json into the audit file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctxh-audit-'));
    const legacy = [
      {
        jobId: 'broadcast-1',
        kind: 'broadcast',
        createdBy: 'cli',
        createdAt: '2026-10-01T00:00:00.000Z',
        text: 'x',
        audience: {},
        recipients: 3,
        finishedAt: '2026-10-01T00:01:00.000Z',
        results: finished.results,
      },
      {
        jobId: 'reminder-2',
        kind: 'reminder',
        createdBy: 'scheduler',
        createdAt: '2026-10-02T00:00:00.000Z',
        text: 'y',
        audience: { topic: 'tre-em' },
        recipients: 5,
      },
    ];
    writeFileSync(
      join(dir, 'store.json'),
      JSON.stringify({ version: 1, subscribers: {}, occurrences: {}, staff: [], audit: legacy }),
    );
    await openLowdbStore(dir);
    expect(auditLogIn(dir).jobs()).toEqual(legacy);
    expect(JSON.parse(readFileSync(join(dir, 'store.json'), 'utf8'))).not.toHaveProperty('audit');
    // Opening again does not copy them twice.
    await openLowdbStore(dir);
    expect(auditLogIn(dir).read()).toHaveLength(3);
  });
});
