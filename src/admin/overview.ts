/**
 * The overview page: questions per day as a chart, subscribers by platform,
 * topic and commune/ward, notices being sent, and the next reminders.
 */
import { html } from 'hono/html';
import type { PlanLine } from '../scheduler/plan.ts';
import type { AuditJob } from '../store/audit-log.ts';
import type { OutcomeCounts } from '../store/daily-outcomes.ts';
import type { Subscriber } from '../store/types.ts';
import { foldAccents } from '../text/fold.ts';
import { CHART_SERIES, dayFigures, questionsChart } from './chart.ts';
import type { Html } from './layout.ts';

/** What the overview shows, gathered by the routes. */
export interface OverviewFacts {
  days: Array<{ day: string; counts: OutcomeCounts }>;
  subscribers: readonly Subscriber[];
  topics: ReadonlyArray<{ id: string; label: string }>;
  /** Notices created and not finished. */
  sending: readonly AuditJob[];
  nextReminders: readonly PlanLine[];
}

const PLATFORM_NAMES: Record<string, string> = {
  telegram: 'Telegram',
  'zalo-bot': 'Zalo Bot',
  'zalo-oa': 'Zalo OA',
  terminal: 'Máy tính',
};

/** "2026-11-26T08:00…" (already Vietnam time) → "26/11 08:00". */
function localTime(iso: string): string {
  const [, month, day] = iso.slice(0, 10).split('-');
  return `${Number(day)}/${Number(month)} ${iso.slice(11, 16)}`;
}

/** Counts of `keys`, most first. */
function tally(keys: Iterable<string>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
}

/** Communes/wards as people typed them, grouped without accents or case ("xa tan dan" = "Xã Tân Dân"). */
function areaTally(subscribers: readonly Subscriber[]): Array<[string, number]> {
  const shown = new Map<string, string>();
  const keys = subscribers.map((s) => {
    const area = s.area?.trim() || 'Chưa cho biết';
    const key = foldAccents(area.toLowerCase());
    if (!shown.has(key)) shown.set(key, area);
    return key;
  });
  return tally(keys).map(([key, count]) => [shown.get(key) ?? key, count]);
}

function countTable(caption: string, rows: Array<[string, number]>): Html {
  return html`<div>
    <h2>${caption}</h2>
    <table>
      ${rows.length === 0 ? html`<tr><td class="note">Chưa có ai.</td></tr>` : ''}
      ${rows.map(([label, count]) => html`<tr><td>${label}</td><td class="n">${count}</td></tr>`)}
    </table>
  </div>`;
}

/** The body of the overview page. */
export function overviewBody(facts: OverviewFacts): Html {
  const days = facts.days.map((d) => dayFigures(d.day, d.counts));
  const totals = CHART_SERIES.map((s) => [s.label, days.reduce((sum, d) => sum + d[s.id], 0)] as [string, number]);
  const active = facts.subscribers.filter((s) => s.status === 'active');
  const topicLabel = new Map(facts.topics.map((t) => [t.id, t.label]));
  const byTopic = tally(
    active.flatMap((s) => (s.topics.length === 0 ? ['Tất cả chủ đề'] : s.topics.map((t) => topicLabel.get(t) ?? t))),
  );
  const byPlatform = tally(active.map((s) => PLATFORM_NAMES[s.platform] ?? s.platform));
  return html`<section>
      <h2>Câu hỏi mỗi ngày (${days.length} ngày qua)</h2>
      ${questionsChart(days)}
      <table>
        ${totals.map(([label, count]) => html`<tr><td>${label}</td><td class="n">${count}</td></tr>`)}
      </table>
    </section>
    <section>
      <h2>Người đăng ký nhận tin: ${active.length}</h2>
      <div class="grid">
        ${countTable('Theo nền tảng', byPlatform)} ${countTable('Theo chủ đề', byTopic)}
        ${countTable('Theo xã/phường', areaTally(active))}
      </div>
    </section>
    <section>
      <h2>Thông báo đang gửi</h2>
      ${
        facts.sending.length === 0
          ? html`<p class="note">Không có thông báo nào đang gửi.</p>`
          : html`<table>
              ${facts.sending.map(
                (job) =>
                  html`<tr><td>${job.text.slice(0, 80)}</td><td style="white-space:nowrap">${localTime(new Date(Date.parse(job.createdAt) + 7 * 3_600_000).toISOString())}</td><td class="n">${job.recipients} người</td></tr>`,
              )}
            </table>`
      }
    </section>
    <section>
      <h2>Nhắc lịch sắp tới</h2>
      ${
        facts.nextReminders.length === 0
          ? html`<p class="note">Không có nhắc lịch nào trong 30 ngày tới.</p>`
          : html`<table>
              ${facts.nextReminders.map(
                (line) =>
                  html`<tr><td style="white-space:nowrap">${localTime(line.at)}</td><td>${line.title}</td><td class="n">${line.audience} người</td></tr>`,
              )}
            </table>`
      }
    </section>`;
}
