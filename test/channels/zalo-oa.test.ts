import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/app.ts';
import {
  FileTokenStore,
  ZaloOaApiError,
  ZaloOaAuthError,
  ZaloOaClient,
  ZaloOaTokenStoreError,
  type ZaloOaClientOptions,
} from '../../src/channels/zalo-oa/client.ts';
import { renderZaloOaReplies, ZALO_OA_MAX_BUTTONS } from '../../src/channels/zalo-oa/render.ts';
import { ZaloOaChannel } from '../../src/channels/zalo-oa/channel.ts';
import { ZaloOaVerifier } from '../../src/channels/zalo-oa/webhook.ts';
import { loadConfig } from '../../src/config.ts';
import type { SendError } from '../../src/channels/adapter.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { SignatureAlarm } from '../../src/channels/zalo-oa/signature-alarm.ts';
import {
  FakeZaloOa,
  oaAnonymousTextEvent,
  oaFollowEvent,
  oaStickerEvent,
  oaTextEvent,
  signEvent,
} from '../fakes/zalo-oa.ts';
import { KNOWLEDGE_DIR, realBot, realKnowledge } from '../helpers/kb.ts';
import { statusBecomes, telegramSubscriber } from '../helpers/subscribers.ts';

const APP_ID = '1234567890123456789';
const APP_SECRET = 'app-secret-abcdef123';
const OA_SECRET = 'oa-secret-key-xyz789';
const FIRST_REFRESH = 'refresh-0-abcdefghij';
const kb = realKnowledge();
const firstLine = (id: string): string => kb.entries.get(id)?.answer.split('\n')[0] ?? `missing entry ${id}`;
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'ctxh-zalo-oa-'));
type Sent = ReturnType<FakeZaloOa['messagesTo']>[number];
const buttonsOf = (messages: Sent[]) => messages.flatMap((m) => m.attachment?.payload.buttons ?? []);

