import { describe, expect, it } from 'vitest';
import { runSteps, sortInSteps } from '../../src/kb/steps.ts';

describe('sorting in steps', () => {
  it('gives the order Array.prototype.sort gives, ties in their first order, at every size', () => {
    for (const size of [0, 1, 255, 256, 257, 1000, 5000]) {
      // Many equal keys, so that stability shows.
      const items = Array.from({ length: size }, (_, i) => ({ key: `mục-${(i * 7919) % 97}`, at: i }));
      const compare = (a: { key: string }, b: { key: string }): number => a.key.localeCompare(b.key);
      expect(runSteps(sortInSteps(items, compare))).toEqual([...items].sort(compare));
    }
  });

  it('leaves what it sorts as it was', () => {
    const items = ['c', 'a', 'b'];
    expect(runSteps(sortInSteps(items, (a, b) => a.localeCompare(b)))).toEqual(['a', 'b', 'c']);
    expect(items).toEqual(['c', 'a', 'b']);
  });
});
