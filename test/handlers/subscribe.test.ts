import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobIdFor } from '../../src/delivery/engine.ts';
import { openLowdbStore } from '../../src/store/lowdb-store.ts';
import type { BroadcastDraft } from '../../src/store/types.ts';
import { botWithServices, payloads } from '../helpers/core.ts';
import { until } from '../helpers/real-io.ts';

describe('subscriptions', () => {
  it('asks for consent first, and stores nothing until the person says yes', async () => {
    const t = await botWithServices();
    const lan = t.user('101');
    const intro = await t.command(lan, 'dangky');
    expect(intro[0]?.text).toBe(t.kb.ui.subscribe_intro);
    expect(payloads(intro)).toEqual(['s:yes', 's:no']);
    expect(await t.store.getSubscriber('telegram:101')).toBeUndefined();

    await t.press(lan, 's:no');
    expect(await t.store.getSubscriber('telegram:101')).toBeUndefined();

    const done = await t.press(lan, 's:yes');
    expect(done[0]?.text).toBe(t.kb.ui.subscribe_done);
    const stored = await t.store.getSubscriber('telegram:101');
    expect(stored).toMatchObject({
      platform: 'telegram',
      chatId: '101',
      displayName: 'Người 101',
      topics: [],
      status: 'active',
    });
    expect(Date.parse(stored?.consentAt ?? '')).not.toBeNaN();
  });

  it('lets the person choose topics and a commune/ward, and shows them', async () => {
    const t = await botWithServices();
    const lan = t.user('102');
    await t.press(lan, 's:yes');
    const menu = await t.press(lan, 's:topics');
    expect(payloads(menu)).toEqual(['s:t:tre-em', 's:t:nguoi-cao-tuoi', 's:t:*', 's:start']);
    await t.press(lan, 's:t:tre-em');
    const again = await t.press(lan, 's:t:nguoi-cao-tuoi');
    expect(again[0]?.buttons?.[0]).toMatchObject({ label: '✅ Trẻ em' });
    await t.press(lan, 's:t:tre-em');
    await t.command(lan, 'khuvuc', '  Phường <b>Hồng Gai</b>  ');
    expect(await t.store.getSubscriber('telegram:102')).toMatchObject({
      topics: ['nguoi-cao-tuoi'],
      area: 'Phường b Hồng Gai /b',
    });
    const status = await t.command(lan, 'dangky');
    expect(status[0]?.text).toContain('Người cao tuổi');
    expect(status[0]?.text).toContain('Hồng Gai');
    await t.command(lan, 'khuvuc', 'bỏ');
    expect((await t.store.getSubscriber('telegram:102'))?.area).toBeUndefined();
  });

  it('stops everything at once with /huydangky, and /xoadulieu deletes what is stored', async () => {
    const t = await botWithServices();
    const lan = t.user('103');
    await t.press(lan, 's:yes');
    expect((await t.command(lan, 'huydangky'))[0]?.text).toBe(t.kb.ui.unsubscribed);
    expect(await t.store.getSubscriber('telegram:103')).toBeUndefined();
    expect((await t.command(lan, 'huydangky'))[0]?.text).toBe(t.kb.ui.not_subscribed);

    await t.press(lan, 's:yes');
    expect((await t.command(lan, 'xoadulieu'))[0]?.text).toBe(t.kb.ui.data_deleted);
    expect(await t.store.getSubscriber('telegram:103')).toBeUndefined();
    expect((await t.command(lan, 'xoadulieu'))[0]?.text).toBe(t.kb.ui.nothing_stored);
    // The audit keeps that a deletion happened, on which platform and when: never who.
    const deletions = t.core.audit.read().filter((line) => line.type === 'data-deleted');
    expect(deletions).toHaveLength(2);
    for (const line of deletions) expect(Object.keys(line).sort()).toEqual(['at', 'platform', 'type']);
    expect(deletions[0]).toMatchObject({ platform: 'telegram' });
  });

  it('deletes the data and says so even when the audit line cannot be written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-noaudit-'));
    mkdirSync(join(dataDir, 'audit.jsonl'));
    const t = await botWithServices({ DATA_DIR: dataDir });
    const lan = t.user('105');
    await t.press(lan, 's:yes');
    expect((await t.command(lan, 'xoadulieu'))[0]?.text).toBe(t.kb.ui.data_deleted);
    expect(await t.store.getSubscriber('telegram:105')).toBeUndefined();
  });

  it('offers subscription from the answer about reminders', async () => {
    const t = await botWithServices();
    const lan = t.user('104');
    let replies = await t.say(lan, 'làm sao để nhận thông báo sự kiện từ bot');
    // Either the answer itself, or a "did you mean" whose first choice is that answer.
    if (!payloads(replies).includes('s:start')) {
      expect(payloads(replies)[0]).toBe('e:subscribe-reminders');
      replies = await t.press(lan, 'e:subscribe-reminders');
    }
    expect(payloads(replies)).toContain('s:start');
  });
});

