/**
 * The Notices page's routes under /admin/thong-bao: the compose form and its
 * preview (GET), send or schedule, approve, cancel (POST). Sending goes
 * through the NoticeBook, which hands due notices to the same delivery engine
 * /thongbao uses. Every action is audited before it takes effect.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Platform } from '../core/message.ts';
import type { JobProgress } from '../delivery/types.ts';
import { parseVietnamInstant } from '../scheduler/occurrences.ts';
import type { AuditLine, ConsoleAction } from '../store/audit-log.ts';
import type { AudienceFilter } from '../store/types.ts';
import { type NoticeBook, NoticeRefused } from './notice-book.ts';
import type { PlatformPreview } from './notice-preview.ts';
import { describeAudience, type NoticeDraftForm, noticesBody } from './notices-page.ts';
import type { ConsoleApp, ConsoleKit } from './kit.ts';

/** What the Notices page reads and changes. */
export interface NoticeDeps {
  book: NoticeBook;
  /** NOTICE_APPROVAL=on: a second staff member approves before sending. */
  approval: boolean;
  topics(): Array<{ id: string; label: string }>;
  /** Communes/wards subscribers gave, most common first. */
  areas(): Promise<string[]>;
  /** How many subscribers the audience has now. */
  count(audience: AudienceFilter): Promise<number>;
  /** The reach per platform, in words (describeReach). */
  reach(audience: AudienceFilter): Promise<string>;
  preview(text: string): PlatformPreview[];
  progress(jobId: string): JobProgress | undefined;
  unreachable(jobId: string): Record<string, number>;
  /** The audit log's lines. */
  auditLines(): AuditLine[];
}

const PLATFORMS: readonly string[] = ['telegram', 'zalo-bot', 'zalo-oa'];
/** Worst case (every letter accented, URL-encoded) this still fits the 16 KB form and header limits. */
const MAX_TEXT = 1500;
const TRAIL_LINES = 30;

/** The audience from form fields or a query; unknown platforms are ignored. */
function audienceFrom(field: (name: string) => string): AudienceFilter {
  const topic = field('topic').trim();
  const area = field('area').trim();
  const platform = field('platform');
  return {
    ...(topic ? { topic } : {}),
    ...(area ? { area } : {}),
    ...(PLATFORMS.includes(platform) ? { platform: platform as Platform } : {}),
  };
}

/** A short audit detail: the notice's id and the start of its text. */
const detailOf = (id: string, text: string): string => `${id}: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;

/** Adds the Notices page to the console. */
export function registerNoticeRoutes(app: ConsoleApp, deps: NoticeDeps, kit: ConsoleKit): void {
  const back = (c: Context, message: { ok: string } | { loi: string }) => kit.back(c, 'thong-bao', message);

  app.get('/thong-bao', async (c) => {
    const session = c.get('session');
    const query = (name: string) => (c.req.query(name) ?? '').slice(0, MAX_TEXT);
    const form: NoticeDraftForm = {
      text: query('text').trim(),
      audience: audienceFrom(query),
      sendAt: query('sendAt'),
    };
    const preview = form.text
      ? {
          platforms: deps.preview(form.text),
          count: await deps.count(form.audience),
          reach: await deps.reach(form.audience),
        }
      : undefined;
    const rows = deps.book.list().map((notice) => {
      const progress = notice.jobId ? deps.progress(notice.jobId) : undefined;
      return {
        notice,
        ...(progress ? { progress } : {}),
        unreachable: notice.jobId ? deps.unreachable(notice.jobId) : {},
      };
    });
    const trail = deps
      .auditLines()
      .flatMap((l) => (l.type === 'console' && l.action.startsWith('notice-') ? [l] : []))
      .slice(-TRAIL_LINES)
      .reverse();
    const body = noticesBody({
      form,
      ...(preview ? { preview } : {}),
      topics: deps.topics(),
      areas: await deps.areas(),
      approval: deps.approval,
      rows,
      trail,
      csrf: session.csrf,
    });
    return kit.render(c, 'Thông báo', html`${kit.flash(c)}${body}`, session);
  });

  app.post('/thong-bao/gui', async (c) => {
    const session = c.get('session');
    const field = await kit.form(c);
    const text = field('text').trim().slice(0, MAX_TEXT);
    const audience = audienceFrom(field);
    if (text === '') return back(c, { loi: 'Thông báo chưa có nội dung.' });
    if ((await deps.count(audience)) === 0) return back(c, { loi: 'Không có ai trong nhóm người nhận này.' });
    const sendAtText = field('sendAt').trim();
    const sendAt = sendAtText ? parseVietnamInstant(sendAtText) : undefined;
    if (sendAtText && sendAt === undefined) return back(c, { loi: `Không hiểu thời điểm gửi “${sendAtText}”.` });
    const now = kit.now();
    const id = crypto.randomUUID();
    const later = sendAt !== undefined && sendAt > now.getTime();
    const action: ConsoleAction = deps.approval ? 'notice-composed' : later ? 'notice-scheduled' : 'notice-sent';
    await kit.audit(action, kit.who(session), `${detailOf(id, text)} → ${describeAudience(audience, deps.topics())}`);
    deps.book.add(
      {
        id,
        text,
        audience,
        createdBy: kit.who(session),
        createdAt: now.toISOString(),
        ...(later ? { sendAt: new Date(sendAt).toISOString() } : {}),
      },
      deps.approval,
    );
    if (deps.approval) return back(c, { ok: 'Đã lưu thông báo; cần một cán bộ khác duyệt rồi mới gửi.' });
    if (later) return back(c, { ok: 'Đã hẹn giờ gửi thông báo.' });
    await deps.book.sendDue(now);
    return back(c, { ok: 'Đang gửi thông báo; tiến độ ở bên dưới.' });
  });

  app.post('/thong-bao/duyet', async (c) => {
    const session = c.get('session');
    const id = (await kit.form(c))('id');
    const notice = deps.book.get(id);
    if (notice?.status === 'awaiting-approval' && notice.createdBy === kit.who(session)) {
      await kit.audit('refused', kit.who(session), `approve own notice ${id}`);
      return back(c, { loi: 'Người soạn không tự duyệt được: cần một cán bộ khác duyệt thông báo này.' });
    }
    try {
      if (notice?.status === 'awaiting-approval')
        await kit.audit('notice-approved', kit.who(session), detailOf(id, notice.text));
      deps.book.approve(id, kit.who(session));
    } catch (error) {
      if (error instanceof NoticeRefused) return back(c, { loi: error.message });
      throw error;
    }
    await deps.book.sendDue(kit.now());
    return back(c, { ok: 'Đã duyệt thông báo.' });
  });

  app.post('/thong-bao/huy', async (c) => {
    const session = c.get('session');
    const id = (await kit.form(c))('id');
    const notice = deps.book.get(id);
    try {
      if (notice && notice.status !== 'cancelled')
        await kit.audit('notice-cancelled', kit.who(session), detailOf(id, notice.text));
      await deps.book.cancel(id);
    } catch (error) {
      if (error instanceof NoticeRefused) return back(c, { loi: error.message });
      throw error;
    }
    return back(c, { ok: 'Đã hủy thông báo.' });
  });
}
