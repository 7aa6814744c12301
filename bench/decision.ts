/**
 * `npm run bench:decision`: the CPU a unique update costs in-process, without
 * sockets, on the texts `bench:webhook` posts (bench/unique-text.ts). Modes:
 * - `decision`: the answer engine alone with its cache off (every message decided afresh);
 * - `repeated`, `unique`: the whole bot as the service builds it (createRuntime over a
 *   temporary DATA_DIR, flood control, services and answer cache on), one new person per message,
 *   as the webhook bench sends them; only the channel (grammY, HTTP) is left out.
 * Each mode runs BENCH_PASSES passes of BENCH_MESSAGES messages after one unmeasured pass,
 * and prints the median CPU time (process.cpuUsage, user + system) per message in µs.
 * BENCH_DECISION_MODES=decision,repeated,unique picks modes. Run it with `node --cpu-prof`
 * to see where the time goes.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import type { Incoming } from '../src/core/message.ts';
import { KnowledgeStore } from '../src/knowledge.ts';
import { silentLogger } from '../src/log.ts';
import { createAnswerEngine } from '../src/nlp/engine.ts';
import { createRuntime } from '../src/runtime.ts';
import { benchTempDir } from './temp-dir.ts';
import { repeatedQuestion, uniqueQuestion } from './unique-text.ts';

const ROOT = resolve(import.meta.dirname, '..');
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 4000);
const PASSES = Number(process.env.BENCH_PASSES ?? 5);
const MODES = (process.env.BENCH_DECISION_MODES ?? 'decision,repeated,unique').split(',');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** CPU µs (user + system) per call of `run` over `count` calls. */
async function timed(count: number, run: (i: number) => unknown): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) await run(i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

/** One mode's passes: the median µs per message and the spread. */
async function measure(mode: string, run: (i: number, pass: number) => unknown): Promise<void> {
  await timed(MESSAGES, (i) => run(i, 0));
  const cpu: number[] = [];
  for (let pass = 1; pass <= PASSES; pass++) cpu.push(await timed(MESSAGES, (i) => run(i, pass)));
  console.log(
    `${mode.padEnd(9)} ${median(cpu).toFixed(1)} µs of CPU per message (${Math.min(...cpu).toFixed(1)}–${Math.max(...cpu).toFixed(1)})`,
  );
}

console.log(
  `${MESSAGES} messages × ${PASSES} passes after one unmeasured pass, load average before ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const knowledge = new KnowledgeStore(resolve(ROOT, 'knowledge'), silentLogger());
const kb = knowledge.current;
if (MODES.includes('decision')) {
  const engine = createAnswerEngine({ cacheSize: 0 });
  // The same texts every pass: with the cache off each is decided afresh.
  await measure('decision', (i) => engine.find(kb, uniqueQuestion(i)));
}
if (MODES.includes('repeated') || MODES.includes('unique')) {
  const config = loadConfig({
    KNOWLEDGE_DIR: resolve(ROOT, 'knowledge'),
    KB_WATCH: 'off',
    DATA_DIR: benchTempDir('ctxh-bench-decision-'),
  });
  const runtime = await createRuntime(config, { logger: silentLogger(), knowledge });
  let person = 1_000_000;
  const update = (text: string): Incoming => {
    const id = String(++person);
    return { kind: 'text', user: { platform: 'telegram', chatId: id, userId: id, displayName: 'Người dùng' }, text };
  };
  if (MODES.includes('repeated')) await measure('repeated', (i) => runtime.bot.handle(update(repeatedQuestion(i))));
  // Each pass its own texts, as the webhook bench never posts one twice.
  if (MODES.includes('unique'))
    await measure('unique', (i, pass) => runtime.bot.handle(update(uniqueQuestion(pass * MESSAGES + i))));
  await runtime.close();
}
knowledge.close();
console.log(
  `load average after ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
