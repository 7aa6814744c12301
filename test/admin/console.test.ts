import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleForRuntime } from '../../src/admin/from-runtime.ts';
import { LoginLinks, loginUrl } from '../../src/admin/login-links.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { createApp } from '../../src/server.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { cli } from '../helpers/cli.ts';
import { botWithServices } from '../helpers/core.ts';
import { ConsoleClient, knowledgeCopy } from './console-client.ts';

const STAFF = '5550001';

/** The message a console action redirected with. */
const flash = (response: Response, kind: 'ok' | 'loi'): string =>
  new URL(response.headers.get('location') ?? '', 'http://x').searchParams.get(kind) ?? '';
const PUBLIC_URL = 'https://bot.example.vn';

/** The service's HTTP app with the console on, over a bot with real services. */
async function consoleApp(env: Record<string, string> = {}) {
  const t = await botWithServices({ ADMIN_ENABLED: 'on', PUBLIC_URL, STAFF_TELEGRAM_IDS: STAFF, ...env });
  const app = createApp({
    logger: silentLogger(),
    metrics: new Metrics(),
    health: () => ({}),
    console: consoleForRuntime(t.runtime),
  });
  const env2 = {
    DATA_DIR: t.config.dataDir,
    PUBLIC_URL,
    STAFF_TELEGRAM_IDS: STAFF,
    KNOWLEDGE_DIR: t.config.knowledgeDir,
  };
  const loginLink = async (userId = STAFF): Promise<string> => {
    const printed = await cli(['staff', 'login-link', 'telegram', userId], { env: env2 });
    return printed.stdout.split('\n')[0] ?? '';
  };
  return { ...t, app, loginLink, client: () => new ConsoleClient(app) };
}

describe('the staff console: sign-in', () => {
  it('is off unless ADMIN_ENABLED=on, and on needs PUBLIC_URL', async () => {
    const app = createApp({ logger: silentLogger(), metrics: new Metrics(), health: () => ({}) });
    expect((await app.request('/admin')).status).toBe(404);
    expect(() => loadConfig({ ADMIN_ENABLED: 'on' })).toThrow(ConfigError);
  });

  it('signs a staff member in with a printed link, into a httpOnly SameSite=Strict session', async () => {
    const c = await consoleApp();
    const link = await c.loginLink();
    expect(link).toMatch(/^https:\/\/bot\.example\.vn\/admin\/dangnhap\?token=[\w-]{40,}$/);
    const browser = c.client();
    // Opening the link (as a chat app's preview does) does not use it up.
    expect((await browser.get(new URL(link).pathname + new URL(link).search)).status).toBe(200);
    const signedIn = await browser.signIn(link);
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    const overview = await browser.get('/admin');
    expect(overview.status).toBe(200);
    const page = await overview.text();
    expect(page).toContain('<svg id="bieu-do-cau-hoi"');
    expect(overview.headers.get('content-security-policy')).toContain("default-src 'none'");
    const audit = auditLogIn(c.config.dataDir).read();
    expect(audit.map((l) => (l.type === 'console' ? l.action : l.type))).toEqual(['link-issued', 'signed-in']);
  });

  it('refuses a link used twice', async () => {
    const c = await consoleApp();
    const link = await c.loginLink();
    expect((await c.client().signIn(link)).status).toBe(303);
    const again = await c.client().signIn(link);
    expect(again.status).toBe(403);
    expect(await again.text()).toContain('đã được dùng hoặc đã quá 10 phút');
  });

  it('refuses a link older than 10 minutes', async () => {
    const c = await consoleApp();
    const elevenMinutesAgo = () => Date.now() - 11 * 60_000;
    const token = new LoginLinks(c.config.dataDir, elevenMinutesAgo).issue({ platform: 'telegram', userId: STAFF });
    expect((await c.client().signIn(loginUrl(PUBLIC_URL, token))).status).toBe(403);
  });

  it('prints no link for someone who is not staff, and refuses a link of someone who is not staff', async () => {
    const c = await consoleApp();
    const printed = await cli(['staff', 'login-link', 'telegram', '999'], {
      env: { DATA_DIR: c.config.dataDir, PUBLIC_URL },
    });
    expect(printed.code).toBe(1);
    expect(printed.stderr).toContain('không phải cán bộ');
    const token = new LoginLinks(c.config.dataDir, Date.now).issue({ platform: 'telegram', userId: '999' });
    expect((await c.client().signIn(loginUrl(PUBLIC_URL, token))).status).toBe(403);
  });

  it('answers 403 to a session whose holder is no longer staff', async () => {
    const c = await consoleApp({ STAFF_TELEGRAM_IDS: '' });
    await c.store.addStaff({ platform: 'telegram', userId: STAFF, addedAt: new Date().toISOString(), addedBy: 'cli' });
    const browser = c.client();
    const token = new LoginLinks(c.config.dataDir, Date.now).issue({ platform: 'telegram', userId: STAFF });
    expect((await browser.signIn(loginUrl(PUBLIC_URL, token))).status).toBe(303);
    expect((await browser.get('/admin')).status).toBe(200);
    await c.store.removeStaff('telegram', STAFF);
    expect((await browser.get('/admin')).status).toBe(403);
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    const c = await consoleApp();
    const response = await c.client().get('/admin/chua-tra-loi');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/dangnhap');
  });

  it('refuses a form posted without the CSRF token, and signs out with it', async () => {
    const c = await consoleApp();
    const browser = c.client();
    await browser.signIn(await c.loginLink());
    expect((await browser.post('/admin/dangxuat', {})).status).toBe(403);
    expect((await browser.post('/admin/dangxuat', { _csrf: 'guess' })).status).toBe(403);
    const csrf = await browser.csrf();
    expect((await browser.post('/admin/dangxuat', { _csrf: csrf })).status).toBe(303);
    expect((await browser.get('/admin')).status).toBe(303);
  });
});

