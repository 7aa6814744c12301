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
 * to see where the time goes. BENCH_GARBAGE=1 also prints, for the `decision` mode, the bytes a message allocates
 * (sampled by V8's heap profiler, collected objects included) and the functions that allocate most: unlike CPU time,
 * a figure other jobs on the machine do not change.
 */
import { Session } from 'node:inspector/promises';
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

/** A heap profile's node: what one function allocated itself, and its callees. */
interface AllocationNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: AllocationNode[];
}

/** The bytes `run` allocates per message over one pass, garbage included, and the five functions allocating most. */
async function garbage(run: (i: number) => unknown): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < MESSAGES; i++) run(i);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  const byFunction = new Map<string, number>();
  let total = 0;
  const visit = (node: AllocationNode): void => {
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*?\/(src|handlers)\//, '$1/')}`;
    total += node.selfSize;
    byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
    for (const child of node.children) visit(child);
  };
  visit(profile.head as AllocationNode);
  const top = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, bytes]) => `${name.trim()} ${((100 * bytes) / total).toFixed(0)}%`);
  console.log(
    `decision  ${(total / MESSAGES / 1000).toFixed(1)} kB allocated per message (sampled); most by ${top.join(', ')}`,
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
  if (process.env.BENCH_GARBAGE === '1') await garbage((i) => engine.find(kb, uniqueQuestion(i)));
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
