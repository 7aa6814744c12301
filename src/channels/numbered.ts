/**
 * For channels without inline buttons (the terminal, Zalo Bot Platform):
 * buttons become numbered options, and each person's last options are
 * remembered so that typing "2" picks the second one.
 */
import type { Incoming, Reply, UserRef } from '../core/message.ts';
import { fill } from '../kb/template.ts';

const DIGITS = /^\s*(\d{1,2})\s*[.)]?\s*$/;

/** Remembers each person's last numbered options (bounded, oldest forgotten first). */
export class OptionMemory {
  private readonly options = new Map<string, string[]>();

  constructor(private readonly limit = 10_000) {}

  private key(user: UserRef): string {
    return `${user.platform}:${user.chatId}`;
  }

  /** Stores the payloads offered to a person, replacing the previous ones. */
  remember(user: UserRef, payloads: string[]): void {
    const key = this.key(user);
    this.options.delete(key);
    if (payloads.length === 0) return;
    if (this.options.size >= this.limit) {
      const oldest = this.options.keys().next().value;
      if (oldest !== undefined) this.options.delete(oldest);
    }
    this.options.set(key, payloads);
  }

  /** If the text is an option number the person was offered, returns that button press. */
  resolve(user: UserRef, text: string): Incoming | undefined {
    const m = DIGITS.exec(text);
    if (!m) return undefined;
    const payload = this.options.get(this.key(user))?.[Number(m[1]) - 1];
    return payload === undefined ? undefined : { kind: 'button', user, payload };
  }
}

/**
 * Renders replies with their action buttons numbered across the whole batch,
 * call buttons as "label: number", and a hint after the last options.
 * Returns the texts and the payloads in option order.
 */
export function renderNumbered(replies: readonly Reply[], hintTemplate: string): { texts: string[]; payloads: string[] } {
  const payloads: string[] = [];
  const texts = replies.map((reply) => {
    const lines = [reply.text.trimEnd()];
    const options: string[] = [];
    for (const button of reply.buttons ?? []) {
      if (button.kind === 'action') {
        payloads.push(button.payload);
        options.push(`${payloads.length}. ${button.label}`);
      } else {
        // "📞 Gọi 113" already shows the number; "📞 Gọi tổng đài" needs it spelled out.
        const digits = button.label.replace(/\D/g, '');
        options.push(digits.includes(button.phone) ? button.label : `${button.label}: ${button.phone}`);
      }
    }
    if (options.length > 0) lines.push('', ...options);
    return lines.join('\n');
  });
  if (payloads.length > 0 && texts.length > 0) {
    texts[texts.length - 1] += `\n\n${fill(hintTemplate, { count: payloads.length })}`;
  }
  return { texts, payloads };
}
