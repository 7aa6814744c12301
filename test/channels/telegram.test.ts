import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/app.ts';
import { TelegramChannel } from '../../src/channels/telegram/channel.ts';
import { CALLBACK_DATA_LIMIT, renderTelegramReply, TELEGRAM_TEXT_LIMIT } from '../../src/channels/telegram/render.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { callbackUpdate, FakeTelegram, stickerUpdate, textUpdate } from '../fakes/telegram.ts';
import { KNOWLEDGE_DIR, realBot, realKnowledge } from '../helpers/kb.ts';
import { statusBecomes, telegramSubscriber } from '../helpers/subscribers.ts';
import { quietDaytimeClock } from '../helpers/real-io.ts';

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghij';
const SECRET = 'webhook-secret-123';
const kb = realKnowledge();

function envFor(fake: FakeTelegram, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    KNOWLEDGE_DIR,
    KB_WATCH: 'off',
    // Handled update ids are kept in DATA_DIR: each run needs its own.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-telegram-')),
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    HOST: '127.0.0.1',
    PORT: '0',
    FLOOD_BURST: '8',
    FLOOD_PER_SECOND: '0.5',
    ...extra,
  };
}

describe('Telegram over a webhook', () => {
  const fake = new FakeTelegram();
  let service: Service;
  let url: string;
  let chat = 1000;

  /** Posts to the webhook; `secret: null` sends no secret header at all. */
  const post = (body: unknown, secret: string | null = SECRET, raw?: string): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: raw ?? JSON.stringify(body),
    });
  /** Posts on a fresh connection (the server closes it after refusing a huge body). */
  const postAlone = (raw: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(raw);
    });
  const sentTo = (chatId: number) =>
    fake.callsOf('sendMessage').filter((c) => c.body.chat_id === chatId || c.body.chat_id === String(chatId));

  beforeAll(async () => {
    await fake.start();
    const config = loadConfig(
      envFor(fake, {
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      }),
    );
    service = await startService(config, silentLogger(), { clock: quietDaytimeClock() });
    url = `http://127.0.0.1:${service.server?.port}/webhooks/telegram`;
    await fake.waitFor('setWebhook');
    await fake.waitFor('setMyCommands');
  });
  afterAll(async () => {
    await service.stop();
    await fake.stop();
  });
  afterEach(() => {
    fake.respondWith(undefined);
    chat++;
  });

  it('sets its webhook with the secret token and publishes Vietnamese command descriptions', () => {
    const [webhook] = fake.callsOf('setWebhook');
    expect(webhook?.body).toMatchObject({ url: 'https://bot.example.vn/webhooks/telegram', secret_token: SECRET });
    const commands = fake.callsOf('setMyCommands')[0]?.body.commands as Array<{ command: string; description: string }>;
    expect(commands.map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'chude', 'hotline', 'help']));
    expect(commands.find((c) => c.command === 'hotline')?.description).toMatch(/tổng đài/);
  });

  it('shows the menu as an inline keyboard on /start', async () => {
    const res = await post(textUpdate('/start', chat));
    expect(res.status).toBe(200);
    const [greeting, menu] = sentTo(chat);
    expect(greeting?.body.text).toContain(kb.center.name);
    expect(greeting?.body.parse_mode).toBe('HTML');
    const keyboard = (
      menu?.body.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }
    ).inline_keyboard;
    expect(keyboard.map((row) => row[0]?.callback_data)).toEqual([...kb.ui.groups.map((g) => `g:${g.id}`), 'k:s']);
  });

  it('answers a question typed without accents with the right entry, escaped for HTML', async () => {
    await post(textUpdate('ba toi 80 tuoi co dc tro cap ko', chat));
    const [answer] = sentTo(chat);
    const firstLine = kb.entries.get('elderly-allowance')?.answer.split('\n')[0] ?? '';
    expect(answer?.body.text).toContain(firstLine.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('answers the callback query of a button press and shows that entry', async () => {
    await post(callbackUpdate('e:service-hiv', chat));
    expect(fake.callsOf('answerCallbackQuery').length).toBeGreaterThan(0);
    expect(sentTo(chat)[0]?.body.text).toContain(kb.entries.get('service-hiv')?.answer.split('\n')[0]);
  });

  it('puts emergency numbers first for a crisis message', async () => {
    await post(textUpdate('Chồng tôi đang cầm dao đòi giết tôi, cứu với', chat));
    const text = String(sentTo(chat)[0]?.body.text);
    expect(text.indexOf('113')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('113')).toBeLessThan(text.indexOf('18001769'));
    expect(text).toContain('115');
    // The situation's advice and the buttons to say "I am safe" or ask for a person.
    expect(text).toContain('Đừng tự đối đầu');
    const keyboard = JSON.stringify(sentTo(chat)[0]?.body.reply_markup);
    expect(keyboard).toContain('sg:safe:violence');
    expect(keyboard).toContain('sg:human:violence');
  });

  it('writes the hotline as plain digits so Telegram makes it tappable', async () => {
    await post(textUpdate('/hotline', chat));
    expect(String(sentTo(chat)[0]?.body.text)).toMatch(/Gọi tổng đài miễn phí: 18001769/);
  });

  it('retries a 429 after retry_after', async () => {
    fake.failNext('sendMessage', { status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    const before = fake.callsOf('sendMessage').length;
    await post(textUpdate('so hotline la gi', chat));
    const calls = fake.callsOf('sendMessage').slice(before);
    expect(calls.length).toBe(2);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('records a chat that blocked the bot (403) and does not retry it', async () => {
    const blocked = chat;
    fake.respondWith((call) =>
      call.method === 'sendMessage' && String(call.body.chat_id) === String(blocked)
        ? { status: 403, description: 'Forbidden: bot was blocked by the user' }
        : undefined,
    );
    await service.store.upsertSubscribers([telegramSubscriber(String(blocked))]);
    await post(textUpdate('/start', blocked));
    expect(sentTo(blocked).length).toBe(1);
    expect(await statusBecomes(service.store, `telegram:${blocked}`, 'blocked')).toBe('blocked');
  });

  it('rejects a forged or missing secret with 401 and does not process the update', async () => {
    const before = fake.callsOf('sendMessage').length;
    expect((await post(textUpdate('/start', chat), 'wrong-secret-xyz')).status).toBe(401);
    expect((await post(textUpdate('/start', chat), null)).status).toBe(401);
    expect(fake.callsOf('sendMessage').length).toBe(before);
  });

  it('answers 400 to a malformed body or something that is not an update', async () => {
    expect((await post(null, SECRET, '{"update_id": 1,')).status).toBe(400);
    expect((await post({ hello: 'world' })).status).toBe(400);
    expect(await postAlone('x'.repeat(300 * 1024))).toBe(413);
  });

  it('processes a repeated update only once', async () => {
    const update = textUpdate('tổng đài', chat);
    expect((await post(update)).status).toBe(200);
    const res = await post(update);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: 'duplicate' });
    expect(sentTo(chat).length).toBe(1);
  });

  it('answers a sticker with the kind "I read text" reply and the menu', async () => {
    await post(stickerUpdate(chat));
    const [kind, menu] = sentTo(chat);
    expect(kind?.body.text).toBe(kb.ui.unsupported_content.replace(/&/g, '&amp;'));
    expect(menu?.body.reply_markup).toBeDefined();
  });

  it('in a group, ignores chatter and answers when mentioned', async () => {
    const group = { chat: { id: -500, type: 'group', title: 'Tổ dân phố' } };
    await post(textUpdate('hôm nay ăn gì nhỉ', -500, group));
    expect(sentTo(-500).length).toBe(0);
    await post(
      textUpdate('@ctxh_test_bot tổng đài miễn phí số mấy', -500, {
        ...group,
        entities: [{ type: 'mention', offset: 0, length: 14 }],
      }),
    );
    expect(sentTo(-500)[0]?.body.text).toContain('1800 1769');
  });

  it('slows down one flooding user with one polite message without affecting others', async () => {
    const flooder = chat;
    const other = chat + 5000;
    await Promise.all(Array.from({ length: 30 }, () => post(textUpdate('tổng đài', flooder))));
    await post(textUpdate('tổng đài', other));
    const texts = sentTo(flooder).map((c) => String(c.body.text));
    expect(texts.filter((t) => t.includes('gửi nhanh quá')).length).toBe(1);
    expect(texts.length).toBeLessThanOrEqual(9);
    expect(sentTo(other).length).toBe(1);
  });

  it('serves health and Prometheus metrics', async () => {
    const base = `http://127.0.0.1:${service.server?.port}`;
    const health = await (await fetch(`${base}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', channels: { telegram: 'ready' } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/ctxh_updates_received_total\{platform="telegram"\} \d+/);
    expect(metrics).toMatch(/ctxh_answer_outcomes_total\{outcome="crisis"\} \d+/);
    expect(metrics).toMatch(/ctxh_webhook_rejected_total\{route="\/webhooks\/telegram",reason="secret"\} 2/);
    expect(metrics).toMatch(/ctxh_send_errors_total\{platform="telegram",kind="blocked"\} 1/);
  });
});

describe('Telegram by long polling', () => {
  it('deletes any webhook, polls getUpdates and replies', async () => {
    const fake = new FakeTelegram();
    await fake.start();
    const config = loadConfig(envFor(fake, { PORT: '' }));
    const service = await startService(config, silentLogger(), { clock: quietDaytimeClock() });
    try {
      expect(service.server).toBeUndefined();
      fake.pushUpdate(textUpdate('xet nghiem hiv o dau', 77));
      const [reply] = await fake.waitFor('sendMessage');
      expect(reply?.body.text).toContain(kb.entries.get('service-hiv')?.answer.split('\n')[0]);
      expect(fake.callsOf('deleteWebhook').length).toBe(1);
    } finally {
      await service.stop();
      await fake.stop();
    }
  });

  it('keeps answering when setMyCommands fails at start, and retries it later', async () => {
    const fake = new FakeTelegram();
    await fake.start();
    fake.failNext('setMyCommands', { status: 400, description: 'Bad Request: temporary' });
    const channel = new TelegramChannel({
      token: TOKEN,
      apiRoot: fake.apiRoot,
      commands: () => kb.ui.commands,
      bot: realBot(),
      logger: silentLogger(),
      setupRetryMs: 100,
    });
    try {
      await channel.start();
      fake.pushUpdate(textUpdate('/hotline', 78));
      await fake.waitFor('sendMessage');
      await fake.waitFor('setMyCommands', 2);
    } finally {
      await channel.stop();
      await fake.stop();
    }
  });
});

describe('Telegram rendering', () => {
  it('splits long text under 4,096 characters at paragraph breaks, keyboard on the last part', () => {
    const paragraph = `${'Thông tin hỗ trợ cho người dân. '.repeat(40)}\n\n`;
    const messages = renderTelegramReply({
      text: paragraph.repeat(10),
      buttons: [{ kind: 'action', label: 'Danh mục', payload: 'menu' }],
    });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(messages.slice(0, -1).every((m) => m.replyMarkup === undefined)).toBe(true);
    expect(messages.at(-1)?.replyMarkup?.inline_keyboard[0]?.[0]).toMatchObject({ callback_data: 'menu' });
  });

  it('counts the limit on the visible text and escapes each part whole', () => {
    // 4,000 ampersands are 4,000 visible characters (20,000 once escaped): one message.
    const [only, ...rest] = renderTelegramReply({ text: '&'.repeat(4000) });
    expect(rest).toEqual([]);
    expect(only?.text).toBe('&amp;'.repeat(4000));
    const parts = renderTelegramReply({ text: `${'a'.repeat(4095)}&b` });
    expect(parts.map((p) => p.text)).toEqual([`${'a'.repeat(4095)}&amp;`, 'b']);
    expect(renderTelegramReply({ text: 'x'.repeat(9000) }).map((p) => p.text.length)).toEqual([4096, 4096, 808]);
  });

  it('escapes HTML and drops callback data over 64 bytes', () => {
    const [m] = renderTelegramReply({
      text: '<b>x</b> & y',
      buttons: [
        { kind: 'action', label: 'dài', payload: `e:${'đ'.repeat(40)}` },
        { kind: 'action', label: 'ok', payload: 'e:ok' },
      ],
    });
    expect(m?.text).toBe('&lt;b&gt;x&lt;/b&gt; &amp; y');
    const data =
      m?.replyMarkup?.inline_keyboard.map((r) => (r[0] && 'callback_data' in r[0] ? r[0].callback_data : undefined)) ??
      [];
    expect(data).toEqual(['e:ok']);
    for (const d of data) expect(Buffer.byteLength(d ?? '')).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
  });
});

describe('webhook body limit without a Content-Length', () => {
  it('refuses a chunked body past the limit with 413', async () => {
    const fake = new FakeTelegram();
    await fake.start();
    const config = loadConfig(
      envFor(fake, {
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      }),
    );
    const service = await startService(config, silentLogger(), { clock: quietDaytimeClock() });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          `http://127.0.0.1:${service.server?.port}/webhooks/telegram`,
          {
            method: 'POST',
            agent: false,
            headers: {
              'content-type': 'application/json',
              'transfer-encoding': 'chunked',
              'x-telegram-bot-api-secret-token': SECRET,
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 40; i++) req.write('x'.repeat(10 * 1024));
        req.end();
      });
      expect(status).toBe(413);
    } finally {
      await service.stop();
      await fake.stop();
    }
  });
});
