import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/store/sessions.ts';

function clockAt(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('in-memory session store', () => {
  it('returns what was stored, as a copy the caller cannot change behind its back', async () => {
    const store = new MemorySessionStore();
    const value = { answers: { age: 82 }, history: ['age'] };
    await store.set('k', value);
    value.history.push('mutated');
    expect(await store.get('k')).toEqual({ answers: { age: 82 }, history: ['age'] });
  });

  it('forgets a value after its expiry, and each write restarts the expiry', async () => {
    const clock = clockAt();
    const store = new MemorySessionStore({ ttlMs: 30 * 60_000, clock: clock.now });
    await store.set('k', 'a');
    clock.advance(29 * 60_000);
    expect(await store.get('k')).toBe('a');
    await store.set('k', 'b');
    clock.advance(29 * 60_000);
    expect(await store.get('k')).toBe('b');
    clock.advance(60_000);
    expect(await store.get('k')).toBeUndefined();
  });

  it('honours a per-write expiry over the default', async () => {
    const clock = clockAt();
    const store = new MemorySessionStore({ ttlMs: 60_000, clock: clock.now });
    await store.set('short', 1, 1_000);
    await store.set('long', 2);
    clock.advance(1_000);
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('long')).toBe(2);
  });

  it('reports whether delete removed a live value', async () => {
    const clock = clockAt();
    const store = new MemorySessionStore({ ttlMs: 1_000, clock: clock.now });
    await store.set('k', true);
    expect(await store.delete('k')).toBe(true);
    expect(await store.delete('k')).toBe(false);
    await store.set('k', true);
    clock.advance(1_000);
    expect(await store.delete('k')).toBe(false);
  });

  it('sweeps expired sessions and caps how many it holds', async () => {
    const clock = clockAt();
    const store = new MemorySessionStore({ ttlMs: 1_000, clock: clock.now, maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.set(key, key);
    expect(store.size).toBe(3);
    expect(await store.get('a')).toBeUndefined();
    clock.advance(2_000);
    await store.set('e', 'e');
    expect(store.size).toBe(1);
  });

  it('refuses a non-positive expiry', () => {
    expect(() => new MemorySessionStore({ ttlMs: 0 })).toThrow(RangeError);
  });
});
