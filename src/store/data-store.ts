/**
 * The store's logic over one plain data object. The lowdb store persists that
 * object to a JSON file; the memory store (tests) does not persist at all.
 */
import type { Platform } from '../core/message.ts';
import { normalizeArea } from '../text/area.ts';
import type {
  AudienceFilter,
  BroadcastDraft,
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

/** A `Store` over an in-memory object; `persist` makes each change durable. */
export class DataStore implements Store {
  constructor(
    protected readonly data: StoreData,
    private readonly persist: () => Promise<void>,
  ) {}

  async getSubscriber(key: string): Promise<Subscriber | undefined> {
    return this.data.subscribers[key];
  }

  async upsertSubscriber(subscriber: Subscriber): Promise<void> {
    this.data.subscribers[subscriber.key] = subscriber;
    await this.persist();
  }

  async upsertSubscribers(subscribers: readonly Subscriber[]): Promise<void> {
    for (const s of subscribers) this.data.subscribers[s.key] = s;
    await this.persist();
  }

  async deleteSubscriber(key: string): Promise<boolean> {
    if (!(key in this.data.subscribers)) return false;
    delete this.data.subscribers[key];
    await this.persist();
    return true;
  }

  async listSubscribers(filter?: AudienceFilter, options: ListOptions = {}): Promise<Subscriber[]> {
    return Object.values(this.data.subscribers)
      .filter((s) => matchesAudience(s, filter, options.includeUnreachable))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async countSubscribers(filter?: AudienceFilter): Promise<number> {
    let n = 0;
    for (const s of Object.values(this.data.subscribers)) if (matchesAudience(s, filter)) n++;
    return n;
  }

  async markUnreachable(key: string, status: 'blocked' | 'undeliverable', reason: string, at: Date): Promise<void> {
    const s = this.data.subscribers[key];
    if (!s) return;
    const now = at.toISOString();
    // Retention counts from the first time they could not be reached, not from the latest failure.
    const unreachableSince = s.status === 'active' ? now : (s.unreachableSince ?? s.updatedAt);
    this.data.subscribers[key] = { ...s, status, statusReason: reason, unreachableSince, updatedAt: now };
    await this.persist();
  }

  async markReachable(key: string, at: Date): Promise<boolean> {
    const s = this.data.subscribers[key];
    // Most messages come from people already active (or not subscribed): no write at all.
    if (!s || s.status === 'active') return false;
    const { statusReason: _reason, unreachableSince: _since, ...rest } = s;
    this.data.subscribers[key] = { ...rest, status: 'active', updatedAt: at.toISOString() };
    await this.persist();
    return true;
  }

  async rememberConsentText(version: string, text: string, at: string): Promise<void> {
    if (version in this.data.consentTexts) return;
    this.data.consentTexts[version] = { text, firstAcceptedAt: at };
    await this.persist();
  }

  async getConsentText(version: string): Promise<ConsentText | undefined> {
    return this.data.consentTexts[version];
  }

  async deleteUnreachable(before: Date): Promise<string[]> {
    const deleted: string[] = [];
    for (const s of Object.values(this.data.subscribers)) {
      if (s.status === 'active' || Date.parse(s.unreachableSince ?? s.updatedAt) >= before.getTime()) continue;
      delete this.data.subscribers[s.key];
      deleted.push(s.key);
    }
    if (deleted.length > 0) await this.persist();
    return deleted;
  }

  async getOccurrence(key: string): Promise<OccurrenceRecord | undefined> {
    return this.data.occurrences[key];
  }

  async recordOccurrence(record: OccurrenceRecord): Promise<void> {
    this.data.occurrences[record.key] = record;
    await this.persist();
  }

  async listStaff(): Promise<StaffMember[]> {
    return [...this.data.staff];
  }

  async addStaff(member: StaffMember): Promise<void> {
    if (this.data.staff.some((m) => m.platform === member.platform && m.userId === member.userId)) return;
    this.data.staff.push(member);
    await this.persist();
  }

  async removeStaff(platform: Platform, userId: string): Promise<boolean> {
    const before = this.data.staff.length;
    this.data.staff = this.data.staff.filter((m) => !(m.platform === platform && m.userId === userId));
    if (this.data.staff.length === before) return false;
    await this.persist();
    return true;
  }

  async getDraft(chatKey: string): Promise<BroadcastDraft | undefined> {
    const draft = this.data.drafts[chatKey];
    return draft ? { ...draft } : undefined;
  }

  async saveDraft(chatKey: string, draft: BroadcastDraft): Promise<void> {
    this.data.drafts[chatKey] = { ...draft };
    await this.persist();
  }

  async deleteDraft(chatKey: string): Promise<boolean> {
    if (!(chatKey in this.data.drafts)) return false;
    delete this.data.drafts[chatKey];
    await this.persist();
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
    await this.persist();
    return { status: 'claimed', draft: { ...claimed } };
  }

  async close(): Promise<void> {
    await this.persist();
  }
}

/** A store that keeps everything in memory (tests, the terminal chat without DATA_DIR). */
export function createMemoryStore(data: StoreData = emptyStoreData()): DataStore {
  return new DataStore(data, async () => undefined);
}