describe('the staff console: questions the bot could not answer', () => {
  it('adds a fallback question as a phrasing of an entry, and the bot answers it from then on', async () => {
    const c = await consoleApp({ KNOWLEDGE_DIR: knowledgeCopy() });
    const question = 'cụ ông nhà bên không ai nuôi thì xin hỗ trợ chỗ nào';
    const resident = c.user('8200001');
    const before = await c.say(resident, question);
    const browser = c.client();
    await browser.signIn(await c.loginLink());
    const page = await (await browser.get('/admin/chua-tra-loi')).text();
    expect(page).toContain(question);
    const key = /name="key" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const csrf = await browser.csrf('/admin/chua-tra-loi');
    const added = await browser.post('/admin/chua-tra-loi/them-cach-hoi', {
      _csrf: csrf,
      key,
      entryId: 'service-elderly',
      phrasing: question,
    });
    expect(added.status).toBe(303);
    expect(flash(added, 'ok')).toContain('Đã thêm');
    const file = readFileSync(join(c.config.knowledgeDir, 'entries', 'service-elderly.yaml'), 'utf8');
    expect(file).toContain(`  - ${question}\n`);
    const after = await c.say(c.user('8200002'), question);
    expect(after[0]?.text).not.toBe(before[0]?.text);
    const asked = await cli(['ask', '--json', question], { env: { KNOWLEDGE_DIR: c.config.knowledgeDir } });
    expect(JSON.parse(asked.stdout)).toMatchObject({ outcome: 'answer', id: 'service-elderly' });
    expect(await (await browser.get('/admin/chua-tra-loi')).text()).not.toContain(question);
    const audit = auditLogIn(c.config.dataDir).read();
    expect(audit.at(-1)).toMatchObject({ type: 'console', action: 'phrasing-added', by: `staff:telegram:${STAFF}` });
  });

  it('refuses a phrasing that still holds a redacted number', async () => {
    const c = await consoleApp({ KNOWLEDGE_DIR: knowledgeCopy() });
    const browser = c.client();
    await browser.signIn(await c.loginLink());
    const csrf = await browser.csrf('/admin/chua-tra-loi');
    const refused = await browser.post('/admin/chua-tra-loi/them-cach-hoi', {
      _csrf: csrf,
      key: 'x',
      entryId: 'elderly-allowance',
      phrasing: 'gọi cho tôi số [đã ẩn]',
    });
    expect(flash(refused, 'loi')).toContain('[đã ẩn]');
  });
});

describe('the staff console: knowledge', () => {
  it('shows what the bot would answer to a question, with its score and alternatives', async () => {
    const c = await consoleApp();
    const browser = c.client();
    await browser.signIn(await c.loginLink());
    const page = await (await browser.get(`/admin/kien-thuc?q=${encodeURIComponent('tổng đài tư vấn số mấy')}`)).text();
    expect(page).toContain('Trả lời bằng mục');
    expect(page).toMatch(/\(hotline\), điểm \d\.\d\d/);
    expect(page).toContain('Các mục gần tiếp theo');
    expect(page).toContain('id="cac-muc"');
  });

  it('marks an entry reviewed today in its file, and records who did', async () => {
    const c = await consoleApp({ KNOWLEDGE_DIR: knowledgeCopy() });
    const browser = c.client();
    await browser.signIn(await c.loginLink());
    const csrf = await browser.csrf('/admin/kien-thuc');
    const done = await browser.post('/admin/kien-thuc/da-ra-soat', { _csrf: csrf, entryId: 'hotline' });
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(flash(done, 'ok')).toContain(today);
    const file = readFileSync(join(c.config.knowledgeDir, 'entries', 'hotline.yaml'), 'utf8');
    expect(file).toContain(`reviewed: ${today}\n`);
    expect(c.runtime.knowledge.current.entries.get('hotline')?.reviewed).toBe(today);
    expect(auditLogIn(c.config.dataDir).read().at(-1)).toMatchObject({ action: 'entry-reviewed', detail: 'hotline' });
    expect((await browser.post('/admin/kien-thuc/da-ra-soat', { entryId: 'hotline' })).status).toBe(403);
  });
});
