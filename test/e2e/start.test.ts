/**
 * The few checks that need a real process: `npm start` itself, a signal arriving mid-reply, and a reload
 * through the bundle's knowledge worker (dist/knowledge-worker.mjs, which src/knowledge-check.ts must find).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegram, textUpdate } from '../fakes/telegram.ts';
import { builtCli } from './built-entry.ts';
import { processEnv } from './process-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';

describe('the bot as a process', () => {
  const fake = new FakeTelegram();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('npm start opens the terminal chat, answers, and quits on /thoat', async () => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: processEnv({ KB_WATCH: 'off' }),
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stdin.end('số tổng đài miễn phí\n/thoat\n');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(stdout).toContain('1800 1769');
  }, 60_000);

  it('finishes an update in flight on SIGTERM before exiting', async () => {
    fake.reset();
    fake.sendDelayMs = 1500;
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-term-'));
    // node runs the built CLI itself (no launcher in between to relay the signal, as with tsx's 30 ms
    // patience that a busy machine misses), so the signal reaches the bot's own handler.
    const child = spawn(process.execPath, builtCli('start'), {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: processEnv({
        LOG_LEVEL: 'info',
        DATA_DIR: dataDir,
        KB_WATCH: 'off',
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
      }),
    });
    try {
      await fake.waitFor('getUpdates', 1, 20_000);
      fake.pushUpdate(textUpdate('số tổng đài miễn phí', 4242));
      // The reply is being sent (the fake answers slowly) when SIGTERM arrives.
      await fake.waitFor('sendMessage', 1, 10_000);
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(code).toBe(0);
      const replies = fake.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === '4242');
      expect(replies.length).toBe(1);
      // The reply was answered to a process that was still there to receive it.
      expect(replies[0]?.answeredAt).toBeDefined();
    } finally {
      fake.sendDelayMs = 0;
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);

  it('answers from an edited knowledge folder after the worker has checked it', async () => {
    fake.reset();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-reload-'));
    const knowledgeDir = join(mkdtempSync(join(tmpdir(), 'ctxh-reload-kb-')), 'knowledge');
    cpSync(join(ROOT, 'knowledge'), knowledgeDir, { recursive: true });
    const child = spawn(process.execPath, builtCli('start'), {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: processEnv({
        LOG_LEVEL: 'info',
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: knowledgeDir,
        KB_WATCH: 'on',
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
      }),
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    try {
      await fake.waitFor('getUpdates', 1, 20_000);
      const entry = join(knowledgeDir, 'entries', 'hotline.yaml');
      writeFileSync(
        entry,
        readFileSync(entry, 'utf8').replace('không mất tiền cước.', 'không mất tiền cước (bản mới sửa).'),
      );
      // Ask until the new wording comes back (the reload waits for a quiet period, then the worker checks).
      let answer = '';
      let chatId = 5100; // a new person each time, so flood control never holds the question back
      for (const deadline = Date.now() + 30_000; Date.now() < deadline && !answer.includes('bản mới sửa'); ) {
        const before = fake.callsOf('sendMessage').length;
        fake.pushUpdate(textUpdate('số tổng đài miễn phí', chatId++));
        await fake.waitFor('sendMessage', before + 1, 10_000);
        answer = String(fake.callsOf('sendMessage').at(-1)?.body.text ?? '');
        if (!answer.includes('bản mới sửa')) await new Promise((r) => setTimeout(r, 500));
      }
      expect(answer).toContain('bản mới sửa');
      // The log line is written before the new answer, but reaches the pipe on its own time.
      for (const deadline = Date.now() + 5_000; Date.now() < deadline && !stderr.includes('knowledge base reloaded'); )
        await new Promise((r) => setTimeout(r, 50));
      expect(stderr).toContain('knowledge base reloaded');
      // Loaded by the worker, not by the main thread's fallback.
      expect(stderr).not.toContain('worker unavailable');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
