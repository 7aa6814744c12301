/**
 * `npm run bench:store`: with 100,000 subscribers stored in lowdb, 1,000
 * subscription changes arrive at once through the bot's handlers (/dangky
 * consent presses). Target: all acknowledged, i.e. durable, within 5 seconds.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { createRuntime } from '../src/runtime.ts';
import { openLowdbStore } from '../src/store/lowdb-store.ts';
import type { Subscriber } from '../src/store/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const STORED = Number(process.env.BENCH_STORED ?? 100_000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 1_000);

const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-store-'));
const config = loadConfig({ KNOWLEDGE_DIR: join(ROOT, 'knowledge'), KB_WATCH: 'off', DATA_DIR: dataDir });
const store = await openLowdbStore(dataDir);
const now = new Date().toISOString();
const existing: Subscriber[] = Array.from({ length: STORED }, (_, i) => ({
  key: `zalo-oa:${i}`,
  platform: 'zalo-oa',
  chatId: String(i),
  userId: String(i),
  displayName: `Người dân ${i}`,
  topics: i % 3 === 0 ? ['tre-em', 'nguoi-cao-tuoi'] : [],
  ...(i % 5 === 0 ? { area: `Phường ${i % 40}` } : {}),
  consentAt: now,
  status: 'active',
  updatedAt: now,
}));
let t0 = performance.now();
await store.upsertSubscribers(existing);
console.log(
  `stored ${STORED} subscribers in ${(performance.now() - t0).toFixed(0)} ms; file ${(statSync(join(dataDir, 'store.json')).size / 1024 / 1024).toFixed(1)} MB`,
);

const { bot, knowledge } = await createRuntime(config, { logger: silentLogger(), store, topics: () => [] });

t0 = performance.now();
const latencies: number[] = [];
await Promise.all(
  Array.from({ length: CHANGES }, async (_, i) => {
    const start = performance.now();
    await bot.handle({
      kind: 'button',
      user: { platform: 'telegram', chatId: `new-${i}`, userId: `new-${i}` },
      payload: 's:yes',
    });
    latencies.push(performance.now() - start);
  }),
);
const total = performance.now() - t0;
latencies.sort((a, b) => a - b);
const reopened = await openLowdbStore(dataDir);
const durable = (await reopened.countSubscribers({ platform: 'telegram' })) === CHANGES;
console.log(
  `${CHANGES} subscription changes at once: all acknowledged in ${total.toFixed(0)} ms (p50 ${latencies[Math.floor(CHANGES / 2)]?.toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms); on disk after reopening: ${durable ? 'all' : 'NOT all'}`,
);
console.log(`target (all within 5,000 ms): ${total <= 5000 && durable ? 'met' : 'NOT met'}`);
knowledge.close();
