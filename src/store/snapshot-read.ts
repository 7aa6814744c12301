/**
 * Reads the store snapshot a piece at a time, so start-up never holds the
 * whole file, nor its whole text, nor the garbage of one large parse: each
 * member of the top-level object whose value is an object (`subscribers`,
 * `occurrences`, …) is parsed in batches of entries of about `BATCH` bytes,
 * the rest member by member, from one reused read buffer. The garbage of a
 * batch is short-lived and goes with the next minor GC, instead of tens of
 * megabytes waiting for a full one while the service reports its RSS. The
 * result is what `JSON.parse` gives for the whole file; a file that is not
 * one JSON object (empty, cut short, anything odd) is parsed whole, so it
 * fails with the same error as before.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { shareRepeatedValues } from './shared-values.ts';
import type { Subscriber } from './types.ts';

/** Bytes read at a time. */
const CHUNK = 1024 * 1024;
/** About how many bytes of entries one parse takes. */
const BATCH = 256 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;

/** Sets `key` on `target` as JSON.parse would (an own `__proto__` included). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/** Thrown when the text is not a plain JSON object, to fall back to one whole parse. */
class NotPieceable extends Error {}

/** Splits the top-level object of a snapshot into pieces and parses them. */
class SnapshotPieces {
  readonly result: Record<string, unknown> = {};
  private depth = 0;
  private inString = false;
  /** Where the string being read opened (absolute). */
  private stringOpen = 0;
  private finished = false;
  /** Where the current top-level member (key included) starts. */
  private memberStart = -1;
  /** The object value of the current member and the start of its unparsed entries. */
  private object: Record<string, unknown> | undefined;
  private entriesStart = -1;

  /** The earliest absolute offset still needed. */
  get keepFrom(): number {
    return this.object ? this.entriesStart : this.memberStart;
  }

  /** Scans `bytes[from, to)`, where `bytes[0]` is the absolute offset `base`. */
  scan(bytes: Buffer, base: number, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (this.inString) {
        i = this.stringEnd(bytes, base, i, to);
        continue;
      }
      const byte = bytes[i] as number;
      if (this.finished) {
        if (!isSpace(byte)) throw new NotPieceable();
        continue;
      }
      if (byte === QUOTE) {
        if (this.depth === 0) throw new NotPieceable();
        this.inString = true;
        this.stringOpen = base + i;
      } else if (byte === OPEN || byte === OPEN_LIST) {
        if (this.depth === 0) {
          if (byte !== OPEN) throw new NotPieceable();
          this.memberStart = base + i + 1;
        } else if (this.depth === 1 && byte === OPEN) this.openObjectMember(bytes, base, i);
        this.depth++;
      } else if (byte === CLOSE || byte === CLOSE_LIST) {
        this.depth--;
        if (this.depth === 1 && this.object) this.endObjectMember(bytes, base, i);
        else if (this.depth === 0) {
          this.endMember(bytes, base, i);
          this.finished = true;
        }
      } else if (byte === COMMA) {
        if (this.depth === 1) this.endMember(bytes, base, i);
        else if (this.depth === 2 && this.object && base + i - this.entriesStart >= BATCH) {
          this.parseEntries(bytes, base, i);
          this.entriesStart = base + i + 1;
        }
      } else if (this.depth === 0 && !isSpace(byte)) throw new NotPieceable();
    }
  }

  /**
   * Finds the quote that closes the current string at or after `from`
   * (a quote after an odd run of backslashes is part of the string);
   * returns its index, or `to - 1` when the string goes on past `to`.
   */
  private stringEnd(bytes: Buffer, base: number, from: number, to: number): number {
    const open = this.stringOpen - base;
    for (let at = from; ; ) {
      // Bytes past `to` are stale: a quote found there does not count.
      const quote = bytes.indexOf(QUOTE, at);
      if (quote < 0 || quote >= to) return to - 1;
      let backslashes = 0;
      while (quote - backslashes - 1 > open && bytes[quote - backslashes - 1] === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) {
        this.inString = false;
        return quote;
      }
      at = quote + 1;
    }
  }

  /** True once the whole object was read. */
  get complete(): boolean {
    return this.finished && !this.inString;
  }

  private openObjectMember(bytes: Buffer, base: number, at: number): void {
    // The key and its colon: `"subscribers" :`.
    const head = bytes.toString('utf8', this.memberStart - base, at).trim();
    if (!head.endsWith(':')) throw new NotPieceable();
    const key = JSON.parse(head.slice(0, -1)) as unknown;
    if (typeof key !== 'string') throw new NotPieceable();
    this.object = {};
    define(this.result, key, this.object);
    this.entriesStart = base + at + 1;
  }

  private endObjectMember(bytes: Buffer, base: number, at: number): void {
    this.parseEntries(bytes, base, at);
    this.object = undefined;
    // The member is complete: its closing comma must not parse it again.
    this.memberStart = -1;
  }

  private parseEntries(bytes: Buffer, base: number, end: number): void {
    const entries = parseMembers(bytes, this.entriesStart - base, end);
    for (const key of Object.keys(entries)) define(this.object as Record<string, unknown>, key, entries[key]);
  }

  /** A member that is not an object, parsed whole; then the next member starts after `at`. */
  private endMember(bytes: Buffer, base: number, at: number): void {
    if (this.memberStart >= 0) {
      const member = parseMembers(bytes, this.memberStart - base, at);
      for (const key of Object.keys(member)) define(this.result, key, member[key]);
    }
    this.memberStart = base + at + 1;
  }
}

/** Parses `bytes[start, end)` as the members of an object (`"a":1,"b":2`, without the braces). */
function parseMembers(bytes: Buffer, start: number, end: number): Record<string, unknown> {
  return JSON.parse(`{${bytes.toString('utf8', start, end)}}`) as Record<string, unknown>;
}

/** JSON whitespace. */
function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Reads the snapshot at `path` (throws ENOENT when there is none). */
export function readSnapshot(path: string): unknown {
  const fd = openSync(path, 'r');
  let pieces: SnapshotPieces;
  try {
    pieces = new SnapshotPieces();
    let buffer = Buffer.allocUnsafe(2 * CHUNK);
    /** Absolute offset of `buffer[0]`, and how many bytes it holds. */
    let base = 0;
    let held = 0;
    for (;;) {
      // Keep only the bytes a piece still needs, at the front of the buffer.
      const keep = Math.max(0, pieces.keepFrom - base);
      buffer.copy(buffer, 0, keep, held);
      held -= keep;
      base += keep;
      if (buffer.length - held < CHUNK) {
        const larger = Buffer.allocUnsafe(2 * buffer.length);
        buffer.copy(larger, 0, 0, held);
        buffer = larger;
      }
      const read = readSync(fd, buffer, held, CHUNK, null);
      if (read === 0) break;
      pieces.scan(buffer, base, held, held + read);
      held += read;
    }
    if (!pieces.complete) throw new NotPieceable();
  } catch (error) {
    if (!(error instanceof NotPieceable || error instanceof SyntaxError)) throw error;
    return withSharedValues(JSON.parse(readFileSync(path, 'utf8')));
  } finally {
    closeSync(fd);
  }
  return withSharedValues(pieces.result);
}

/** `data` after `shareRepeatedValues` on its subscribers. */
function withSharedValues(data: unknown): unknown {
  const subscribers = (data as { subscribers?: unknown } | null)?.subscribers;
  if (typeof subscribers === 'object' && subscribers !== null)
    shareRepeatedValues(subscribers as Record<string, Subscriber>);
  return data;
}
