import { describe, expect, it } from 'vitest';
import { named, pause, runSteps, runStepsBetweenTasks, type Steps, sortInSteps } from '../../src/kb/steps.ts';

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

describe('naming the slices of a background run', () => {
  it('tells each slice by the innermost named steps it began and ended in', async () => {
    const busy = (ms: number): void => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    function* inner(): Steps<number> {
      busy(6);
      yield* pause();
      return 1;
    }
    function* outer(): Steps<number> {
      const one = yield* named('inner', inner());
      busy(6);
      yield* pause();
      return one + 1;
    }
    const heard: string[] = [];
    const value = await runStepsBetweenTasks(named('outer', outer()), (_ms, step) => heard.push(step));
    expect(value).toBe(2);
    expect(heard).toEqual(['the start → inner', 'inner → outer', 'outer → the end']);
  });

  it('tells each slice the CPU time it took, which a busy loop spends as much of as its wall time', async () => {
    function* busyTwice(): Steps<void> {
      for (const _ of [1, 2]) {
        const until = performance.now() + 5;
        while (performance.now() < until);
        yield* pause();
      }
    }
    const cpu: number[] = [];
    await runStepsBetweenTasks(busyTwice(), (_ms, _step, cpuMs) => cpu.push(cpuMs));
    expect(cpu).toHaveLength(3);
    // Other processes on the machine can take the core away meanwhile: at least one of the two slices kept it.
    expect(Math.max(...cpu)).toBeGreaterThan(2);
  });
});
