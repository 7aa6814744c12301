import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryEngine, jobIdFor } from '../../src/delivery/engine.ts';
import type { NewJob } from '../../src/delivery/types.ts';
import { silentLogger } from '../../src/log.ts';
import { auditLogIn, type AuditEvent, type AuditSink } from '../../src/store/audit-log.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import { FakeTelegram } from '../fakes/telegram.ts';
import { telegramSender } from '../helpers/core.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const NOTICE: NewJob = {
  kind: 'broadcast',
  key: 'draft-1',
  replies: [{ text: 'Họp tổ dân phố tối nay' }],
  audience: {},
  createdBy: 'staff:telegram:900',
  summary: 'Họp tổ dân phố tối nay',
};

async function storeWith(count: number) {
  const store = createMemoryStore();
  const at = '2026-11-01T00:00:00.000Z';
  for (let n = 1; n <= count; n++) {
    await store.upsertSubscriber({
      key: `telegram:${n}`,
      platform: 'telegram',
      chatId: String(n),
      userId: String(n),
      topics: [],
      consentAt: at,
      status: 'active',
      updatedAt: at,
    });
  }
  return store;
}

describe('the audit line is written before the notice is committed', () => {
  const fake = new FakeTelegram();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  const engineOver = (dataDir: string, store: Awaited<ReturnType<typeof storeWith>>, audit: AuditSink) =>
    new DeliveryEngine({
      jobsDir: join(dataDir, 'jobs'),
      store,
      audit,
      senders: new Map([['telegram', telegramSender(TOKEN, fake.apiRoot)]]),
      limits: { telegram: { perSecond: 1000, perChatPerSecond: 30 } },
      logger: silentLogger(),
    });

  it('after a crash between the audit line and the manifest, the notice is not sent at all', async () => {
    fake.reset();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-audit-crash-'));
    const store = await storeWith(50);
    const audit = auditLogIn(dataDir);
    // The process dies the moment the audit line is durable (what kill -9 at that point leaves).
    const dying: AuditSink = {
      async append(event: AuditEvent) {
        await audit.append(event);
        throw new Error('killed after the audit line');
      },
    };
    await expect(engineOver(dataDir, store, dying).enqueue(NOTICE)).rejects.toThrow('killed');

    const restarted = engineOver(dataDir, store, audit);
    expect(restarted.resumeAll()).toEqual([]);
    expect(fake.callsOf('sendMessage')).toHaveLength(0);
    expect(audit.jobs()).toMatchObject([{ jobId: jobIdFor('broadcast', 'draft-1'), recipients: 50 }]);
    expect(audit.jobs()[0]?.results).toBeUndefined();
  });

  it('writes the creation line before the manifest exists and the results before the journal says done', async () => {
    fake.reset();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-audit-order-'));
    const audit = auditLogIn(dataDir);
    const id = jobIdFor('broadcast', 'draft-1');
    const seen: string[] = [];
    const watching: AuditSink = {
      async append(event: AuditEvent) {
        const manifest = existsSync(join(dataDir, 'jobs', `${id}.json`));
        const journal = existsSync(join(dataDir, 'jobs', `${id}.log`))
          ? readFileSync(join(dataDir, 'jobs', `${id}.log`), 'utf8')
          : '';
        seen.push(`${event.type} manifest=${manifest} done=${journal.includes('done')}`);
        await audit.append(event);
      },
    };
    const engine = engineOver(dataDir, await storeWith(20), watching);
    await engine.whenDone(await engine.enqueue(NOTICE));
    expect(seen).toEqual(['job-created manifest=false done=false', 'job-finished manifest=true done=false']);
    expect(audit.jobs()).toMatchObject([
      {
        jobId: id,
        createdBy: 'staff:telegram:900',
        text: 'Họp tổ dân phố tối nay',
        results: { sent: 20, failed: 0, blocked: 0, cancelled: false },
      },
    ]);
    expect(fake.callsOf('sendMessage')).toHaveLength(20);
  });

  it('sends nothing when the audit cannot be written', async () => {
    fake.reset();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-audit-broken-'));
    // A folder where the audit file should be: every append fails.
    mkdirSync(join(dataDir, 'audit.jsonl'));
    const store = await storeWith(10);
    await expect(engineOver(dataDir, store, auditLogIn(dataDir)).enqueue(NOTICE)).rejects.toThrow();
    expect(existsSync(join(dataDir, 'jobs', `${jobIdFor('broadcast', 'draft-1')}.json`))).toBe(false);
    expect(engineOver(dataDir, store, auditLogIn(dataDir)).resumeAll()).toEqual([]);
    expect(fake.callsOf('sendMessage')).toHaveLength(0);
  });
});
