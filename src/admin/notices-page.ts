/**
 * The "Thông báo" page: compose a notice, choose its audience (topic AND
 * commune/ward AND platform), see it exactly as each platform shows it with
 * the count and the reach, then send now or at a set time; below, every
 * notice with its progress, report, approval and cancel buttons, and the
 * audit trail.
 */
import { html } from 'hono/html';
import type { JobProgress } from '../delivery/types.ts';
import type { AudienceFilter } from '../store/types.ts';
import { csrfField, type Html } from './layout.ts';
import type { ConsoleNotice, NoticeStatus } from './notice-book.ts';
import type { PlatformPreview } from './notice-preview.ts';

const PLATFORM_NAMES: Record<string, string> = {
  telegram: 'Telegram',
  'zalo-bot': 'Zalo Bot',
  'zalo-oa': 'Zalo OA',
  terminal: 'Máy tính',
};

const STATUS_NAMES: Record<NoticeStatus, string> = {
  'awaiting-approval': 'Chờ cán bộ khác duyệt',
  scheduled: 'Đã hẹn giờ',
  sent: 'Đã chuyển đi gửi',
  cancelled: 'Đã hủy',
};

const ACTION_NAMES: Record<string, string> = {
  'notice-composed': 'Soạn, chờ duyệt',
  'notice-scheduled': 'Hẹn giờ gửi',
  'notice-approved': 'Duyệt',
  'notice-sent': 'Gửi',
  'notice-cancelled': 'Hủy',
};

/** What the compose form holds. */
export interface NoticeDraftForm {
  text: string;
  audience: AudienceFilter;
  /** As typed in the datetime-local field (Vietnam time), or ''. */
  sendAt: string;
}

/** What the preview shows once staff press "Xem trước". */
interface NoticePreview {
  platforms: PlatformPreview[];
  count: number;
  /** The reach as staff read it (describeReach). */
  reach: string;
}

/** A notice in the list, with its delivery progress and why people were not reached. */
interface NoticeRow {
  notice: ConsoleNotice;
  progress?: JobProgress;
  unreachable: Record<string, number>;
}

/** Everything the page shows. */
export interface NoticesFacts {
  form: NoticeDraftForm;
  preview?: NoticePreview;
  topics: ReadonlyArray<{ id: string; label: string }>;
  areas: readonly string[];
  approval: boolean;
  rows: readonly NoticeRow[];
  trail: ReadonlyArray<{ at: string; action: string; by: string; detail?: string }>;
  csrf: string;
}

/** "Chủ đề Trẻ em · Xã An Phú · Telegram", or everyone. */
export function describeAudience(
  audience: AudienceFilter,
  topics: ReadonlyArray<{ id: string; label: string }>,
): string {
  const parts: string[] = [];
  if (audience.topic) parts.push(`Chủ đề ${topics.find((t) => t.id === audience.topic)?.label ?? audience.topic}`);
  if (audience.area) parts.push(`Xã/phường ${audience.area}`);
  if (audience.platform) parts.push(PLATFORM_NAMES[audience.platform] ?? audience.platform);
  return parts.length > 0 ? parts.join(' · ') : 'Tất cả người đăng ký';
}

/** An ISO instant as Vietnam's "26/11/2026 08:00". */
function vietnamTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

function option(value: string, label: string, selected: string | undefined): Html {
  return html`<option value="${value}" ${value === (selected ?? '') ? html`selected` : ''}>${label}</option>`;
}

function composeForm(facts: NoticesFacts): Html {
  const { form, topics, areas } = facts;
  return html`<section>
    <h2>Soạn thông báo</h2>
    <!-- Previewing changes nothing, so this form carries no CSRF token: the token must never end up in a URL. -->
    <form method="get" action="/admin/thong-bao" class="compose">
      <label for="noi-dung">Nội dung</label>
      <textarea id="noi-dung" name="text" rows="5" required maxlength="1500">${form.text}</textarea>
      <div class="grid">
        <label>Chủ đề
          <select name="topic">${option('', 'Mọi chủ đề', form.audience.topic)}${topics.map((t) => option(t.id, t.label, form.audience.topic))}</select>
        </label>
        <label>Xã/phường
          <select name="area">${option('', 'Mọi xã/phường', form.audience.area)}${areas.map((a) => option(a, a, form.audience.area))}</select>
        </label>
        <label>Nền tảng
          <select name="platform">${option('', 'Mọi nền tảng', form.audience.platform)}${['telegram', 'zalo-bot', 'zalo-oa'].map((p) => option(p, PLATFORM_NAMES[p] as string, form.audience.platform))}</select>
        </label>
      </div>
      <div class="actions"><button type="submit">Xem trước</button></div>
    </form>
  </section>`;
}

