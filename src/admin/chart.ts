/**
 * The overview's chart: questions per day as stacked bars, one colour per
 * kind of result, drawn as SVG on the server (no script, readable without
 * the network). Each bar has a title with its numbers for screen readers
 * and a long press on a phone.
 */
import { html } from 'hono/html';
import type { OutcomeCounts } from '../store/daily-outcomes.ts';
import type { Html } from './layout.ts';

/** The kinds of result the chart shows, in stacking order, with the engine outcomes each one counts. */
export const CHART_SERIES = [
  { id: 'answered', label: 'Trả lời được', color: '#2e7d32', outcomes: ['answer', 'referral'] },
  { id: 'did-you-mean', label: 'Gợi ý chủ đề', color: '#f9a825', outcomes: ['did-you-mean'] },
  { id: 'fallback', label: 'Chưa có câu trả lời', color: '#c62828', outcomes: ['fallback'] },
  { id: 'safeguarding', label: 'An toàn (khẩn cấp, bị hại)', color: '#6a1b9a', outcomes: ['crisis', 'disclosure'] },
  // A request that opened a handoff, and each message left to a counsellor while it is open.
  { id: 'handed-over', label: 'Chuyển cán bộ', color: '#0277bd', outcomes: ['handoff'] },
] as const;

/** One day's figures by series id. */
export type DayFigures = { day: string } & Record<(typeof CHART_SERIES)[number]['id'], number>;

/** The figures of each series for one day's outcome counts. */
export function dayFigures(day: string, counts: OutcomeCounts): DayFigures {
  const figures = { day } as DayFigures;
  for (const series of CHART_SERIES) {
    figures[series.id] = series.outcomes.reduce((sum, outcome) => sum + (counts[outcome] ?? 0), 0);
  }
  return figures;
}

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 36;
const BOTTOM = 28;
const TOP = 10;

/** The stacked bar chart of `days`, oldest first. */
export function questionsChart(days: readonly DayFigures[]): Html {
  const totals = days.map((d) => CHART_SERIES.reduce((sum, s) => sum + d[s.id], 0));
  const max = Math.max(4, ...totals);
  const step = (WIDTH - LEFT) / Math.max(1, days.length);
  const barWidth = Math.max(4, step * 0.7);
  const scale = (HEIGHT - TOP - BOTTOM) / max;
  const bars = days.map((day, i) => {
    let y = HEIGHT - BOTTOM;
    const x = LEFT + i * step + (step - barWidth) / 2;
    const parts = CHART_SERIES.filter((s) => day[s.id] > 0).map((s) => {
      const h = day[s.id] * scale;
      y -= h;
      return html`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${s.color}"></rect>`;
    });
    const label = `${shortDay(day.day)}: ${CHART_SERIES.map((s) => `${s.label} ${day[s.id]}`).join(', ')}`;
    const showDay = days.length <= 14 || i % 2 === days.length % 2;
    return html`<g>
      <title>${label}</title>
      ${parts}
      ${showDay ? html`<text x="${(x + barWidth / 2).toFixed(1)}" y="${HEIGHT - 10}" font-size="11" text-anchor="middle">${shortDay(day.day)}</text>` : ''}
    </g>`;
  });
  const ticks = [0, Math.round(max / 2), max].map((value) => {
    const y = HEIGHT - BOTTOM - value * scale;
    return html`<line x1="${LEFT}" x2="${WIDTH}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#e3e6ea"></line>
      <text x="${LEFT - 6}" y="${(y + 4).toFixed(1)}" font-size="11" text-anchor="end">${value}</text>`;
  });
  const legend = CHART_SERIES.map(
    (s) =>
      html`<span style="display:inline-flex;align-items:center;gap:.3rem;margin-right:.8rem"><svg width="12" height="12" aria-hidden="true" style="width:12px"><rect width="12" height="12" fill="${s.color}"></rect></svg>${s.label}</span>`,
  );
  return html`<figure style="margin:0">
    <svg id="bieu-do-cau-hoi" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Số câu hỏi mỗi ngày theo kết quả">
      ${ticks}${bars}
    </svg>
    <figcaption class="note">${legend}</figcaption>
  </figure>`;
}

/** "2027-03-18" → "18/3". */
function shortDay(day: string): string {
  const [, month, date] = day.split('-');
  return `${Number(date)}/${Number(month)}`;
}
