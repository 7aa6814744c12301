/**
 * `npm run bench:flood`: ten attacking accounts send crafted messages (600-letter
 * words, 4,000 characters of random letters or made-up words) while twenty
 * residents ask ordinary questions, each every 2 s. Everything goes through
 * the real message path in one process (per-chat queue, flood control,
 * router, answer engine); a message "arrives" at its scheduled time, and its
 * wait is the time from then until its replies are ready, so a busy process
 * makes everyone wait, as it would with real webhooks.
 * Target: the residents' p99 wait ≤ 100 ms.
 */
import { loadKnowledge } from '../src/knowledge.ts';
import { resolve } from 'node:path';
import { ChatQueue } from '../src/channels/chat-queue.ts';
import { loadConfig } from '../src/config.ts';
import { createBot } from '../handlers/bot.ts';
import type { FloodLimits } from '../src/core/flood-guard.ts';
import type { Incoming } from '../src/core/message.ts';
import { silentLogger } from '../src/log.ts';
import { craftedCases, evalQuestions } from './crafted.ts';

const ROOT = resolve(import.meta.dirname, '..');
const kb = loadKnowledge(resolve(ROOT, 'knowledge'));
const config = loadConfig({ KNOWLEDGE_DIR: resolve(ROOT, 'knowledge'), KB_WATCH: 'off' });
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RESIDENTS = 20;
const RESIDENT_EVERY_MS = 2_000;
const ATTACKERS = 10;
const heavy = craftedCases.filter((c) => /600-letter|random letters|rare words|30-letter/.test(c.name));

interface Arrival {
  at: number;
  incoming: Incoming;
  attacker: boolean;
}

function schedule(attackerEveryMs: number): Arrival[] {
  const arrivals: Arrival[] = [];
  const text = (chat: string, message: string): Incoming => ({
    kind: 'text',
    user: { platform: 'telegram', chatId: chat, userId: chat },
    text: message,
  });
  let question = 0;
  for (let r = 0; r < RESIDENTS; r++) {
    for (let at = (r * RESIDENT_EVERY_MS) / RESIDENTS; at < SECONDS * 1000; at += RESIDENT_EVERY_MS) {
      arrivals.push({
        at,
        incoming: text(`resident-${r}`, evalQuestions[question++ % evalQuestions.length] as string),
        attacker: false,
      });
    }
  }
  let kind = 0;
  for (let a = 0; a < ATTACKERS; a++) {
    for (let at = a * 7; at < SECONDS * 1000; at += attackerEveryMs) {
      arrivals.push({
        at,
        incoming: text(`attacker-${a}`, (heavy[kind++ % heavy.length] as (typeof heavy)[number]).make()),
        attacker: true,
      });
    }
  }
  return arrivals.sort((x, y) => x.at - y.at);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
const ms = (x: number): string => `${x.toFixed(1)} ms`;

async function run(name: string, flood: FloodLimits | undefined, attackerEveryMs: number): Promise<void> {
  const bot = createBot({
    knowledge: () => kb,
    engine: config.engine,
    logger: silentLogger(),
    ...(flood ? { flood } : {}),
  });
  const queue = new ChatQueue();
  const arrivals = schedule(attackerEveryMs);
  const residentWaits: number[] = [];
  let attackerAnswered = 0;
  let attackerWarned = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now() + 100;
  await new Promise<void>((done) => {
    let pending = arrivals.length;
    for (const arrival of arrivals) {
      setTimeout(
        () => {
          // A timer may fire a little early; the message has then arrived when it fired.
          const arrived = Math.min(performance.now(), start + arrival.at);
          void queue
            .run(arrival.incoming.user.chatId, () => bot.handle(arrival.incoming))
            .then((replies) => {
              if (!arrival.attacker) residentWaits.push(performance.now() - arrived);
              else if (replies[0]?.text === kb.ui.slow_down) attackerWarned++;
              else if (replies.length > 0) attackerAnswered++;
              if (--pending === 0) done();
            });
        },
        start + arrival.at - performance.now(),
      );
    }
  });
  const used = process.cpuUsage(cpu0);
  const elapsed = (performance.now() - start) / 1000;
  residentWaits.sort((a, b) => a - b);
  const attacks = arrivals.filter((a) => a.attacker).length;
  console.log(
    `${name}: residents ${residentWaits.length} messages, wait p50 ${ms(percentile(residentWaits, 50))}, p99 ${ms(percentile(residentWaits, 99))}, max ${ms(residentWaits.at(-1) as number)}; ` +
      `attackers ${attacks} messages, ${attackerAnswered} answered, ${attackerWarned} "slow down"; CPU ${((used.user + used.system) / 1e6).toFixed(1)} s in ${elapsed.toFixed(1)} s  (target p99 ≤ 100 ms)`,
  );
}

// Flood control as configured (defaults unless FLOOD_* are set): each attacker sends 10 messages a second.
await run(
  `flood control on (burst ${config.flood.burst}, ${config.flood.perSecond}/s, ${config.flood.charsPerToken} chars/token)`,
  config.flood,
  100,
);
// Without it (as if the attack came from many more accounts, each under the limit): 2 messages a second each.
await run('flood control off, 20 crafted messages/s', undefined, 500);
