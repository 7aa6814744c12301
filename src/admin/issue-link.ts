/**
 * `npm run staff -- login-link PLATFORM USER_ID`: a sign-in link for the
 * first set-up, printed instead of sent. It works while the bot runs: the
 * staff list is read from the store's snapshot and change log without
 * opening (and later rewriting) the store, and the link is a file the server reads when it is used.
 */
import type { AppConfig } from '../config.ts';
import type { Platform } from '../core/message.ts';
import { auditLogIn } from '../store/audit-log.ts';
import { readStoredData } from '../store/change-log.ts';
import { emptyStoreData } from '../store/data-store.ts';
import type { StaffMember } from '../store/types.ts';
import { LoginLinks, loginUrl } from './login-links.ts';

/** Why no link was made, in words for the person at the terminal. */
export class LoginLinkRefused extends Error {
  override name = 'LoginLinkRefused';
}

/** Staff added with `npm run staff -- add`, read without taking the store. */
function storedStaff(dataDir: string): StaffMember[] {
  try {
    return readStoredData(dataDir, emptyStoreData()).staff;
  } catch {
    return [];
  }
}

/** True when the person is staff by config or by the stored list. */
function isStaffNow(config: AppConfig, platform: Platform, userId: string): boolean {
  const fromEnv: readonly string[] = {
    telegram: config.staff.telegram,
    'zalo-bot': config.staff.zaloBot,
    'zalo-oa': config.staff.zaloOa,
    terminal: [],
  }[platform];
  return (
    fromEnv.includes(userId) || storedStaff(config.dataDir).some((m) => m.platform === platform && m.userId === userId)
  );
}

/** Makes a link for a staff member, audited; throws `LoginLinkRefused` saying what to fix. */
export async function issueLoginLinkFromCli(
  config: AppConfig,
  platform: Platform,
  userId: string,
  now: () => number,
): Promise<string> {
  if (!config.admin.publicUrl)
    throw new LoginLinkRefused(
      'PUBLIC_URL chưa được đặt: đặt địa chỉ công khai của máy chủ (ví dụ https://bot.example.vn).',
    );
  if (!isStaffNow(config, platform, userId))
    throw new LoginLinkRefused(
      `${platform} ${userId} không phải cán bộ: thêm bằng npm run staff -- add ${platform} ${userId} trước.`,
    );
  await auditLogIn(config.dataDir, now).append({
    type: 'console',
    action: 'link-issued',
    by: 'cli',
    detail: `${platform}:${userId}`,
  });
  return loginUrl(config.admin.publicUrl, new LoginLinks(config.dataDir, now).issue({ platform, userId }));
}
