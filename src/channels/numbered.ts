/**
 * For channels without inline buttons (the terminal, Zalo Bot Platform):
 * buttons become numbered options, and each person's last options are
 * remembered so that typing "2", "số 2" or, where several may be picked,
 * "4, 11" picks them. Back and stop carry the same number on every screen.
 */
import { ChatAddress } from '../core/address.ts';
import { callLine, type Incoming, type Reply, type UserRef } from '../core/message.ts';
import { buttonPayload, mergeTopicToggles } from '../core/payload.ts';
import { fill } from '../kb/template.ts';
import { BACK_NUMBER, readNumbers, STOP_NUMBER } from '../nlp/typed-choice.ts';

/** Buttons whose number never changes, wherever they appear. */
const PINNED_NUMBERS: ReadonlyMap<string, number> = new Map([
  [buttonPayload.check.back, BACK_NUMBER],
  [buttonPayload.check.stop, STOP_NUMBER],
]);

/** Remembers each person's last numbered options (bounded, oldest forgotten first). */
export class OptionMemory {
  private readonly options = new Map<string, string[]>();

  constructor(private readonly limit = 10_000) {}

  private key(user: ChatAddress): string {
    return ChatAddress.toKey(user);
  }

  /** Stores the payloads offered to a person (option n is payloads[n-1], "" for an unused number), replacing the previous ones. */
  remember(user: ChatAddress, payloads: string[]): void {
    const key = this.key(user);
    this.options.delete(key);
    if (payloads.length === 0) return;
    if (this.options.size >= this.limit) {
      const oldest = this.options.keys().next().value;
      if (oldest !== undefined) this.options.delete(oldest);
    }
    this.options.set(key, payloads);
  }

  /** If the text is an option number the person was offered (or a list of toggles), returns that button press. */
  resolve(user: UserRef, text: string): Incoming | undefined {
    const numbers = readNumbers(text);
    if (!numbers) return undefined;
    const offered = this.options.get(this.key(user)) ?? [];
    const picked = numbers.map((n) => offered[n - 1]);
    if (picked.some((p) => !p)) return undefined;
    const payloads = picked as string[];
    if (payloads.length === 1) return { kind: 'button', user, payload: payloads[0] as string };
    // Several options at once only where several may be picked (the topic picker's toggles): one press of them all.
    const merged = mergeTopicToggles(payloads);
    return merged === undefined ? undefined : { kind: 'button', user, payload: merged };
  }
}

/**
 * Renders replies with their action buttons numbered across the whole batch
 * (back and stop keep their fixed numbers; a reply that asks for a number
 * lists its buttons unnumbered), call buttons as "label: number",
 * and a hint after the last options. Returns the texts and the payloads by
 * number (option n is payloads[n-1]).
 */
export function renderNumbered(
  replies: readonly Reply[],
  hintTemplate: string,
): { texts: string[]; payloads: string[] } {
  const pinnedHere = new Set(
    replies.flatMap((r) =>
      r.asksNumber
        ? []
        : (r.buttons ?? []).flatMap((b) =>
            b.kind === 'action' && PINNED_NUMBERS.has(b.payload) ? [PINNED_NUMBERS.get(b.payload) as number] : [],
          ),
    ),
  );
  const payloads: string[] = [];
  let next = 0;
  const numberFor = (payload: string): number => {
    const pinned = PINNED_NUMBERS.get(payload);
    if (pinned !== undefined) return pinned;
    do next++;
    while (pinnedHere.has(next));
    return next;
  };
  const texts = replies.map((reply) => {
    const lines = [reply.text.trimEnd()];
    const options: string[] = [];
    for (const button of reply.buttons ?? []) {
      if (button.kind === 'action' && reply.asksNumber) {
        // "10" here is an age, not option 10: the options are there to be typed in words.
        options.push(`• ${button.label}`);
      } else if (button.kind === 'action') {
        const n = numberFor(button.payload);
        while (payloads.length < n) payloads.push('');
        payloads[n - 1] = button.payload;
        options.push(`${n}. ${button.label}`);
      } else {
        options.push(callLine(button));
      }
    }
    if (options.length > 0) lines.push('', ...options);
    return lines.join('\n');
  });
  if (payloads.length > 0 && texts.length > 0) {
    const hint = replies.findLast((r) => r.optionsHint !== undefined)?.optionsHint ?? hintTemplate;
    texts[texts.length - 1] += `\n\n${fill(hint, { count: payloads.length })}`;
  }
  return { texts, payloads };
}
