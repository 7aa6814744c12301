/**
 * `npm run bench:telegram-send`: the client-side CPU of one reply call, grammY's own client
 * against the direct calls (`directJsonCalls` in src/channels/telegram/http.ts), both under
 * auto-retry as the service installs it, in turns in one process (7 blocks of 4,000 calls each,
 * 16 at a time, against a bare HTTP server in a child process). Prints the median µs per call.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { autoRetry } from '@grammyjs/auto-retry';
import { Api } from 'grammy';
import { directJsonCalls, telegramFetch } from '../src/channels/telegram/http.ts';

const BLOCKS = 7;
const CALLS = 4000;
const CONCURRENT = 16;
const TOKEN = '123456789:AAFakeTokenForBenchOnly_abcdefghij';
const ANSWER = '{"ok":true,"result":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"x"}}';

const server = spawn(process.execPath, [
  '-e',
  `require('http').createServer((q, s) => { q.resume(); q.on('end', () => { s.writeHead(200, { 'content-type': 'application/json' }); s.end('${ANSWER}'); }); }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
]);
const port = await new Promise<number>((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d)))));
const root = `http://127.0.0.1:${port}`;

function api(direct: boolean): Api {
  const made = new Api(TOKEN, { apiRoot: root, fetch: telegramFetch as unknown as typeof fetch });
  if (direct) made.config.use(directJsonCalls(root, TOKEN));
  made.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  return made;
}

// A reply as the bot sends one: an answer of about 550 characters with three buttons.
const text =
  'Dạ, trợ cấp xã hội hằng tháng cho người cao tuổi từ 80 tuổi trở lên không có lương hưu là 500.000 đồng/tháng. Hồ sơ gồm tờ khai, bản sao CCCD. Nộp tại UBND cấp xã nơi cư trú. '.repeat(
    3,
  );
const options = {
  parse_mode: 'HTML' as const,
  link_preview_options: { is_disabled: true },
  reply_markup: {
    inline_keyboard: [
      [{ text: 'Hồ sơ cần gì?', callback_data: 'a:papers:elderly' }],
      [
        { text: '👍', callback_data: 'v:up' },
        { text: '👎', callback_data: 'v:down' },
      ],
    ],
  },
};

/** CPU µs (user + system) of this process per call. */
async function run(client: Api, calls: number): Promise<number> {
  const before = process.cpuUsage();
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      while (sent++ < calls) await client.sendMessage('1000123', text, options);
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

try {
  console.log(
    `load average before ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const own = api(false);
  const direct = api(true);
  await run(own, CALLS);
  await run(direct, CALLS);
  const ownCpu: number[] = [];
  const directCpu: number[] = [];
  for (let block = 0; block < BLOCKS; block++) {
    ownCpu.push(await run(own, CALLS));
    directCpu.push(await run(direct, CALLS));
  }
  const list = (values: number[]): string => values.map((v) => v.toFixed(0)).join(', ');
  console.log(`grammY's client ${median(ownCpu).toFixed(1)} µs of CPU per call (${list(ownCpu)})`);
  console.log(`direct calls    ${median(directCpu).toFixed(1)} µs of CPU per call (${list(directCpu)})`);
} finally {
  server.kill();
}
