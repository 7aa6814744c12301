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
