/**
 * The built service reloads an edited knowledge folder through its worker
 * thread (dist/knowledge-worker.mjs): the bundle must ship the worker's entry
 * where src/knowledge-check.ts looks for it.
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

describe('the built service', () => {
  const fake = new FakeTelegram();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('answers from an edited knowledge folder after the worker has checked it', async () => {
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
      expect(stderr).toContain('knowledge base reloaded');
      // Loaded by the worker, not by the main thread's fallback.
      expect(stderr).not.toContain('worker unavailable');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
