import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/app.ts';
import { ZaloBotChannel } from '../../src/channels/zalo-bot/channel.ts';
import {
  ZaloBotApiError,
  ZaloBotClient,
  ZaloBotNetworkError,
  parseZaloBotUpdates,
  type ZaloBotUpdate,
} from '../../src/channels/zalo-bot/client.ts';
import { renderZaloBotReplies } from '../../src/channels/zalo-bot/render.ts';
import { loadConfig } from '../../src/config.ts';
import type { SendError } from '../../src/channels/adapter.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeZaloBot, zaloBotOther, zaloBotProtected, zaloBotText } from '../fakes/zalo-bot.ts';
import { KNOWLEDGE_DIR, realBot, realKnowledge } from '../helpers/kb.ts';
import { statusBecomes, telegramSubscriber } from '../helpers/subscribers.ts';
import { quietDaytimeClock } from '../helpers/real-io.ts';

const TOKEN = '1459232241454765289:FakeZaloBotTokenForTests';
const SECRET = 'zalo-bot-webhook-secret';
const kb = realKnowledge();
const firstLine = (id: string): string => kb.entries.get(id)?.answer.split('\n')[0] ?? `missing entry ${id}`;

function envFor(fake: FakeZaloBot, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    KNOWLEDGE_DIR,
    KB_WATCH: 'off',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-zalo-bot-')),
    ZALO_BOT_TOKEN: TOKEN,
    ZALO_BOT_API_ROOT: fake.apiRoot,
    HOST: '127.0.0.1',
    PORT: '0',
    FLOOD_BURST: '8',
    FLOOD_PER_SECOND: '0.5',
    ...extra,
  };
}

