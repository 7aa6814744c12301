import { describe, expect, it } from 'vitest';
import { consoleForRuntime } from '../../src/admin/from-runtime.ts';
import { NoticeBook } from '../../src/admin/notice-book.ts';
import { silentLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { createApp } from '../../src/server.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { cli } from '../helpers/cli.ts';
import { botWithServices } from '../helpers/core.ts';
import { addSubscribers, ConsoleClient } from './console-client.ts';

const STAFF = '5560001';
const SECOND = '5560002';
const PUBLIC_URL = 'https://bot.example.vn';

const flash = (response: Response, kind: 'ok' | 'loi'): string =>
  new URL(response.headers.get('location') ?? '', 'http://x').searchParams.get(kind) ?? '';

/** The console over a bot with real services, and subscribers on several platforms, topics and wards. */
async function noticesConsole(env: Record<string, string> = {}) {
  const t = await botWithServices({
    ADMIN_ENABLED: 'on',
    PUBLIC_URL,
    STAFF_TELEGRAM_IDS: `${STAFF},${SECOND}`,
    ...env,
  });
  await addSubscribers(t.store, [
    ['9100001', 'telegram', 'tre-em', 'An Phú'],
    ['9100002', 'telegram', 'tre-em', 'An Phú'],
    ['9100003', 'telegram', 'nguoi-cao-tuoi', 'An Phú'],
    ['9100004', 'telegram', 'tre-em', 'Bình Minh'],
    ['9100005', 'zalo-bot', 'tre-em', 'An Phú'],
  ]);
  const app = createApp({
    logger: silentLogger(),
    metrics: new Metrics(),
    health: () => ({}),
    console: consoleForRuntime(t.runtime),
  });
  const signedIn = async (userId = STAFF): Promise<ConsoleClient> => {
    const printed = await cli(['staff', 'login-link', 'telegram', userId], {
      env: { DATA_DIR: t.config.dataDir, PUBLIC_URL, STAFF_TELEGRAM_IDS: `${STAFF},${SECOND}` },
    });
    const browser = new ConsoleClient(app);
    await browser.signIn(printed.stdout.split('\n')[0] ?? '');
    return browser;
  };
  const consoleActions = () =>
    auditLogIn(t.config.dataDir)
      .read()
      .flatMap((l) => (l.type === 'console' ? [`${l.action} ${l.by}`] : []));
  /** What residents (not the staff chats, which get the final report) received. */
  const residents = () => t.telegram.sent.filter((s) => s.chatId.startsWith('9'));
  return { ...t, signedIn, consoleActions, residents };
}

const AUDIENCE = { topic: 'tre-em', area: 'An Phú', platform: 'telegram' };

describe('the staff console: notices', () => {
  it('previews a notice on each platform with the count and reach of topic AND ward AND platform', async () => {
    const c = await noticesConsole();
    const browser = await c.signedIn();
    const query = new URLSearchParams({ text: 'Họp dân <thứ Bảy> & Chủ nhật', ...AUDIENCE });
    const page = await (await browser.get(`/admin/thong-bao?${query}`)).text();
    expect(page).toContain('<strong id="so-nguoi">2</strong>');
    expect(page).toContain('Telegram: 2 người nhận được');
    expect(page).toContain('data-platform="zalo-bot"');
    expect(page).toContain('data-platform="zalo-oa"');
    // Shown as residents read it, escaped once for the page.
    expect(page).toContain('Họp dân &lt;thứ Bảy&gt; &amp; Chủ nhật');
    // The preview's send form carries the CSRF token; the GET compose form does not (no token in URLs).
    expect(page).toMatch(/action="\/admin\/thong-bao\/gui"[\s\S]*name="_csrf"/);
  });

  it('sends now through the delivery engine to the combined audience, shows the report and audits it', async () => {
    const c = await noticesConsole();
    const browser = await c.signedIn();
    const csrf = await browser.csrf('/admin/thong-bao');
    const sent = await browser.post('/admin/thong-bao/gui', {
      _csrf: csrf,
      text: 'Tiêm chủng sáng thứ Bảy',
      ...AUDIENCE,
    });
    expect(flash(sent, 'ok')).toContain('Đang gửi');
    const [notice] = c.runtime.notices.list();
    expect(notice).toMatchObject({ status: 'sent', audience: AUDIENCE });
    const done = await c.core.delivery.whenDone(notice?.jobId ?? '');
    expect(done).toMatchObject({ total: 2, sent: 2, state: 'done' });
    expect(
      c
        .residents()
        .map((s) => s.chatId)
        .sort(),
    ).toEqual(['9100001', '9100002']);
    expect(c.residents()[0]?.replies).toEqual([{ text: 'Tiêm chủng sáng thứ Bảy' }]);
    const page = await (await browser.get('/admin/thong-bao')).text();
    expect(page).toContain('Đã gửi xong: 2/2 đã nhận');
    // The one who sent it also gets the final report in their own chat, as with /thongbao.
    await expect.poll(() => c.telegram.sent.some((s) => s.chatId === STAFF)).toBe(true);
    expect(c.consoleActions()).toContain(`notice-sent staff:telegram:${STAFF}`);
  });

  it('refuses to send without a CSRF token, or to an empty audience', async () => {
    const c = await noticesConsole();
    const browser = await c.signedIn();
    expect((await browser.post('/admin/thong-bao/gui', { text: 'x', ...AUDIENCE })).status).toBe(403);
    const csrf = await browser.csrf('/admin/thong-bao');
    const empty = await browser.post('/admin/thong-bao/gui', { _csrf: csrf, text: 'x', area: 'Không Có' });
    expect(flash(empty, 'loi')).toContain('Không có ai');
    expect(c.runtime.notices.list()).toEqual([]);
  });

  it('with NOTICE_APPROVAL=on, waits for a second staff member; the composer cannot approve', async () => {
    const c = await noticesConsole({ NOTICE_APPROVAL: 'on' });
    const author = await c.signedIn(STAFF);
    const csrf = await author.csrf('/admin/thong-bao');
    await author.post('/admin/thong-bao/gui', { _csrf: csrf, text: 'Cần duyệt', ...AUDIENCE });
    const [notice] = c.runtime.notices.list();
    expect(notice?.status).toBe('awaiting-approval');
    const own = await author.post('/admin/thong-bao/duyet', { _csrf: csrf, id: notice?.id ?? '' });
    expect(flash(own, 'loi')).toContain('cán bộ khác');
    expect(c.telegram.sent).toEqual([]);

    const approver = await c.signedIn(SECOND);
    const approved = await approver.post('/admin/thong-bao/duyet', {
      _csrf: await approver.csrf('/admin/thong-bao'),
      id: notice?.id ?? '',
    });
    expect(flash(approved, 'ok')).toContain('Đã duyệt');
    const after = c.runtime.notices.get(notice?.id ?? '');
    expect(after).toMatchObject({ status: 'sent', approvedBy: `staff:telegram:${SECOND}` });
    await c.core.delivery.whenDone(after?.jobId ?? '');
    expect(c.residents()).toHaveLength(2);
    expect(c.consoleActions()).toEqual(
      expect.arrayContaining([
        `notice-composed staff:telegram:${STAFF}`,
        `refused staff:telegram:${STAFF}`,
        `notice-approved staff:telegram:${SECOND}`,
      ]),
    );
  });

  it('sends a scheduled notice when the scheduler reaches its time, and the schedule survives a restart', async () => {
    const c = await noticesConsole();
    const browser = await c.signedIn();
    const due = Date.now() + 2 * 86_400_000;
    const local = new Date(due + 7 * 3_600_000).toISOString().slice(0, 16);
    const scheduled = await browser.post('/admin/thong-bao/gui', {
      _csrf: await browser.csrf('/admin/thong-bao'),
      text: 'Hẹn giờ',
      sendAt: local,
      ...AUDIENCE,
    });
    expect(flash(scheduled, 'ok')).toContain('hẹn giờ');
    // A day early nothing goes.
    await c.runtime.reminders.runDue(new Date(due - 86_400_000));
    expect(c.telegram.sent).toEqual([]);
    // A restart reads the schedule back from the data folder.
    const reopened = new NoticeBook(c.config.dataDir, c.core.delivery);
    expect(reopened.list()[0]).toMatchObject({ status: 'scheduled', text: 'Hẹn giờ' });
    await c.runtime.reminders.runDue(new Date(due + 60_000));
    const [notice] = c.runtime.notices.list();
    expect(notice?.status).toBe('sent');
    await c.core.delivery.whenDone(notice?.jobId ?? '');
    expect(c.residents()).toHaveLength(2);
    expect(c.consoleActions()).toContain(`notice-scheduled staff:telegram:${STAFF}`);
  });

  it('cancels a notice mid-way: people not yet reached get nothing', async () => {
    const c = await noticesConsole({ BROADCAST_TELEGRAM_PER_SECOND: '2' });
    await addSubscribers(
      c.store,
      Array.from({ length: 12 }, (_, i) => [`92000${i}`, 'telegram', ''] as const),
    );
    const browser = await c.signedIn();
    const csrf = await browser.csrf('/admin/thong-bao');
    await browser.post('/admin/thong-bao/gui', { _csrf: csrf, text: 'Dài', platform: 'telegram' });
    const [notice] = c.runtime.notices.list();
    await expect.poll(() => c.residents().length).toBeGreaterThan(0);
    const cancelled = await browser.post('/admin/thong-bao/huy', { _csrf: csrf, id: notice?.id ?? '' });
    expect(flash(cancelled, 'ok')).toContain('Đã hủy');
    const done = await c.core.delivery.whenDone(notice?.jobId ?? '');
    expect(done.state).toBe('cancelled');
    expect(done.sent).toBeLessThan(done.total);
    expect(c.consoleActions()).toContain(`notice-cancelled staff:telegram:${STAFF}`);
  }, 20_000);
});

describe('the staff console: reminders', () => {
  it('lists each event with its reminders of the coming 90 days, and a pause makes the scheduler skip them', async () => {
    const c = await noticesConsole();
    const browser = await c.signedIn();
    const page = await (await browser.get('/admin/nhac-lich')).text();
    expect(page).toContain('data-event="social-work-day"');
    const now = Date.now();
    const [next] = await (await import('../../src/scheduler/plan.ts')).planReminders(
      c.runtime.knowledge.current,
      c.store,
      now,
      now + 90 * 86_400_000,
      c.config.reminders,
    );
    expect(next).toBeDefined();
    expect(page).toContain(`data-event="${next?.eventId}" data-paused="no"`);

    const paused = await browser.post('/admin/nhac-lich/tam-dung', {
      _csrf: await browser.csrf('/admin/nhac-lich'),
      eventId: next?.eventId ?? '',
      paused: 'on',
    });
    expect(flash(paused, 'ok')).toContain('Đã tạm dừng');
    expect(await (await browser.get('/admin/nhac-lich')).text()).toContain(
      `data-event="${next?.eventId}" data-paused="yes"`,
    );
    const report = await c.runtime.reminders.runDue(new Date(Date.parse(next?.at ?? '') + 60_000));
    expect(report.sent.map((s) => s.key)).not.toContain(next?.key);
    expect(report.skipped).toContainEqual({ key: next?.key, reason: 'the event is paused in the staff console' });
    expect(c.consoleActions()).toContain(`event-paused staff:telegram:${STAFF}`);

    const resumed = await browser.post('/admin/nhac-lich/tam-dung', {
      _csrf: await browser.csrf('/admin/nhac-lich'),
      eventId: next?.eventId ?? '',
      paused: 'off',
    });
    expect(flash(resumed, 'ok')).toContain('Đã bật lại');
    expect(c.runtime.pausedEvents.has(next?.eventId ?? '')).toBe(false);
    expect(c.consoleActions()).toContain(`event-resumed staff:telegram:${STAFF}`);
  });
});
