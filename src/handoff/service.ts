/**
 * The handoff service: opens a request to talk to a counsellor, announces it
 * to the staff Telegram group, lets staff claim it, carries their replies to
 * the resident on the resident's own platform (through the adapters' `send`),
 * and closes it, by staff or after a silence. It also keeps the Zalo OA
 * takeovers (a counsellor answered from the OA Manager). State is durable in
 * DATA_DIR; the text of a conversation is deleted `retentionMs` after it
 * closes; every action is audited without the chat or what was said.
 *
 * The staff console builds on the same methods: `list`, `get`, `claim`,
 * `reply`, `close`.
 */
import type { Logger } from 'pino';
import type { ChannelSender } from '../channels/adapter.ts';
import type { Clock } from '../clock.ts';
import { ChatAddress } from '../core/address.ts';
import type { Platform, Reply } from '../core/message.ts';
import { redactText } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { AuditSink } from '../store/audit-log.ts';
import { HandoffFile, type HandoffState } from './handoff-file.ts';
import { OwnOaMessages } from './own-messages.ts';
import type { Handoff, HandoffEnd, HandoffReason, HandoffWording, StaffRef } from './types.ts';

/** What the service is built with. */
export interface HandoffServiceOptions {
  dataDir: string;
  /** The senders of every configured platform, read at send time. */
  senders: ReadonlyMap<Platform, ChannelSender>;
  wording: () => HandoffWording;
  audit: AuditSink;
  clock: Clock;
  logger: Logger;
  metrics?: Metrics;
  /** The staff Telegram group's chat id; without it (and without a console) no handoff is offered. */
  staffTelegramGroupId?: string;
  /** True when the staff console is on: staff see every open handoff there, group or not. */
  console?: boolean;
  /** Silence after which an open handoff closes, in ms. */
  timeoutMs: number;
  /** How long a closed handoff's text is kept, in ms. */
  retentionMs: number;
  /** How long the bot stays silent after a counsellor wrote from the Zalo OA Manager, in ms. */
  takeoverMs: number;
}

/** What became of a staff reply. */
export type StaffReplyResult = 'sent' | 'not-found' | 'not-delivered';

/** Longest excerpt of a resident's message shown to staff, in characters. */
const EXCERPT_CHARS = 300;