describe('staff broadcasts', () => {
  async function withSubscribers() {
    const t = await botWithServices({ STAFF_TELEGRAM_IDS: '900, 901' });
    for (const id of ['1', '2', '3', '4']) await t.press(t.user(id), 's:yes');
    await t.press(t.user('2'), 's:topics');
    await t.press(t.user('2'), 's:t:tre-em');
    await t.command(t.user('3'), 'khuvuc', 'Phường Hồng Gai');
    return t;
  }

  it('refuses people who are not staff with the ordinary reply', async () => {
    const t = await withSubscribers();
    const replies = await t.command(t.user('1'), 'thongbao', 'Tin giả');
    expect(replies[0]?.text).toBe(t.kb.ui.staff_not_recognised);
    expect((await t.press(t.user('1'), 't:a'))[0]?.text).toBe(t.kb.ui.staff_not_recognised);
    expect(await t.store.getDraft('telegram:1')).toBeUndefined();
  });

  it('previews exactly what residents get, asks the audience, confirms the count, sends and reports', async () => {
    const t = await withSubscribers();
    const staff = t.user('900');
    const notice = 'Sáng thứ Bảy 29/11, trung tâm tư vấn miễn phí về trợ giúp xã hội tại nhà văn hóa phường.';
    const preview = await t.command(staff, 'thongbao', notice);
    expect(preview[1]).toEqual({ text: notice });
    expect(payloads(preview)).toEqual(['t:a', 't:p:telegram', 't:t:tre-em', 't:t:nguoi-cao-tuoi', 't:r:0', 't:x']);

    const confirm = await t.press(staff, 't:t:tre-em');
    // Subscriber 2 chose "trẻ em"; 1, 3, 4 take every topic.
    expect(confirm[0]?.text).toContain('4 người');
    const started = await t.press(staff, 't:go');
    expect(started[0]?.text).toContain('4 người');
    const jobId = (await t.store.getDraft('telegram:900'))?.jobId as string;
    await t.core.delivery.whenDone(jobId);
    const toResidents = t.telegram.sent.filter((s) => s.chatId !== '900');
    expect(toResidents.map((s) => s.chatId).sort()).toEqual(['1', '2', '3', '4']);
    expect(toResidents.every((s) => s.replies[0]?.text === notice)).toBe(true);
    // The report follows the job's end on its own (nobody awaits it): wait until it is there.
    await until(() => t.telegram.sent.some((s) => s.chatId === '900'));
    const report = t.telegram.sent.find((s) => s.chatId === '900');
    expect(report?.replies[0]?.text).toMatch(/gửi được 4\/4/);
    const [audit] = t.core.audit.jobs();
    expect(audit).toMatchObject({
      kind: 'broadcast',
      createdBy: 'staff:telegram:900',
      text: notice,
      audience: { topic: 'tre-em' },
      recipients: 4,
      results: { sent: 4 },
    });
  });

  it('targets one commune/ward', async () => {
    const t = await withSubscribers();
    const staff = t.user('901');
    await t.command(staff, 'thongbao', 'Họp tổ dân phố');
    const confirm = await t.press(staff, 't:r:0');
    expect(confirm[0]?.text).toContain('1 người');
    await t.press(staff, 't:go');
    await t.core.delivery.whenDone((await t.store.getDraft('telegram:901'))?.jobId as string);
    expect(t.telegram.sent.filter((s) => s.chatId !== '901').map((s) => s.chatId)).toEqual(['3']);
  });

  it('shows progress and cancels a notice in progress', async () => {
    const t = await withSubscribers();
    const staff = t.user('900');
    expect((await t.command(staff, 'tiendo'))[0]?.text).toBe(t.kb.ui.broadcast_nothing_running);
    await t.command(staff, 'thongbao', 'Thông báo dài');
    await t.press(staff, 't:a');
    await t.press(staff, 't:go');
    const progress = await t.command(staff, 'tiendo');
    expect(progress[0]?.text).toMatch(/Tiến độ: đã gửi \d+\/4/);
    const cancel = await t.command(staff, 'huythongbao');
    expect([t.kb.ui.broadcast_nothing_running]).not.toContain(cancel[0]?.text);
  });

  const staff = { platform: 'telegram', chatId: '900', userId: '900' } as const;

  /** A bot over a store on disk with one subscriber and a draft ready to send; `restart()` opens it again. */
  async function draftReadyToSend() {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-drafts-'));
    const restart = async () =>
      await botWithServices({ STAFF_TELEGRAM_IDS: '900', DATA_DIR: dataDir }, await openLowdbStore(dataDir));
    const before = await restart();
    await before.press(before.user('1'), 's:yes');
    await before.command(staff, 'thongbao', 'Họp tổ dân phố tối nay');
    await before.press(staff, 't:a');
    return { before, restart };
  }

  it('keeps a draft, and that it is being sent, across a restart', async () => {
    const { before, restart } = await draftReadyToSend();
    await before.store.close();

    const after = await restart();
    expect((await after.press(staff, 't:go'))[0]?.text).toContain('1 người');
    const jobId = (await after.store.getDraft('telegram:900'))?.jobId as string;
    await after.core.delivery.whenDone(jobId);
    await after.store.close();
    expect(after.telegram.sent.filter((s) => s.chatId === '1').map((s) => s.replies[0]?.text)).toEqual([
      'Họp tổ dân phố tối nay',
    ]);

    const again = await restart();
    expect((await again.press(staff, 't:go'))[0]?.text).toBe(again.kb.ui.broadcast_already_sending);
    expect((await again.press(staff, 't:x'))[0]?.text).toBe(again.kb.ui.broadcast_already_sending);
    expect(again.telegram.sent).toHaveLength(0);
  });

  it('sends a draft whose "Gửi" was cut off by a crash before the job was committed', async () => {
    const { before, restart } = await draftReadyToSend();
    // What a process killed right after marking the draft leaves: the mark, and no job.
    const draft = (await before.store.getDraft('telegram:900')) as BroadcastDraft;
    await before.store.saveDraft('telegram:900', {
      ...draft,
      jobId: jobIdFor('broadcast', draft.id),
      claimedBy: 'engine-of-a-dead-process',
    });
    await before.store.close();

    const after = await restart();
    const [first, second] = await Promise.all([after.press(staff, 't:go'), after.press(staff, 't:go')]);
    expect([first[0]?.text, second[0]?.text]).toContain(after.kb.ui.broadcast_already_sending);
    expect([first[0]?.text, second[0]?.text].filter((t) => t?.includes('1 người'))).toHaveLength(1);
    await after.core.delivery.whenDone(jobIdFor('broadcast', draft.id));
    expect(after.telegram.sent.filter((s) => s.chatId === '1')).toHaveLength(1);
  });

  it('discards a draft and never sends it', async () => {
    const t = await withSubscribers();
    const staff = t.user('900');
    await t.command(staff, 'thongbao', 'Bản nháp');
    expect((await t.press(staff, 't:x'))[0]?.text).toBe(t.kb.ui.broadcast_discarded);
    expect((await t.press(staff, 't:go'))[0]?.text).toBe(t.kb.ui.broadcast_no_draft);
    expect(t.telegram.sent.length).toBe(0);
  });
});
