/**
 * A staff notice cut off by kill -9 halfway through, then finished by `ctxh deliveries resume`: everybody
 * gets it exactly once, and only the sends that were on the wire at the crash go out again. Must spawn:
 * only a real process can die in the middle of a send.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { callbackUpdate, FakeTelegram, type RecordedCall, textUpdate } from '../fakes/telegram.ts';
import { cli } from '../helpers/cli.ts';
import { until } from '../helpers/real-io.ts';
import { telegramSubscriber } from '../helpers/subscribers.ts';
import { builtCli } from './built-entry.ts';
import { processEnv } from './process-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const STAFF = 5000;
const SUBSCRIBERS = 120;
const NOTICE = 'Thông báo: trung tâm nghỉ chiều thứ Sáu để tập huấn.';

describe('a staff notice interrupted by a crash', () => {
  const fake = new FakeTelegram();
  let child: ChildProcess | undefined;
  beforeAll(() => fake.start());
  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await fake.stop();
  });

  it('is finished by deliveries resume: each subscriber gets it once, only cut-off sends are repeated', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-crash-'));
    const store = await openLowdbStore(dataDir);
    await store.upsertSubscribers(Array.from({ length: SUBSCRIBERS }, (_, i) => telegramSubscriber(String(i + 1))));
    await store.close();
    const env = {
      DATA_DIR: dataDir,
      KB_WATCH: 'off',
      LOG_LEVEL: 'warn',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      STAFF_TELEGRAM_IDS: String(STAFF),
      BROADCAST_TELEGRAM_PER_SECOND: '200',
    };
    child = spawn(process.execPath, builtCli('start'), {
      cwd: ROOT,
      stdio: 'ignore',
      env: processEnv(env),
    });
    const notices = (): RecordedCall[] =>
      fake.callsOf('sendMessage').filter((c) => c.body.text === NOTICE && String(c.body.chat_id) !== String(STAFF));
    const toStaff = () => fake.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === String(STAFF));

    await fake.waitFor('getUpdates', 1, 20_000);
    fake.pushUpdate(textUpdate(`/thongbao ${NOTICE}`, STAFF));
    await until(() => toStaff().length >= 3, 20_000);
    fake.pushUpdate(callbackUpdate('t:a', STAFF));
    await until(() => toStaff().length >= 4, 20_000);
    expect(toStaff().at(-1)?.body.text).toContain(`${SUBSCRIBERS} người`);
    fake.pushUpdate(callbackUpdate('t:go', STAFF));

    // A third of the way in, the platform stops answering: the sends in flight hang, and the process dies.
    await until(() => notices().length >= SUBSCRIBERS / 3, 20_000);
    fake.sendDelayMs = 30_000;
    await until(() => notices().some((c) => c.answeredAt === undefined), 20_000);
    // Sends answered just before have their journal line written within a few ms: the crash must not land
    // between an answer and its line (that one would be repeated too, as on a real server).
    await new Promise((done) => setTimeout(done, 300));
    const exited = new Promise((done) => child?.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    fake.sendDelayMs = 0;
    const cutOff = notices()
      .filter((c) => c.answeredAt === undefined)
      .map((c) => String(c.body.chat_id));
    expect(cutOff.length).toBeGreaterThan(0);
    expect(notices().length).toBeLessThan(SUBSCRIBERS);

    const resumed = await cli(['deliveries', 'resume'], { env });
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('Tiếp tục 1 đợt gửi chưa xong.');
    expect(resumed.stdout).toMatch(new RegExp(`gửi được ${SUBSCRIBERS}/${SUBSCRIBERS}, lỗi 0`));

    const answered = new Map<string, number>();
    const calls = new Map<string, number>();
    for (const c of notices()) {
      const chat = String(c.body.chat_id);
      calls.set(chat, (calls.get(chat) ?? 0) + 1);
      if (c.answeredAt !== undefined) answered.set(chat, (answered.get(chat) ?? 0) + 1);
    }
    expect(answered.size).toBe(SUBSCRIBERS);
    expect([...answered.values()].filter((n) => n !== 1)).toEqual([]);
    const repeated = [...calls].filter(([, n]) => n > 1).map(([chat]) => chat);
    expect(repeated.sort()).toEqual([...cutOff].sort());
  }, 60_000);
});