describe('Zalo Bot over a webhook', () => {
  const fake = new FakeZaloBot(TOKEN);
  let service: Service;
  let url: string;
  let chatNo = 100;
  let chat = '';

  /** Posts to the webhook; `secret: null` sends no secret header at all. */
  const post = (body: unknown, secret: string | null = SECRET, raw?: string): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret !== null ? { 'x-bot-api-secret-token': secret } : {}) },
      body: raw ?? JSON.stringify(body),
    });

  beforeAll(async () => {
    await fake.start();
    const config = loadConfig(
      envFor(fake, {
        ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
        ZALO_BOT_WEBHOOK_SECRET: SECRET,
      }),
    );
    service = await startService(config, silentLogger(), { clock: quietDaytimeClock() });
    url = `http://127.0.0.1:${service.server?.port}/webhooks/zalo-bot`;
    await fake.waitFor('setWebhook');
    chat = `chat-${chatNo}`;
  });
  afterAll(async () => {
    await service.stop();
    await fake.stop();
  });
  afterEach(() => {
    fake.respondWith(undefined);
    chat = `chat-${++chatNo}`;
  });

  it('sets its webhook with the secret token', () => {
    expect(fake.callsOf('setWebhook')[0]?.body).toEqual({
      url: 'https://bot.example.vn/webhooks/zalo-bot',
      secret_token: SECRET,
    });
    expect(fake.callsOf('getMe').length).toBeGreaterThan(0);
  });

  it('answers a question typed without accents with the right entry', async () => {
    const res = await post(zaloBotText('ba toi 80 tuoi co dc tro cap ko', chat));
    expect(res.status).toBe(200);
    const [answer] = await fake.waitFor('sendMessage', 1, (c) => c.body.chat_id === chat);
    expect(answer?.body.text).toContain(firstLine('elderly-allowance'));
    expect(fake.callsOf('sendChatAction').some((c) => c.body.chat_id === chat && c.body.action === 'typing')).toBe(
      true,
    );
  });

  it('shows the menu as numbered options, and "2" picks the second one', async () => {
    await post(zaloBotText('/start', chat));
    const [greeting, menu] = await fake.waitFor('sendMessage', 2, (c) => c.body.chat_id === chat);
    expect(greeting?.body.text).toContain(kb.center.name);
    const menuText = String(menu?.body.text);
    const [first, second] = kb.ui.groups;
    expect(menuText).toContain(`1. ${first?.title}`);
    expect(menuText).toContain(`2. ${second?.title}`);
    const options = menuText.match(/^\d+\. /gm) ?? [];
    expect(options.length).toBeGreaterThanOrEqual(kb.ui.groups.length);
    expect(menuText).toContain(`Gõ số từ 1 đến ${options.length} để chọn`);
    // Zalo Bot has no call button: the hotline is written out so Zalo makes it tappable.
    expect(menuText).toContain(`${kb.ui.call_hotline}: ${kb.center.hotline_tel}`);

    await post(zaloBotText('2', chat));
    const texts = (await fake.waitFor('sendMessage', 3, (c) => c.body.chat_id === chat)).map((c) =>
      String(c.body.text),
    );
    expect(texts[2]).toContain(second?.title);
    const entryOfGroup = kb.entries.get(second?.entries[0] ?? '');
    expect(texts[2]).toContain(`1. ${entryOfGroup?.title}`);
  });

  it('after a "did you mean", "cái thứ 2" typed in words picks the second topic offered', async () => {
    await post(zaloBotText('tro cap', chat));
    const [offer] = await fake.waitFor('sendMessage', 1, (c) => c.body.chat_id === chat);
    expect(String(offer?.body.text)).toContain(`2. ${kb.entries.get('allowance-amount')?.title}`);
    await post(zaloBotText('cái thứ 2', chat));
    const [, answer] = await fake.waitFor('sendMessage', 2, (c) => c.body.chat_id === chat);
    expect(answer?.body.text).toContain(firstLine('allowance-amount'));
  });

  it('puts 115 and the suicide advice first, with numbered "I am safe" and "a real person" options', async () => {
    await post(zaloBotText('e ko muon song nua, e mua san thuoc ngu roi', chat));
    const [reply] = await fake.waitFor('sendMessage', 1, (c) => c.body.chat_id === chat);
    const text = String(reply?.body.text);
    expect(text.startsWith(kb.safeguarding.text.number_lines['115'])).toBe(true);
    expect(text).toContain(kb.safeguarding.text.situations.suicide.danger.split('\n')[0]);
    expect(text).toContain(`1. ${kb.safeguarding.text.buttons.safe}`);
    expect(text).toContain(`2. ${kb.safeguarding.text.buttons.human}`);
    await post(zaloBotText('2', chat));
    const texts = (await fake.waitFor('sendMessage', 2, (c) => c.body.chat_id === chat)).map((c) =>
      String(c.body.text),
    );
    expect(texts[1]).toContain(kb.safeguarding.text.human_reply.split('\n')[0]);
  });

  it('rejects a forged or missing secret with 401 and does not process the update', async () => {
    const before = fake.callsOf('sendMessage').length;
    expect((await post(zaloBotText('/start', chat), 'wrong-secret-value')).status).toBe(401);
    expect((await post(zaloBotText('/start', chat), null)).status).toBe(401);
    await service.channels.get('zalo-bot')?.idle();
    expect(fake.callsOf('sendMessage').length).toBe(before);
  });

  it('answers 400 to a body that is not JSON or not an update, and accepts the {ok, result} envelope', async () => {
    expect((await post(null, SECRET, '{"event_name":')).status).toBe(400);
    expect((await post({ hello: 'world' })).status).toBe(400);
    expect((await post({ ok: true, result: zaloBotText('tổng đài', chat) })).status).toBe(200);
    const [reply] = await fake.waitFor('sendMessage', 1, (c) => c.body.chat_id === chat);
    expect(reply?.body.text).toContain('1800 1769');
  });

  it('processes a repeated update only once', async () => {
    const update = zaloBotText('tổng đài', chat);
    expect((await post(update)).status).toBe(200);
    const res = await post(update);
    expect(await res.json()).toMatchObject({ outcome: 'duplicate' });
    await service.channels.get('zalo-bot')?.idle();
    expect(fake.textsTo(chat).length).toBe(1);
  });

  it('answers a sticker or an image with the kind "I read text" reply and the menu', async () => {
    await post(zaloBotOther('message.sticker.received', chat));
    const [kind, menu] = (await fake.waitFor('sendMessage', 2, (c) => c.body.chat_id === chat)).map((c) =>
      String(c.body.text),
    );
    expect(kind).toBe(kb.ui.unsupported_content);
    expect(menu).toContain(`1. ${kb.ui.groups[0]?.title}`);
  });

  it('does not retry an ok:false refusal, but retries a 5xx and then answers', async () => {
    const calls = (): number => fake.callsOf('sendMessage').filter((c) => c.body.chat_id === chat).length;
    fake.failNext('sendMessage', { status: 200, errorCode: 400, description: 'Bad Request: something odd' });
    await post(zaloBotText('tổng đài', chat));
    await service.channels.get('zalo-bot')?.idle();
    expect(calls()).toBe(1);

    fake.failNext('sendMessage', { status: 502, raw: '<html>Bad Gateway</html>' });
    await post(zaloBotText('tổng đài miễn phí', chat));
    await fake.waitFor('sendMessage', 3, (c) => c.body.chat_id === chat);
    expect(fake.textsTo(chat).at(-1)).toContain('1800 1769');
  });

  it('answers a protected account with the hotline and 111 only, not "I read text"', async () => {
    await post(zaloBotProtected(chat));
    const [reply] = await fake.waitFor('sendMessage', 1, (c) => c.body.chat_id === chat);
    await service.channels.get('zalo-bot')?.idle();
    expect(fake.textsTo(chat)).toEqual([kb.ui.protected_user]);
    expect(reply?.body.text).toContain('1800 1769');
    expect(reply?.body.text).toContain('111');
    expect(reply?.body.text).not.toContain(kb.ui.unsupported_content);
  });

  it('retries a 403 as the server error the docs list it as, and never marks the person blocked', async () => {
    const key = `zalo-bot:${chat}`;
    await service.store.upsertSubscribers([telegramSubscriber(chat, { key, platform: 'zalo-bot' })]);
    fake.failNext('sendMessage', { status: 403, description: 'Internal server error' });
    await post(zaloBotText('tổng đài', chat));
    await fake.waitFor('sendMessage', 2, (c) => c.body.chat_id === chat);
    await service.channels.get('zalo-bot')?.idle();
    expect(fake.textsTo(chat).at(-1)).toContain('1800 1769');
    expect((await service.store.getSubscriber(key))?.status).toBe('active');
  });

  it('records a chat that blocked the bot and does not retry it', async () => {
    const blocked = chat;
    fake.respondWith((call) =>
      call.method === 'sendMessage' && call.body.chat_id === blocked
        ? { status: 200, errorCode: 400, description: 'user blocked the bot' }
        : undefined,
    );
    const key = `zalo-bot:${blocked}`;
    await service.store.upsertSubscribers([telegramSubscriber(blocked, { key, platform: 'zalo-bot' })]);
    await post(zaloBotText('/start', blocked));
    expect(await statusBecomes(service.store, key, 'blocked')).toBe('blocked');
    await service.channels.get('zalo-bot')?.idle();
    expect(fake.callsOf('sendMessage').filter((c) => c.body.chat_id === blocked).length).toBe(1);

    // They unblock the bot and write again: reachable again.
    fake.respondWith(undefined);
    await post(zaloBotText('tổng đài', blocked));
    expect(await statusBecomes(service.store, key, 'active')).toBe('active');
  });

  it('serves health and metrics with the zalo-bot label', async () => {
    const base = `http://127.0.0.1:${service.server?.port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({
      status: 'ok',
      channels: { 'zalo-bot': 'ready', 'zalo-oa': 'off' },
    });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/ctxh_updates_received_total\{platform="zalo-bot"\} \d+/);
    expect(metrics).toMatch(/ctxh_replies_sent_total\{platform="zalo-bot"\} \d+/);
    expect(metrics).toMatch(/ctxh_webhook_rejected_total\{route="\/webhooks\/zalo-bot",reason="secret"\} 2/);
    expect(metrics).toMatch(/ctxh_send_errors_total\{platform="zalo-bot",kind="blocked"\} 1/);
  });
});

describe('Zalo Bot by long polling', () => {
  it('deletes any webhook, polls getUpdates and replies; keeps polling after a 5xx', async () => {
    const fake = new FakeZaloBot(TOKEN);
    await fake.start();
    fake.webhookUrl = 'https://old.example.vn/hook';
    const config = loadConfig(envFor(fake, { PORT: '' }));
    const service = await startService(config, silentLogger(), { clock: quietDaytimeClock() });
    try {
      expect(service.server).toBeUndefined();
      fake.pushUpdate(zaloBotText('xet nghiem hiv o dau', 'poll-1'));
      const [reply] = await fake.waitFor('sendMessage', 1, (c) => c.body.chat_id === 'poll-1');
      expect(reply?.body.text).toContain(firstLine('service-hiv'));
      // deleteWebhook answered `result: true`, as the docs say, and polling started at once.
      expect(fake.callsOf('deleteWebhook').length).toBe(1);
      expect(fake.webhookUrl).toBe('');

      fake.failNext('getUpdates', { status: 500, raw: 'oops' });
      fake.pushUpdate(zaloBotText('tổng đài', 'poll-2'));
      await fake.waitFor('sendMessage', 1, (c) => c.body.chat_id === 'poll-2', 8000);
    } finally {
      await service.stop();
      await fake.stop();
    }
  });

  it('in a group, answers commands only', async () => {
    const fake = new FakeZaloBot(TOKEN);
    await fake.start();
    const channel = new ZaloBotChannel({
      token: TOKEN,
      apiRoot: fake.apiRoot,
      bot: realBot(),
      optionsHint: () => kb.ui.options_hint,
      logger: silentLogger(),
      pollTimeoutSeconds: 1,
    });
    try {
      await channel.start();
      const group = (text: string): Record<string, unknown> => {
        const u = zaloBotText(text, 'group-1');
        return { ...u, message: { ...u.message, chat: { id: 'group-1', chat_type: 'GROUP' } } };
      };
      fake.pushUpdate(group('hôm nay ăn gì'));
      fake.pushUpdate(group('/hotline'));
      const [reply] = await fake.waitFor('sendMessage', 1, (c) => c.body.chat_id === 'group-1');
      expect(reply?.body.text).toContain('1800 1769');
      await channel.idle();
      expect(fake.textsTo('group-1').length).toBe(1);
    } finally {
      await channel.stop();
      await fake.stop();
    }
  });
});

describe('Zalo Bot client', () => {
  const fake = new FakeZaloBot(TOKEN);
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('treats an HTTP 200 with ok:false as an error, with the code and description', async () => {
    fake.failNext('sendMessage', { status: 200, errorCode: 400, description: 'chat_id is invalid' });
    const client = new ZaloBotClient({ token: TOKEN, apiRoot: fake.apiRoot });
    const error = await client.sendMessage({ chatId: 'x', text: 'hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloBotApiError);
    expect(error).toMatchObject({
      errorCode: 400,
      description: 'chat_id is invalid',
      httpStatus: 200,
      method: 'sendMessage',
    });
    expect(String((error as Error).message)).not.toContain(TOKEN);
  });

  it('retries 5xx and rate limits with back-off, then gives up with a typed error', async () => {
    const client = new ZaloBotClient({ token: TOKEN, apiRoot: fake.apiRoot, retries: 2, retryDelayMs: 20 });
    fake.failNext('getMe', { status: 503, raw: 'unavailable' });
    fake.failNext('getMe', { status: 429, description: 'Too many requests' });
    expect((await client.getMe()).id).toBe(fake.info.id);
    fake.failNext('getMe', { status: 500, raw: 'down' }, 3);
    const error = await client.getMe().catch((e: unknown) => e);
    expect(error).toMatchObject({ httpStatus: 500, isServerError: true });
  });

  it('reports an unreachable server as a network error without the token', async () => {
    const client = new ZaloBotClient({ token: TOKEN, apiRoot: 'http://127.0.0.1:9', retries: 0 });
    const error = await client.getMe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloBotNetworkError);
    expect(String((error as Error).message)).not.toContain(TOKEN);
  });

  it('covers the webhook and photo methods, and an empty long poll', async () => {
    const client = new ZaloBotClient({ token: TOKEN, apiRoot: fake.apiRoot });
    await client.setWebhook({ url: 'https://x.example/hook', secretToken: SECRET });
    expect((await client.getWebhookInfo()).url).toBe('https://x.example/hook');
    await client.deleteWebhook();
    expect(await client.getUpdates({ timeoutSeconds: 0 })).toEqual([]);
    expect(
      (await client.sendPhoto({ chatId: 'c', photo: 'https://x.example/a.png', caption: 'ảnh' })).message_id,
    ).toMatch(/^m/);
  });

  it('reads bare, wrapped and listed updates', () => {
    const u = zaloBotText('xin chào', 'c1');
    expect(parseZaloBotUpdates(u)?.[0]?.message?.text).toBe('xin chào');
    expect(parseZaloBotUpdates({ ok: true, result: u })?.length).toBe(1);
    expect(parseZaloBotUpdates({ ok: true, result: [u, u] })?.length).toBe(2);
    expect(parseZaloBotUpdates({ nope: 1 })).toBeUndefined();
  });
});

describe('Zalo Bot rendering and delivery', () => {
  it('splits long text cleanly under 2,000 characters, options and hint at the end', () => {
    const paragraph = `${'Thông tin hỗ trợ cho người dân có hoàn cảnh khó khăn. '.repeat(12)}\n\n`;
    const { texts, payloads } = renderZaloBotReplies(
      [{ text: paragraph.repeat(12), buttons: [{ kind: 'action', label: 'Danh mục', payload: 'menu' }] }],
      kb.ui.options_hint,
    );
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(2000);
    // Cut only between paragraphs or lines, never mid-sentence, and nothing is lost.
    for (const t of texts)
      expect(t.endsWith('khó khăn.') || t.endsWith('1. Danh mục') || t.endsWith('câu hỏi của bạn.')).toBe(true);
    const squash = (x: string): string => x.replace(/\s+/g, ' ').trim();
    expect(squash(texts.join('\n'))).toBe(
      squash(`${paragraph.repeat(12)}\n\n1. Danh mục\n\n${kb.ui.options_hint.replace('{count}', '1')}`),
    );
    expect(payloads).toEqual(['menu']);
  });

  it('the delivery sender classifies refusals for the engine and shares the option memory', async () => {
    const fake = new FakeZaloBot(TOKEN);
    await fake.start();
    try {
      const sender = new ZaloBotChannel({
        token: TOKEN,
        apiRoot: fake.apiRoot,
        bot: realBot(),
        optionsHint: () => kb.ui.options_hint,
        logger: silentLogger(),
      });
      const to = (chatId: string) => ({ platform: 'zalo-bot' as const, chatId });
      await sender.send(to('c1'), [
        { text: 'Thông báo', buttons: [{ kind: 'action', label: 'Xem', payload: 'menu' }] },
      ]);
      expect(fake.textsTo('c1')[0]).toContain('1. Xem');
      fake.failNext('sendMessage', { status: 200, errorCode: 400, description: 'user blocked the bot' });
      const blocked = await sender.send(to('c2'), [{ text: 'x' }]).catch((e: unknown) => e);
      expect((blocked as SendError).failure).toMatchObject({ kind: 'permanent', status: 'blocked' });
      // The official table lists 403 as an internal server error: transient, for the engine to retry.
      fake.failNext('sendMessage', { status: 403, description: 'Internal server error' });
      const server = await sender.send(to('c4'), [{ text: 'x' }]).catch((e: unknown) => e);
      expect((server as SendError).failure.kind).toBe('transient');
      fake.failNext('sendMessage', { status: 429, description: 'Too many requests' });
      const limited = await sender.send(to('c3'), [{ text: 'x' }]).catch((e: unknown) => e);
      expect((limited as SendError).failure.kind).toBe('rate_limited');
      // The engine retries, not the sender: one call per attempt.
      expect(fake.callsOf('sendMessage').filter((c) => c.body.chat_id === 'c3').length).toBe(1);
    } finally {
      await fake.stop();
    }
  });
});

describe('Zalo Bot ordering', () => {
  it('"1" sent right after a question picks from the options of that question\'s answer', async () => {
    const fake = new FakeZaloBot(TOKEN);
    await fake.start();
    const channel = new ZaloBotChannel({
      token: TOKEN,
      apiRoot: fake.apiRoot,
      webhook: { url: 'https://x.vn/h', secret: SECRET },
      bot: realBot(),
      optionsHint: () => kb.ui.options_hint,
      logger: silentLogger(),
    });
    const update = (text: string): ZaloBotUpdate => {
      const [parsed] = parseZaloBotUpdates(zaloBotText(text, 'c')) ?? [];
      if (!parsed) throw new Error('not an update');
      return parsed;
    };
    try {
      await channel.handleUpdate(update('/start'));
      // Both arrive before either is answered.
      const question = channel.handleUpdate(update('xet nghiem hiv o dau'));
      const pick = channel.handleUpdate(update('1'));
      await Promise.all([question, pick]);
      const texts = fake.textsTo('c');
      const answer = texts.find((t) => t.includes(firstLine('service-hiv'))) ?? '';
      const related = kb.entries.get('service-hiv')?.related[0] ?? '';
      expect(answer).toContain(`1. ${kb.entries.get(related)?.title}`);
      // The last message answers option 1 of the HIV answer (its first related topic), not option 1 of the menu.
      expect(texts.at(-1)).toContain(firstLine(related));
    } finally {
      await channel.stop();
      await fake.stop();
    }
  });
});
