import { describe, expect, it } from 'vitest';
import { coalesce } from '../../src/store/coalesce.ts';

describe('coalesced writes', () => {
  it('shares writes between concurrent changes, and never acknowledges a change before a write that includes it', async () => {
    let version = 0;
    const written: number[] = [];
    const persist = coalesce(async () => {
      const snapshot = version; // what a real write serialises, at its start
      await new Promise((r) => setTimeout(r, 20));
      written.push(snapshot);
    });
    const acks = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        if (i === 50) await new Promise((r) => setTimeout(r, 5));
        version += 1;
        const mine = version;
        await persist();
        return written.some((w) => w >= mine);
      }),
    );
    expect(acks.every(Boolean)).toBe(true);
    expect(written.length).toBeLessThanOrEqual(3);
  });

  it('keeps writing after a failed write', async () => {
    let calls = 0;
    const persist = coalesce(async () => {
      calls++;
      if (calls === 1) throw new Error('disk full');
    });
    await expect(persist()).rejects.toThrow('disk full');
    await expect(persist()).resolves.toBeUndefined();
  });
});
