import type { CompiledKnowledge } from '../../src/knowledge.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentVersion } from '../../handlers/subscribe.ts';
import { createBot } from '../../handlers/bot.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import { formatSubscribers, parseSubscribers } from '../../src/store/subscribers-io.ts';
import { botWithServices } from '../helpers/core.ts';

describe('record of consent', () => {
  it('keeps which consent wording each subscriber accepted, and when', async () => {
    const t = await botWithServices();
    await t.press(t.user('201'), 's:yes');
    const first = await t.store.getSubscriber('telegram:201');
    const version = consentVersion(t.kb.ui.subscribe_intro);
    expect(first?.consentVersion).toBe(version);
    expect(await t.store.getConsentText(version)).toEqual({
      text: t.kb.ui.subscribe_intro,
      firstAcceptedAt: first?.consentAt,
    });

    // Staff reword the consent text: the next person accepts a new version; the first record still holds.
    const reworded: CompiledKnowledge = {
      ...t.kb,
      ui: {
        ...t.kb.ui,
        subscribe_intro: `${t.kb.ui.subscribe_intro}\nTrợ lý xóa thông tin của bạn sau 90 ngày nếu không còn liên lạc được.`,
      },
    };
    const bot = createBot({
      knowledge: () => reworded,
      engine: DEFAULT_ENGINE_CONFIG,
      logger: silentLogger(),
      services: t.core.services,
    });
    await bot.handle({ kind: 'button', user: t.user('202'), payload: 's:yes' });
    const second = await t.store.getSubscriber('telegram:202');
    expect(second?.consentVersion).not.toBe(version);
    expect((await t.store.getConsentText(second?.consentVersion ?? ''))?.text).toBe(reworded.ui.subscribe_intro);
    expect((await t.store.getConsentText(version))?.text).toBe(t.kb.ui.subscribe_intro);
    expect((await t.store.getSubscriber('telegram:201'))?.consentVersion).toBe(version);
  });

  it('survives a restart and travels with exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctxh-consent-'));
    const store = await openLowdbStore(dir);
    await store.rememberConsentText('sha256:0123456789abcdef', 'Bạn đồng ý nhận tin?', '2027-01-01T00:00:00.000Z');
    await store.rememberConsentText('sha256:0123456789abcdef', 'một câu khác', '2027-02-01T00:00:00.000Z');
    await store.upsertSubscriber({
      key: 'zalo-bot:u9',
      platform: 'zalo-bot',
      chatId: 'u9',
      userId: 'u9',
      topics: [],
      consentAt: '2027-01-01T00:00:00.000Z',
      consentVersion: 'sha256:0123456789abcdef',
      status: 'active',
      updatedAt: '2027-01-01T00:00:00.000Z',
    });
    await store.close();
    const reopened = await openLowdbStore(dir);
    expect(await reopened.getConsentText('sha256:0123456789abcdef')).toEqual({
      text: 'Bạn đồng ý nhận tin?',
      firstAcceptedAt: '2027-01-01T00:00:00.000Z',
    });
    const csv = formatSubscribers(await reopened.listSubscribers(), 'csv');
    expect(csv.split('\n')[0]).toContain('consent_at,consent_version');
    expect(parseSubscribers(csv).good[0]?.consentVersion).toBe('sha256:0123456789abcdef');
  });
});
