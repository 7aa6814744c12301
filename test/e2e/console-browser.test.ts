/**
 * A real headless Chromium (Debian's `chromium`, driven by playwright-core)
 * uses the staff console: signs in with a login link, sees the overview with
 * its chart, finds a question that got a fallback, adds it as a phrasing,
 * and `ask` answers it from then on; composes and sends a notice with
 * combined filters; opens a handoff from a Zalo Bot resident's message,
 * replies from the console, sees the reply at the fake Zalo Bot, and closes
 * it. Each page is photographed into screenshots/ (git-ignored), on a
 * desktop and on a phone screen.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleForRuntime } from '../../src/admin/from-runtime.ts';
import { LoginLinks, loginUrl } from '../../src/admin/login-links.ts';
import type { Service } from '../../src/app.ts';
import { systemClock } from '../../src/clock.ts';
import { silentLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { createApp, type RunningServer, startServer } from '../../src/server.ts';
import { addSubscribers, knowledgeCopy } from '../admin/console-client.ts';
import { ZaloBotChannel } from '../../src/channels/zalo-bot/channel.ts';
import { FakeTelegram } from '../fakes/telegram.ts';
import { FakeZaloBot } from '../fakes/zalo-bot.ts';
import { cli } from '../helpers/cli.ts';
import { botWithServices, telegramSender } from '../helpers/core.ts';
import { copyKnowledge, realBot, realKnowledge } from '../helpers/kb.ts';
import { startOnFakes, stopOnFakes, webhookPoster } from '../helpers/webhooks.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = resolve(import.meta.dirname, '../../screenshots');
const STAFF = '5570001';
const QUESTION = 'cụ ông nhà bên không ai nuôi thì xin hỗ trợ chỗ nào';

/** The bot's console on a local port, and a headless Chromium to open it. */
async function serveConsole(bot: Awaited<ReturnType<typeof botWithServices>>) {
  const app = createApp({
    logger: silentLogger(),
    metrics: new Metrics(),
    health: () => ({}),
    console: consoleForRuntime(bot.runtime),
  });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  return { server, base: `http://127.0.0.1:${server.port}`, browser };
}

describe('the staff console in a real browser', () => {
  let browser: Browser;
  let server: RunningServer;
  let bot: Awaited<ReturnType<typeof botWithServices>>;
  let base = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
      );
    mkdirSync(SCREENSHOTS, { recursive: true });
    bot = await botWithServices({
      ADMIN_ENABLED: 'on',
      PUBLIC_URL: 'http://127.0.0.1',
      STAFF_TELEGRAM_IDS: STAFF,
      KNOWLEDGE_DIR: knowledgeCopy(),
    });
    ({ server, base, browser } = await serveConsole(bot));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A login link as the CLI prints it, pointed at this test's server. */
  async function loginLink(): Promise<string> {
    const printed = await cli(['staff', 'login-link', 'telegram', STAFF], {
      env: { DATA_DIR: bot.config.dataDir, PUBLIC_URL: 'http://127.0.0.1', STAFF_TELEGRAM_IDS: STAFF },
    });
    return (printed.stdout.split('\n')[0] ?? '').replace('http://127.0.0.1', base);
  }

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('signs in, shows the chart, and turns a fallback into an answer', async () => {
    await bot.say(bot.user('8300001'), QUESTION);
    await bot.say(bot.user('8300002'), 'tổng đài miễn phí số mấy');
    await bot.press(bot.user('8300002'), 'fb:up:hotline');
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });

    await page.goto(await loginLink());
    await shoot(page, 'dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/admin`);
    await expect.poll(() => page.locator('svg#bieu-do-cau-hoi rect').count()).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toBe('Tổng quan');
    await shoot(page, 'tong-quan');

    await page.getByRole('link', { name: 'Chưa trả lời được' }).click();
    const group = page.locator('section.cau-hoi', { hasText: QUESTION });
    await expect.poll(() => group.count()).toBe(1);
    await shoot(page, 'chua-tra-loi');
    await group.getByLabel('Thêm vào mục').selectOption('service-elderly');
    await group.getByRole('button', { name: 'Thêm làm cách hỏi' }).click();
    await page.waitForURL(/ok=/);
    expect(await page.locator('.flash').textContent()).toContain('Đã thêm');
    expect(await page.locator('section.cau-hoi', { hasText: QUESTION }).count()).toBe(0);
    await shoot(page, 'da-them-cach-hoi');

    const asked = await cli(['ask', '--json', QUESTION], { env: { KNOWLEDGE_DIR: bot.config.knowledgeDir } });
    expect(JSON.parse(asked.stdout)).toMatchObject({ outcome: 'answer', id: 'service-elderly' });

    await page.getByRole('link', { name: 'Đánh giá câu trả lời' }).click();
    expect(await page.locator('h1').textContent()).toBe('Đánh giá câu trả lời');
    await shoot(page, 'danh-gia');

    await page.getByRole('link', { name: 'Kho kiến thức' }).click();
    await page.getByLabel('Câu hỏi').fill(QUESTION);
    await page.getByRole('button', { name: 'Xem trợ lý trả lời' }).click();
    expect(await page.locator('#ket-qua').textContent()).toContain('(service-elderly)');
    await shoot(page, 'kho-kien-thuc');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/admin`);
    await shoot(page, 'tong-quan-dien-thoai');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${base}/admin/dangnhap`);
    await page.goto(`${base}/admin`);
    expect(page.url()).toBe(`${base}/admin/dangnhap`);
    await page.close();
  }, 60_000);

  it('refuses a link that was already used', async () => {
    const link = await loginLink();
    const first = await browser.newPage();
    await first.goto(link);
    await first.getByRole('button', { name: 'Đăng nhập' }).click();
    await first.waitForURL(`${base}/admin`);
    const second = await browser.newPage();
    await second.goto(link);
    const [response] = await Promise.all([
      second.waitForResponse((r) => r.url().endsWith('/admin/dangnhap') && r.request().method() === 'POST'),
      second.getByRole('button', { name: 'Đăng nhập' }).click(),
    ]);
    expect(response.status()).toBe(403);
    expect(await second.locator('main').textContent()).toContain('đã được dùng');
    await shoot(second, 'lien-ket-da-dung');
    await first.close();
    await second.close();
  }, 60_000);
});

