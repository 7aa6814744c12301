import { expect, it } from 'vitest';
import type { SafeguardingResult } from '../../src/safeguarding/detector.ts';

/** One test per text: the detector reads it as danger now in `situation`, with each of `numbers` among its numbers. */
export function itIsDangerNowAs(
  detect: (text: string) => SafeguardingResult | null,
  texts: string[],
  situation: string,
  numbers: readonly string[] = [],
): void {
  it.each(texts)(`"%s" is danger now (${situation})`, (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(result?.situation).toBe(situation);
    for (const n of numbers) expect(result?.numbers).toContain(n);
  });
}

/** The reply's outcome and its safeguarding reading, as the engine gives them for a message. */
interface Replied {
  crisis: boolean;
  outcome: string;
  safeguarding?: SafeguardingResult | null;
}

/** One test per text: the reply raises no emergency screen. */
export function itRaisesNoCrisis(reply: (text: string) => Replied, texts: string[]): void {
  it.each(texts)('"%s" gets no emergency screen', (text) => {
    expect(reply(text).crisis).toBe(false);
  });
}

/** One test per text: the reply is the emergency screen, read as danger now in `situation`. */
export function itRepliesDangerNow(reply: (text: string) => Replied, texts: string[], situation: string): void {
  it.each(texts)(`"%s" is danger now: ${situation}`, (text) => {
    const r = reply(text);
    expect([r.outcome, r.safeguarding?.outcome, r.safeguarding?.situation]).toEqual([
      'crisis',
      'danger-now',
      situation,
    ]);
  });
}
