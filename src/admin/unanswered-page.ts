/**
 * The "Chưa trả lời được" page: questions the bot could not answer, grouped
 * with counts, each with three actions: add it as a phrasing of an entry,
 * mark it out of scope, or start a draft of a new entry.
 */
import { html } from 'hono/html';
import type { UnansweredGroup, UnansweredKind } from '../store/unanswered-log.ts';
import { csrfField, type Html } from './layout.ts';

/** "2026-11-25T20:00:00Z" → "26/11/2026", the day in Vietnam. */
function vietnamDate(iso: string): string {
  const [year, month, day] = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${Number(day)}/${Number(month)}/${year}`;
}

const KIND_LABELS: Record<UnansweredKind, string> = {
  fallback: 'chưa có câu trả lời',
  'did-you-mean': 'gợi ý chủ đề',
  'not-helpful': 'bấm 👎',
};

/** The body of the page; `entries` fill the "which entry" list. */
export function unansweredBody(options: {
  groups: readonly UnansweredGroup[];
  entries: ReadonlyArray<{ id: string; title: string }>;
  csrf: string;
  enabled: boolean;
}): Html {
  const { groups, entries, csrf, enabled } = options;
  if (!enabled)
    return html`<section><p>Việc lưu câu hỏi chưa trả lời được đang tắt (<code>UNANSWERED_LOG=off</code>).</p></section>`;
  if (groups.length === 0)
    return html`<section><p class="note">Không có câu hỏi nào đang chờ. Các câu hỏi được giữ 30 ngày.</p></section>`;
  return html`<p class="note">
      Câu hỏi giống nhau được gộp lại. Số điện thoại, số giấy tờ và tên người đã được che trước khi lưu.
    </p>
    ${groups.map((group) => groupSection(group, entries, csrf))}`;
}

function groupSection(
  group: UnansweredGroup,
  entries: ReadonlyArray<{ id: string; title: string }>,
  csrf: string,
): Html {
  const kinds = Object.entries(group.kinds)
    .map(([kind, count]) => `${KIND_LABELS[kind as UnansweredKind]}: ${count}`)
    .join(', ');
  return html`<section class="cau-hoi">
    <h2>“${group.text}”</h2>
    <p class="note">${group.count} lần · ${kinds} · lần cuối ${vietnamDate(group.lastAt)}</p>
    <div class="actions">
      <form class="phrasing" method="post" action="/admin/chua-tra-loi/them-cach-hoi">
        ${csrfField(csrf)}<input type="hidden" name="key" value="${group.key}" />
        <input type="text" name="phrasing" value="${group.text}" aria-label="Cách hỏi sẽ thêm" required />
        <select name="entryId" aria-label="Thêm vào mục">
          ${entries.map(
            (e) => html`<option value="${e.id}" ${e.id === group.entryId ? html`selected` : ''}>${e.title}</option>`,
          )}
        </select>
        <button type="submit">Thêm làm cách hỏi</button>
      </form>
      <form method="post" action="/admin/chua-tra-loi/ngoai-pham-vi">
        ${csrfField(csrf)}<input type="hidden" name="key" value="${group.key}" />
        <button class="quiet" type="submit">Ngoài phạm vi</button>
      </form>
      <form method="post" action="/admin/chua-tra-loi/nhap-muc-moi">
        ${csrfField(csrf)}<input type="hidden" name="key" value="${group.key}" />
        <input type="hidden" name="question" value="${group.text}" />
        <button class="quiet" type="submit">Soạn mục mới</button>
      </form>
    </div>
  </section>`;
}
