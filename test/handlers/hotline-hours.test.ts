/**
 * The hotline's hours (center.yaml › hotline_hours) in safety replies: unless
 * the hotline is known to answer now, the 24/7 emergency numbers come first;
 * and the contact answer says once, not per fact, what is still unknown.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/message.ts';
import type { Center } from '../../src/kb/schema.ts';
import { renderCenter } from '../../src/kb/template.ts';
import { hotlineOpenAt } from '../../handlers/hotline-hours.ts';
import { realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();
const weekdays: Center = {
  ...kb.center,
  hotline_hours: [{ days: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' }],
};
/** Wednesday 25/11/2026 at hh:mm Vietnam time (UTC+7). */
const wednesdayAt = (hh: number, mm = 0) => new Date(Date.UTC(2026, 10, 25, hh - 7, mm));

const phones = (replies: readonly Reply[]) =>
  replies[0]?.buttons?.flatMap((b) => (b.kind === 'call' ? [b.phone] : [])) ?? [];

describe('hotline hours', () => {
  it('counts the hotline open only within its stated hours, or always when it answers 24/7', () => {
    expect(hotlineOpenAt(weekdays, wednesdayAt(10))).toBe(true);
    expect(hotlineOpenAt(weekdays, wednesdayAt(22))).toBe(false);
    expect(hotlineOpenAt(weekdays, wednesdayAt(3))).toBe(false);
    expect(hotlineOpenAt({ ...kb.center, hotline_hours: '24/7' }, wednesdayAt(3))).toBe(true);
  });

  it('treats unknown hours as closed', () => {
    expect(hotlineOpenAt({ ...kb.center, hotline_hours: [] }, wednesdayAt(10))).toBe(false);
  });

  it('puts the 24/7 numbers before the hotline when someone asks for a person and the hours are unknown', async () => {
    expect(kb.center.hotline_hours).toEqual([]);
    const bot = realBot();
    const replies = await bot.handle({ kind: 'button', user: testUser('telegram'), payload: 'sg:human:violence' });
    expect(replies[0]?.text).toBe(kb.safeguarding.text.human_reply);
    expect(phones(replies)).toEqual(['113', '115', '114', '111', kb.center.hotline_tel]);
  });

  it('says once which center facts are unknown, in one line that points to the hotline', () => {
    const contact = kb.entries.get('center-contact')?.answer ?? '';
    expect(contact.match(/đang được cập nhật/g)?.length).toBe(1);
    expect(contact).toContain(
      `• Đến trực tiếp trung tâm, giờ làm việc, trang thông tin: đang được cập nhật, bạn vui lòng gọi tổng đài ${kb.center.hotline} để được hướng dẫn.`,
    );
  });

  it('keeps a known fact on its own line and merges only the empty ones', () => {
    const center: Center = { ...kb.center, address: 'Số 1 Hồng Gai', hours: '', website: '' };
    const text = renderCenter(
      '• Địa chỉ: {center.address}\n• Giờ: {center.hours}\n• Web: {center.website}',
      center,
      'gọi {center.hotline}',
    );
    expect(text).toBe(`• Địa chỉ: Số 1 Hồng Gai\n• Giờ, web: gọi ${kb.center.hotline}.`);
  });

  it('says the hotline hours in words, or that they are unpublished, never sending the person to the line to ask', () => {
    const line = 'Giờ nghe máy: {center.hotline_hours}.';
    const say = (hotline_hours: Center['hotline_hours']) =>
      renderCenter(line, { ...kb.center, hotline_hours }, 'gọi {center.hotline}', kb.ui.hotline_hours_words);
    expect(say('24/7')).toBe('Giờ nghe máy: 24 giờ mỗi ngày, kể cả ban đêm và ngày lễ.');
    expect(say([])).toBe('Giờ nghe máy: trung tâm chưa công bố ở đây.');
    expect(say(weekdays.hotline_hours)).toBe('Giờ nghe máy: thứ Hai đến thứ Sáu, từ 07:30 đến 17:00.');
    expect(
      say([
        { days: [6, 7], from: '08:00', to: '11:00' },
        { days: [1, 2, 3, 4, 5, 6, 7], from: '19:00', to: '21:00' },
      ]),
    ).toBe('Giờ nghe máy: thứ Bảy, Chủ nhật, từ 08:00 đến 11:00; mọi ngày trong tuần, từ 19:00 đến 21:00.');
  });

  it('answers "tổng đài trực mấy giờ" with the hours line and the 24/7 numbers first, not only the general screen', async () => {
    const bot = realBot();
    const replies = await bot.handle({ kind: 'text', user: testUser('telegram'), text: 'tong dai truc may gio' });
    const text = replies[0]?.text ?? '';
    expect(text.startsWith(`Giờ tổng đài ${kb.center.hotline} có người nghe máy: trung tâm chưa công bố ở đây.`)).toBe(
      true,
    );
    expect(text.indexOf('113')).toBeLessThan(200);
  });
});
