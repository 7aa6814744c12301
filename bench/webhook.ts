/**
 * `npm run bench:webhook`: posts realistic Telegram updates to the webhook on
 * loopback with autocannon (16 connections); each bot runs as its own process
 * (as in production) and sends its replies to a fake Telegram API in this
 * process. In one run it measures:
 * - `reference`: a bare grammY bot (bench/grammy-reference.ts) with the same
 *   fake API and the same undici client, answering one fixed reply;
 * - `repeated`: the service, on the eval questions over and over (the answer cache hits);
 * - `unique`: the service, every update a different realistic question.
 * The modes take turns (BENCH_ROUNDS slices each). Prints updates/s, the median
 * p50/p99 of the slices, the bot process's CPU time per update (steadier than
 * throughput on a busy machine), lost updates and the ratio to the reference.
 * Targets (issue 17): ≥ 0.9× the reference with p99 ≤ 25 ms; unique ≥ 0.8× repeated.
 * BENCH_BOT_NODE_OPTIONS adds Node options (a heap setting) to the bot processes only, not to this load generator;
 * BENCH_COMPARE_NODE_OPTIONS starts a second service with those options instead, whose modes (`repeated+`,
 * `unique+`) take turns with the first's in the same run: a paired comparison of a Node setting.
 * BENCH_MODES=reference,repeated,unique picks modes (`npm run bench:webhook:reference` starts the reference alone, with PORT,
 * TELEGRAM_API_ROOT, TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET set); BENCH_PROFILE=<dir> writes the service's CPU profile.
 */
import { benchTempDir } from './temp-dir.ts';
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, textUpdateBody, waitForHealth } from './service-process.ts';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { cpuMillisOf } from './process-cpu.ts';
import autocannon from 'autocannon';
import { repeatedQuestion, uniqueQuestion } from './unique-text.ts';
import { FakeTelegram } from '../test/fakes/telegram.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Each mode's time is cut into this many slices, taken in turns with the other modes. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Unmeasured load on each fresh process first, so that no mode pays for the JIT warming up. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const MODES = (process.env.BENCH_MODES ?? 'reference,repeated,unique').split(',');
const SECRET = 'bench-secret-token';
const TOKEN = '123456789:AAFakeTokenForBenchOnly_abcdefghij';

/** One bot process on its own port. */
interface Bot {
  port: number;
  process: ChildProcess;
}

async function startBot(
  fake: FakeTelegram,
  entry: string[],
  profile: boolean,
  nodeOptions = process.env.BENCH_BOT_NODE_OPTIONS,
): Promise<Bot> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(profile && process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      '--import',
      'tsx',
      ...entry,
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_OPTIONS: [process.env.NODE_OPTIONS, nodeOptions].filter(Boolean).join(' '),
        LOG_LEVEL: 'warn',
        // A fresh folder: update ids handled by an earlier run are kept in DATA_DIR and would be refused as replays.
        DATA_DIR: benchTempDir('ctxh-bench-webhook-'),
        KB_WATCH: 'off',
        // BENCH_ANSWER_CACHE=0 measures the matcher on every update.
        ANSWER_CACHE_SIZE: process.env.BENCH_ANSWER_CACHE ?? '5000',
        PORT: String(port),
        HOST: '127.0.0.1',
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      },
    },
  );
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, 30_000);
  const path = entry[0] === 'src/cli.ts' ? '/webhooks/telegram' : '/';
  if (WARMUP_SECONDS > 0)
    await load(fake, `http://127.0.0.1:${port}${path}`, 'warm-up', uniqueQuestion, WARMUP_SECONDS);
  return { port, process: child };
}

/** What one mode measured. */
interface Run {
  mode: string;
  perSecond: number;
  p50: number;
  p99: number;
  lost: number;
  failed: number;
  /** The bot process's CPU time (all threads, user + system) per update handled, in ms. */
  cpuPerUpdate: number;
}

let sent = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** One mode's slices as one run: the mean rate, the median p50 and p99, every failure. */
function combined(mode: string, parts: Run[]): Run {
  return {
    mode,
    perSecond: parts.reduce((sum, r) => sum + r.perSecond, 0) / parts.length,
    p50: median(parts.map((r) => r.p50)),
    p99: median(parts.map((r) => r.p99)),
    lost: parts.reduce((sum, r) => sum + r.lost, 0),
    failed: parts.reduce((sum, r) => sum + r.failed, 0),
    cpuPerUpdate: median(parts.map((r) => r.cpuPerUpdate)),
  };
}

/** Posts updates for SECONDS and counts the updates whose chat got no reply. */
async function load(
  fake: FakeTelegram,
  url: string,
  mode: string,
  text: (n: number) => string,
  seconds = SECONDS,
  pid?: number,
): Promise<Run> {
  fake.reset();
  const first = sent + 1;
  const cpuBefore = cpuMillisOf(pid);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        setupRequest: (req) => {
          const n = ++sent;
          return { ...req, body: textUpdateBody(n, text(n)) };
        },
      },
    ],
  });
  // Give replies in flight a moment to arrive.
  await new Promise((r) => setTimeout(r, 1000));
  const cpu = cpuMillisOf(pid) - cpuBefore;
  const answered = new Set(fake.callsOf('sendMessage').map((c) => String(c.body.chat_id)));
  let lost = 0;
  for (let n = first; n <= sent; n++) if (!answered.has(String(1_000_000 + n))) lost++;
  return {
    mode,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    lost,
    failed: result.non2xx + result.errors + result.timeouts,
    cpuPerUpdate: cpu / Math.max(1, sent - first + 1),
  };
}

