/**
 * Parsed entries on their way from the check worker to the main thread.
 * Taken in with `JSON.parse`, 10,000 entries are 13–16 MB of new strings in
 * the young generation, all of them kept, so the collection that promotes
 * them blocks for 7–10 ms. Packed, every string of a chunk of entries travels
 * in one UTF-8 text, and the rest (the objects, the arrays, the keys) as JSON
 * with each string replaced by its number in that text. The main thread
 * decodes the text into one string, large enough to be made where no young
 * collection copies it, and makes each entry's strings as slices of it (a
 * few bytes each), one chunk of entries per slice of work.
 */
import type { KnowledgeSource } from './load.ts';
import { pause, type Steps } from './steps.ts';

type Entries = KnowledgeSource['entries'];

/** One chunk of entries, packed for `postMessage`; its arrays are moved, not copied. */
export interface PackedEntries {
  /** Every string of the chunk, in order, one after another, as UTF-8. */
  text: Uint8Array;
  /** Where each string ends in the decoded text (UTF-16 units), by its number. */
  ends: Uint32Array;
  /** The entries as JSON, each string replaced by its number (entries hold only strings, arrays and objects). */
  skeleton: Uint8Array;
}

/**
 * A chunk's text is at least this many UTF-16 units: as a string it is then
 * over V8's largest regular object (128 KB), made in large-object space,
 * which a young collection never copies.
 */
const CHUNK_TEXT_UNITS = 160 * 1024;

/** Entries made into objects between two pauses (about a tenth of a millisecond per ten entries). */
const ENTRIES_PER_STEP = 64;

const utf8 = new TextEncoder();

/** Matches half of a surrogate pair standing alone (in `u` mode a whole pair is one character, which does not match). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Packs the entries in chunks of about `CHUNK_TEXT_UNITS` of text each; pass `entryTransferables` of the result as the transfer list. */
export function packEntries(entries: Entries): PackedEntries[] {
  const chunks: PackedEntries[] = [];
  let start = 0;
  let units = 0;
  for (let i = 0; i < entries.length; i++) {
    units += textUnits(entries[i]);
    if (units >= CHUNK_TEXT_UNITS || i === entries.length - 1) {
      chunks.push(packChunk(entries.slice(start, i + 1)));
      start = i + 1;
      units = 0;
    }
  }
  return chunks;
}

/** The UTF-16 units of every string in `value`. */
function textUnits(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textUnits(item), 0);
  if (value && typeof value === 'object') return textUnits(Object.values(value));
  return 0;
}

function packChunk(entries: Entries): PackedEntries {
  const strings: string[] = [];
  const ends: number[] = [];
  let at = 0;
  const skeleton = JSON.stringify(entries, (_key, value: unknown) => {
    // A string that is not well-formed UTF-16 (a lone surrogate) would not survive UTF-8: it stays in the JSON.
    if (typeof value !== 'string' || LONE_SURROGATE.test(value)) return value;
    strings.push(value);
    at += value.length;
    ends.push(at);
    return ends.length - 1;
  });
  return { text: utf8.encode(strings.join('')), ends: Uint32Array.from(ends), skeleton: utf8.encode(skeleton) };
}

/** The buffers of packed entries, to move rather than copy. */
export function entryTransferables(chunks: readonly PackedEntries[]): ArrayBuffer[] {
  return chunks.flatMap((chunk) => [chunk.text, chunk.ends, chunk.skeleton].map((part) => part.buffer as ArrayBuffer));
}

/** The entries again, equal to those packed, made a few dozen at a time with pauses between (see steps.ts). */
export function* unpackEntriesInSteps(chunks: readonly PackedEntries[]): Steps<Entries> {
  const entries: Entries = [];
  // A text may begin with U+FEFF, which is then a string's own first character: kept, not taken for a byte-order mark.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const chunk of chunks) {
    yield* pause();
    const text = decoder.decode(chunk.text);
    const { ends } = chunk;
    const stringAt = (index: number): string => text.slice(index === 0 ? 0 : ends[index - 1], ends[index]);
    const skeleton = JSON.parse(decoder.decode(chunk.skeleton)) as unknown[];
    for (let i = 0; i < skeleton.length; i++) {
      if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield* pause();
      entries.push(withStrings(skeleton[i], stringAt) as Entries[number]);
    }
  }
  return entries;
}

/** `value` with each string's number replaced by the string, in place. */
function withStrings(value: unknown, stringAt: (index: number) => string): unknown {
  if (typeof value === 'number') return stringAt(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = withStrings(value[i], stringAt);
    return value;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = withStrings(record[key], stringAt);
  }
  return value;
}
