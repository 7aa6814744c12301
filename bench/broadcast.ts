/**
 * `npm run bench:broadcast`: a notice to 1,500 subscribers through the real
 * CLI process, against a fake Telegram API that enforces the configured rate
 * (429 past it). Prints the achieved rate against the limit (target ≥ 98%)
 * and what that share means for 100,000 subscribers at Telegram's default 30/s,
 * then repeats with the sender killed by `kill -9` half-way and resumed:
 * target 0 skipped, duplicates ≤ messages in flight (the engine's concurrency).
 */
import { benchTempDir } from './temp-dir.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FakeTelegram } from '../test/fakes/telegram.ts';

const ROOT = resolve(import.meta.dirname, '..');
// At Telegram's documented 30/s by default, so the figure is the one production gets.
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1500);
const LIMIT = Number(process.env.BENCH_RATE ?? 30);
const IN_FLIGHT = 8; // DeliveryEngine's default concurrency
const TELEGRAM_DEFAULT_RATE = 30; // BROADCAST_TELEGRAM_PER_SECOND's default, Telegram's documented bulk limit
const LARGE_AUDIENCE = 100_000;

function prepareDataDir(): { dataDir: string; notice: string } {
  const dataDir = benchTempDir('ctxh-bench-');
  const subscribers: Record<string, unknown> = {};
  for (let n = 1; n <= SUBSCRIBERS; n++) {
    const key = `telegram:${n}`;
    subscribers[key] = {
      key,
      platform: 'telegram',
      chatId: String(n),
      userId: String(n),
      topics: [],
      consentAt: '2026-01-01T00:00:00.000Z',
      status: 'active',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  }
  writeFileSync(
    join(dataDir, 'store.json'),
    JSON.stringify({ version: 1, subscribers, occurrences: {}, staff: [], audit: [] }),
  );
  const notice = join(dataDir, 'notice.txt');
  writeFileSync(
    notice,
    'Ngày 25/3 là Ngày Công tác xã hội Việt Nam. Trung tâm tư vấn miễn phí tại nhà văn hóa các phường. Gọi 18001769 để biết thêm.',
  );
  return { dataDir, notice };
}

function run(args: string[], dataDir: string, apiRoot: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      TELEGRAM_BOT_TOKEN: '123456789:AAFakeTokenForBenchOnly_abcdefghij',
      TELEGRAM_API_ROOT: apiRoot,
      BROADCAST_TELEGRAM_PER_SECOND: String(LIMIT),
      BROADCAST_TELEGRAM_PER_CHAT_PER_SECOND: '1',
    },
  });
}

const exited = (child: ChildProcess): Promise<number | null> => new Promise((r) => child.on('exit', (code) => r(code)));

function tally(fake: FakeTelegram): { delivered: Map<string, number>; rejected: number } {
  const delivered = new Map<string, number>();
  let rejected = 0;
  for (const c of fake.callsOf('sendMessage')) {
    if (c.rejected) {
      rejected++;
      continue;
    }
    const chat = String(c.body.chat_id);
    delivered.set(chat, (delivered.get(chat) ?? 0) + 1);
  }
  return { delivered, rejected };
}

const fake = new FakeTelegram();
await fake.start();
fake.enforceRate(LIMIT);
try {
  // 1. A full run: achieved rate against the limit.
  {
    const { dataDir, notice } = prepareDataDir();
    const code = await exited(run(['broadcast', '--file', notice], dataDir, fake.apiRoot));
    const ok = fake.callsOf('sendMessage').filter((c) => !c.rejected);
    const seconds = ((ok.at(-1)?.at ?? 0) - (ok[0]?.at ?? 0)) / 1000;
    const rate = (ok.length - 1) / seconds;
    const { delivered, rejected } = tally(fake);
    console.log(`run 1: ${SUBSCRIBERS} subscribers, limit ${LIMIT}/s, exit code ${code}`);
    console.log(
      `  delivered to ${delivered.size} chats in ${seconds.toFixed(1)} s: ${rate.toFixed(1)} msg/s = ${((rate / LIMIT) * 100).toFixed(1)}% of the limit (target ≥ 98%); 429s received: ${rejected}`,
    );
    const minutes = LARGE_AUDIENCE / (TELEGRAM_DEFAULT_RATE * (rate / LIMIT)) / 60;
    console.log(
      `  ${LARGE_AUDIENCE.toLocaleString('en')} Telegram subscribers at the default ${TELEGRAM_DEFAULT_RATE}/s and this share: ${minutes.toFixed(1)} min (target ≤ 58)`,
    );
  }
  fake.reset();
  // 2. kill -9 half-way, then resume.
  {
    const { dataDir, notice } = prepareDataDir();
    const child = run(['broadcast', '--file', notice], dataDir, fake.apiRoot);
    while (fake.callsOf('sendMessage').filter((c) => !c.rejected).length < SUBSCRIBERS / 2)
      await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited(child);
    const atKill = tally(fake).delivered.size;
    const code = await exited(run(['deliveries', 'resume'], dataDir, fake.apiRoot));
    const { delivered } = tally(fake);
    let skipped = 0;
    let duplicates = 0;
    for (let n = 1; n <= SUBSCRIBERS; n++) {
      const count = delivered.get(String(n)) ?? 0;
      if (count === 0) skipped++;
      if (count > 1) duplicates += count - 1;
    }
    console.log(`run 2: killed with SIGKILL after ${atKill} deliveries; resumed (exit code ${code})`);
    console.log(`  skipped: ${skipped} (target 0), sent twice: ${duplicates} (target ≤ ${IN_FLIGHT} in flight)`);
    console.log(`target: ${skipped === 0 && duplicates <= IN_FLIGHT ? 'met' : 'NOT met'}`);
  }
} finally {
  await fake.stop();
}
