/**
 * The "Nhắc lịch" page (/admin/nhac-lich): each event with its reminders of
 * the coming 90 days, the audience and reach of each, and a button to pause
 * or resume the event. A pause is durable (PausedEvents) and audited; the
 * scheduler skips the reminders of a paused event.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { PlanLine } from '../scheduler/plan.ts';
import { csrfField, type Html } from './layout.ts';
import type { ConsoleApp, ConsoleKit } from './kit.ts';

/** What the Reminders page reads and changes. */
export interface ReminderDeps {
  /** The events of the knowledge in force. */
  events(): Array<{ id: string; title: string }>;
  /** The reminders due in the coming 90 days, with the reach of each at its due time. */
  plan(): Promise<PlanLine[]>;
  /** The reach as staff read it (describeReach). */
  describeReach(line: PlanLine): string;
  paused: { has(eventId: string): boolean; set(eventId: string, paused: boolean): void };
}

/** "2026-11-26T08:00+07:00" → "26/11/2026 08:00". */
const localTime = (at: string): string => `${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)} ${at.slice(11, 16)}`;

function eventSection(
  event: { id: string; title: string },
  lines: readonly PlanLine[],
  paused: boolean,
  deps: ReminderDeps,
  csrf: string,
): Html {
  return html`<section class="su-kien" data-event="${event.id}" data-paused="${paused ? 'yes' : 'no'}">
    <h2>${event.title}</h2>
    <p class="note">${paused ? 'Đang tạm dừng: trợ lý không gửi nhắc lịch của sự kiện này.' : 'Đang bật.'}</p>
    ${
      lines.length === 0
        ? html`<p class="note">Không có lần nhắc nào trong 90 ngày tới.</p>`
        : html`<table>
            <tr><th>Lúc nhắc</th><th>Người nhận</th><th>Khả năng nhận tin</th></tr>
            ${lines.map(
              (l) =>
                html`<tr><td>${localTime(l.at)}</td><td class="n">${l.audience}</td><td><pre class="reach">${deps.describeReach(l)}</pre></td></tr>`,
            )}
          </table>`
    }
    <div class="actions">
      <form method="post" action="/admin/nhac-lich/tam-dung">
        ${csrfField(csrf)}<input type="hidden" name="eventId" value="${event.id}" />
        <input type="hidden" name="paused" value="${paused ? 'off' : 'on'}" />
        <button type="submit" ${paused ? '' : html`class="quiet"`}>${paused ? 'Bật lại' : 'Tạm dừng'}</button>
      </form>
    </div>
  </section>`;
}

/** Adds the Reminders page to the console. */
export function registerReminderRoutes(app: ConsoleApp, deps: ReminderDeps, kit: ConsoleKit): void {
  const back = (c: Context, message: { ok: string } | { loi: string }) => kit.back(c, 'nhac-lich', message);

  app.get('/nhac-lich', async (c) => {
    const session = c.get('session');
    const plan = await deps.plan();
    // Events with a reminder soon come first, in the order of their next reminder.
    const next = (id: string): number => {
      const index = plan.findIndex((l) => l.eventId === id);
      return index === -1 ? Number.POSITIVE_INFINITY : index;
    };
    const events = deps.events().sort((a, b) => next(a.id) - next(b.id));
    const body =
      events.length === 0
        ? html`<section><p class="note">Chưa có sự kiện nào trong knowledge/events.yaml.</p></section>`
        : events.map((e) =>
            eventSection(
              e,
              plan.filter((l) => l.eventId === e.id),
              deps.paused.has(e.id),
              deps,
              session.csrf,
            ),
          );
    return kit.render(c, 'Nhắc lịch', html`${kit.flash(c)}${body}`, session);
  });

  app.post('/nhac-lich/tam-dung', async (c) => {
    const session = c.get('session');
    const field = await kit.form(c);
    const eventId = field('eventId');
    const event = deps.events().find((e) => e.id === eventId);
    if (!event) return back(c, { loi: `Không có sự kiện “${eventId}”.` });
    const pause = field('paused') === 'on';
    await kit.audit(pause ? 'event-paused' : 'event-resumed', kit.who(session), eventId);
    deps.paused.set(eventId, pause);
    return back(c, { ok: `${pause ? 'Đã tạm dừng' : 'Đã bật lại'} nhắc lịch “${event.title}”.` });
  });
}
