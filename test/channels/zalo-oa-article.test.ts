/** `npm run oa-article`: a notice published as a Zalo OA article broadcast to followers, optionally by province. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocal } from '../../src/scheduler/occurrences.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { FakeZaloOa } from '../fakes/zalo-oa.ts';
import { cli } from '../helpers/cli.ts';

const APP_ID = '1234567890123456789';
const APP_SECRET = 'app-secret-abcdef123';

/**
 * An hour of quiet hours centred on this moment in Vietnam time, so the spawned CLI (which reads the real clock)
 * is inside it whenever the test runs; "00:00-23:59" left out the last minute of the day.
 */
function quietWindowAroundNow(): string {
  const { minutes } = toLocal(Date.now());
  const clock = (m: number): string => {
    const wrapped = (m + 1440) % 1440;
    return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
  };
  return `${clock(minutes - 30)}-${clock(minutes + 30)}`;
}

describe('Zalo OA article broadcast from the command line', () => {
  const fake = new FakeZaloOa(APP_ID, APP_SECRET);
  beforeAll(async () => {
    await fake.start();
    fake.articles.add('article-hop-dan-29-3');
  });
  afterAll(() => fake.stop());

  const run = (args: string[], env: Record<string, string> = {}) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-oa-article-'));
    fake.refreshToken = 'refresh-0-abcdefghij';
    const result = cli(['oa-article', ...args], {
      env: {
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        QUIET_HOURS: 'off',
        ZALO_OA_APP_ID: APP_ID,
        ZALO_OA_APP_SECRET: APP_SECRET,
        ZALO_OA_SECRET_KEY: 'oa-secret-key-xyz789',
        ZALO_OA_REFRESH_TOKEN: 'refresh-0-abcdefghij',
        ZALO_OA_API_ROOT: fake.root,
        ZALO_OAUTH_ROOT: fake.root,
        ...env,
      },
    });
    return { result, dataDir };
  };

  it('broadcasts the article to followers in the chosen provinces, audited first', async () => {
    const before = fake.broadcasts.length;
    const { result, dataDir } = run(['--id', 'article-hop-dan-29-3', '--cities', '4, 1']);
    const { code, stdout } = await result;
    expect(code).toBe(0);
    expect(stdout).toContain('Zalo đã nhận yêu cầu gửi (mã oa-bc-');
    const sent = fake.broadcasts.slice(before);
    expect(sent.map((c) => c.body)).toEqual([
      {
        recipient: { target: { cities: '4,1' } },
        message: {
          attachment: {
            type: 'template',
            payload: {
              template_type: 'media',
              elements: [{ media_type: 'article', attachment_id: 'article-hop-dan-29-3' }],
            },
          },
        },
      },
    ]);
    const audit = auditLogIn(dataDir).read();
    expect(audit).toMatchObject([{ type: 'oa-article-broadcast', articleId: 'article-hop-dan-29-3', by: 'cli' }]);
  });

  it('says what Zalo refused, once, and exits 1', async () => {
    const before = fake.broadcasts.length;
    const { code, stderr } = await run(['--id', 'no-such-article']).result;
    expect(code).toBe(1);
    expect(stderr).toContain('Zalo từ chối: -201 Article is not found');
    expect(fake.broadcasts.length - before).toBe(1);
  });

  it('sends nothing in quiet hours, on a dry run, or with malformed codes', async () => {
    const before = fake.broadcasts.length;
    const quiet = await run(['--id', 'article-hop-dan-29-3'], { QUIET_HOURS: quietWindowAroundNow() }).result;
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toContain('giờ yên lặng');
    const dry = await run(['--id', 'article-hop-dan-29-3', '--gender', 'female', '--dry-run']).result;
    expect(dry.stdout).toContain('người quan tâm OA có {"gender":"2"}');
    const bad = await run(['--id', 'article-hop-dan-29-3', '--cities', 'Quảng Ninh']).result;
    expect(bad.code).toBe(2);
    expect(fake.broadcasts.length).toBe(before);
  });
});
