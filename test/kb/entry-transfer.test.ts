import { describe, expect, it } from 'vitest';
import { entryTransferables, packEntries, unpackEntriesInSteps } from '../../src/kb/entry-transfer.ts';
import type { KnowledgeSource } from '../../src/kb/load.ts';
import { runSteps } from '../../src/kb/steps.ts';
import { realKnowledge } from '../helpers/kb.ts';

type Entries = KnowledgeSource['entries'];

/** Through a message channel's structured clone, as the check worker's answer travels, its buffers moved. */
const posted = <T>(value: T, transfer: ArrayBuffer[]): T => structuredClone(value, { transfer });

/** Many entries, for several chunks: the real ones again under other ids. */
const many = (count: number): Entries => {
  const real = realKnowledge().source.entries;
  return Array.from({ length: count }, (_, i) => {
    const entry = real[i % real.length] as Entries[number];
    return { ...entry, id: `${entry.id}-${i}`, file: `entries/${entry.id}-${i}.yaml` };
  });
};

describe('moving parsed entries from the check worker', () => {
  it('unpacks the real entries equal to those packed, every field and every optional one', () => {
    const entries = realKnowledge().source.entries;
    const chunks = packEntries(entries);
    const unpacked = runSteps(unpackEntriesInSteps(posted(chunks, entryTransferables(chunks))));
    expect(unpacked).toEqual(entries);
    expect(unpacked.some((entry) => entry.follow_ups !== undefined)).toBe(true);
    expect(unpacked.some((entry) => entry.answer_en !== undefined)).toBe(true);
  });

  it('keeps strings UTF-8 cannot carry, a leading byte-order mark, and empty or short strings exactly', () => {
    const entry = realKnowledge().source.entries[0] as Entries[number];
    const odd: Entries = [
      {
        ...entry,
        title: '\uFEFFTiêu đề',
        answer: 'nửa cặp \uD800 đứng riêng, và 😀 đủ cặp',
        keywords: ['', 'a', '\uDC00'],
      },
      { ...entry, id: 'mục-hai', questions: ['\uFEFF', 'hỏi?', 'ba', 'bốn'], related: [] },
    ];
    const chunks = packEntries(odd);
    expect(runSteps(unpackEntriesInSteps(posted(chunks, entryTransferables(chunks))))).toEqual(odd);
  });

  it('sends thousands of entries in chunks, each unpacked a few dozen entries at a time', () => {
    const entries = many(3000);
    const chunks = packEntries(entries);
    expect(chunks.length).toBeGreaterThan(2);
    const steps = unpackEntriesInSteps(posted(chunks, entryTransferables(chunks)));
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        expect(step.value).toEqual(entries);
        break;
      }
      pauses++;
    }
    // Every chunk, and every few dozen entries within one, may pause (pause() yields once 2 ms have passed).
    expect(pauses).toBeLessThanOrEqual(chunks.length + entries.length / 32);
  });

  it("makes each chunk but the last one string over V8's largest regular object (128 KB), which no young collection copies", () => {
    const chunks = packEntries(many(3000));
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (const chunk of chunks.slice(0, -1))
      expect(decoder.decode(chunk.text).length).toBeGreaterThanOrEqual(128 * 1024);
  });

  it('sends nothing for no entries', () => {
    expect(packEntries([])).toEqual([]);
  });
});
