/**
 * Notices composed in the staff console, in `DATA_DIR/console-notices.json`:
 * each is a /thongbao draft (the same `BroadcastDraft`) with who composed it,
 * when it is to go out and, with NOTICE_APPROVAL=on, who approved it. The
 * file is written durably before anything is sent, so a scheduled notice
 * survives a restart; `sendDue` hands what is due to the delivery engine as
 * the same job /thongbao makes (`noticeJob`), keyed by the draft's id, so a
 * notice is never sent twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jobIdFor } from '../delivery/engine.ts';
import { noticeJob } from '../delivery/notice.ts';
import type { DeliveryQueue } from '../delivery/types.ts';
import { writeFileDurablySync } from '../store/disk.ts';
import type { AudienceFilter, BroadcastDraft } from '../store/types.ts';

/** The file's name in the data folder. */
const CONSOLE_NOTICES_FILE = 'console-notices.json';

/** Where a console notice stands. */
export type NoticeStatus = 'awaiting-approval' | 'scheduled' | 'sent' | 'cancelled';

/** A notice composed in the console: a /thongbao draft plus its schedule and approval. */
export interface ConsoleNotice extends BroadcastDraft {
  audience: AudienceFilter;
  status: NoticeStatus;
  /** "staff:<platform>:<id>", who composed it (and gets the final report in their chat). */
  createdBy: string;
  createdAt: string;
  /** When it goes out (ISO); absent: as soon as it may. */
  sendAt?: string;
  approvedBy?: string;
}

/** Why an action on a notice was refused, in words for the staff member. */
export class NoticeRefused extends Error {}

/** The console's notices, kept on disk. */
export class NoticeBook {
  private readonly file: string;
  private notices: ConsoleNotice[];
  /** Runs of `sendDue` are serialized: two at once must not both enqueue. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly delivery: Pick<DeliveryQueue, 'enqueue' | 'cancel'>,
  ) {
    this.file = join(dataDir, CONSOLE_NOTICES_FILE);
    this.notices = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as ConsoleNotice[]) : [];
  }

  /** Every notice, newest first. */
  list(): ConsoleNotice[] {
    return [...this.notices].reverse();
  }

  /** One notice by id. */
  get(id: string): ConsoleNotice | undefined {
    return this.notices.find((n) => n.id === id);
  }

  /** Records a new notice (durably); `needsApproval` holds it until another staff member approves. */
  add(notice: Omit<ConsoleNotice, 'status' | 'jobId'>, needsApproval: boolean): ConsoleNotice {
    const added: ConsoleNotice = { ...notice, status: needsApproval ? 'awaiting-approval' : 'scheduled' };
    this.notices.push(added);
    this.save();
    return added;
  }

  /** Approves a notice waiting for approval; the approver must not be the one who composed it. */
  approve(id: string, by: string): ConsoleNotice {
    const notice = this.get(id);
    if (notice?.status !== 'awaiting-approval') throw new NoticeRefused('Thông báo này không chờ duyệt.');
    if (notice.createdBy === by)
      throw new NoticeRefused('Người soạn không tự duyệt được: cần một cán bộ khác duyệt thông báo này.');
    notice.status = 'scheduled';
    notice.approvedBy = by;
    this.save();
    return notice;
  }

  /** Cancels a notice: before it goes out nothing is sent; while sending, people not yet reached get nothing. */
  async cancel(id: string): Promise<ConsoleNotice> {
    const notice = this.get(id);
    if (!notice || notice.status === 'cancelled') throw new NoticeRefused('Không có thông báo này để hủy.');
    if (notice.status === 'sent') {
      if (!notice.jobId || !(await this.delivery.cancel(notice.jobId)))
        throw new NoticeRefused('Thông báo đã gửi xong, không hủy được nữa.');
    }
    notice.status = 'cancelled';
    this.save();
    return notice;
  }

  /** Hands every notice due at `now` (approved, its time reached) to the delivery engine; returns their job ids. */
  sendDue(now: Date): Promise<string[]> {
    const run = this.tail.then(() => this.sendDueOnce(now));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async sendDueOnce(now: Date): Promise<string[]> {
    const sent: string[] = [];
    for (const notice of this.notices) {
      if (notice.status !== 'scheduled') continue;
      if (notice.sendAt && Date.parse(notice.sendAt) > now.getTime()) continue;
      // Marked first: a crash after this resends with the same key, which the engine dedupes.
      notice.status = 'sent';
      notice.jobId = jobIdFor('broadcast', notice.id);
      this.save();
      try {
        await this.delivery.enqueue(noticeJob(notice, notice.createdBy));
      } catch (error) {
        // Nothing was committed: the next run tries again with the same job id.
        notice.status = 'scheduled';
        this.save();
        throw error;
      }
      sent.push(notice.jobId);
    }
    return sent;
  }

  private save(): void {
    writeFileDurablySync(this.file, `${JSON.stringify(this.notices, null, 1)}\n`);
  }
}
