/**
 * `npm run bench:webhook`: posts realistic Telegram updates to the webhook on
 * loopback with autocannon; the service runs as its own process (as in
 * production) and sends its replies to a fake Telegram API in this process.
 * Prints updates/s, latency p50/p99, the service's memory, and whether every
 * update got its reply. Target on a 2-core machine: ≥ 1,500 updates/s,
 * p99 ≤ 50 ms, no update lost.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { parseEvalLines } from '../src/eval.ts';
import { FakeTelegram } from '../test/fakes/telegram.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SECRET = 'bench-secret-token';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      const body = (await res.json()) as { channels?: { telegram?: string } };
      if (body.channels?.telegram === 'ready') return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('service did not become ready');
}

const questions = ['dev', 'holdout'].flatMap((f) =>
  parseEvalLines(readFileSync(resolve(ROOT, 'test/eval', `${f}.jsonl`), 'utf8')).map((r) => r.q),
);

const fake = new FakeTelegram();
await fake.start();
const port = await freePort();
const service = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    '--import',
    'tsx',
    'src/cli.ts',
    'start',
  ],
  {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      // A fresh folder: update ids handled by an earlier run are kept in DATA_DIR and would be refused as replays.
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-bench-webhook-')),
      KB_WATCH: 'off',
      // BENCH_ANSWER_CACHE=0 measures the matcher on every update (the question pool is small, so the cache hits).
      ANSWER_CACHE_SIZE: process.env.BENCH_ANSWER_CACHE ?? '5000',
      PORT: String(port),
      HOST: '127.0.0.1',
      TELEGRAM_BOT_TOKEN: '123456789:AAFakeTokenForBenchOnly_abcdefghij',
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    },
  },
);

try {
  await waitForHealth(`http://127.0.0.1:${port}/healthz`);
  fake.reset();
  let sent = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/webhooks/telegram`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        setupRequest: (req) => {
          // One update per person, so per-person flood control never drops one.
          const n = ++sent;
          const chatId = 1_000_000 + n;
          const update = {
            update_id: n,
            message: {
              message_id: n,
              date: Math.floor(Date.now() / 1000),
              chat: { id: chatId, type: 'private', first_name: 'Dân' },
              from: { id: chatId, is_bot: false, first_name: 'Dân' },
              text: questions[n % questions.length],
            },
          };
          return { ...req, body: JSON.stringify(update) };
        },
      },
    ],
  });
  // Give replies in flight a moment to arrive.
  await new Promise((r) => setTimeout(r, 1000));
  const ok = result['2xx'];
  const answeredChats = new Set(fake.callsOf('sendMessage').map((c) => String(c.body.chat_id)));
  let lost = 0;
  for (let n = 1; n <= sent; n++) if (!answeredChats.has(String(1_000_000 + n))) lost++;
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const rss = Number(/ctxh_process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)/.exec(metrics)?.[1] ?? 0);
  const heap = Number(/ctxh_nodejs_heap_size_used_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)/.exec(metrics)?.[1] ?? 0);
  console.log(
    `duration ${SECONDS}s, ${CONNECTIONS} connections, ${questions.length} distinct questions, answer cache ${process.env.BENCH_ANSWER_CACHE ?? '5000'}`,
  );
  console.log(
    `updates/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total}, 2xx ${ok}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
  );
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(
    `replies: ${sent} updates posted, ${fake.callsOf('sendMessage').length} sendMessage calls to ${answeredChats.size} chats; updates without a reply: ${lost}`,
  );
  console.log(
    `service memory: rss ${(rss / 1024 / 1024).toFixed(1)} MB, heap used ${(heap / 1024 / 1024).toFixed(1)} MB`,
  );
  const pass = result.requests.average >= 1500 && result.latency.p99 <= 50 && lost === 0 && ok > 0;
  console.log(`target (≥ 1,500 updates/s, p99 ≤ 50 ms, none lost): ${pass ? 'met' : 'NOT met'}`);
} finally {
  service.kill('SIGTERM');
  await fake.stop();
}
