/**
 * The "Kho kiến thức" page: search a question and see what the bot would
 * answer (the outcome, the entry and its score, the alternatives), the
 * `kb:check` remarks, the eligibility facts marked to verify, and every entry with its review date, oldest first,
 * each with a button to mark it reviewed today.
 */
import { html } from 'hono/html';
import type { KbProblem } from '../kb/problems.ts';
import type { FactToVerify } from './facts-to-verify.ts';
import type { AnswerResult } from '../nlp/engine.ts';
import { csrfField, type Html } from './layout.ts';

/** What the page lists about one entry. */
export interface EntryRow {
  id: string;
  title: string;
  reviewed: string;
}

const OUTCOME_LABELS: Record<string, string> = {
  answer: 'Trả lời bằng mục',
  'did-you-mean': 'Gợi ý chủ đề, gần nhất là',
  fallback: 'Chưa có câu trả lời (mời gọi tổng đài)',
  referral: 'Chỉ sang cơ quan khác',
  crisis: 'Khẩn cấp: số 113, 115, 111 trước tiên',
  disclosure: 'Người dân kể bị hại: trả lời an toàn',
  empty: 'Tin nhắn trống',
};

function searchResult(query: string, result: AnswerResult, titleOf: (id: string) => string): Html {
  return html`<div id="ket-qua">
    <p>
      <strong>${OUTCOME_LABELS[result.outcome] ?? result.outcome}</strong>
      ${result.entryId ? html` “${titleOf(result.entryId)}” (${result.entryId}), điểm ${result.score.toFixed(2)}` : ''}
      ${result.referral ? html` (${result.referral})` : ''}
    </p>
    ${
      result.alternatives.length > 0
        ? html`<p class="note">Các mục gần tiếp theo:</p>
            <table>
              ${result.alternatives.map(
                (a) => html`<tr><td>${titleOf(a.id)} (${a.id})</td><td class="n">${a.score.toFixed(2)}</td></tr>`,
              )}
            </table>`
        : ''
    }
    <p class="note">Câu đã thử: “${query}”. Câu này không được lưu.</p>
  </div>`;
}

/** The body of the page. */
export function knowledgeBody(options: {
  query: string;
  result?: AnswerResult;
  entries: readonly EntryRow[];
  warnings: readonly KbProblem[];
  toVerify: readonly FactToVerify[];
  csrf: string;
}): Html {
  const { query, result, entries, warnings, toVerify, csrf } = options;
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const titleOf = (id: string): string => titles.get(id) ?? id;
  const oldestFirst = [...entries].sort(
    (a, b) => a.reviewed.localeCompare(b.reviewed) || a.title.localeCompare(b.title, 'vi'),
  );
  return html`<section>
      <h2>Thử một câu hỏi</h2>
      <form method="get" action="/admin/kien-thuc" class="actions">
        <input type="text" name="q" value="${query}" aria-label="Câu hỏi" style="flex:1 1 18rem" />
        <button type="submit">Xem trợ lý trả lời</button>
      </form>
      ${result ? searchResult(query, result, titleOf) : ''}
    </section>
    <section>
      <h2>Ghi chú kiểm tra (kb:check)</h2>
      ${
        warnings.length === 0
          ? html`<p class="note">Không có ghi chú nào.</p>`
          : html`<ul>
              ${warnings.map((w) => html`<li>${w.file}${w.entryId ? ` › ${w.entryId}` : ''}${w.field ? ` › ${w.field}` : ''}: ${w.message}</li>`)}
            </ul>`
      }
    </section>
    <section id="can-doi-chieu">
      <h2>Thông tin cần đối chiếu văn bản gốc</h2>
      ${
        toVerify.length === 0
          ? html`<p class="note">Mọi thông tin về chế độ đã được đối chiếu.</p>`
          : html`<p class="note">
                Trợ lý đang nói với người dân rằng các thông tin này cần được xác nhận. Khi đã đối chiếu xong,
                sửa <code>verify: true</code> thành <code>verify: false</code> trong knowledge/eligibility.yaml.
              </p>
              <ul>
                ${toVerify.map((f) => html`<li>${f.what} <span class="note">(${f.source}; ${f.where})</span></li>`)}
              </ul>`
      }
    </section>
    <section>
      <h2>Các mục (rà soát lâu nhất ở trên)</h2>
      <table id="cac-muc">
        <tr><th>Mục</th><th>Rà soát</th><th></th></tr>
        ${oldestFirst.map(
          (e) => html`<tr>
            <td>${e.title} <span class="note">(${e.id})</span></td>
            <td style="white-space:nowrap">${e.reviewed}</td>
            <td>
              <form method="post" action="/admin/kien-thuc/da-ra-soat">
                ${csrfField(csrf)}<input type="hidden" name="entryId" value="${e.id}" />
                <button class="quiet" type="submit">Đã rà soát hôm nay</button>
              </form>
            </td>
          </tr>`,
        )}
      </table>
    </section>`;
}
