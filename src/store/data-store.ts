/**
 * The store's logic over one plain data object. Every change is applied in
 * memory and handed to `persist` as small `Change` records: the lowdb store
 * appends them to its change log; the memory store (tests) drops them.
 */
import type { Platform } from '../core/message.ts';
import { normalizeArea } from '../text/area.ts';
import type {
  AudienceFilter,
  BroadcastDraft,
  Change,
  ConsentText,
  DraftClaim,
  DraftClaimant,
  ListOptions,
  OccurrenceRecord,
  StaffMember,
  Store,
  Subscriber,
} from './types.ts';

/** Everything the store keeps, as saved to disk. */
export interface StoreData {
  version: 1;
  subscribers: Record<string, Subscriber>;
  occurrences: Record<string, OccurrenceRecord>;
  staff: StaffMember[];
  /** Consent wordings by version (absent in files written before they were kept). */
  consentTexts: Record<string, ConsentText>;
  /** Staff notices being prepared or sent, by staff chat (`platform:chatId`). */
  drafts: Record<string, BroadcastDraft>;
  /** The change log generation that follows this snapshot (absent before the log existed). */
  changeLog?: number;
}

/** An empty store. */
export function emptyStoreData(): StoreData {
  return { version: 1, subscribers: {}, occurrences: {}, staff: [], consentTexts: {}, drafts: {} };
}

/** True when a subscriber is in the audience. */
function matchesAudience(s: Subscriber, filter: AudienceFilter | undefined, includeUnreachable = false): boolean {
  if (s.status !== 'active' && !includeUnreachable) return false;
  if (!filter) return true;
  if (filter.platform && s.platform !== filter.platform) return false;
  if (filter.topic && s.topics.length > 0 && !s.topics.includes(filter.topic)) return false;
  if (filter.area && (!s.area || normalizeArea(s.area) !== normalizeArea(filter.area))) return false;
  return true;
}

/**
 * Makes changes already applied in memory durable. Called synchronously right
 * after the change (no await in between), so the order of calls is the order
 * of changes. `erasesPerson` asks that nothing about a removed person stay on
 * disk, not even in old log lines.
 */
export type Persist = (changes: Change[], erasesPerson?: boolean) => Promise<void>;

/** A `Store` over an in-memory object; `persist` makes each change durable. */
export class DataStore implements Store {
  constructor(
    protected readonly data: StoreData,
    private readonly persist: Persist,
    private readonly release: () => Promise<void> = async () => undefined,
  ) {}

  async getSubscriber(key: string): Promise<Subscriber | undefined> {
    return this.data.subscribers[key];
  }

  async upsertSubscriber(subscriber: Subscriber): Promise<void> {
    this.data.subscribers[subscriber.key] = subscriber;
    await this.persist([{ t: 'subscriber', k: subscriber.key, v: subscriber }]);
  }

  async upsertSubscribers(subscribers: readonly Subscriber[]): Promise<void> {
    for (const s of subscribers) this.data.subscribers[s.key] = s;
    await this.persist(subscribers.map((s) => ({ t: 'subscriber', k: s.key, v: s })));
  }

  async deleteSubscriber(key: string): Promise<boolean> {
    if (!(key in this.data.subscribers)) return false;
    delete this.data.subscribers[key];
    await this.persist([{ t: 'subscriber', k: key }], true);
    return true;
  }

