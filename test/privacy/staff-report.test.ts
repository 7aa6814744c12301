import { afterEach, describe, expect, it, vi } from 'vitest';
import { botWithServices } from '../helpers/core.ts';
import { useFakeClock, withFastTime } from '../helpers/real-io.ts';

describe('a notice during which someone asks for deletion', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reaches everyone else and tells the staff member how many left the list', async () => {
    // Two messages a second (on a fake clock): the notice is still going out when the deletion arrives.
    useFakeClock();
    const t = await botWithServices({ STAFF_TELEGRAM_IDS: '900', BROADCAST_TELEGRAM_PER_SECOND: '2' });
    for (const id of ['1', '2', '3']) await t.press(t.user(id), 's:yes');
    const staff = t.user('900');
    await t.command(staff, 'thongbao', 'Họp tổ dân phố tối thứ Sáu');
    await t.press(staff, 't:a');
    await t.press(staff, 't:go');
    expect((await t.command(t.user('3'), 'xoadulieu'))[0]?.text).toBe(t.kb.ui.data_deleted);
    const jobId = (await t.core.store.getDraft('telegram:900'))?.jobId as string;
    expect(await withFastTime(t.core.delivery.whenDone(jobId))).toMatchObject({ total: 3, sent: 2, removed: 1 });
    expect(t.telegram.sent.filter((s) => s.chatId !== '900').map((s) => s.chatId)).toEqual(['1', '2']);
    await new Promise((r) => setImmediate(r));
    const report = t.telegram.sent.find((s) => s.chatId === '900')?.replies[0]?.text;
    expect(report).toMatch(/gửi được 2\/3/);
    expect(report).toMatch(/xin xóa thông tin giữa chừng 1/);
  });
});
