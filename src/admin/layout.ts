/**
 * The console's page frame: Vietnamese, one column on a phone, wider on a
 * desktop, styles inline (no CDN, no script), and the navigation with the
 * sign-out form, which carries the CSRF token like every other form.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** Server-rendered HTML, escaped where values are interpolated. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#f5f6f8}
header{background:#0b5c8a;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
header strong{font-size:1.1rem;margin-right:auto}
header a{color:#fff;text-decoration:none;padding:.3rem .5rem;border-radius:.3rem}
header a[aria-current]{background:rgba(255,255,255,.2)}
header form{margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem}
section{background:#fff;border-radius:.5rem;padding:1rem;margin-bottom:1rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}
h1{font-size:1.4rem;margin:.2rem 0 1rem}
h2{font-size:1.1rem;margin:0 0 .6rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .4rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
button,select,input[type=text]{font:inherit;padding:.4rem .6rem;border-radius:.3rem;border:1px solid #b8c0ca;max-width:100%}
button{background:#0b5c8a;color:#fff;border:0;cursor:pointer}
button.quiet{background:#e3e6ea;color:#1d2430}
.actions{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.4rem}
.actions form{display:flex;flex-wrap:wrap;gap:.4rem;margin:0;align-items:center}
.actions form.phrasing{flex:1 1 100%}
.actions form.phrasing input[type=text]{flex:1 1 18rem}
.note{color:#5b6573;font-size:.9rem}
.flash{background:#e6f4ea;border-left:4px solid #2e7d32;padding:.6rem 1rem}
.flash.error{background:#fdecea;border-color:#c62828}
svg{width:100%;height:auto}
textarea{font:inherit;width:100%;padding:.4rem .6rem;border-radius:.3rem;border:1px solid #b8c0ca}
label{display:block;margin:.3rem 0}
.bubble{background:#e8f1f8;border-radius:.6rem;padding:.5rem .8rem;white-space:pre-wrap;margin:.3rem 0}
pre.reach{white-space:pre-wrap;font:inherit;font-size:.9rem;margin:0}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.badge{background:#c62828;color:#fff;border-radius:1rem;padding:0 .45rem;margin-left:.3rem;font-size:.85rem}
.waiting{color:#c62828}
textarea{border-radius:.3rem;border:1px solid #b8c0ca;max-width:100%}
ol.conversation{list-style:none;padding:0;margin:0 0 .6rem}
ol.conversation li{padding:.5rem .7rem;border-radius:.5rem;margin:.4rem 0;max-width:85%;overflow-wrap:anywhere}
ol.conversation li.resident{background:#eef1f4}
ol.conversation li.staff{background:#e3f0f8;margin-left:auto}
`;

/** The pages in the navigation, by path under /admin. */
const PAGES = [
  { path: '/admin', label: 'Tổng quan' },
  { path: '/admin/chua-tra-loi', label: 'Chưa trả lời được' },
  { path: '/admin/danh-gia', label: 'Đánh giá câu trả lời' },
  { path: '/admin/kien-thuc', label: 'Kho kiến thức' },
  { path: '/admin/thong-bao', label: 'Thông báo' },
  { path: '/admin/nhac-lich', label: 'Nhắc lịch' },
  { path: '/admin/chuyen-can-bo', label: 'Chuyển cán bộ' },
] as const;

/**
 * A whole page: `current` is the path shown as selected; without `csrf` (signed out) there is no navigation;
 * `badges` puts a count (above 0) after a page's name in the navigation, by path.
 */
export function page(options: {
  title: string;
  current?: string;
  csrf?: string;
  badges?: Readonly<Record<string, number>>;
  body: Html;
}): Html {
  const { title, current, csrf, badges, body } = options;
  const badge = (path: string): Html | '' => {
    const count = badges?.[path] ?? 0;
    return count > 0 ? html`<span class="badge" aria-label="${count} mới">${count}</span>` : '';
  };
  const nav =
    csrf === undefined
      ? ''
      : html`${PAGES.map(
          (p) =>
            html`<a href="${p.path}" ${p.path === current ? html`aria-current="page"` : ''}>${p.label}${badge(p.path)}</a>`,
        )}
        <form method="post" action="/admin/dangxuat">
          <input type="hidden" name="_csrf" value="${csrf}" /><button class="quiet" type="submit">Đăng xuất</button>
        </form>`;
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} · Trợ lý CTXH</title>
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <header><strong>Trợ lý CTXH · Cán bộ</strong>${nav}</header>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`;
}

/** A hidden CSRF field, for every form. */
export function csrfField(csrf: string): Html {
  return html`<input type="hidden" name="_csrf" value="${csrf}" />`;
}
