/**
 * Start-up: how long a person waits for the first answer. Builds the production bundle (as `npm run build`),
 * then times, as medians of BENCH_RUNS runs (5) taken in turns: `node dist/ctxh.mjs ask "…"` until the answer
 * is printed, with a DATA_DIR used before (its parsed-YAML cache filled, as on a server after its first start)
 * and with a fresh one; the same through `tsx src/cli.ts` (the development path); the terminal chat (`ctxh start`
 * with no channel) from launch to its reply to the first question; and `ask` from a bundle that imports its
 * dependencies from node_modules (the alternative the build does not take). Each command runs from the project
 * with every setting of .env.example blanked, so a developer's .env cannot start a real channel.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildProduction } from '../scripts/build.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUESTION = 'tổng đài miễn phí số mấy';
/** Part of the answer to QUESTION: the hotline number. */
const ANSWER = /1800 1769/;
/** The first answer from the built entry, in seconds (issue 17). */
const TARGET_S = 0.8;

/** A DATA_DIR of its own. */
const freshDataDir = (): string => mkdtempSync(join(tmpdir(), 'ctxh-bench-startup-'));

/** The environment of one measured process: settings blanked, the given DATA_DIR, no knowledge watcher. */
function benchEnv(dataDir: string): NodeJS.ProcessEnv {
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
  const blank = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => [m[1] as string, '']);
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    ...Object.fromEntries(blank),
    DATA_DIR: dataDir,
    KB_WATCH: 'off',
  };
}

/**
 * Seconds from spawning `command` on `dataDir` (a fresh one when left out) until its output shows the answer;
 * `input` is written to its stdin at once.
 */
function timeToAnswer(command: string, args: string[], dataDir?: string, input?: string): Promise<number> {
  const started = performance.now();
  const env = benchEnv(dataDir ?? freshDataDir());
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  let answeredAt: number | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (answeredAt === undefined && ANSWER.test(output)) {
      answeredAt = performance.now();
      if (input !== undefined) child.stdin.end('/thoat\n');
    }
  });
  if (input === undefined) child.stdin.end();
  else child.stdin.write(input);
  return new Promise((done, fail) => {
    child.on('exit', (code) => {
      if (answeredAt === undefined || code !== 0)
        fail(new Error(`${args.join(' ')} exited with ${code} without the answer:\n${output}`));
      else done((answeredAt - started) / 1000);
    });
  });
}

/** The middle value. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const external = mkdtempSync(join(ROOT, '.bench-startup-'));
try {
  const loadBefore = loadavg()[0] ?? 0;
  await buildProduction();
  await buildProduction({ outdir: external, externalDependencies: true });
  const built = join(ROOT, 'dist', 'ctxh.mjs');
  // One DATA_DIR used before for the whole run, as a server's: an untimed first `ask` fills its cache.
  const used = freshDataDir();
  await timeToAnswer(process.execPath, [built, 'ask', QUESTION], used);
  const cases: Array<{ name: string; target: string; run: () => Promise<number> }> = [
    {
      name: `node dist/ctxh.mjs ask "${QUESTION}"`,
      target: `≤ ${TARGET_S} s`,
      run: () => timeToAnswer(process.execPath, [built, 'ask', QUESTION], used),
    },
    {
      name: 'the same, first run on a fresh DATA_DIR (YAML parsed)',
      target: 'reference (first start only)',
      run: () => timeToAnswer(process.execPath, [built, 'ask', QUESTION]),
    },
    {
      name: `tsx src/cli.ts ask "${QUESTION}"`,
      target: 'reference (development)',
      run: () => timeToAnswer(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli.ts', 'ask', QUESTION], used),
    },
    {
      name: 'node dist/ctxh.mjs start: terminal chat, first reply',
      target: `≤ ${TARGET_S} s`,
      run: () => timeToAnswer(process.execPath, [built, 'start'], used, `${QUESTION}\n`),
    },
    {
      name: 'ask, dependencies imported from node_modules (not the build default)',
      target: 'compare with the first line',
      run: () => timeToAnswer(process.execPath, [join(external, 'ctxh.mjs'), 'ask', QUESTION], used),
    },
  ];
  const times = cases.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (const [c, bench] of cases.entries()) times[c]?.push(await bench.run());
  }
  console.log(`start-up, medians of ${RUNS} runs (min–max), seconds to the answer:`);
  for (const [c, bench] of cases.entries()) {
    const t = times[c] ?? [];
    const range = `${Math.min(...t).toFixed(2)}–${Math.max(...t).toFixed(2)}`;
    console.log(`  ${bench.name}: ${median(t).toFixed(2)} s (${range})   target ${bench.target}`);
  }
  console.log(`load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after (2 cores)`);
} finally {
  rmSync(external, { recursive: true, force: true });
}
