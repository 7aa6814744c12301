/**
 * The staff console's routes, mounted at /admin: sign-in with a single-use
 * link, then the pages. Every page needs a session of someone who is staff
 * now (403 otherwise); every post needs the session's CSRF token (403
 * otherwise); every action is written to the audit log first.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { Platform } from '../core/message.ts';
import type { AuditSink, ConsoleAction } from '../store/audit-log.ts';
import type { KbProblem } from '../kb/problems.ts';
import type { AnswerResult } from '../nlp/engine.ts';
import type { OutcomeCounts } from '../store/daily-outcomes.ts';
import type { UnansweredLog } from '../store/unanswered-log.ts';
import { startDraftEntry } from './drafts.ts';
import type { FactToVerify } from './facts-to-verify.ts';
import { feedbackBody, votesByEntry } from './feedback-page.ts';
import { HANDOFF_PAGE, type HandoffDesk, handoffRoutes, waitingCount } from './handoff-page.ts';
import { page, type Html } from './layout.ts';
import type { LinkHolder, LoginLinks } from './login-links.ts';
import { overviewBody, type OverviewFacts } from './overview.ts';
import { addPhrasing, EditRefused, type EntryFolder, markReviewed } from './entry-edits.ts';
import { type EntryRow, knowledgeBody } from './knowledge-page.ts';
import type { ConsoleEnv, ConsoleSession, ConsoleSessions } from './sessions.ts';
import { unansweredBody } from './unanswered-page.ts';
import type { ConsoleKit } from './kit.ts';
import { type NoticeDeps, registerNoticeRoutes } from './notice-routes.ts';
import { type ReminderDeps, registerReminderRoutes } from './reminders-page.ts';

/** What the console reads and changes. */
export interface ConsoleDeps {
  links: LoginLinks;
  sessions: ConsoleSessions;
  /** True while the person is staff (listed in STAFF_*_IDS or added with `npm run staff -- add`). */
  isStaff(holder: LinkHolder): Promise<boolean>;
  audit: AuditSink;
  /** Cookies marked Secure (when PUBLIC_URL is https). */
  secureCookies: boolean;
  overview(): Promise<OverviewFacts>;
  /** Counts per day of the last 90 days (votes are among them). */
  recentDays(): ReadonlyArray<{ counts: OutcomeCounts }>;
  /** Absent with UNANSWERED_LOG=off. */
  unanswered?: UnansweredLog;
  /** The knowledge folder phrasings are added to (and drafts started in). */
  knowledge: EntryFolder & {
    titles(): Array<{ id: string; title: string }>;
    /** Every entry with its review date. */
    rows(): EntryRow[];
    /** The `kb:check` remarks of the snapshot being served. */
    warnings(): KbProblem[];
    /** The eligibility facts marked `verify: true`. */
    toVerify(): FactToVerify[];
    /** What the bot would answer to `question` now (nothing is stored). */
    ask(question: string): AnswerResult;
  };
  /** The handoff service (the "Chuyển cán bộ" page). */
  handoffs?: { desk: HandoffDesk; platformName(platform: Platform): string };
  now(): Date;
  /** The Notices page (absent in tests that do not need it). */
  notices?: NoticeDeps;
  /** The Reminders page. */
  reminders?: ReminderDeps;
}

export type { ConsoleEnv } from './sessions.ts';

const COOKIE = 'ctxh_console';
/** Forms are a few hundred bytes. */
const MAX_FORM_BYTES = 16 * 1024;
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Today in Vietnam, YYYY-MM-DD (review dates and draft dates are local days). */
const vietnamToday = (now: Date): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

const who = (holder: LinkHolder): string => `staff:${holder.platform}:${holder.userId}`;

/** A form field as text ('' when absent or a file). */
async function formOf(c: Context): Promise<(name: string) => string> {
  const body = await c.req.parseBody();
  return (name) => {
    const value = body[name];
    return typeof value === 'string' ? value : '';
  };
}