/** A resident's text as staff may see it: phone and ID numbers masked, one line, cut short. */
export function handoffExcerpt(text: string): string {
  const line = redactText(text).replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS - 1)}…` : line;
}

/** The handoff code a staff message refers to ("#H12" in the relayed text), if any. */
export function handoffIdIn(text: string | undefined): string | undefined {
  return text ? /#(H\d+)\b/.exec(text)?.[1] : undefined;
}

/** Open handoffs, their staff group, and Zalo OA takeovers. */
export class HandoffService {
  private readonly file: HandoffFile;
  private readonly state: HandoffState;
  private readonly ownOa: OwnOaMessages;

  constructor(private readonly options: HandoffServiceOptions) {
    this.file = new HandoffFile(options.dataDir);
    this.state = this.file.load();
    this.ownOa = new OwnOaMessages(() => options.clock.now().getTime());
  }

  /** What the Zalo OA channel tells of the OA's outgoing messages: a counsellor's message starts a takeover. */
  readonly oaOutgoing = {
    sending: (userId: string): ((messageId?: string) => void) => this.ownOa.sending(userId),
    sentByOa: (userId: string, messageId: string | undefined): void => {
      void this.ownOa
        .isOwn(userId, messageId)
        .then((own) => (own ? undefined : this.takeOver(ChatAddress.toKey({ platform: 'zalo-oa', chatId: userId }))))
        .catch((error: unknown) => this.options.logger.error({ err: String(error) }, 'could not record a takeover'));
    },
  };

  /** True when a handoff can be offered: someone will see the request (in the staff group or the console). */
  get available(): boolean {
    return this.staffChat !== undefined || this.options.console === true;
  }

  /** True for the staff group's chat (messages there are staff work, not a resident's). */
  isStaffChat(address: ChatAddress): boolean {
    const staff = this.staffChat;
    return staff !== undefined && address.platform === staff.platform && address.chatId === staff.chatId;
  }

  /** Handoffs not closed yet, oldest first (the console lists them newest first). */
  list(): Handoff[] {
    return this.state.handoffs.filter((h) => h.state !== 'closed');
  }

  /** One handoff by code, closed ones included while their retention lasts. */
  get(id: string): Handoff | undefined {
    return this.state.handoffs.find((h) => h.id === id);
  }

  /** The open handoff of a chat; one past its timeout is closed first (and the person told). */
  async activeFor(chatKey: string): Promise<Handoff | undefined> {
    const handoff = this.state.handoffs.find((h) => h.chatKey === chatKey && h.state !== 'closed');
    if (!handoff) return undefined;
    if (this.expired(handoff)) {
      await this.close(handoff.id, 'timeout');
      return undefined;
    }
    return handoff;
  }

  /**
   * Opens a handoff for a chat (or returns the one open) and announces it to
   * the staff group; undefined when neither the group could be told nor the
   * console is on, so that the bot never falls silent with nobody listening.
   */
  async open(chatKey: string, reason: HandoffReason, text: string): Promise<Handoff | undefined> {
    const existing = await this.activeFor(chatKey);
    if (existing) return existing;
    const address = ChatAddress.parse(chatKey);
    if (!address) throw new Error(`not a chat key: ${chatKey}`);
    const at = this.nowIso();
    const excerpt = handoffExcerpt(text);
    const handoff: Handoff = {
      id: `H${this.state.next}`,
      chatKey,
      platform: address.platform,
      reason,
      state: 'open',
      openedAt: at,
      lastActivityAt: at,
      messages: excerpt ? [{ from: 'resident', text: excerpt, at }] : [],
    };
    this.state.next += 1;
    const told = await this.toStaff(this.options.wording().announce(handoff, excerpt));
    // The console lists every open handoff, so with it on a request is seen even when the group was not told.
    if (!told && this.options.console !== true) return undefined;
    this.state.handoffs.push(handoff);
    await this.file.save(this.state);
    await this.audited('opened', handoff);
    this.options.metrics?.handoffs.inc({ event: 'opened' });
    return handoff;
  }

  /** The resident wrote while their handoff is open: kept (masked) and relayed to the staff group. */
  async residentWrote(handoff: Handoff, text: string, crisis = false): Promise<void> {
    const excerpt = handoffExcerpt(text);
    const at = this.nowIso();
    handoff.lastActivityAt = at;
    if (excerpt) handoff.messages.push({ from: 'resident', text: excerpt, at });
    await this.file.save(this.state);
    const wording = this.options.wording();
    if (excerpt) await this.toStaff(wording.relay(handoff, excerpt));
    if (crisis) await this.toStaff(wording.crisis(handoff));
  }

  /** A staff member takes a handoff; undefined when it is not open. Claiming again changes who holds it. */
  async claim(id: string, staff: StaffRef): Promise<Handoff | undefined> {
    const handoff = this.get(id);
    if (!handoff || handoff.state === 'closed') return undefined;
    const first = handoff.state === 'open';
    handoff.state = 'claimed';
    handoff.claimedBy = staff;
    handoff.lastActivityAt = this.nowIso();
    await this.file.save(this.state);
    await this.audited('claimed', handoff, staff);
    if (first) this.options.metrics?.handoffs.inc({ event: 'claimed' });
    await this.toStaff(this.options.wording().claimed(handoff, staff));
    return handoff;
  }

  /** Sends a staff member's message to the resident on their platform; an unclaimed handoff is claimed by them. */
  async reply(id: string, staff: StaffRef, text: string): Promise<StaffReplyResult> {
    const handoff = this.get(id);
    if (!handoff || handoff.state === 'closed' || text.trim() === '') return 'not-found';
    if (handoff.state === 'open') await this.claim(id, staff);
    const wording = this.options.wording();
    try {
      await this.sendTo(handoff.chatKey, [wording.staffMessage(text.trim())]);
    } catch (error) {
      this.options.logger.warn({ err: String(error), handoff: handoff.id }, 'a staff reply could not be delivered');
      await this.toStaff(wording.notDelivered(handoff));
      return 'not-delivered';
    }
    const at = this.nowIso();
    handoff.lastActivityAt = at;
    handoff.messages.push({ from: 'staff', text: redactText(text.trim()), at });
    await this.file.save(this.state);
    await this.audited('replied', handoff, staff);
    return 'sent';
  }

  /** Closes a handoff and tells the resident and the staff group; false when it was not open. */
  async close(id: string, end: HandoffEnd, staff?: StaffRef): Promise<boolean> {
    const handoff = this.get(id);
    if (!handoff || handoff.state === 'closed') return false;
    handoff.state = 'closed';
    handoff.closedAt = this.nowIso();
    handoff.endedBy = end;
    await this.file.save(this.state);
    await this.audited(end === 'timeout' ? 'timed-out' : 'closed', handoff, staff);
    this.options.metrics?.handoffs.inc({ event: end === 'timeout' ? 'timed_out' : 'closed' });
    const wording = this.options.wording();
    // A person who deleted their data has their own answer; the others hear that the bot is back.
    if (end !== 'resident') {
      await this.sendTo(handoff.chatKey, wording.closedForResident(end)).catch((error: unknown) =>
        this.options.logger.warn({ err: String(error), handoff: id }, 'could not tell a resident the handoff ended'),
      );
    }
    await this.toStaff(wording.closedForStaff(handoff, end));
    return true;
  }

  /** Closes handoffs past their timeout, deletes closed ones past retention and ended takeovers. */
  async sweep(): Promise<void> {
    for (const handoff of this.list()) if (this.expired(handoff)) await this.close(handoff.id, 'timeout');
    const now = this.options.clock.now().getTime();
    const before = this.state.handoffs.length;
    this.state.handoffs = this.state.handoffs.filter(
      (h) => h.state !== 'closed' || Date.parse(h.closedAt ?? h.lastActivityAt) + this.options.retentionMs > now,
    );
    let changed = this.state.handoffs.length !== before;
    for (const [chatKey, until] of Object.entries(this.state.takeovers)) {
      if (Date.parse(until) <= now) {
        delete this.state.takeovers[chatKey];
        changed = true;
      }
    }
    if (changed) await this.file.save(this.state);
  }

  /** /xoadulieu: ends the chat's handoff and deletes every handoff and takeover of it at once. */
  async forget(chatKey: string): Promise<boolean> {
    const open = this.state.handoffs.find((h) => h.chatKey === chatKey && h.state !== 'closed');
    if (open) await this.close(open.id, 'resident');
    const before = this.state.handoffs.length;
    this.state.handoffs = this.state.handoffs.filter((h) => h.chatKey !== chatKey);
    const hadTakeover = chatKey in this.state.takeovers;
    delete this.state.takeovers[chatKey];
    const changed = before !== this.state.handoffs.length || hadTakeover;
    if (changed) await this.file.save(this.state);
    return changed;
  }

  /** A counsellor wrote to a Zalo OA person from the OA Manager: the bot stays silent for them for a while. */
  async takeOver(chatKey: string): Promise<void> {
    if (this.options.takeoverMs <= 0) return;
    const fresh = !this.isTakenOver(chatKey);
    const until = new Date(this.options.clock.now().getTime() + this.options.takeoverMs);
    this.state.takeovers[chatKey] = until.toISOString();
    if (fresh) this.options.metrics?.takeovers.inc();
    await this.file.save(this.state);
    if (!fresh) return;
    const address = ChatAddress.parse(chatKey);
    if (address) await this.options.audit.append({ type: 'handoff', action: 'takeover', platform: address.platform });
  }

  /** True while a counsellor has taken over this chat from the Zalo OA Manager. */
  isTakenOver(chatKey: string): boolean {
    const until = this.state.takeovers[chatKey];
    return until !== undefined && Date.parse(until) > this.options.clock.now().getTime();
  }

  private get staffChat(): ChatAddress | undefined {
    const id = this.options.staffTelegramGroupId;
    return id === undefined ? undefined : { platform: 'telegram', chatId: id };
  }

  private expired(handoff: Handoff): boolean {
    return Date.parse(handoff.lastActivityAt) + this.options.timeoutMs <= this.options.clock.now().getTime();
  }

  private nowIso(): string {
    return this.options.clock.now().toISOString();
  }

  private async sendTo(chatKey: string, replies: Reply[]): Promise<void> {
    const address = ChatAddress.parse(chatKey);
    const sender = address ? this.options.senders.get(address.platform) : undefined;
    if (!address || !sender) throw new Error(`no channel for ${address?.platform ?? 'this chat'}`);
    await sender.send(address, replies, { live: true });
  }

  /** Posts to the staff group; false (and an error logged) when it could not. */
  private async toStaff(reply: Reply): Promise<boolean> {
    const staff = this.staffChat;
    if (!staff) return false;
    try {
      await this.sendTo(ChatAddress.toKey(staff), [reply]);
      return true;
    } catch (error) {
      this.options.logger.error({ err: String(error) }, 'could not post to the staff Telegram group');
      return false;
    }
  }

  private audited(
    action: 'opened' | 'claimed' | 'replied' | 'closed' | 'timed-out',
    handoff: Handoff,
    staff?: StaffRef,
  ) {
    return this.options.audit.append({
      type: 'handoff',
      action,
      handoffId: handoff.id,
      platform: handoff.platform,
      ...(staff ? { by: `staff:${staff.platform}:${staff.userId}` } : {}),
    });
  }
}

/** Runs `sweep` every minute until stopped; a failed pass is logged and tried again. */
export function scheduleHandoffSweep(service: HandoffService, logger: Logger, everyMs = 60_000): { stop(): void } {
  const timer = setInterval(() => {
    service.sweep().catch((error: unknown) => logger.error({ err: String(error) }, 'handoff sweep failed'));
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
