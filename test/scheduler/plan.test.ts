import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPlanLine, planRange, planReminders } from '../../src/scheduler/plan.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import { INTERACTIONS_FILE, InteractionLog } from '../../src/store/interactions.ts';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import type { Subscriber } from '../../src/store/types.ts';
import { cli as runCli } from '../helpers/cli.ts';
import { realKnowledge } from '../helpers/kb.ts';

const TIMING = { reminderTime: 8 * 60, quietHours: { start: 21 * 60, end: 7 * 60 } };

function subscriber(chatId: string, topics: string[], status: Subscriber['status'] = 'active'): Subscriber {
  return {
    key: `telegram:${chatId}`,
    platform: 'telegram',
    chatId,
    userId: chatId,
    topics,
    consentAt: '2027-01-01T00:00:00.000Z',
    status,
    updatedAt: '2027-01-01T00:00:00.000Z',
  };
}

/** 25/3 (social work) reaches 1, 2 and 3; 2/4 (children) reaches 2, 3, 4 and 6; nobody blocked or elsewhere. */
const SUBSCRIBERS = [
  subscriber('1', ['cong-tac-xa-hoi']),
  subscriber('2', []),
  subscriber('3', ['tre-em', 'cong-tac-xa-hoi']),
  subscriber('4', ['tre-em']),
  subscriber('5', ['cong-tac-xa-hoi'], 'blocked'),
  subscriber('6', ['tre-em', 'nguoi-cao-tuoi']),
  subscriber('7', ['hiv']),
];

const MARCH_PLAN = [
  '2027-03-18T08:00+07:00\tsocial-work-day\tNgày Công tác xã hội Việt Nam\t3',
  '2027-03-24T08:00+07:00\tsocial-work-day\tNgày Công tác xã hội Việt Nam\t3',
  '2027-03-25T08:00+07:00\tsocial-work-day\tNgày Công tác xã hội Việt Nam\t3',
  '2027-03-26T08:00+07:00\tautism-awareness-day\tNgày Thế giới nhận thức về tự kỷ\t4',
];

describe('the reminder plan', () => {
  it('prints local time with offset, event id, title and audience size, tab-separated', async () => {
    const store = createMemoryStore();
    await store.upsertSubscribers(SUBSCRIBERS);
    const range = planRange('2027-03-01', '2027-03-26');
    expect(range).toBeDefined();
    const lines = await planReminders(realKnowledge(), store, range?.from ?? 0, range?.to ?? 0, TIMING);
    expect(lines.map(formatPlanLine)).toEqual(MARCH_PLAN);
  });

  it('takes bare dates as whole days in Vietnam time and date-times as given', () => {
    expect(planRange('2027-03-18', '2027-03-18')).toEqual({
      from: Date.parse('2027-03-17T17:00Z'),
      to: Date.parse('2027-03-18T17:00Z'),
    });
    expect(planRange('2027-03-18T08:00+07:00', '2027-03-18T09:00')).toEqual({
      from: Date.parse('2027-03-18T01:00Z'),
      to: Date.parse('2027-03-18T02:00Z'),
    });
    expect(planRange('18/3', '2027-03-18')).toBeUndefined();
  });
});

describe('npm run reminders', () => {
  let dataDir: string;
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCli(['reminders', ...args], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env } });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ctxh-reminders-'));
    const store = await openLowdbStore(dataDir);
    await store.upsertSubscribers(SUBSCRIBERS);
    await store.close();
  });

  it('plan lists the occurrences with their audience from the data folder', async () => {
    const { code, stdout } = await cli(['plan', '--from', '2027-03-01', '--to', '2027-03-26']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual(MARCH_PLAN);
  });

  it('plan honours quiet hours and the reminder time from the environment', async () => {
    const { stdout } = await cli(['plan', '--from', '2027-03-18', '--to', '2027-03-18'], { REMINDER_TIME: '22:30' });
    // 22:30 is in quiet hours: the 18/3 reminder moves to 07:00 on 19/3, outside the range.
    expect(stdout).toBe('');
    const moved = await cli(['plan', '--from', '2027-03-19', '--to', '2027-03-19'], { REMINDER_TIME: '22:30' });
    expect(moved.stdout.split('\t')[0]).toBe('2027-03-19T07:00+07:00');
  });

  it('run sends what is due at --now, and a second process sends nothing twice', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ctxh-reminders-run-'));
    const first = await cli(['run', '--now', '2027-03-18T08:00+07:00']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^sent\tsocial-work-day\|2027-03-25\|-7d\t\S+\n/);
    const again = await cli(['run', '--now', '2027-03-18T08:05+07:00']);
    expect(again.stdout).toBe('');
    const later = await cli(['run', '--now', '2027-03-25T08:30']);
    expect(
      later.stdout
        .split('\n')
        .filter((l) => /^(sent|skipped)/.test(l))
        .map((l) => l.split('\t').slice(0, 2).join(' ')),
    ).toEqual(['sent social-work-day|2027-03-25|0d', 'skipped social-work-day|2027-03-25|-1d']);
  });

  it('plan refuses malformed dates with the usage', async () => {
    const { code, stderr } = await cli(['plan', '--from', '1/3/2027', '--to', '2027-03-31']);
    expect(code).toBe(2);
    expect(stderr).toContain('reminders plan --from DATE --to DATE');
  });
});

describe('npm run reminders -- plan: reach at the due time', () => {
  it('prints, for each reminder, who Zalo OA and Telegram will reach when it is due', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-reminders-reach-'));
    const store = await openLowdbStore(dataDir);
    const oa = (id: string): Subscriber => ({ ...subscriber(id, []), key: `zalo-oa:${id}`, platform: 'zalo-oa' });
    await store.upsertSubscribers([oa('a'), oa('b'), oa('c'), subscriber('1', []), subscriber('5', [], 'blocked')]);
    await store.close();
    const log = new InteractionLog({ file: join(dataDir, INTERACTIONS_FILE) });
    // The 18/3 08:00 reminder: a wrote the evening before (free), b on 14/3 (7-day window), c on 1/3 (refused).
    log.record('zalo-oa:a', new Date('2027-03-17T20:00+07:00'));
    log.record('zalo-oa:b', new Date('2027-03-14T09:00+07:00'));
    log.record('zalo-oa:c', new Date('2027-03-01T09:00+07:00'));
    const { code, stdout, stderr } = await runCli(['reminders', 'plan', '--from', '2027-03-18', '--to', '2027-03-18'], {
      env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    });
    expect(code).toBe(0);
    expect(stdout).toBe('2027-03-18T08:00+07:00\tsocial-work-day\tNgày Công tác xã hội Việt Nam\t4\n');
    expect(stderr).toContain('2027-03-18T08:00+07:00 social-work-day\nKhả năng nhận tin:');
    expect(stderr).toContain('Zalo OA: 1 nhắn trong 48 giờ qua (miễn phí); 1 nhắn trong 7 ngày qua');
    expect(stderr).toContain('1 đã hơn 7 ngày không nhắn: Zalo từ chối, sẽ không gửi được');
    expect(stderr).toContain('Telegram: 1 người nhận được, 1 đã chặn bot');
  });
});
