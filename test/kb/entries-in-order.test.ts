import { describe, expect, it } from 'vitest';
import { entriesInOrder } from '../../src/knowledge.ts';
import type { KnowledgeSource } from '../../src/kb/load.ts';
import { runSteps } from '../../src/kb/steps.ts';

type Entry = KnowledgeSource['entries'][number];

const entry = (id: string, title = id): Entry => ({
  id,
  title,
  questions: [],
  keywords: [],
  answer: title,
  related: [],
  sources: [],
  reviewed: '2026-11-26',
  file: `entries/${id}.yaml`,
});
const filesOf = (ids: string[]): string[] => ids.map((id) => `entries/${id}.yaml`);
const order = (ids: string[], parsed: Entry[], served: Entry[]) =>
  runSteps(entriesInOrder(filesOf(ids), parsed, served));

describe('the entries of a reload, in the order of the files', () => {
  const served = Array.from({ length: 600 }, (_, i) => entry(`e${i}`));
  const ids = served.map((e) => e.id);

  it('takes the entries sent where their files stand and the served ones elsewhere, told as kept', () => {
    const edited = entry('e300', 'sửa');
    const { entries, kept } = order(ids, [edited], served);
    expect(entries.length).toBe(600);
    expect(entries[300]).toBe(edited);
    expect(entries[299]).toBe(served[299]);
    expect(entries[599]).toBe(served[599]);
    expect(entries.filter((e) => kept.has(e)).length).toBe(599);
    expect(kept.has(edited)).toBe(false);
  });

  it('takes every entry sent when all are new', () => {
    const parsed = served.map((e) => entry(e.id, 'mới'));
    const { entries, kept } = order(ids, parsed, served);
    expect(entries.every((e, i) => e === parsed[i])).toBe(true);
    expect(entries.filter((e) => kept.has(e)).length).toBe(0);
  });

  it('finds each file by name when a file was removed, added or the files listed in another order', () => {
    const added = entry('new');
    const removedAndAdded = [...ids.slice(0, 10), 'new', ...ids.slice(11)];
    const first = order(removedAndAdded, [added], served);
    expect(first.entries.map((e) => e.id)).toEqual(removedAndAdded);
    expect(first.entries[10]).toBe(added);
    expect(first.entries[11]).toBe(served[11]);
    expect(first.entries.filter((e) => first.kept.has(e)).length).toBe(599);

    const reversed = [...ids].reverse();
    const edited = entry('e5', 'sửa');
    const second = order(reversed, [edited], served);
    expect(second.entries.map((e) => e.id)).toEqual(reversed);
    expect(second.entries[594]).toBe(edited);
    expect(second.entries[0]).toBe(served[599]);
  });

  it('never takes the served copy of a file the worker sent, even when the sent entries come out of order', () => {
    const a = entry('e1', 'sửa a');
    const b = entry('e400', 'sửa b');
    const { entries, kept } = order(ids, [b, a], served);
    expect(entries[1]).toBe(a);
    expect(entries[400]).toBe(b);
    expect(kept.has(served[1] as Entry)).toBe(false);
    expect(kept.has(served[400] as Entry)).toBe(false);
  });

  it('refuses a file neither sent nor served', () => {
    expect(() => order([...ids, 'ghost'], [], served)).toThrow(/ghost/);
  });
});
