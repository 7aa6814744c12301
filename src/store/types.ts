/**
 * The storage interface the rest of the code uses. lowdb is the embedded
 * default (src/store/lowdb-store.ts); a server database can implement the
 * same interface later without touching handlers, scheduler or delivery.
 */
import type { Platform } from '../core/message.ts';

/** A person who agreed to receive reminders and notices. */
export interface Subscriber {
  /** `ChatAddress.toKey` of the chat (`platform:chatId`), unique. */
  key: string;
  platform: Platform;
  chatId: string;
  userId: string;
  displayName?: string;
  /** Topic ids chosen; empty means every topic. */
  topics: string[];
  /** Commune/ward, free text as the person typed it (optional). */
  area?: string;
  /** When the person said yes (ISO 8601). */
  consentAt: string;
  /**
   * Which consent wording they said yes to: a hash of the text (see
   * `consentVersion`), whose wording the store keeps (`getConsentText`).
   * Absent for people imported from elsewhere.
   */
  consentVersion?: string;
  /** "active" receives messages; the others are skipped until the person subscribes again. */
  status: 'active' | 'blocked' | 'undeliverable';
  statusReason?: string;
  /** When the person stopped being reachable (ISO 8601); they are deleted a retention period later. */
  unreachableSince?: string;
  updatedAt: string;
}

/** A consent wording people accepted, kept so each subscriber's record says what they agreed to. */
export interface ConsentText {
  text: string;
  firstAcceptedAt: string;
}

/** Who should receive a broadcast or reminder. All given fields must match. */
export interface AudienceFilter {
  /** Subscribers who chose this topic, or chose no topic (= everything). */
  topic?: string;
  /** Subscribers whose area matches (accent- and case-insensitive). */
  area?: string;
  platform?: Platform;
}

/** How `listSubscribers` lists. */
export interface ListOptions {
  /** Also list people marked blocked or undeliverable (reach figures count them). */
  includeUnreachable?: boolean;
}

/** A staff member allowed to send notices. */
export interface StaffMember {
  platform: Platform;
  userId: string;
  addedAt: string;
  addedBy: string;
}

/** What was recorded about one reminder occurrence (event, date, offset). */
export interface OccurrenceRecord {
  key: string;
  status: 'sent' | 'skipped';
  at: string;
  reason?: string;
  jobId?: string;
}

/** A notice a staff member is preparing with /thongbao; kept in the store so a restart does not lose it. */
export interface BroadcastDraft {
  id: string;
  text: string;
  audience?: AudienceFilter;
  /** Set the moment "Gửi" is pressed, before anything is written or sent: the draft is sending as this job. */
  jobId?: string;
  /** The delivery engine (one per running process) that set `jobId`. */
  claimedBy?: string;
}

/** Who claims a draft for sending, and how to tell a claim a crash left behind. */
export interface DraftClaimant {
  /** This process's delivery engine. */
  id: string;
  /** The job id the draft is sent as. */
  jobIdOf(draft: BroadcastDraft): string;
  /**
   * True when a draft marked as sending was never committed as a job by a
   * process that is gone (a crash between the mark and the job's manifest):
   * it may be claimed again. Called synchronously inside the claim.
   */
  isAbandoned(draft: BroadcastDraft & { jobId: string }): boolean;
}

/** What `claimDraft` found: only the caller that gets `claimed` may send. */
export type DraftClaim =
  | { status: 'claimed'; draft: BroadcastDraft & { jobId: string } }
  | { status: 'already-sending'; draft: BroadcastDraft }
  | { status: 'no-audience'; draft: BroadcastDraft }
  | { status: 'no-draft' };

/** One change to the stored data (a line of the lowdb store's change log): a record set, or without `v` removed. */
export type Change =
  | { t: 'subscriber'; k: string; v?: Subscriber }
  | { t: 'occurrence'; k: string; v: OccurrenceRecord }
  | { t: 'staff'; v: StaffMember[] }
  | { t: 'consent'; k: string; v: ConsentText }
  | { t: 'draft'; k: string; v?: BroadcastDraft };

/** Durable storage for everything the bot keeps about people and deliveries. */
export interface Store {
  getSubscriber(key: string): Promise<Subscriber | undefined>;
  /** Creates or replaces a subscriber; resolves once the change is durable. */
  upsertSubscriber(subscriber: Subscriber): Promise<void>;
  /** Creates or replaces many subscribers in one durable write (imports). */
  upsertSubscribers(subscribers: readonly Subscriber[]): Promise<void>;
  /** Removes everything stored about a subscriber; true if there was something. */
  deleteSubscriber(key: string): Promise<boolean>;
  /** Active subscribers matching the filter, in a stable order (with `includeUnreachable`, the others too). */
  listSubscribers(filter?: AudienceFilter, options?: ListOptions): Promise<Subscriber[]>;
  countSubscribers(filter?: AudienceFilter): Promise<number>;
  /** Marks a subscriber unreachable (blocked the bot, chat gone, outside the Zalo window). */
  markUnreachable(key: string, status: 'blocked' | 'undeliverable', reason: string, at: Date): Promise<void>;
  /** Marks an unreachable subscriber active again (they wrote to the bot); writes only when the status changes. True if it did. */
  markReachable(key: string, at: Date): Promise<boolean>;
  /** Keeps the wording of a consent version (once; later calls with the same version change nothing). */
  rememberConsentText(version: string, text: string, at: string): Promise<void>;
  /** The wording of a consent version and when it was first accepted. */
  getConsentText(version: string): Promise<ConsentText | undefined>;
  /** Deletes subscribers unreachable since before `before`, in one durable write; returns their keys. */
  deleteUnreachable(before: Date): Promise<string[]>;

  getOccurrence(key: string): Promise<OccurrenceRecord | undefined>;
  recordOccurrence(record: OccurrenceRecord): Promise<void>;
  /** Records several occurrences in one durable write (the catch-up after downtime). */
  recordOccurrences(records: readonly OccurrenceRecord[]): Promise<void>;

  listStaff(): Promise<StaffMember[]>;
  addStaff(member: StaffMember): Promise<void>;
  removeStaff(platform: Platform, userId: string): Promise<boolean>;

  /** The draft notice of a staff chat (`platform:chatId`). */
  getDraft(chatKey: string): Promise<BroadcastDraft | undefined>;
  /** Creates or replaces a staff chat's draft; resolves once the change is durable. */
  saveDraft(chatKey: string, draft: BroadcastDraft): Promise<void>;
  /** Removes a staff chat's draft; true if there was one. */
  deleteDraft(chatKey: string): Promise<boolean>;
  /**
   * Marks a draft as sending (its job id, and who claimed it), checked and set
   * in one synchronous step before any I/O: of two taps on "Gửi", exactly one
   * gets `claimed`. A mark a crash left behind is claimed again.
   */
  claimDraft(chatKey: string, claimant: DraftClaimant): Promise<DraftClaim>;

  /** Flushes pending writes. */
  close(): Promise<void>;
}
