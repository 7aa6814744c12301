import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogIn } from '../src/store/audit-log.ts';
import { FakeTelegram } from './fakes/telegram.ts';
import { cli as runCli } from './helpers/cli.ts';

/** Runs a command in-process against the fake API, as the operator would with these settings. */
const cli = (args: string[], env: Record<string, string>) => runCli(args, { env: { LOG_LEVEL: 'warn', ...env } });

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';

describe('operator commands', () => {
  const fake = new FakeTelegram();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('imports subscribers, adds staff, and sends a notice to an audience with a dry run first', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-ops-'));
    const env = { DATA_DIR: dataDir, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, KB_WATCH: 'off' };
    const file = join(dataDir, 'subscribers.csv');
    writeFileSync(
      file,
      'platform,chat_id,topics,area,consent_at\ntelegram,501,tre-em,,2026-01-01\ntelegram,502,,Phường Bãi Cháy,2026-01-01\ntelegram,503,nguoi-cao-tuoi,,2026-01-01\ntelegram,504,,,\n',
    );
    const imported = await cli(['subscribers', 'import', file], env);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain('Đã nhập 3 người đăng ký; 1 dòng lỗi');
    expect(imported.stderr).toContain('dòng 5');

    expect((await cli(['staff', 'add', 'telegram', '777'], env)).code).toBe(0);
    expect((await cli(['staff', 'list'], env)).stdout).toContain('telegram\t777');
    expect((await cli(['staff', 'remove', 'telegram', '777'], env)).code).toBe(0);
    const exported = await cli(['subscribers', 'export'], env);
    expect(exported.stdout.trimEnd().split('\n')).toHaveLength(3);
    // Staff changes and exports are audited: who did it and how many, never whose data.
    expect(auditLogIn(dataDir).read()).toMatchObject([
      { type: 'subscribers-imported', count: 3, by: 'cli' },
      { type: 'staff-added', platform: 'telegram', userId: '777', by: 'cli' },
      { type: 'staff-removed', platform: 'telegram', userId: '777', by: 'cli' },
      { type: 'subscribers-exported', count: 3, by: 'cli' },
    ]);

    const notice = join(dataDir, 'notice.txt');
    writeFileSync(notice, 'Ngày hội tư vấn trẻ em <miễn phí> sáng Chủ nhật.');
    const dry = await cli(['broadcast', '--file', notice, '--topic', 'tre-em', '--dry-run'], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Người nhận: 2');
    expect(dry.stdout).toContain('Khả năng nhận tin:\n• Telegram: 2 người nhận được, 0 đã chặn bot');
    expect(fake.callsOf('sendMessage').length).toBe(0);

    const sent = await cli(['broadcast', '--file', notice, '--topic', 'tre-em'], env);
    expect(sent.code).toBe(0);
    expect(sent.stdout).toContain('gửi được 2/2');
    expect(
      fake
        .callsOf('sendMessage')
        .map((c) => c.body.chat_id)
        .sort(),
    ).toEqual(['501', '502']);
    expect(fake.callsOf('sendMessage')[0]?.body.text).toBe('Ngày hội tư vấn trẻ em &lt;miễn phí&gt; sáng Chủ nhật.');
    expect(auditLogIn(dataDir).jobs()).toMatchObject([
      { kind: 'broadcast', createdBy: 'cli', recipients: 2, results: { sent: 2 } },
    ]);
  }, 120_000);
});
