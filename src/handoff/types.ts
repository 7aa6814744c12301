/**
 * The handoff to a counsellor as data: a request, who holds it, what was
 * said while it was open, and the wording the service sends (written by
 * handlers/handoff.ts from the knowledge in force).
 */
import type { Platform, Reply } from '../core/message.ts';

/** Why a person was handed to a counsellor. */
export type HandoffReason = 'asked' | 'button';

/** How a handoff ended. */
export type HandoffEnd = 'staff' | 'timeout' | 'resident';

/** A staff member acting on a handoff (from the staff group or the console). */
export interface StaffRef {
  platform: Platform | 'console';
  userId: string;
  /** Shown to other staff ("do Lan nhận"); never to residents. */
  name?: string;
}

/** One message of a handoff conversation; phone and ID numbers are masked before it is kept. */
interface HandoffMessage {
  from: 'resident' | 'staff';
  text: string;
  at: string;
}

/** One request to talk to a person, open, claimed or closed (kept for the retention period after closing). */
export interface Handoff {
  /** Short code staff read and reply to ("H12"). */
  id: string;
  /** The resident's chat (`zalo-bot:123`). */
  chatKey: string;
  platform: Platform;
  reason: HandoffReason;
  state: 'open' | 'claimed' | 'closed';
  openedAt: string;
  /** The last message either way (or the claim); the timeout counts from here. */
  lastActivityAt: string;
  claimedBy?: StaffRef;
  closedAt?: string;
  endedBy?: HandoffEnd;
  messages: HandoffMessage[];
}

/** What the service sends, in the center's words; built from the knowledge in force at each call. */
export interface HandoffWording {
  /** To the staff group: a new request, with claim and close buttons. */
  announce(handoff: Handoff, excerpt: string): Reply;
  /** To the staff group: the resident wrote again. */
  relay(handoff: Handoff, excerpt: string): Reply;
  /** To the staff group: the resident wrote something dangerous and got the emergency reply. */
  crisis(handoff: Handoff): Reply;
  /** To the staff group: claimed by a staff member. */
  claimed(handoff: Handoff, staff: StaffRef): Reply;
  /** To the staff group: the handoff ended. */
  closedForStaff(handoff: Handoff, end: HandoffEnd): Reply;
  /** To the staff group: a staff reply could not reach the resident. */
  notDelivered(handoff: Handoff): Reply;
  /** To the resident: a counsellor's message. */
  staffMessage(text: string): Reply;
  /** To the resident: the conversation ended and the bot answers again. */
  closedForResident(end: HandoffEnd): Reply[];
}