function previewSection(facts: NoticesFacts, preview: NoticePreview): Html {
  const { form } = facts;
  const field = (name: string, value: string | undefined) =>
    value ? html`<input type="hidden" name="${name}" value="${value}" />` : '';
  return html`<section id="xem-truoc">
    <h2>Xem trước</h2>
    <p>Người nhận: <strong>${describeAudience(form.audience, facts.topics)}</strong>, <strong id="so-nguoi">${preview.count}</strong> người.</p>
    <pre class="reach" id="kha-nang">${preview.reach}</pre>
    <div class="grid">
      ${preview.platforms.map(
        (p) => html`<div class="preview" data-platform="${p.platform}">
          <h3>${PLATFORM_NAMES[p.platform]}</h3>
          ${p.messages.map((m) => html`<p class="bubble">${m}</p>`)}
        </div>`,
      )}
    </div>
    ${
      preview.count === 0
        ? html`<p class="flash error">Không có ai trong nhóm này: hãy chọn lại người nhận.</p>`
        : html`<form method="post" action="/admin/thong-bao/gui" class="actions">
            ${csrfField(facts.csrf)}
            <input type="hidden" name="text" value="${form.text}" />
            ${field('topic', form.audience.topic)}${field('area', form.audience.area)}${field('platform', form.audience.platform)}
            <label>Gửi lúc (để trống: gửi ngay)
              <input type="datetime-local" name="sendAt" value="${form.sendAt}" />
            </label>
            <button type="submit">${facts.approval ? 'Gửi để duyệt' : 'Gửi'}</button>
          </form>
          ${facts.approval ? html`<p class="note">Thông báo cần một cán bộ khác duyệt rồi mới được gửi.</p>` : ''}`
    }
  </section>`;
}

function progressText(row: NoticeRow): Html {
  const p = row.progress;
  if (!p) return html``;
  const state = p.state === 'done' ? 'Đã gửi xong' : p.state === 'cancelled' ? 'Đã dừng' : 'Đang gửi';
  const reasons = Object.entries(row.unreachable);
  return html`<p class="tien-do">
      ${state}: ${p.sent}/${p.total} đã nhận, ${p.failed} lỗi, ${p.blocked} không liên lạc được, ${p.pending} đang chờ.
    </p>
    ${reasons.length > 0 ? html`<ul>${reasons.map(([reason, n]) => html`<li>${n} người: ${reason}</li>`)}</ul>` : ''}`;
}

function noticeRow(facts: NoticesFacts, row: NoticeRow): Html {
  const { notice } = row;
  const button = (action: string, label: string, quiet = false) =>
    html`<form method="post" action="/admin/thong-bao/${action}">
      ${csrfField(facts.csrf)}<input type="hidden" name="id" value="${notice.id}" />
      <button type="submit" ${quiet ? html`class="quiet"` : ''}>${label}</button>
    </form>`;
  const running = row.progress && (row.progress.state === 'queued' || row.progress.state === 'running');
  const cancellable = notice.status === 'awaiting-approval' || notice.status === 'scheduled' || running;
  return html`<section class="thong-bao" data-status="${notice.status}">
    <p class="bubble">${notice.text}</p>
    <p class="note">
      ${STATUS_NAMES[notice.status]} · ${describeAudience(notice.audience, facts.topics)} · soạn bởi ${notice.createdBy}
      lúc ${vietnamTime(notice.createdAt)}${notice.sendAt ? ` · gửi lúc ${vietnamTime(notice.sendAt)}` : ''}${notice.approvedBy ? ` · duyệt bởi ${notice.approvedBy}` : ''}
    </p>
    ${progressText(row)}
    <div class="actions">
      ${notice.status === 'awaiting-approval' ? button('duyet', 'Duyệt và gửi') : ''}
      ${cancellable ? button('huy', 'Hủy', true) : ''}
    </div>
  </section>`;
}

/** The body of the page. */
export function noticesBody(facts: NoticesFacts): Html {
  return html`${composeForm(facts)}${facts.preview ? previewSection(facts, facts.preview) : ''}
    <h2>Các thông báo</h2>
    ${facts.rows.length === 0 ? html`<section><p class="note">Chưa có thông báo nào soạn ở đây.</p></section>` : facts.rows.map((r) => noticeRow(facts, r))}
    <section>
      <h2>Nhật ký</h2>
      ${
        facts.trail.length === 0
          ? html`<p class="note">Chưa có thao tác nào.</p>`
          : html`<ul id="nhat-ky">
              ${facts.trail.map(
                (t) =>
                  html`<li><strong>${vietnamTime(t.at)} · ${ACTION_NAMES[t.action] ?? t.action}</strong> · ${t.by}<br /><span class="note">${t.detail ?? ''}</span></li>`,
              )}
            </ul>`
      }
    </section>`;
}
