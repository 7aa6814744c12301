/**
 * Notices on Zalo OA to people outside Zalo's 7-day window: a consultation message when the person wrote
 * within 7 days, otherwise the configured template message, otherwise counted unreachable with the reason
 * and nothing sent. The fake OA refuses consultation messages outside the window (-230) like Zalo.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendError } from '../../src/channels/adapter.ts';
import { ZaloOaChannel } from '../../src/channels/zalo-oa/channel.ts';
import { FileTokenStore, ZaloOaClient } from '../../src/channels/zalo-oa/client.ts';
import { NO_TEMPLATE_REASON } from '../../src/channels/zalo-oa/outside-window.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createRuntime, type Runtime } from '../../src/runtime.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { createMemoryStore } from '../../src/store/data-store.ts';
import { FakeZaloOa, oaTextEvent } from '../fakes/zalo-oa.ts';
import { KNOWLEDGE_DIR, realKnowledge, realKnowledgeStore } from '../helpers/kb.ts';
import { telegramSubscriber } from '../helpers/subscribers.ts';

const APP_ID = '1234567890123456789';
const APP_SECRET = 'app-secret-abcdef123';
const OA_SECRET = 'oa-secret-key-xyz789';
const NOW = new Date('2027-03-20T08:00:00Z');
const HOUR = 60 * 60_000;
const kb = realKnowledge();
const oa = (id: string) => telegramSubscriber(id, { key: `zalo-oa:${id}`, platform: 'zalo-oa' });

describe('Zalo OA notices outside the interaction window', () => {
  const fake = new FakeZaloOa(APP_ID, APP_SECRET);
  const runtimes: Runtime[] = [];

  beforeAll(async () => {
    await fake.start();
    fake.enforceWindow = true;
    fake.now = () => NOW.getTime();
    fake.approvedTemplates.add('tpl-su-kien-01');
  });
  afterAll(async () => {
    for (const r of runtimes) await r.close();
    await fake.stop();
  });

  /** A runtime over the fake OA where `in` wrote 1 h ago, `mid` 3 days ago, `old` 10 days ago, `new` never (recorded). */
  async function runtimeWith(env: Record<string, string> = {}) {
    fake.refreshToken = 'refresh-0-abcdefghij';
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-oa-window-'));
    const config = loadConfig({
      KNOWLEDGE_DIR,
      KB_WATCH: 'off',
      DATA_DIR: dataDir,
      ZALO_OA_APP_ID: APP_ID,
      ZALO_OA_APP_SECRET: APP_SECRET,
      ZALO_OA_SECRET_KEY: OA_SECRET,
      ZALO_OA_REFRESH_TOKEN: 'refresh-0-abcdefghij',
      ZALO_OA_API_ROOT: fake.root,
      ZALO_OAUTH_ROOT: fake.root,
      ...env,
    });
    const store = createMemoryStore();
    const runtime = await createRuntime(config, {
      logger: silentLogger(),
      clock: fixedClock(NOW),
      knowledge: realKnowledgeStore(),
      store,
    });
    runtimes.push(runtime);
    await store.upsertSubscribers([oa('in'), oa('mid'), oa('old'), oa('new')]);
    const wrote = (id: string, hoursAgo: number) => {
      runtime.core.interactions.record(`zalo-oa:${id}`, new Date(NOW.getTime() - hoursAgo * HOUR));
      fake.lastInteraction.set(id, NOW.getTime() - hoursAgo * HOUR);
    };
    wrote('in', 1);
    wrote('mid', 72);
    wrote('old', 240);
    // `new` subscribed before interactions were recorded; Zalo knows they wrote 2 days ago.
    fake.lastInteraction.set('new', NOW.getTime() - 48 * HOUR);
    fake.lastInteraction.set('boss', NOW.getTime() - HOUR);
    const send = async (key: string, createdBy = 'cli') => {
      const jobId = await runtime.core.delivery.enqueue({
        kind: 'broadcast',
        key,
        replies: [{ text: 'Họp dân sáng thứ Bảy 29/3 tại nhà văn hóa phường.' }],
        audience: { platform: 'zalo-oa' },
        createdBy,
        summary: 'Họp dân',
      });
      return { progress: await runtime.core.delivery.whenDone(jobId), jobId };
    };
    return { runtime, store, dataDir, send };
  }

  const csTo = (id: string) => fake.messagesTo(id).length;

  it('without a template, counts the person unreachable with the reason and spends no send on them', async () => {
    const { runtime, store, dataDir, send } = await runtimeWith();
    const before = { old: csTo('old'), in: csTo('in'), mid: csTo('mid'), new: csTo('new') };
    const { progress, jobId } = await send('no-template', 'staff:zalo-oa:boss');
    expect(progress).toMatchObject({ total: 4, sent: 3, blocked: 1, failed: 0 });
    expect(csTo('old') - before.old).toBe(0);
    expect([csTo('in') - before.in, csTo('mid') - before.mid, csTo('new') - before.new]).toEqual([1, 1, 1]);
    expect(runtime.core.delivery.unreachableReasons(jobId)).toEqual({ [NO_TEMPLATE_REASON]: 1 });
    expect((await store.getSubscriber('zalo-oa:old'))?.status).toBe('undeliverable');
    const audited = auditLogIn(dataDir)
      .jobs()
      .find((j) => j.jobId === jobId);
    expect(audited?.results?.unreachable).toEqual({ [NO_TEMPLATE_REASON]: 1 });
    const report = await fake.waitForSends('boss');
    expect(report.at(-1)?.text).toContain(
      '1 người không liên lạc được: Zalo OA: người này hơn 7 ngày chưa nhắn cho OA và trung tâm chưa cấu hình tin mẫu giao dịch',
    );
  });

  it('with a template configured, sends the template message with the fields filled as mapped', async () => {
    const { send } = await runtimeWith({
      ZALO_OA_TEMPLATE_ID: 'tpl-su-kien-01',
      ZALO_OA_TEMPLATE_FIELDS: 'noi_dung=notice, so_dien_thoai=hotline, don_vi=center',
    });
    const before = { cs: csTo('old'), tx: fake.transactionSends.length };
    const { progress } = await send('with-template');
    expect(progress).toMatchObject({ total: 4, sent: 4, blocked: 0, failed: 0 });
    expect(csTo('old') - before.cs).toBe(0);
    const tx = fake.transactionSends.slice(before.tx);
    expect(tx).toHaveLength(1);
    expect(tx[0]?.body).toEqual({
      recipient: { user_id: 'old' },
      message: {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'transaction_event',
            language: 'VI',
            template_id: 'tpl-su-kien-01',
            template_data: {
              noi_dung: 'Họp dân sáng thứ Bảy 29/3 tại nhà văn hóa phường.',
              so_dien_thoai: kb.center.hotline,
              don_vi: kb.center.name,
            },
          },
        },
      },
    });
  });

  it('refuses a template mapping that names an unknown value, at start', () => {
    const env = {
      KNOWLEDGE_DIR,
      ZALO_OA_APP_ID: APP_ID,
      ZALO_OA_APP_SECRET: APP_SECRET,
      ZALO_OA_SECRET_KEY: OA_SECRET,
      ZALO_OA_REFRESH_TOKEN: 'refresh-0-abcdefghij',
      ZALO_OA_TEMPLATE_ID: 'tpl-su-kien-01',
    };
    expect(() => loadConfig({ ...env, ZALO_OA_TEMPLATE_FIELDS: 'title=address' })).toThrow(
      /ZALO_OA_TEMPLATE_FIELDS: "title=address" must be field=notice\|center\|hotline\|date/,
    );
    expect(() => loadConfig(env)).toThrow(/ZALO_OA_TEMPLATE_FIELDS is missing/);
  });

  it('the fake refuses a consultation message outside the window, as Zalo does', async () => {
    const { dataDir } = await runtimeWith();
    const plain = new ZaloOaChannel({
      client: new ZaloOaClient({
        appId: APP_ID,
        appSecret: APP_SECRET,
        store: new FileTokenStore(join(dataDir, 'plain-tokens.json')),
        initialRefreshToken: fake.refreshToken,
        apiRoot: fake.root,
        oauthRoot: fake.root,
      }),
      appId: APP_ID,
      oaSecretKey: OA_SECRET,
      eventWindowMs: 300_000,
      bot: { handle: async () => [] },
      moreOptionsText: () => kb.ui.more_options,
      logger: silentLogger(),
    });
    const refused = await plain.send({ platform: 'zalo-oa', chatId: 'old' }, [{ text: 'x' }]).catch((e: unknown) => e);
    expect((refused as SendError).failure).toMatchObject({ kind: 'permanent', status: 'undeliverable' });
    expect((refused as SendError).failure).toMatchObject({ reason: expect.stringContaining('-230') });
  });

  it('records every incoming message as an interaction, and /xoadulieu forgets it', async () => {
    const { runtime, dataDir } = await runtimeWith();
    const channel = runtime.channels.get('zalo-oa') as ZaloOaChannel;
    const log = () => readFileSync(join(dataDir, 'interactions.log'), 'utf8');
    await channel.handleEvent(oaTextEvent(APP_ID, 'resident-42', 'xin chào', NOW.getTime()) as never);
    expect(log()).toContain('zalo-oa:resident-42');
    expect(runtime.core.interactions.lastAt('zalo-oa:resident-42')).toEqual(NOW);
    await channel.handleEvent(oaTextEvent(APP_ID, 'resident-42', '/xoadulieu', NOW.getTime()) as never);
    expect(log()).not.toContain('resident-42');
  });
});
