/**
 * The "Đánh giá câu trả lời" page: for each entry, how many residents found
 * its answer helpful (👍) or not (👎) over the last 90 days, least helpful
 * first, so staff know which answers to rewrite.
 */
import { html } from 'hono/html';
import type { OutcomeCounts } from '../store/daily-outcomes.ts';
import type { Html } from './layout.ts';

/** One entry's votes. */
interface EntryVotes {
  id: string;
  title: string;
  up: number;
  down: number;
}

/** Votes per entry from day counts (`helpful:<entry>`, `not-helpful:<entry>`). */
export function votesByEntry(
  days: ReadonlyArray<{ counts: OutcomeCounts }>,
  titleOf: (id: string) => string | undefined,
): EntryVotes[] {
  const votes = new Map<string, EntryVotes>();
  for (const { counts } of days) {
    for (const [key, count] of Object.entries(counts)) {
      const match = /^(helpful|not-helpful):(.+)$/.exec(key);
      if (!match) continue;
      const id = match[2] as string;
      const entry = votes.get(id) ?? { id, title: titleOf(id) ?? id, up: 0, down: 0 };
      if (match[1] === 'helpful') entry.up += count;
      else entry.down += count;
      votes.set(id, entry);
    }
  }
  const share = (v: EntryVotes): number => v.up / (v.up + v.down);
  return [...votes.values()].sort((a, b) => share(a) - share(b) || b.down - a.down);
}

/** The body of the page. */
export function feedbackBody(votes: readonly EntryVotes[]): Html {
  if (votes.length === 0)
    return html`<section><p class="note">Chưa có lượt đánh giá nào trong 90 ngày qua.</p></section>`;
  return html`<section>
    <p class="note">
      Người dân bấm “Hữu ích” hoặc “Chưa đúng ý” dưới câu trả lời, 90 ngày qua. Mục ít hữu ích nhất ở trên cùng;
      câu hỏi bị chê nằm ở trang “Chưa trả lời được”.
    </p>
    <table id="danh-gia">
      <tr><th>Mục</th><th>Hữu ích</th><th>Chưa đúng ý</th><th>Tỉ lệ hữu ích</th></tr>
      ${votes.map(
        (v) =>
          html`<tr><td>${v.title}</td><td class="n">${v.up}</td><td class="n">${v.down}</td><td class="n">${Math.round((100 * v.up) / (v.up + v.down))}%</td></tr>`,
      )}
    </table>
  </section>`;
}
