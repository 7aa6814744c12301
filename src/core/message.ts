/**
 * The platform-neutral message model. Channels turn platform updates into an
 * `Incoming` and render `Reply` values back; handlers only ever see these types.
 */

/** The chat platforms a person can reach the bot on. */
export type Platform = 'terminal' | 'telegram' | 'zalo-bot' | 'zalo-oa';

/** What the bot decided to do with a message (the answer engine's outcomes). */
export type Outcome = 'answer' | 'did-you-mean' | 'referral' | 'fallback' | 'crisis' | 'disclosure' | 'empty';

/** Who sent a message, and where replies go. */
export interface UserRef {
  platform: Platform;
  /** Where to send replies (a private chat id, a Zalo user id, …). */
  chatId: string;
  /** Stable id of the person on that platform. */
  userId: string;
  displayName?: string;
}

/**
 * Kinds of non-text content a person may send (the bot only reads text).
 * `protected`: the platform hid the text because the account is protected
 * (a child, a person with a disability, a person who cannot read).
 */
export type UnsupportedKind = 'sticker' | 'photo' | 'voice' | 'video' | 'file' | 'location' | 'protected' | 'other';

/** What a person did: typed text, used a command, pressed a button, or sent something the bot cannot read. */
export type Incoming =
  /** `replyTo`: the text of the message this one replies to, where the platform says (Telegram). */
  | { kind: 'text'; user: UserRef; text: string; replyTo?: string }
  | { kind: 'command'; user: UserRef; command: string; args: string }
  | { kind: 'button'; user: UserRef; payload: string }
  | { kind: 'unsupported'; user: UserRef; what: UnsupportedKind };

/** A button attached to a reply: an action the bot handles, or a phone number to call. */
export type Button =
  | { kind: 'action'; label: string; payload: string }
  | { kind: 'call'; label: string; phone: string };

/** One message the bot sends: plain text (channels escape it) and optional buttons. */
export interface Reply {
  text: string;
  buttons?: Button[];
  /**
   * The reply asks for a number (an age): a number typed next is that
   * number, so channels without buttons list the buttons without numbers.
   */
  asksNumber?: boolean;
  /**
   * For channels without buttons: the hint after the numbered options when it is not ui.options_hint
   * (an English reply gets ui.options_hint_en).
   */
  optionsHint?: string;
}

/**
 * A call button written as a line of text, for channels that have no call
 * button (Telegram, the numbered options of the terminal and Zalo Bot):
 * "📞 Gọi 113" already shows its number, "📞 Gọi tổng đài" gets it spelled out
 * ("📞 Gọi tổng đài: 18001769"), which clients make tappable.
 */
export function callLine(button: Extract<Button, { kind: 'call' }>): string {
  return button.label.replace(/\D/g, '').includes(button.phone) ? button.label : `${button.label}: ${button.phone}`;
}

/** Creates an action button. */
export function actionButton(label: string, payload: string): Button {
  return { kind: 'action', label, payload };
}