describe('notices and reminders in a real browser, against the fake platforms', () => {
  const NOTICE_STAFF = '5570002';
  const ZALO_TOKEN = '1234:notices-browser';
  const telegram = new FakeTelegram();
  const zalo = new FakeZaloBot(ZALO_TOKEN);
  let browser: Browser;
  let server: RunningServer;
  let bot: Awaited<ReturnType<typeof botWithServices>>;
  let base = '';

  beforeAll(async () => {
    await telegram.start();
    await zalo.start();
    const zaloSender = new ZaloBotChannel({
      token: ZALO_TOKEN,
      apiRoot: zalo.apiRoot,
      bot: realBot(),
      optionsHint: () => 'Gõ số từ 1 đến {count} để chọn.',
      logger: silentLogger(),
    });
    bot = await botWithServices(
      { ADMIN_ENABLED: 'on', PUBLIC_URL: 'http://127.0.0.1', STAFF_TELEGRAM_IDS: NOTICE_STAFF },
      undefined,
      undefined,
      [telegramSender('123:notices-browser', telegram.apiRoot), zaloSender],
    );
    await addSubscribers(bot.store, [
      ['9400001', 'telegram', 'tre-em', 'An Phú'],
      ['9400002', 'telegram', 'tre-em', 'An Phú'],
      ['9400003', 'telegram', 'nguoi-cao-tuoi', 'An Phú'],
      ['9400004', 'telegram', 'tre-em', 'Bình Minh'],
      ['9400005', 'zalo-bot', 'tre-em', 'An Phú'],
    ]);
    ({ server, base, browser } = await serveConsole(bot));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await telegram.stop();
    await zalo.stop();
  });

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const telegramTextsTo = (chatId: string) =>
    telegram
      .callsOf('sendMessage')
      .filter((c) => String(c.body.chat_id) === chatId)
      .map((c) => String(c.body.text));

  it('composes a notice for topic AND ward AND platform, sees the count, sends it and watches the report', async () => {
    const printed = await cli(['staff', 'login-link', 'telegram', NOTICE_STAFF], {
      env: { DATA_DIR: bot.config.dataDir, PUBLIC_URL: 'http://127.0.0.1', STAFF_TELEGRAM_IDS: NOTICE_STAFF },
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto((printed.stdout.split('\n')[0] ?? '').replace('http://127.0.0.1', base));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/admin`);

    await page.getByRole('link', { name: 'Thông báo' }).click();
    await page.getByLabel('Nội dung').fill('Sáng thứ Bảy tiêm chủng miễn phí cho trẻ tại trạm y tế.');
    await page.getByLabel('Chủ đề').selectOption('tre-em');
    await page.getByLabel('Xã/phường').selectOption('An Phú');
    await page.getByLabel('Nền tảng').selectOption('telegram');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    expect(await page.locator('#so-nguoi').textContent()).toBe('2');
    expect(await page.locator('#kha-nang').textContent()).toContain('Telegram: 2 người nhận được');
    await shoot(page, 'thong-bao-xem-truoc');

    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await page.waitForURL(/ok=/);
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator('.tien-do').first().textContent();
        },
        { timeout: 15_000 },
      )
      .toContain('Đã gửi xong: 2/2 đã nhận');
    await shoot(page, 'thong-bao-bao-cao');
    const notice = 'Sáng thứ Bảy tiêm chủng miễn phí cho trẻ tại trạm y tế.';
    expect(telegramTextsTo('9400001')).toEqual([notice]);
    expect(telegramTextsTo('9400002')).toEqual([notice]);
    for (const other of ['9400003', '9400004']) expect(telegramTextsTo(other)).toEqual([]);
    expect(zalo.textsTo('9400005')).toEqual([]);
    // The staff member also gets the final report in their own chat.
    await expect.poll(() => telegramTextsTo(NOTICE_STAFF).length).toBe(1);

    await page.getByRole('link', { name: 'Nhắc lịch' }).click();
    expect(await page.locator('h1').textContent()).toBe('Nhắc lịch');
    await shoot(page, 'nhac-lich');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Thông báo' }).click();
    await shoot(page, 'thong-bao-dien-thoai');
    await page.close();
  }, 60_000);
});

describe('the handoff page in a real browser, against the fake Zalo Bot', () => {
  const ZALO_BOT_TOKEN = '1459232241454765289:FakeZaloBotTokenForBrowser';
  const SECRET = 'browser-handoff-webhook-secret';
  const fakes = {
    telegram: new FakeTelegram(),
    telegramToken: '123456789:AAFakeTokenForBrowserHandoff_abcdef',
    zaloBot: new FakeZaloBot(ZALO_BOT_TOKEN),
    zaloBotToken: ZALO_BOT_TOKEN,
  };
  const ui = realKnowledge().ui.handoff;
  let browser: Browser;
  let service: Service;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    service = await startOnFakes(
      fakes,
      SECRET,
      {
        KNOWLEDGE_DIR: copyKnowledge(),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-browser-handoff-')),
        ADMIN_ENABLED: 'on',
        PUBLIC_URL: 'http://127.0.0.1',
        STAFF_TELEGRAM_IDS: STAFF,
      },
      systemClock,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stopOnFakes(service, fakes);
  });

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('opens a handoff from a resident, replies from the console, sees it at Zalo, and closes it', async () => {
    const chat = 'zb-browser-1';
    await webhookPoster(() => service, SECRET).zalo('cho tôi nói chuyện với người thật, số em 0912345678', chat);
    const base = `http://127.0.0.1:${service.server?.port}`;
    const token = new LoginLinks(service.config.dataDir, () => Date.now()).issue({
      platform: 'telegram',
      userId: STAFF,
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(loginUrl(base, token));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/admin`);
    expect(await page.locator('header .badge').textContent()).toBe('1');

    await page.getByRole('link', { name: /Chuyển cán bộ/ }).click();
    const row = page.locator('#yeu-cau tr', { hasText: 'Đang chờ' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).not.toContain('0912345678');
    await shoot(page, 'chuyen-can-bo');

    await row.getByRole('link').click();
    await page.getByRole('button', { name: 'Nhận yêu cầu' }).click();
    await page.waitForURL(/ok=/);
    await page.getByLabel('Trả lời người dân').fill('Chào bạn, mình là cán bộ Lan, bạn cứ kể nhé.');
    await page.getByRole('button', { name: 'Gửi cho người dân' }).click();
    await page.waitForURL(/ok=/);
    expect(await page.locator('.flash').textContent()).toBe('Đã gửi cho người dân.');
    expect(fakes.zaloBot.textsTo(chat).at(-1)).toBe(`${ui.staff_prefix}\nChào bạn, mình là cán bộ Lan, bạn cứ kể nhé.`);
    expect(await page.locator('#hoi-thoai').textContent()).toContain('cán bộ Lan');
    await shoot(page, 'hoi-thoai');

    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, 'hoi-thoai-dien-thoai');
    await page.getByRole('button', { name: 'Đóng yêu cầu' }).click();
    await page.waitForURL(/ok=/);
    expect(
      fakes.zaloBot
        .textsTo(chat)
        .at(-1)
        ?.startsWith(ui.closed.split('\n')[0] ?? ''),
    ).toBe(true);
    expect(service.core.handoff.list()).toHaveLength(0);
    await page.close();
  }, 60_000);
});