  async listSubscribers(filter?: AudienceFilter, options: ListOptions = {}): Promise<Subscriber[]> {
    return Object.values(this.data.subscribers)
      .filter((s) => matchesAudience(s, filter, options.includeUnreachable))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async countSubscribers(filter?: AudienceFilter): Promise<number> {
    let n = 0;
    // Walked in place: a copied list of 100,000 people per count is garbage the reminder planning makes many times.
    for (const key in this.data.subscribers) if (matchesAudience(this.data.subscribers[key] as Subscriber, filter)) n++;
    return n;
  }

  async markUnreachable(key: string, status: 'blocked' | 'undeliverable', reason: string, at: Date): Promise<void> {
    const s = this.data.subscribers[key];
    if (!s) return;
    const now = at.toISOString();
    // Retention counts from the first time they could not be reached, not from the latest failure.
    const unreachableSince = s.status === 'active' ? now : (s.unreachableSince ?? s.updatedAt);
    const marked: Subscriber = { ...s, status, statusReason: reason, unreachableSince, updatedAt: now };
    this.data.subscribers[key] = marked;
    await this.persist([{ t: 'subscriber', k: key, v: marked }]);
  }

  async markReachable(key: string, at: Date): Promise<boolean> {
    const s = this.data.subscribers[key];
    // Most messages come from people already active (or not subscribed): no write at all.
    if (!s || s.status === 'active') return false;
    const { statusReason: _reason, unreachableSince: _since, ...rest } = s;
    const active: Subscriber = { ...rest, status: 'active', updatedAt: at.toISOString() };
    this.data.subscribers[key] = active;
    await this.persist([{ t: 'subscriber', k: key, v: active }]);
    return true;
  }

  async rememberConsentText(version: string, text: string, at: string): Promise<void> {
    if (version in this.data.consentTexts) return;
    const consent = { text, firstAcceptedAt: at };
    this.data.consentTexts[version] = consent;
    await this.persist([{ t: 'consent', k: version, v: consent }]);
  }

  async getConsentText(version: string): Promise<ConsentText | undefined> {
    return this.data.consentTexts[version];
  }

  async deleteUnreachable(before: Date): Promise<string[]> {
    const deleted: string[] = [];
    for (const key in this.data.subscribers) {
      const s = this.data.subscribers[key] as Subscriber;
      if (s.status === 'active' || Date.parse(s.unreachableSince ?? s.updatedAt) >= before.getTime()) continue;
      delete this.data.subscribers[s.key];
      deleted.push(s.key);
    }
    if (deleted.length > 0)
      await this.persist(
        deleted.map((k) => ({ t: 'subscriber', k })),
        true,
      );
    return deleted;
  }

  async getOccurrence(key: string): Promise<OccurrenceRecord | undefined> {
    return this.data.occurrences[key];
  }

  async recordOccurrence(record: OccurrenceRecord): Promise<void> {
    await this.recordOccurrences([record]);
  }

  async recordOccurrences(records: readonly OccurrenceRecord[]): Promise<void> {
    if (records.length === 0) return;
    for (const record of records) this.data.occurrences[record.key] = record;
    await this.persist(records.map((record) => ({ t: 'occurrence', k: record.key, v: record })));
  }

  async listStaff(): Promise<StaffMember[]> {
    return [...this.data.staff];
  }

  async addStaff(member: StaffMember): Promise<void> {
    if (this.data.staff.some((m) => m.platform === member.platform && m.userId === member.userId)) return;
    this.data.staff.push(member);
    await this.persist([{ t: 'staff', v: [...this.data.staff] }]);
  }

  async removeStaff(platform: Platform, userId: string): Promise<boolean> {
    const before = this.data.staff.length;
    this.data.staff = this.data.staff.filter((m) => !(m.platform === platform && m.userId === userId));
    if (this.data.staff.length === before) return false;
    await this.persist([{ t: 'staff', v: [...this.data.staff] }], true);
    return true;
  }

  async getDraft(chatKey: string): Promise<BroadcastDraft | undefined> {
    const draft = this.data.drafts[chatKey];
    return draft ? { ...draft } : undefined;
  }

  async saveDraft(chatKey: string, draft: BroadcastDraft): Promise<void> {
    const saved = { ...draft };
    this.data.drafts[chatKey] = saved;
    await this.persist([{ t: 'draft', k: chatKey, v: saved }]);
  }

  async deleteDraft(chatKey: string): Promise<boolean> {
    if (!(chatKey in this.data.drafts)) return false;
    delete this.data.drafts[chatKey];
    await this.persist([{ t: 'draft', k: chatKey }]);
    return true;
  }

  async claimDraft(chatKey: string, claimant: DraftClaimant): Promise<DraftClaim> {
    // Check and mark with no await in between: a second tap arriving meanwhile sees the mark.
    const draft = this.data.drafts[chatKey];
    if (!draft) return { status: 'no-draft' };
    const { jobId } = draft;
    if (jobId !== undefined && !claimant.isAbandoned({ ...draft, jobId }))
      return { status: 'already-sending', draft: { ...draft } };
    if (!draft.audience) return { status: 'no-audience', draft: { ...draft } };
    const claimed = { ...draft, jobId: claimant.jobIdOf(draft), claimedBy: claimant.id };
    this.data.drafts[chatKey] = claimed;
    await this.persist([{ t: 'draft', k: chatKey, v: claimed }]);
    return { status: 'claimed', draft: { ...claimed } };
  }

  async close(): Promise<void> {
    await this.persist([]);
    await this.release();
  }
}

/** A store that keeps everything in memory (tests, the terminal chat without DATA_DIR). */
export function createMemoryStore(data: StoreData = emptyStoreData()): DataStore {
  return new DataStore(data, async () => undefined);
}
