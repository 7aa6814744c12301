/**
 * Parsed YAML kept in DATA_DIR, by the SHA-256 of each file's text, so that
 * the next process reads JSON instead of running the YAML parser: parsing
 * the knowledge folder's YAML was the largest part of the wait for the first
 * answer (yaml.parse about 0.6 s cold for the shipped files, JSON.parse of
 * the same values about 2 ms). The text is still read and every value still
 * goes through its schema and the manifest's checks: the cache only skips
 * parsing text it has parsed before, so a file changed by one byte is parsed
 * again. A missing, unreadable or damaged cache is ignored.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurablySync } from '../store/disk.ts';

/** The cache's file name in DATA_DIR. */
const PARSED_YAML_FILE = 'knowledge-parsed.json';
/** Bump when what a parse returns changes (the parser's options, its library's major version). */
const FORMAT = 'yaml2-core-unique-keys-1';

/** Parsed values by the SHA-256 of their text, each kept as its JSON text. */
export class ParsedYamlCache {
  private readonly file: string | undefined;
  private saved: Map<string, string>;
  private used = new Map<string, string>();

  /** Reads the cache of a data folder (empty when there is none yet); without one, a cache kept in memory only. */
  constructor(dataDir?: string) {
    this.file = dataDir === undefined ? undefined : join(dataDir, PARSED_YAML_FILE);
    this.saved = this.file === undefined ? new Map() : readSaved(this.file);
  }

  /** The value of `text`: a fresh copy from the cache, or `parseYaml(text)`, whose errors are thrown as they are. */
  parse(text: string, parseYaml: (text: string) => unknown): unknown {
    const key = createHash('sha256').update(text).digest('hex');
    const json = this.saved.get(key) ?? this.used.get(key);
    const cached = json === undefined ? undefined : parsedJson(json);
    if (json !== undefined && cached !== undefined) {
      this.used.set(key, json);
      return cached.value;
    }
    const value = parseYaml(text);
    // Kept as text at once: the caller may change the value it gets. Values JSON cannot carry (.inf, .nan) stay uncached.
    const kept = jsonOf(value);
    if (kept !== undefined) this.used.set(key, kept);
    return value;
  }

  /**
   * Ends a load: keeps the values it used (only those, so the cache never grows with old versions of a file),
   * and writes them to DATA_DIR when they differ from the saved ones. A failed write only costs the next start its time.
   */
  save(): void {
    const used = this.used;
    this.used = new Map();
    const same = used.size === this.saved.size && [...used.keys()].every((key) => this.saved.has(key));
    this.saved = used;
    if (same || this.file === undefined) return;
    try {
      writeFileDurablySync(this.file, JSON.stringify({ format: FORMAT, parsed: Object.fromEntries(used) }));
    } catch {
      // Nothing depends on the cache.
    }
  }
}

/** The JSON text of a parsed value, or undefined when JSON would change it (a number that is not finite). */
function jsonOf(value: unknown): string | undefined {
  let exact = true;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) exact = false;
    return v;
  });
  return exact && json !== undefined ? json : undefined;
}

/** A cached value, or undefined when its text is damaged (the file is then parsed again). */
function parsedJson(json: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(json) };
  } catch {
    return undefined;
  }
}

/** The saved cache, or an empty one when it is missing, unreadable, damaged or of another format. */
function readSaved(file: string): Map<string, string> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; parsed?: unknown };
    if (saved.format !== FORMAT || typeof saved.parsed !== 'object' || saved.parsed === null) return new Map();
    return new Map(Object.entries(saved.parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}
