import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { createRuntime } from '../src/runtime.ts';
import { createMemoryStore } from '../src/store/data-store.ts';
import { RecordingSender } from './helpers/core.ts';
import { KNOWLEDGE_DIR } from './helpers/kb.ts';
import { telegramSubscriber } from './helpers/subscribers.ts';

const config = (env: Record<string, string> = {}) =>
  loadConfig({ KNOWLEDGE_DIR, KB_WATCH: 'off', DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-runtime-')), ...env });

describe('createRuntime', () => {
  it('dates what it records by the one clock it is given', async () => {
    const at = new Date('2027-03-18T01:00:00.000Z');
    const telegram = new RecordingSender('telegram');
    const runtime = await createRuntime(config(), {
      logger: silentLogger(),
      clock: fixedClock(at),
      store: createMemoryStore(),
      senders: new Map([['telegram', telegram]]),
    });
    await runtime.store.upsertSubscribers([telegramSubscriber('1')]);
    const jobId = await runtime.core.delivery.enqueue({
      kind: 'broadcast',
      key: 'b1',
      replies: [{ text: 'Thông báo' }],
      audience: {},
      createdBy: 'cli',
      summary: 'Thông báo',
    });
    await runtime.core.delivery.whenDone(jobId);
    expect(telegram.sent.map((s) => s.chatId)).toEqual(['1']);
    expect(runtime.core.services.now()).toEqual(at);
    const audit = readFileSync(join(runtime.config.dataDir, 'audit.jsonl'), 'utf8').trim().split('\n');
    expect(audit.length).toBeGreaterThan(0);
    for (const line of audit) expect((JSON.parse(line) as { at: string }).at).toBe(at.toISOString());
    await runtime.close();
  });

  it('builds one adapter per configured platform, and the terminal only when asked', async () => {
    const withTelegram = await createRuntime(
      config({ TELEGRAM_BOT_TOKEN: '123456:AAFakeTokenForTestsOnly_abcdefghij' }),
      {
        logger: silentLogger(),
        store: createMemoryStore(),
      },
    );
    expect([...withTelegram.channels.keys()]).toEqual(['telegram']);
    expect(withTelegram.channels.get('telegram')?.webhook).toBeUndefined();
    // Built for sending only (a CLI broadcast), it leaves the handled-update files alone.
    expect(existsSync(join(withTelegram.config.dataDir, 'seen-updates'))).toBe(false);
    await withTelegram.close();
    const terminal = await createRuntime(config(), {
      logger: silentLogger(),
      store: createMemoryStore(),
      terminal: process.stderr,
    });
    expect([...terminal.channels.keys()]).toEqual(['terminal']);
    await terminal.close();
  });

  it('keeps a metrics registry for the channels, and none for the terminal chat (nothing serves /metrics there)', async () => {
    const channels = await createRuntime(config(), { logger: silentLogger(), store: createMemoryStore() });
    expect(await channels.metrics?.render()).toContain('ctxh_updates_received_total');
    await channels.close();
    const terminal = await createRuntime(config(), {
      logger: silentLogger(),
      store: createMemoryStore(),
      terminal: process.stderr,
    });
    expect(terminal.metrics).toBeUndefined();
    await terminal.close();
  });
});
