import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { dutyStatus, formatDutyStart } from '../../src/handoff/duty-hours.ts';
import { HandoffService, handoffExcerpt, handoffIdIn } from '../../src/handoff/service.ts';
import type { Handoff } from '../../src/handoff/types.ts';
import { silentLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { auditLogIn } from '../../src/store/audit-log.ts';
import { handoffWording } from '../../handlers/handoff.ts';
import { RecordingSender } from '../helpers/core.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const GROUP = '-100777';
const MINUTE = 60_000;

/** A service over a fresh (or given) data folder, a stopped clock and recording senders. */
function handoffs(
  dataDir = mkdtempSync(join(tmpdir(), 'ctxh-handoff-')),
  start = new Date('2026-11-25T03:00:00Z'),
  where: { group?: string; console?: boolean } = { group: GROUP },
) {
  const clock = fixedClock(start);
  const telegram = new RecordingSender('telegram');
  const zaloBot = new RecordingSender('zalo-bot');
  const metrics = new Metrics();
  const service = new HandoffService({
    dataDir,
    senders: new Map([
      ['telegram', telegram],
      ['zalo-bot', zaloBot],
    ]),
    wording: () => handoffWording(kb),
    audit: auditLogIn(dataDir, () => clock.now().getTime()),
    clock,
    logger: silentLogger(),
    metrics,
    ...(where.group ? { staffTelegramGroupId: where.group } : {}),
    ...(where.console ? { console: true } : {}),
    timeoutMs: 30 * MINUTE,
    retentionMs: 24 * 60 * MINUTE,
    takeoverMs: 60 * MINUTE,
  });
  const texts = (sender: RecordingSender, chatId: string): string[] =>
    sender.sent.filter((s) => s.chatId === chatId).flatMap((s) => s.replies.map((r) => r.text));
  /** Opens a handoff that the staff group was told of. */
  const open = async (...args: Parameters<HandoffService['open']>): Promise<Handoff> => {
    const handoff = await service.open(...args);
    if (!handoff) throw new Error('the handoff did not open');
    return handoff;
  };
  return { service, open, clock, telegram, zaloBot, metrics, dataDir, texts };
}

describe('the handoff service', () => {
  it('announces a request to the staff group with the platform and a masked excerpt, and a claim button', async () => {
    const { service, open, telegram, texts } = handoffs();
    const handoff = await open(
      'zalo-bot:55',
      'asked',
      'cho tôi gặp tư vấn viên, số tôi 0912 345 678, CCCD 012345678901',
    );
    const [announce] = telegram.sent.filter((s) => s.chatId === GROUP).flatMap((s) => s.replies);
    expect(announce?.text).toContain(`#${handoff.id}`);
    expect(announce?.text).toContain(kb.ui.platform_names['zalo-bot']);
    expect(announce?.text).not.toMatch(/0912|345 678|012345678901/);
    expect(announce?.buttons).toContainEqual(expect.objectContaining({ payload: `h:claim:${handoff.id}` }));
    expect(texts(telegram, GROUP)).toHaveLength(1);
    expect(service.list().map((h) => h.id)).toEqual([handoff.id]);
  });

  it('carries a staff reply to the resident on their own platform, claiming the request', async () => {
    const { service, open, zaloBot, texts, metrics } = handoffs();
    const handoff = await open('zalo-bot:56', 'asked', 'gặp nhân viên');
    expect(await service.reply(handoff.id, { platform: 'telegram', userId: '9', name: 'Lan' }, 'Chào bạn')).toBe(
      'sent',
    );
    expect(texts(zaloBot, '56')).toEqual([`${kb.ui.handoff.staff_prefix}\nChào bạn`]);
    expect(service.get(handoff.id)?.state).toBe('claimed');
    expect(await metrics.render()).toMatch(/ctxh_handoffs_total\{event="claimed"\} 1/);
    expect(await service.reply('H999', { platform: 'telegram', userId: '9' }, 'x')).toBe('not-found');
  });

  it('closes after the timeout of silence, tells the person warmly, and counts it', async () => {
    const { service, open, clock, zaloBot, texts, metrics } = handoffs();
    await open('zalo-bot:57', 'button', '');
    clock.advance(29 * MINUTE);
    await service.sweep();
    expect(service.list()).toHaveLength(1);
    clock.advance(2 * MINUTE);
    await service.sweep();
    expect(service.list()).toHaveLength(0);
    expect(texts(zaloBot, '57')).toEqual([kb.ui.handoff.timed_out]);
    expect(await metrics.render()).toMatch(/ctxh_handoffs_total\{event="timed_out"\} 1/);
  });

  it('survives a restart, and deletes a closed conversation once its retention has passed', async () => {
    const first = handoffs();
    const handoff = await first.open('telegram:58', 'asked', 'nói chuyện với người thật');
    const again = handoffs(first.dataDir, first.clock.now());
    expect((await again.service.activeFor('telegram:58'))?.id).toBe(handoff.id);
    await again.service.close(handoff.id, 'staff', { platform: 'telegram', userId: '9' });
    expect(again.texts(again.telegram, '58')).toEqual([kb.ui.handoff.closed]);
    again.clock.advance(23 * 60 * MINUTE);
    await again.service.sweep();
    expect(again.service.get(handoff.id)?.messages).toHaveLength(1);
    again.clock.advance(2 * 60 * MINUTE);
    await again.service.sweep();
    expect(again.service.get(handoff.id)).toBeUndefined();
    expect(readFileSync(join(first.dataDir, 'handoffs.json'), 'utf8')).not.toContain('người thật');
  });

  it('audits every action without the chat or what was said', async () => {
    const { service, open, dataDir } = handoffs();
    const handoff = await open('zalo-bot:59', 'asked', 'bí mật của tôi');
    await service.reply(handoff.id, { platform: 'telegram', userId: '9' }, 'lời của cán bộ');
    await service.close(handoff.id, 'staff', { platform: 'telegram', userId: '9' });
    const audit = readFileSync(join(dataDir, 'audit.jsonl'), 'utf8');
    expect(
      audit
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).action),
    ).toEqual(['opened', 'claimed', 'replied', 'closed']);
    expect(audit).not.toMatch(/bí mật|lời của cán bộ|zalo-bot:59|"59"/);
  });

  it('opens nothing when the staff group cannot be told, so the bot never falls silent with nobody listening', async () => {
    const { service, telegram, metrics } = handoffs();
    telegram.send = async () => {
      throw new Error('the group is gone');
    };
    expect(await service.open('zalo-bot:61', 'asked', 'gặp tư vấn viên')).toBeUndefined();
    expect(service.list()).toHaveLength(0);
    expect(await service.activeFor('zalo-bot:61')).toBeUndefined();
    expect(await metrics.render()).not.toMatch(/ctxh_handoffs_total\{event="opened"\} 1/);
  });

  it('opens a handoff with the console on even when there is no staff group, or it cannot be told', async () => {
    const noGroup = handoffs(undefined, undefined, { console: true });
    expect(noGroup.service.available).toBe(true);
    expect(await noGroup.service.open('zalo-bot:62', 'asked', 'gặp tư vấn viên')).toBeDefined();
    expect(noGroup.telegram.sent).toHaveLength(0);
    const groupGone = handoffs(undefined, undefined, { group: GROUP, console: true });
    groupGone.telegram.send = async () => {
      throw new Error('the group is gone');
    };
    expect(await groupGone.service.open('zalo-bot:63', 'asked', 'gặp tư vấn viên')).toBeDefined();
    expect(groupGone.service.list().map((h) => h.chatKey)).toEqual(['zalo-bot:63']);
  });

  it('offers no handoff with neither a staff group nor the console', async () => {
    const { service } = handoffs(undefined, undefined, {});
    expect(service.available).toBe(false);
    expect(await service.open('zalo-bot:64', 'asked', 'gặp tư vấn viên')).toBeUndefined();
  });

  it('/xoadulieu ends the handoff and deletes its text at once', async () => {
    const { service, open, dataDir } = handoffs();
    await open('zalo-bot:60', 'asked', 'chuyện riêng');
    expect(await service.forget('zalo-bot:60')).toBe(true);
    expect(service.list()).toHaveLength(0);
    expect(readFileSync(join(dataDir, 'handoffs.json'), 'utf8')).not.toContain('chuyện riêng');
  });

  it('reads the code of the request a staff message replies to, and masks excerpts', () => {
    expect(handoffIdIn('🔔 Yêu cầu gặp tư vấn viên #H12\nNền tảng: Zalo')).toBe('H12');
    expect(handoffIdIn('không có mã')).toBeUndefined();
    expect(handoffExcerpt('gọi 0987654321 nhé')).toBe('gọi [đã ẩn] nhé');
  });
});

describe('duty hours', () => {
  const weekdays = [{ days: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' }];

  it('is unknown when the center has not said', () => {
    expect(dutyStatus([], new Date())).toEqual({ kind: 'unknown' });
  });

  it('is on duty inside the hours, Vietnam time', () => {
    // Wednesday 10:00 in Vietnam.
    expect(dutyStatus(weekdays, new Date('2026-11-25T03:00:00Z'))).toEqual({ kind: 'on' });
  });

  it('says when the next duty starts: the next morning, or Monday after a Friday evening', () => {
    const wednesdayEvening = dutyStatus(weekdays, new Date('2026-11-25T12:00:00Z'));
    expect(wednesdayEvening.kind === 'off' && formatDutyStart(wednesdayEvening.next)).toBe(
      'lúc 07:30 thứ Năm, ngày 26/11',
    );
    const fridayEvening = dutyStatus(weekdays, new Date('2026-11-27T12:00:00Z'));
    expect(fridayEvening.kind === 'off' && formatDutyStart(fridayEvening.next)).toBe('lúc 07:30 thứ Hai, ngày 30/11');
  });
});
