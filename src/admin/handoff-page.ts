/**
 * The "Chuyển cán bộ" page: the open handoffs, newest first (waiting or
 * claimed, platform, masked excerpt, age), and one conversation with its
 * masked messages and the claim, reply and close forms. Everything goes
 * through the handoff service, which reaches the resident on their own
 * platform, tells the staff group when there is one, and audits each action
 * (code and platform, never the text).
 */
import { type Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { Platform } from '../core/message.ts';
import type { HandoffService } from '../handoff/service.ts';
import type { Handoff, StaffRef } from '../handoff/types.ts';
import { csrfField, type Html } from './layout.ts';
import type { ConsoleEnv, ConsoleSession } from './sessions.ts';

/** The path of the page, also its navigation entry. */
export const HANDOFF_PAGE = '/admin/chuyen-can-bo';

/** What the page uses of the handoff service. */
export type HandoffDesk = Pick<HandoffService, 'list' | 'get' | 'claim' | 'reply' | 'close'>;

/** What the page's routes are built with. */
export interface HandoffPageDeps {
  desk: HandoffDesk;
  /** The name residents' platforms go by (ui.yaml › platform_names). */
  platformName(platform: Platform): string;
  now(): Date;
  /** Renders a whole console page for the signed-in session. */
  render(c: Context<ConsoleEnv>, title: string, body: Html): Response | Promise<Response>;
}

/** Handoffs waiting for someone to claim them (the count shown in the navigation). */
export function waitingCount(desk: Pick<HandoffService, 'list'>): number {
  return desk.list().filter((h) => h.state === 'open').length;
}

/** How long ago, in words ("vừa xong", "12 phút trước", "3 giờ trước", "2 ngày trước"). */
function ago(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 1) return 'vừa xong';
  if (minutes < 60) return `${minutes} phút trước`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} giờ trước`;
  return `${Math.floor(minutes / 1440)} ngày trước`;
}

const stateLabel = (handoff: Handoff): Html =>
  handoff.state === 'open'
    ? html`<strong class="waiting">Đang chờ</strong>`
    : handoff.state === 'claimed'
      ? html`Đã nhận${handoff.claimedBy ? html` <span class="note">(${handoff.claimedBy.name ?? handoff.claimedBy.userId})</span>` : ''}`
      : html`Đã đóng`;

/** The list of open handoffs, newest first. */
function listBody(handoffs: readonly Handoff[], deps: HandoffPageDeps): Html {
  const now = deps.now();
  const newestFirst = [...handoffs].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  if (newestFirst.length === 0) {
    return html`<section><p class="note">Không có yêu cầu nào đang mở. Khi người dân xin gặp cán bộ, yêu cầu hiện ở đây.</p></section>`;
  }
  return html`<section>
    <table id="yeu-cau">
      <tr><th>Mã</th><th>Trạng thái</th><th>Nền tảng</th><th>Tin nhắn</th><th>Mở</th></tr>
      ${newestFirst.map((h) => {
        const last = h.messages.filter((m) => m.from === 'resident').at(-1);
        return html`<tr>
          <td><a href="${HANDOFF_PAGE}/${h.id}">#${h.id}</a></td>
          <td>${stateLabel(h)}</td>
          <td>${deps.platformName(h.platform)}</td>
          <td>${last?.text ?? '…'}</td>
          <td style="white-space:nowrap">${ago(h.openedAt, now)}</td>
        </tr>`;
      })}
    </table>
    <p class="note">Số điện thoại, số căn cước đã được che. Tải lại trang để xem yêu cầu mới.</p>
  </section>`;
}

/** One conversation with its forms. */
function conversationBody(handoff: Handoff, csrf: string, deps: HandoffPageDeps): Html {
  const now = deps.now();
  const action = (verb: string) => `${HANDOFF_PAGE}/${handoff.id}/${verb}`;
  const open = handoff.state !== 'closed';
  return html`<section>
      <p>
        ${stateLabel(handoff)} · ${deps.platformName(handoff.platform)} · mở ${ago(handoff.openedAt, now)}
        ${handoff.reason === 'button' ? ' · bấm nút “nói chuyện với người thật”' : ''}
      </p>
      <ol id="hoi-thoai" class="conversation">
        ${handoff.messages.map(
          (m) => html`<li class="${m.from}">
            <span class="note">${m.from === 'resident' ? 'Người dân' : 'Cán bộ'} · ${ago(m.at, now)}</span><br />${m.text}
          </li>`,
        )}
      </ol>
      <p class="note">Số điện thoại, số căn cước đã được che. Nội dung bị xoá sau khi yêu cầu đóng một thời gian.</p>
    </section>
    ${
      open
        ? html`<section>
            <form method="post" action="${action('tra-loi')}" class="actions phrasing">
              ${csrfField(csrf)}
              <textarea name="text" rows="3" required aria-label="Trả lời người dân" style="flex:1 1 100%;font:inherit;padding:.4rem"></textarea>
              <button type="submit">Gửi cho người dân</button>
            </form>
            <div class="actions">
              ${
                handoff.state === 'open'
                  ? html`<form method="post" action="${action('nhan')}">${csrfField(csrf)}<button type="submit">Nhận yêu cầu</button></form>`
                  : ''
              }
              <form method="post" action="${action('dong')}">
                ${csrfField(csrf)}<button class="quiet" type="submit">Đóng yêu cầu</button>
              </form>
            </div>
            <p class="note">Trả lời đến người dân trên chính nền tảng họ đã nhắn. Khi đóng, trợ lý báo cho họ và trả lời lại như thường.</p>
          </section>`
        : ''
    }
    <p><a href="${HANDOFF_PAGE}">← Tất cả yêu cầu</a></p>`;
}

/** The staff member as the handoff service records them (the same `by` as the console's audit lines). */
const staffOf = (session: ConsoleSession): StaffRef => ({ platform: session.platform, userId: session.userId });

/** The page's routes, mounted at HANDOFF_PAGE behind the console's session and CSRF checks. */
export function handoffRoutes(deps: HandoffPageDeps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const flashes = (c: Context<ConsoleEnv>): Html =>
    html`${
      c.req.query('ok') ? html`<p class="flash">${c.req.query('ok')}</p>` : ''
    }${c.req.query('loi') ? html`<p class="flash error">${c.req.query('loi')}</p>` : ''}`;
  const back = (c: Context<ConsoleEnv>, id: string, message: { ok: string } | { loi: string }) =>
    c.redirect(`${HANDOFF_PAGE}/${id}?${new URLSearchParams(message).toString()}`, 303);
  const text = async (c: Context<ConsoleEnv>): Promise<string> => {
    const value = (await c.req.parseBody()).text;
    return typeof value === 'string' ? value.slice(0, 2000) : '';
  };

  app.get('/', (c) => deps.render(c, 'Chuyển cán bộ', html`${flashes(c)}${listBody(deps.desk.list(), deps)}`));

  app.get('/:id', (c) => {
    const handoff = deps.desk.get(c.req.param('id'));
    if (!handoff) return c.redirect(`${HANDOFF_PAGE}?loi=${encodeURIComponent('Không tìm thấy yêu cầu này.')}`, 303);
    const body = conversationBody(handoff, c.get('session').csrf, deps);
    return deps.render(c, `Yêu cầu #${handoff.id}`, html`${flashes(c)}${body}`);
  });

  app.post('/:id/nhan', async (c) => {
    const id = c.req.param('id');
    const claimed = await deps.desk.claim(id, staffOf(c.get('session')));
    return back(c, id, claimed ? { ok: 'Bạn đã nhận yêu cầu này.' } : { loi: 'Yêu cầu đã đóng.' });
  });

  app.post('/:id/tra-loi', async (c) => {
    const id = c.req.param('id');
    const message = await text(c);
    if (message.trim() === '') return back(c, id, { loi: 'Hãy viết nội dung trả lời.' });
    const result = await deps.desk.reply(id, staffOf(c.get('session')), message);
    return back(
      c,
      id,
      result === 'sent'
        ? { ok: 'Đã gửi cho người dân.' }
        : result === 'not-delivered'
          ? { loi: 'Chưa gửi được cho người dân. Hãy thử lại sau ít phút.' }
          : { loi: 'Yêu cầu đã đóng.' },
    );
  });

  app.post('/:id/dong', async (c) => {
    const id = c.req.param('id');
    const closed = await deps.desk.close(id, 'staff', staffOf(c.get('session')));
    return back(c, id, closed ? { ok: 'Đã đóng yêu cầu; trợ lý đã báo cho người dân.' } : { loi: 'Yêu cầu đã đóng.' });
  });

  return app;
}