describe('Zalo OA over its webhook', () => {
  const fake = new FakeZaloOa(APP_ID, APP_SECRET, FIRST_REFRESH);
  let service: Service;
  let url: string;
  let userNo = 5000;
  let user = '';

  /** Signs and posts an event; `signature` overrides the header (null: none). */
  const post = (event: Record<string, unknown>, signature?: string | null): Promise<Response> => {
    const signed = signEvent(event, APP_ID, OA_SECRET);
    const header = signature === undefined ? signed.signature : signature;
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header !== null ? { 'x-zevent-signature': header } : {}) },
      body: signed.raw,
    });
  };

  beforeAll(async () => {
    await fake.start();
    const config = loadConfig({
      KNOWLEDGE_DIR,
      KB_WATCH: 'off',
      DATA_DIR: tempDir(),
      ZALO_OA_APP_ID: APP_ID,
      ZALO_OA_APP_SECRET: APP_SECRET,
      ZALO_OA_SECRET_KEY: OA_SECRET,
      ZALO_OA_REFRESH_TOKEN: FIRST_REFRESH,
      ZALO_OA_API_ROOT: fake.root,
      ZALO_OAUTH_ROOT: fake.root,
      HOST: '127.0.0.1',
      PORT: '0',
    });
    service = await startService(config, silentLogger());
    url = `http://127.0.0.1:${service.server?.port}/webhooks/zalo-oa`;
    // The first refresh happens at start, before anyone writes.
    const deadline = Date.now() + 5000;
    while (service.channels.get('zalo-oa')?.status !== 'ready' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
  });
  afterAll(async () => {
    await service.stop();
    await fake.stop();
  });
  beforeEach(() => {
    user = `84${++userNo}`;
  });
  afterEach(() => fake.respondWith(undefined));

  it('refreshes its token at start with the configured refresh token and the app secret', () => {
    expect(service.channels.get('zalo-oa')?.status).toBe('ready');
    const [first] = fake.refreshCalls;
    expect(first?.headers.secret_key).toBe(APP_SECRET);
    expect(first?.body).toMatchObject({ app_id: APP_ID, grant_type: 'refresh_token', refresh_token: FIRST_REFRESH });
  });

  it('answers a question with the right entry, as a consultation message with query buttons', async () => {
    const res = await post(oaTextEvent(APP_ID, user, 'ba toi 80 tuoi co dc tro cap ko'));
    expect(res.status).toBe(200);
    const messages = await fake.waitForSends(user);
    expect(messages[0]?.text).toContain(firstLine('elderly-allowance'));
    const buttons = buttonsOf(messages);
    expect(buttons.length).toBeGreaterThan(0);
    for (const m of messages)
      expect(m.attachment?.payload.buttons.length ?? 0).toBeLessThanOrEqual(ZALO_OA_MAX_BUTTONS);
    expect(buttons).toContainEqual({ title: kb.ui.menu_button, type: 'oa.query.hide', payload: '#ctxh menu' });
    const related = kb.entries.get('elderly-allowance')?.related[0];
    if (related)
      expect(buttons).toContainEqual({
        title: kb.entries.get(related)?.title,
        type: 'oa.query.hide',
        payload: `#ctxh e:${related}`,
      });
    expect(fake.sends.every((c) => c.headers.access_token === fake.accessToken)).toBe(true);
  });

  it('answers the message it replies to (recipient.message_id), so a non-follower is reached for free', async () => {
    fake.nonFollowers.add(user);
    const event = oaTextEvent(APP_ID, user, 'tổng đài miễn phí');
    await post(event);
    await fake.waitForSends(user);
    const sent = fake.sends.filter((c) => (c.body.recipient as { user_id?: string }).user_id === user);
    const msgId = (event.message as { msg_id: string }).msg_id;
    for (const call of sent) expect(call.body.recipient).toEqual({ user_id: user, message_id: msgId });
    // A notice (not a live reply) carries no message id: Zalo refuses it to a non-follower.
    const notice = await service.channels
      .get('zalo-oa')
      ?.send({ platform: 'zalo-oa', chatId: user }, [{ text: 'Thông báo' }])
      .catch((e: unknown) => e);
    expect((notice as SendError).failure).toMatchObject({ kind: 'permanent', status: 'undeliverable' });
  });

  it('answers someone who writes without following, in their conversation', async () => {
    const anon = `anon-${user}`;
    await post(oaAnonymousTextEvent(APP_ID, anon, `conv-${user}`, 'tổng đài miễn phí số mấy'));
    const [reply] = await fake.waitForSends(anon);
    expect(reply?.text).toContain('1800 1769');
    const call = fake.sends.find((c) => (c.body.recipient as { anonymous_id?: string }).anonymous_id === anon);
    expect(call?.body.recipient).toEqual({ anonymous_id: anon, conversation_id: `conv-${user}` });
  });

  it('sends the text alone when Zalo refuses a call button, so the reply is never lost', async () => {
    fake.refusedPhoneCodes.add(kb.center.hotline_tel);
    try {
      await post(oaTextEvent(APP_ID, user, 'tổng đài miễn phí số mấy'));
      const messages = await fake.waitForSends(user, 2);
      await service.channels.get('zalo-oa')?.idle();
      // The refused message, then the same text without buttons.
      expect(messages[0]?.attachment).toBeDefined();
      expect(messages[1]).toEqual({ text: messages[0]?.text });
      expect(messages[1]?.text).toContain('1800 1769');
    } finally {
      fake.refusedPhoneCodes.clear();
    }
  });

  it('gives the hotline a real call button', async () => {
    await post(oaTextEvent(APP_ID, user, 'tổng đài miễn phí số mấy'));
    const buttons = buttonsOf(await fake.waitForSends(user));
    expect(buttons).toContainEqual({
      title: kb.ui.call_hotline,
      type: 'oa.open.phone',
      payload: { phone_code: kb.center.hotline_tel },
    });
  });

  it('puts 114 first for a fire, with real call buttons and the safety buttons', async () => {
    await post(oaTextEvent(APP_ID, user, 'chay nha roi, khoi day cau thang, cuu voi'));
    const messages = await fake.waitForSends(user);
    expect(messages[0]?.text?.startsWith(kb.safeguarding.text.number_lines['114'])).toBe(true);
    expect(messages[0]?.text).toContain(kb.safeguarding.text.situations.fire.danger.split('\n')[0]);
    const buttons = buttonsOf(messages);
    expect(buttons).toContainEqual({
      title: kb.safeguarding.text.buttons.call_114,
      type: 'oa.open.phone',
      payload: { phone_code: '114' },
    });
    expect(buttons).toContainEqual({
      title: kb.safeguarding.text.buttons.safe,
      type: 'oa.query.hide',
      payload: '#ctxh sg:safe:fire',
    });
    expect(buttons).toContainEqual({
      title: kb.safeguarding.text.buttons.human,
      type: 'oa.query.hide',
      payload: '#ctxh sg:human:fire',
    });
  });

  it('treats a tapped query button as a button press', async () => {
    await post(oaTextEvent(APP_ID, user, '#ctxh e:service-hiv'));
    const [answer] = await fake.waitForSends(user);
    expect(answer?.text).toContain(firstLine('service-hiv'));
  });

  it('greets a new follower with the menu, buttons past the fifth in a second message', async () => {
    const res = await post(oaFollowEvent(APP_ID, user, 'follow'));
    expect(res.status).toBe(200);
    const messages = await fake.waitForSends(user, 2);
    expect(messages[0]?.text).toContain(kb.center.name);
    expect(messages[0]?.text).toContain(kb.ui.menu_prompt);
    expect(messages[0]?.attachment?.payload.buttons.length).toBe(ZALO_OA_MAX_BUTTONS);
    expect(messages[1]?.text).toBe(kb.ui.more_options);
    const payloads = buttonsOf(messages).map((b) => b.payload);
    for (const group of kb.ui.groups) expect(payloads).toContain(`#ctxh g:${group.id}`);
  });

  it('records an unfollow and sends nothing', async () => {
    const key = `zalo-oa:${user}`;
    await service.store.upsertSubscribers([telegramSubscriber(user, { key, platform: 'zalo-oa' })]);
    await post(oaFollowEvent(APP_ID, user, 'unfollow'));
    expect(await statusBecomes(service.store, key, 'undeliverable')).toBe('undeliverable');
    await service.channels.get('zalo-oa')?.idle();
    expect(fake.messagesTo(user)).toEqual([]);
  });

  it('answers a sticker with the kind "I read text" reply', async () => {
    await post(oaStickerEvent(APP_ID, user));
    const [reply] = await fake.waitForSends(user);
    expect(reply?.text.startsWith(kb.ui.unsupported_content)).toBe(true);
  });

  it('refuses a forged or missing signature with 200 and processes nothing; accepts one without "mac="', async () => {
    // Zalo re-sends anything but a 200 and then disables the webhook: refusals are answered 200.
    const event = oaTextEvent(APP_ID, user, 'tổng đài');
    const forged = await post(event, 'mac=0000000000000000000000000000000000000000000000000000000000000000');
    expect(forged.status).toBe(200);
    expect(await forged.json()).toMatchObject({ outcome: 'refused' });
    expect((await post(event, null)).status).toBe(200);
    const forgedBody = signEvent(event, APP_ID, 'not-the-oa-secret');
    expect((await post(event, forgedBody.signature)).status).toBe(200);
    await service.channels.get('zalo-oa')?.idle();
    expect(fake.messagesTo(user)).toEqual([]);

    const bare = signEvent(event, APP_ID, OA_SECRET).signature.replace(/^mac=/, '');
    expect((await post(event, bare)).status).toBe(200);
    await fake.waitForSends(user);
  });

  it('answers an hour-old event Zalo re-sent (its last retry), once', async () => {
    const event = oaTextEvent(APP_ID, user, 'tổng đài', Date.now() - 60 * 60_000);
    expect(await (await post(event)).json()).toMatchObject({ ok: true });
    await fake.waitForSends(user);
    expect(await (await post(event)).json()).toMatchObject({ outcome: 'duplicate' });
    await service.channels.get('zalo-oa')?.idle();
    expect(fake.messagesTo(user).length).toBe(1);
  });

  it('rejects a replayed event: processed once', async () => {
    const event = oaTextEvent(APP_ID, user, 'tổng đài');
    expect((await post(event)).status).toBe(200);
    const again = await post(event);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ outcome: 'duplicate' });
    await service.channels.get('zalo-oa')?.idle();
    expect(fake.messagesTo(user).length).toBe(1);
  });

  it('rejects a stale event (older than the window), even correctly signed', async () => {
    const res = await post(oaTextEvent(APP_ID, user, 'tổng đài', Date.now() - 3 * 60 * 60_000));
    expect(await res.json()).toMatchObject({ outcome: 'stale' });
    await service.channels.get('zalo-oa')?.idle();
    expect(fake.messagesTo(user)).toEqual([]);
  });

  it("answers 200 to a body that is not a Zalo event, and to the portal's URL check", async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'x-zevent-signature': 'mac=00' },
      body: '{"event_name":',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: 'refused' });
    expect((await fetch(url, { method: 'POST', body: '' })).status).toBe(200);
    expect((await fetch(url)).status).toBe(200);
  });

  it('records a person outside the interaction window as undeliverable, without retrying', async () => {
    const outside = user;
    fake.respondWith((call) =>
      (call.body.recipient as { user_id: string }).user_id === outside
        ? { error: -230, message: 'User has not interacted with the OA in the past 7 days' }
        : undefined,
    );
    const key = `zalo-oa:${outside}`;
    await service.store.upsertSubscribers([telegramSubscriber(outside, { key, platform: 'zalo-oa' })]);
    await post(oaTextEvent(APP_ID, outside, 'tổng đài'));
    expect(await statusBecomes(service.store, key, 'undeliverable')).toBe('undeliverable');
    await service.channels.get('zalo-oa')?.idle();
    expect(fake.messagesTo(outside).length).toBe(1);

    // Writing again reopens the window: the reply is sent, and reminders reach them again.
    fake.respondWith(undefined);
    await post(oaTextEvent(APP_ID, outside, 'tổng đài miễn phí'));
    await fake.waitForSends(outside, 2);
    expect(await statusBecomes(service.store, key, 'active')).toBe('active');
  });

  it('serves health and metrics with the zalo-oa label', async () => {
    const base = `http://127.0.0.1:${service.server?.port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({
      channels: { 'zalo-oa': 'ready', 'zalo-bot': 'off', telegram: 'off' },
    });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/ctxh_updates_received_total\{platform="zalo-oa"\} \d+/);
    expect(metrics).toMatch(/ctxh_replies_sent_total\{platform="zalo-oa"\} \d+/);
    expect(metrics).toMatch(/ctxh_webhook_rejected_total\{route="\/webhooks\/zalo-oa",reason="signature"\} 2/);
    // The unsigned POST of the signature test, the empty POST and the GET of the URL check.
    expect(metrics).toMatch(/ctxh_webhook_rejected_total\{route="\/webhooks\/zalo-oa",reason="url_check"\} 3/);
    expect(metrics).toMatch(/ctxh_webhook_rejected_total\{route="\/webhooks\/zalo-oa",reason="malformed"\} 1/);
    expect(metrics).toMatch(/ctxh_zalo_oa_sends_by_quota_total\{quota_type="reply"\} \d+/);
    expect(metrics).toMatch(/ctxh_webhook_rejected_total\{route="\/webhooks\/zalo-oa",reason="replay"\} 2/);
    expect(metrics).toMatch(/ctxh_webhook_rejected_total\{route="\/webhooks\/zalo-oa",reason="stale"\} 1/);
    expect(metrics).toMatch(/ctxh_send_errors_total\{platform="zalo-oa",kind="out_of_window"\} 1/);
  });
});

describe('Zalo OA tokens', () => {
  const fake = new FakeZaloOa(APP_ID, APP_SECRET, FIRST_REFRESH);
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.refreshDelayMs = 0;
    fake.clearFailures();
  });

  const clientFor = (file: string, extra: Partial<ZaloOaClientOptions> = {}): ZaloOaClient =>
    new ZaloOaClient({
      appId: APP_ID,
      appSecret: APP_SECRET,
      store: new FileTokenStore(file),
      initialRefreshToken: FIRST_REFRESH,
      apiRoot: fake.root,
      oauthRoot: fake.root,
      retryDelayMs: 10,
      ...extra,
    });
  const text = { text: 'Xin chào' };

  it('refreshes once under concurrent sends, stores the rotated token durably, and a restart uses it', async () => {
    fake.refreshToken = FIRST_REFRESH;
    const dir = tempDir();
    const file = join(dir, 'zalo-oa-tokens.json');
    const before = fake.refreshCalls.length;
    fake.refreshDelayMs = 100;
    const client = clientFor(file);
    await Promise.all(Array.from({ length: 12 }, (_, i) => client.sendConsultation(`u${i}`, text)));
    expect(fake.refreshCalls.length - before).toBe(1);

    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      refreshToken: string;
      accessToken: string;
      expiresAt: number;
    };
    expect(stored.refreshToken).toBe(fake.refreshToken);
    expect(stored.refreshToken).not.toBe(FIRST_REFRESH);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // A restart: a new client, same DATA_DIR, the first-start token still configured (it is spent).
    const restarted = clientFor(file);
    fake.expireAccessToken();
    await Promise.all(Array.from({ length: 5 }, (_, i) => restarted.sendConsultation(`r${i}`, text)));
    expect(fake.refreshCalls.length - before).toBe(2);
    expect(fake.refreshesWith.at(-1)).toBe(stored.refreshToken);
    expect(JSON.parse(readFileSync(file, 'utf8')).refreshToken).toBe(fake.refreshToken);
  });

  it('refreshes before the access token expires, without waiting for an error', async () => {
    fake.refreshToken = FIRST_REFRESH;
    let now = Date.now();
    const client = clientFor(join(tempDir(), 't.json'), { now: () => now });
    await client.sendConsultation('u1', text);
    const refreshes = fake.refreshCalls.length;
    const sends = fake.sends.length;
    now = (client.accessTokenExpiresAt ?? 0) - 30 * 60_000;
    await client.sendConsultation('u1', text);
    expect(fake.refreshCalls.length).toBe(refreshes + 1);
    // No send was refused on the way.
    expect(fake.sends.length).toBe(sends + 1);
  });

  it('a newly configured refresh token (re-authorised app) wins over the stored chain', async () => {
    fake.refreshToken = FIRST_REFRESH;
    const file = join(tempDir(), 't.json');
    await clientFor(file).sendConsultation('u1', text);
    fake.refreshToken = 'brand-new-refresh-token-123';
    fake.expireAccessToken();
    await clientFor(file, { initialRefreshToken: 'brand-new-refresh-token-123' }).sendConsultation('u1', text);
    expect(fake.refreshesWith.at(-1)).toBe('brand-new-refresh-token-123');
  });

  it('backs off on a rate limit (-32) and on 5xx, then succeeds; gives up after its retries', async () => {
    fake.refreshToken = FIRST_REFRESH;
    const client = clientFor(join(tempDir(), 't.json'));
    await client.accessToken();
    fake.failNext({ error: -32, message: 'Your application reached limit call api' }, 2);
    fake.failNext({ status: 502, raw: '<html>Bad Gateway</html>' });
    const started = Date.now();
    const sends = fake.sends.length;
    await client.sendConsultation('u1', text);
    expect(fake.sends.length - sends).toBe(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(10 + 20 + 40 - 5);

    fake.failNext({ error: -32, message: 'Your application reached limit call api' }, 10);
    const error = await client.sendConsultation('u1', text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloOaApiError);
    expect((error as ZaloOaApiError).isRateLimited).toBe(true);
  });

  it('fails clearly when the refresh token is refused or the store is damaged', async () => {
    fake.refreshToken = 'something-else-entirely';
    const error = await clientFor(join(tempDir(), 't.json'))
      .accessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloOaAuthError);
    expect(String(error)).toContain('Invalid refresh token');
    expect(String(error)).not.toContain(FIRST_REFRESH);

    const file = join(tempDir(), 't.json');
    writeFileSync(file, '{ not json');
    await expect(clientFor(file).accessToken()).rejects.toBeInstanceOf(ZaloOaTokenStoreError);
  });

  it('the delivery sender marks out-of-window people undeliverable and leaves retries to the engine', async () => {
    fake.refreshToken = FIRST_REFRESH;
    const client = clientFor(join(tempDir(), 't.json'));
    const sender = new ZaloOaChannel({
      client,
      appId: APP_ID,
      oaSecretKey: OA_SECRET,
      eventWindowMs: 300_000,
      bot: realBot(),
      moreOptionsText: () => kb.ui.more_options,
      logger: silentLogger(),
    });
    const to = (chatId: string) => ({ platform: 'zalo-oa' as const, chatId });
    await sender.send(to('u1'), [{ text: 'Thông báo' }]);
    fake.failNext({ error: -230, message: 'User has not interacted with the OA in the past 7 days' });
    const outside = await sender.send(to('u2'), [{ text: 'Thông báo' }]).catch((e: unknown) => e);
    expect((outside as SendError).failure).toMatchObject({ kind: 'permanent', status: 'undeliverable' });
    fake.failNext({ error: -32, message: 'limit' });
    const sends = fake.sends.length;
    const limited = await sender.send(to('u3'), [{ text: 'Thông báo' }]).catch((e: unknown) => e);
    expect((limited as SendError).failure.kind).toBe('rate_limited');
    expect(fake.sends.length - sends).toBe(1);
  });
});

describe('Zalo OA signature alarm', () => {
  it('counts failures in a sliding window and sounds once per window', () => {
    let now = 0;
    const alarm = new SignatureAlarm({ threshold: 5, windowMs: 10 * 60_000, now: () => now });
    for (let i = 0; i < 4; i++) expect(alarm.failed()).toBeUndefined();
    now += 11 * 60_000;
    // The first four fell out of the window.
    for (let i = 0; i < 4; i++) expect(alarm.failed()).toBeUndefined();
    expect(alarm.failed()).toBe(5);
    expect(alarm.failed()).toBeUndefined();
  });

  it('logs an error line when the signature check fails five times in ten minutes', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { destination: { write: (line: string) => void lines.push(line) } });
    const channel = new ZaloOaChannel({
      client: new ZaloOaClient({ appId: APP_ID, appSecret: APP_SECRET, store: new FileTokenStore('/nonexistent') }),
      appId: APP_ID,
      oaSecretKey: OA_SECRET,
      eventWindowMs: 7_200_000,
      bot: realBot(),
      moreOptionsText: () => kb.ui.more_options,
      logger,
    });
    const signed = signEvent(oaTextEvent(APP_ID, 'u', 'x'), APP_ID, 'a-mistyped-secret');
    for (let i = 0; i < 5; i++) {
      const res = await channel.webhook.request('/', {
        method: 'POST',
        headers: { 'x-zevent-signature': signed.signature },
        body: signed.raw,
      });
      expect(res.status).toBe(200);
    }
    const errors = lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level >= 50);
    expect(errors.length).toBe(1);
    expect(errors[0]?.msg).toContain('ZALO_OA_SECRET_KEY');
  });
});

describe('Zalo OA webhook verification', () => {
  let now = 1_760_000_000_000;
  const verifier = new ZaloOaVerifier({ appId: APP_ID, oaSecretKey: OA_SECRET, windowMs: 5 * 60_000, now: () => now });

  it('accepts a signature with or without "mac=", in any case', () => {
    const a = signEvent(oaTextEvent(APP_ID, 'u', 'a', now), APP_ID, OA_SECRET);
    expect(verifier.verify(a.raw, a.signature).kind).toBe('accepted');
    const b = signEvent(oaTextEvent(APP_ID, 'u', 'b', now), APP_ID, OA_SECRET);
    expect(verifier.verify(b.raw, b.signature.slice(4).toUpperCase()).kind).toBe('accepted');
  });

  it('refuses a body changed after signing', () => {
    const signed = signEvent(oaTextEvent(APP_ID, 'u', 'a', now), APP_ID, OA_SECRET);
    expect(verifier.verify(signed.raw.replace('"a"', '"b"'), signed.signature).kind).toBe('signature');
  });

  it('refuses events older or newer than the window, and repeats', () => {
    const old = signEvent(oaTextEvent(APP_ID, 'u', 'x', now - 5 * 60_000 - 1), APP_ID, OA_SECRET);
    expect(verifier.verify(old.raw, old.signature).kind).toBe('stale');
    const future = signEvent(oaTextEvent(APP_ID, 'u', 'x', now + 10 * 60_000), APP_ID, OA_SECRET);
    expect(verifier.verify(future.raw, future.signature).kind).toBe('stale');
    const fresh = signEvent(oaTextEvent(APP_ID, 'u', 'x', now), APP_ID, OA_SECRET);
    expect(verifier.verify(fresh.raw, fresh.signature).kind).toBe('accepted');
    now += 60_000;
    expect(verifier.verify(fresh.raw, fresh.signature).kind).toBe('replay');
  });
});

describe('Zalo OA rendering', () => {
  it('merges a batch, splits long text under 2,000 characters, and puts the buttons on the last piece', () => {
    const long = `${'Người dân có thể gọi tổng đài để được tư vấn miễn phí. '.repeat(30)}\n\n`.repeat(4);
    const messages = renderZaloOaReplies(
      [
        { text: long, buttons: [{ kind: 'call', label: '📞 Gọi tổng đài miễn phí', phone: '18001769' }] },
        {
          text: 'Bạn có thể quan tâm thêm:',
          buttons: [
            { kind: 'action', label: 'Danh mục', payload: 'menu' },
            { kind: 'call', label: '📞 Gọi tổng đài miễn phí', phone: '18001769' },
          ],
        },
      ],
      kb.ui.more_options,
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.text.length).toBeLessThanOrEqual(2000);
    expect(messages.slice(0, -1).every((m) => m.attachment === undefined)).toBe(true);
    expect(messages.at(-1)?.text.endsWith('Bạn có thể quan tâm thêm:')).toBe(true);
    // The same call button in two replies is shown once.
    expect(messages.at(-1)?.attachment?.payload.buttons).toEqual([
      { title: '📞 Gọi tổng đài miễn phí', type: 'oa.open.phone', payload: { phone_code: '18001769' } },
      { title: 'Danh mục', type: 'oa.query.hide', payload: '#ctxh menu' },
    ]);
  });

  it('carries buttons past the fifth in extra messages', () => {
    const buttons = Array.from({ length: 12 }, (_, i) => ({
      kind: 'action' as const,
      label: `Chủ đề ${i + 1}`,
      payload: `e:t${i}`,
    }));
    const messages = renderZaloOaReplies([{ text: 'Chọn một chủ đề:', buttons }], kb.ui.more_options);
    expect(messages.map((m) => m.attachment?.payload.buttons.length)).toEqual([5, 5, 2]);
    expect(messages.slice(1).map((m) => m.text)).toEqual([kb.ui.more_options, kb.ui.more_options]);
  });
});