/** Builds the console's routes. */
export function createConsole(deps: ConsoleDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const audit = (action: ConsoleAction, by: string, detail?: string): Promise<void> =>
    deps.audit.append({ type: 'console', action, by, ...(detail !== undefined ? { detail } : {}) });
  // Signed-in pages show in the navigation how many handoffs wait for someone.
  const badges = (): Record<string, number> =>
    deps.handoffs ? { [HANDOFF_PAGE]: waitingCount(deps.handoffs.desk) } : {};
  const render = (c: Context, status: 200 | 401 | 403 | 400, title: string, body: Html, session?: ConsoleSession) =>
    c.html(
      page({ title, current: c.req.path, ...(session ? { csrf: session.csrf, badges: badges() } : {}), body }),
      status,
    );

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });
  app.use('*', bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text('Biểu mẫu quá lớn.', 413) }));

  // A GET never uses the link up: chat apps open links to preview them. The button posts it.
  app.get('/dangnhap', (c) => {
    const token = c.req.query('token') ?? '';
    const body = token
      ? html`<section>
          <p>Bấm nút để vào trang cán bộ. Liên kết chỉ dùng được một lần, trong 10 phút.</p>
          <form method="post" action="/admin/dangnhap">
            <input type="hidden" name="token" value="${token}" /><button type="submit">Đăng nhập</button>
          </form>
        </section>`
      : html`<section>
          <p>Gửi <strong>/dangnhap</strong> cho trợ lý trong Telegram hoặc Zalo để nhận liên kết đăng nhập.</p>
        </section>`;
    return render(c, 200, 'Đăng nhập', body);
  });

  app.post('/dangnhap', async (c) => {
    const field = await formOf(c);
    const holder = deps.links.redeem(field('token'));
    if (!holder) {
      await audit('refused', 'unknown', 'login link used, expired or unknown');
      return render(
        c,
        403,
        'Liên kết không dùng được',
        html`<section>
          <p>Liên kết này đã được dùng hoặc đã quá 10 phút. Gửi <strong>/dangnhap</strong> cho trợ lý để nhận liên kết mới.</p>
        </section>`,
      );
    }
    if (!(await deps.isStaff(holder))) {
      await audit('refused', who(holder), 'not staff');
      return render(
        c,
        403,
        'Không có quyền',
        html`<section><p>Tài khoản này không phải cán bộ của trung tâm.</p></section>`,
      );
    }
    await audit('signed-in', who(holder));
    const session = deps.sessions.open(holder);
    setCookie(c, COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.secureCookies,
      path: '/admin',
    });
    return c.redirect('/admin', 303);
  });

  // Everything below needs a session of someone who is still staff, and a CSRF token on every post.
  app.use('*', async (c, next) => {
    const session = deps.sessions.find(getCookie(c, COOKIE));
    if (!session) return c.redirect('/admin/dangnhap', 303);
    if (!(await deps.isStaff(session))) {
      deps.sessions.close(session.id);
      await audit('refused', who(session), `not staff: ${c.req.method} ${c.req.path}`);
      return render(
        c,
        403,
        'Không có quyền',
        html`<section><p>Tài khoản này không còn là cán bộ của trung tâm.</p></section>`,
      );
    }
    if (c.req.method === 'POST') {
      const field = await formOf(c);
      if (field('_csrf') !== session.csrf) {
        await audit('refused', who(session), `no CSRF token: ${c.req.path}`);
        return render(
          c,
          403,
          'Không thực hiện được',
          html`<section><p>Biểu mẫu đã cũ. Hãy tải lại trang rồi thử lại.</p></section>`,
          session,
        );
      }
    }
    c.set('session', session);
    await next();
  });

  app.post('/dangxuat', async (c) => {
    const session = c.get('session');
    await audit('signed-out', who(session));
    deps.sessions.close(session.id);
    deleteCookie(c, COOKIE, { path: '/admin' });
    return c.redirect('/admin/dangnhap', 303);
  });

  app.get('/', async (c) => render(c, 200, 'Tổng quan', overviewBody(await deps.overview()), c.get('session')));

  app.get('/kien-thuc', (c) => {
    const session = c.get('session');
    const query = (c.req.query('q') ?? '').slice(0, 1000).trim();
    const flash = c.req.query('ok') ? html`<p class="flash">${c.req.query('ok')}</p>` : '';
    const error = c.req.query('loi') ? html`<p class="flash error">${c.req.query('loi')}</p>` : '';
    const body = knowledgeBody({
      query,
      ...(query ? { result: deps.knowledge.ask(query) } : {}),
      entries: deps.knowledge.rows(),
      warnings: deps.knowledge.warnings(),
      toVerify: deps.knowledge.toVerify(),
      csrf: session.csrf,
    });
    return render(c, 200, 'Kho kiến thức', html`${flash}${error}${body}`, session);
  });

  app.post('/kien-thuc/da-ra-soat', async (c) => {
    const session = c.get('session');
    const entryId = (await formOf(c))('entryId');
    const today = vietnamToday(deps.now());
    const to = (message: { ok: string } | { loi: string }) =>
      c.redirect(`/admin/kien-thuc?${new URLSearchParams(message).toString()}`, 303);
    try {
      await audit('entry-reviewed', who(session), entryId);
      markReviewed(deps.knowledge, entryId, today);
    } catch (error) {
      if (error instanceof EditRefused) return to({ loi: error.message });
      throw error;
    }
    return to({ ok: `Đã ghi ngày rà soát ${today} cho mục ${entryId}.` });
  });

  app.get('/danh-gia', (c) => {
    const titles = new Map(deps.knowledge.titles().map((t) => [t.id, t.title]));
    const votes = votesByEntry(deps.recentDays(), (id) => titles.get(id));
    return render(c, 200, 'Đánh giá câu trả lời', feedbackBody(votes), c.get('session'));
  });

  app.get('/chua-tra-loi', (c) => {
    const session = c.get('session');
    const flash = c.req.query('ok') ? html`<p class="flash">${c.req.query('ok')}</p>` : '';
    const error = c.req.query('loi') ? html`<p class="flash error">${c.req.query('loi')}</p>` : '';
    const body = unansweredBody({
      groups: deps.unanswered?.groups() ?? [],
      entries: deps.knowledge.titles(),
      csrf: session.csrf,
      enabled: deps.unanswered !== undefined,
    });
    return render(c, 200, 'Câu hỏi chưa trả lời được', html`${flash}${error}${body}`, session);
  });

  const back = (c: Context, message: { ok: string } | { loi: string }) =>
    c.redirect(`/admin/chua-tra-loi?${new URLSearchParams(message).toString()}`, 303);

  app.post('/chua-tra-loi/them-cach-hoi', async (c) => {
    const session = c.get('session');
    const field = await formOf(c);
    const entryId = field('entryId');
    const phrasing = field('phrasing');
    try {
      await audit('phrasing-added', who(session), `${entryId}: ${phrasing}`);
      addPhrasing(deps.knowledge, entryId, phrasing);
    } catch (error) {
      if (error instanceof EditRefused) return back(c, { loi: error.message });
      throw error;
    }
    await deps.unanswered?.resolve(field('key'), 'phrasing', entryId);
    return back(c, { ok: `Đã thêm “${phrasing.trim()}” vào mục ${entryId}; trợ lý dùng ngay.` });
  });

  app.post('/chua-tra-loi/ngoai-pham-vi', async (c) => {
    const session = c.get('session');
    const field = await formOf(c);
    await audit('out-of-scope', who(session), field('key'));
    await deps.unanswered?.resolve(field('key'), 'out-of-scope');
    return back(c, { ok: 'Đã đánh dấu ngoài phạm vi.' });
  });

  app.post('/chua-tra-loi/nhap-muc-moi', async (c) => {
    const session = c.get('session');
    const field = await formOf(c);
    const question = field('question').trim();
    if (question.length < 3) return back(c, { loi: 'Thiếu câu hỏi cho bản nháp.' });
    await audit('draft-started', who(session), question);
    const file = startDraftEntry(deps.knowledge.knowledgeDir, question, vietnamToday(deps.now()));
    await deps.unanswered?.resolve(field('key'), 'draft');
    return back(c, { ok: `Đã tạo bản nháp knowledge/${file}: hoàn thiện rồi chuyển sang entries/.` });
  });

  const kit: ConsoleKit = {
    audit,
    who,
    form: formOf,
    render: (c, title, body, session) => render(c, 200, title, body, session),
    now: () => deps.now(),
    back: (c, path, message) => c.redirect(`/admin/${path}?${new URLSearchParams(message).toString()}`, 303),
    flash: (c) => {
      const ok = c.req.query('ok');
      const error = c.req.query('loi');
      return html`${ok ? html`<p class="flash">${ok}</p>` : ''}${error ? html`<p class="flash error">${error}</p>` : ''}`;
    },
  };
  if (deps.notices) registerNoticeRoutes(app, deps.notices, kit);
  if (deps.reminders) registerReminderRoutes(app, deps.reminders, kit);
  if (deps.handoffs) {
    app.route(
      HANDOFF_PAGE.slice('/admin'.length),
      handoffRoutes({
        ...deps.handoffs,
        now: deps.now,
        render: (c, title, body) => render(c, 200, title, body, c.get('session')),
      }),
    );
  }

  return app;
}
