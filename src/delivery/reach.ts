/**
 * How many people a notice or reminder will reach, per platform, before it
 * is sent: on Zalo OA by when each person last wrote (Zalo's 48-hour free
 * reply window and 7-day consultation window), on every platform how many
 * in the audience blocked the bot, unfollowed or could not be reached.
 * Shown in the /thongbao preview and by `npm run reminders -- plan`.
 */
import { NO_TEMPLATE_REASON, zaloOaWindowOf, type ZaloOaWindow } from '../channels/zalo-oa/outside-window.ts';
import type { Platform } from '../core/message.ts';
import type { AudienceFilter, Store } from '../store/types.ts';

/** The figures of one platform. */
interface PlatformReach {
  /** People in the audience who are still subscribed and reachable as far as the bot knows. */
  active: number;
  /** People in the audience marked blocked, unfollowed or undeliverable (they get nothing). */
  blocked: number;
}

/** Zalo OA's figures: the active people split by Zalo's windows. */
interface ZaloOaReach extends PlatformReach {
  /** Wrote within 48 hours: a free reply. */
  free: number;
  /** Wrote within 7 days: a consultation message, counted against the OA's quota. */
  consultation: number;
  /** Wrote more than 7 days ago: Zalo refuses consultation messages (-230). */
  outside: number;
  /** No message of theirs recorded (subscribed before the bot kept this): Zalo decides when it is sent. */
  unknown: number;
}

/** Reach per platform; a platform with nobody in the audience is absent. */
export type ReachFigures = Partial<Record<Exclude<Platform, 'zalo-oa'>, PlatformReach>> & { 'zalo-oa'?: ZaloOaReach };

/** What the figures are computed from. */
export interface ReachSources {
  store: Pick<Store, 'listSubscribers'>;
  /** When the person with this chat key last wrote; undefined when not recorded. */
  lastInteraction: (chatKey: string) => Date | undefined;
}

/** Counts, for an audience at `now`, who will be reached on each platform. */
export async function reachOf(sources: ReachSources, audience: AudienceFilter, now: Date): Promise<ReachFigures> {
  const figures: ReachFigures = {};
  const people = await sources.store.listSubscribers(audience, { includeUnreachable: true });
  for (const person of people) {
    if (person.platform === 'zalo-oa') {
      const oa = (figures['zalo-oa'] ??= { active: 0, blocked: 0, free: 0, consultation: 0, outside: 0, unknown: 0 });
      if (person.status !== 'active') oa.blocked++;
      else {
        oa.active++;
        const window: ZaloOaWindow = zaloOaWindowOf(sources.lastInteraction(person.key), now);
        oa[window]++;
      }
      continue;
    }
    const platform = (figures[person.platform] ??= { active: 0, blocked: 0 });
    if (person.status === 'active') platform.active++;
    else platform.blocked++;
  }
  return figures;
}

const PLATFORM_NAMES: Record<Platform, string> = {
  telegram: 'Telegram',
  'zalo-bot': 'Zalo Bot',
  'zalo-oa': 'Zalo OA',
  terminal: 'Terminal',
};

/** The figures as staff read them (Vietnamese, one line per platform); `template` says whether a Zalo OA template message is configured. */
export function describeReach(figures: ReachFigures, options: { template: boolean }): string {
  const lines = ['Khả năng nhận tin:'];
  const oa = figures['zalo-oa'];
  if (oa) {
    const outside = options.template
      ? `${oa.outside} đã hơn 7 ngày không nhắn: Zalo từ chối tin tư vấn, sẽ gửi tin mẫu giao dịch`
      : `${oa.outside} đã hơn 7 ngày không nhắn: Zalo từ chối, sẽ không gửi được`;
    const parts = [
      `${oa.free} nhắn trong 48 giờ qua (miễn phí)`,
      `${oa.consultation} nhắn trong 7 ngày qua (tin tư vấn, tính vào hạn mức của OA)`,
      outside,
    ];
    if (oa.unknown > 0) parts.push(`${oa.unknown} chưa có ghi nhận lần nhắn nào (Zalo sẽ quyết định khi gửi)`);
    if (oa.blocked > 0) parts.push(`${oa.blocked} đã bỏ quan tâm hoặc không nhận được tin`);
    lines.push(`• Zalo OA: ${parts.join('; ')}.`);
  }
  for (const platform of ['telegram', 'zalo-bot', 'terminal'] as const) {
    const p = figures[platform];
    if (!p) continue;
    lines.push(
      `• ${PLATFORM_NAMES[platform]}: ${p.active} người nhận được, ${p.blocked} đã chặn bot hoặc không liên lạc được.`,
    );
  }
  if (lines.length === 1) lines.push('• Chưa có ai trong nhóm này.');
  return lines.join('\n');
}

/** A reason a person could not be reached (as the delivery report counts them), as staff read it; the platform's own words otherwise. */
export function describeUnreachable(reason: string): string {
  if (reason === NO_TEMPLATE_REASON)
    return 'Zalo OA: người này hơn 7 ngày chưa nhắn cho OA và trung tâm chưa cấu hình tin mẫu giao dịch';
  if (/^Zalo -230\b/.test(reason)) return 'Zalo OA: người này hơn 7 ngày chưa nhắn cho OA (Zalo từ chối, lỗi -230)';
  return reason;
}