async function serviceMemory(port: number): Promise<string> {
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const rss = Number(/ctxh_process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)/.exec(metrics)?.[1] ?? 0);
  const heap = Number(/ctxh_nodejs_heap_size_used_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)/.exec(metrics)?.[1] ?? 0);
  return `rss ${(rss / 1024 / 1024).toFixed(1)} MB, heap used ${(heap / 1024 / 1024).toFixed(1)} MB`;
}

const fake = new FakeTelegram();
await fake.start();
const runs: Run[] = [];
const bots: Bot[] = [];
try {
  console.log(
    `duration ${SECONDS}s per mode in ${ROUNDS} turns, after ${WARMUP_SECONDS}s of warm-up per process, ${CONNECTIONS} connections, answer cache ${process.env.BENCH_ANSWER_CACHE ?? '5000'}, load average before ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const targets: { mode: string; url: string; text: (n: number) => string; pid?: number }[] = [];
  if (MODES.includes('reference')) {
    const reference = await startBot(fake, ['bench/grammy-reference.ts'], false);
    bots.push(reference);
    targets.push({
      mode: 'reference',
      url: `http://127.0.0.1:${reference.port}/`,
      text: repeatedQuestion,
      pid: reference.process.pid,
    });
  }
  let service: Bot | undefined;
  if (MODES.includes('repeated') || MODES.includes('unique')) {
    service = await startBot(fake, ['src/cli.ts', 'start'], true);
    bots.push(service);
    const url = `http://127.0.0.1:${service.port}/webhooks/telegram`;
    const pid = service.process.pid;
    if (MODES.includes('repeated')) targets.push({ mode: 'repeated', url, text: repeatedQuestion, pid });
    if (MODES.includes('unique')) targets.push({ mode: 'unique', url, text: uniqueQuestion, pid });
    const compared = process.env.BENCH_COMPARE_NODE_OPTIONS;
    if (compared !== undefined) {
      const other = await startBot(fake, ['src/cli.ts', 'start'], false, compared);
      bots.push(other);
      const otherUrl = `http://127.0.0.1:${other.port}/webhooks/telegram`;
      const otherPid = other.process.pid;
      console.log(`the modes marked + run a second service with NODE_OPTIONS="${compared}"`);
      if (MODES.includes('repeated'))
        targets.push({ mode: 'repeated+', url: otherUrl, text: repeatedQuestion, pid: otherPid });
      if (MODES.includes('unique'))
        targets.push({ mode: 'unique+', url: otherUrl, text: uniqueQuestion, pid: otherPid });
    }
  }
  // The modes take turns in short slices, so that a change in the machine's load falls on all of them alike.
  const slices = new Map<string, Run[]>();
  for (let round = 0; round < ROUNDS; round++)
    for (const t of targets)
      slices.set(t.mode, [
        ...(slices.get(t.mode) ?? []),
        await load(fake, t.url, t.mode, t.text, SECONDS / ROUNDS, t.pid),
      ]);
  for (const [mode, parts] of slices) runs.push(combined(mode, parts));
  if (service) console.log(`service memory after the runs: ${await serviceMemory(service.port)}`);
  const reference = runs.find((r) => r.mode === 'reference');
  const repeated = runs.find((r) => r.mode === 'repeated');
  for (const r of runs) {
    const base = r.mode.endsWith('+') ? runs.find((other) => other.mode === r.mode.slice(0, -1)) : undefined;
    const sameRepeated = r.mode === 'unique+' ? runs.find((other) => other.mode === 'repeated+') : repeated;
    const ratios = [
      reference && r !== reference ? `${(r.perSecond / reference.perSecond).toFixed(2)}× reference` : '',
      sameRepeated && r.mode.startsWith('unique')
        ? `${(r.perSecond / sameRepeated.perSecond).toFixed(2)}× repeated`
        : '',
      base
        ? `${(r.perSecond / base.perSecond).toFixed(3)}× ${base.mode} by throughput, ${(r.cpuPerUpdate / base.cpuPerUpdate).toFixed(3)}× its CPU`
        : '',
    ].filter(Boolean);
    console.log(
      `${r.mode.padEnd(9)} ${r.perSecond.toFixed(0).padStart(5)} updates/s, p50 ${r.p50} ms, p99 ${r.p99} ms, CPU ${r.cpuPerUpdate.toFixed(3)} ms/update, not 2xx ${r.failed}, without a reply ${r.lost}${ratios.length ? `; ${ratios.join(', ')}` : ''}`,
    );
  }
  console.log(
    `load average after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (reference && repeated) {
    const met = repeated.perSecond >= 0.9 * reference.perSecond && repeated.p99 <= 25;
    console.log(`target (≥ 0.9× reference, p99 ≤ 25 ms): ${met ? 'met' : 'NOT met'}`);
  }
  const unique = runs.find((r) => r.mode === 'unique');
  if (unique && repeated)
    console.log(`target (unique ≥ 0.8× repeated): ${unique.perSecond >= 0.8 * repeated.perSecond ? 'met' : 'NOT met'}`);
  if (runs.some((r) => r.lost > 0 || r.failed > 0)) console.log('some updates failed or got no reply');
} finally {
  for (const bot of bots) bot.process.kill('SIGTERM');
  await fake.stop();
}
